#pragma once
// Whether this machine lets an ordinary user build the private network, and if not, exactly
// why and how to allow it. Plain C++, Linux.

#include <string>

namespace tsl::net {

// Why the private network cannot be built, as a fact the Qt layer words (lib/core/text/nettext).
enum class NetUnavailable {
    None,
    UserNamespacesOff,   // user.max_user_namespaces is 0
    UnprivilegedCloneOff, // kernel.unprivileged_userns_clone is 0 (Debian's older kernels)
    AppArmorRestricted,  // kernel.apparmor_restrict_unprivileged_userns is 1, no profile allows us
    NamespaceLimit,      // the limit of user namespaces is reached
    NotPermitted,        // a seccomp filter or a missing capability (containers)
    BuildFailed,         // anything else: the kernel lacks network namespaces or veth
};

// The English sentences for a NetUnavailable (marked for translation in the context "NetText";
// "%1" stands for the system's error message where there is one).
const char* netUnavailableReason(NetUnavailable why);
const char* netUnavailableFix(NetUnavailable why);

struct NetAvailability {
    bool available = false;
    NetUnavailable why = NetUnavailable::None;
    std::string error;                // the system's error message behind `why`
    bool userNamespaces = false;      // the kernel allows unprivileged user namespaces
    bool apparmorRestricted = false;  // Ubuntu's kernel.apparmor_restrict_unprivileged_userns = 1
    std::string reason;               // why not, in English (empty when available)
    std::string fix;                  // what an administrator can do about it, in English
    double setupMs = 0;               // how long building the network took
};

// Reads the settings that decide it and then really builds (and tears down) the network,
// because only that proves it works (seccomp filters, containers and LSMs say no in other ways).
NetAvailability checkAvailability();

// The reason and fix for one failure of PrivateNetwork::create, from the same settings.
NetAvailability explainFailure(const std::string& error);

} // namespace tsl::net
