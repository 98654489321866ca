#pragma once
// Whether this machine lets an ordinary user build the private network, and if not, exactly
// why and how to allow it. Plain C++, Linux.

#include <string>

namespace tsl::net {

struct NetAvailability {
    bool available = false;
    bool userNamespaces = false;      // the kernel allows unprivileged user namespaces
    bool apparmorRestricted = false;  // Ubuntu's kernel.apparmor_restrict_unprivileged_userns = 1
    std::string reason;               // why not (empty when available)
    std::string fix;                  // what an administrator can do about it
    double setupMs = 0;               // how long building the network took
};

// Reads the settings that decide it and then really builds (and tears down) the network,
// because only that proves it works (seccomp filters, containers and LSMs say no in other ways).
NetAvailability checkAvailability();

// The reason and fix for one failure of PrivateNetwork::create, from the same settings.
NetAvailability explainFailure(const std::string& error);

} // namespace tsl::net
