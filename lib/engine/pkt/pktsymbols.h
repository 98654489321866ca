#pragma once
// The names a script's system calls use: constants (AF_INET, SOL_SOCKET, TCP_NODELAY,
// O_NONBLOCK, POLLIN, MSG_PEEK...), errno names, and the system calls this program runs with
// the number of arguments each takes. Linux values. Plain C++.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tsl::pkt {

std::optional<std::int64_t> syscallConstant(const std::string& name);
std::optional<int> errnoByName(const std::string& name);
std::string errnoName(int value); // "ECONNREFUSED"; the number when it has no name here

struct SyscallSignature {
    const char* name;
    int minimumArguments;
    int maximumArguments;
};
const SyscallSignature* findSyscall(const std::string& name);
std::vector<std::string> supportedSyscalls();

} // namespace tsl::pkt
