#pragma once
// The helper process that owns the private network. It runs single-threaded in a fresh exec
// of the program (unshare(CLONE_NEWUSER) refuses a multithreaded caller), creates a user
// namespace and three network namespaces (A, B, wire), wires them with veth pairs and then
// serves requests from its owner until the owner's end of the socketpair closes.

namespace tsl::net {

// Runs the helper on `controlFd`; returns the process's exit status.
int runNamespaceHelper(int controlFd);

} // namespace tsl::net
