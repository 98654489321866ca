#include "netavailability.h"

#include "privatenetwork.h"

#include <chrono>
#include <fstream>
#include <optional>

namespace tsl::net {

namespace {

std::optional<long> readNumber(const char* path)
{
    std::ifstream file(path);
    long value = 0;
    if (file >> value)
        return value;
    return std::nullopt;
}

constexpr const char* kKeepIt = " (to keep it after a reboot, put the setting in a file under /etc/sysctl.d/)";

} // namespace

NetAvailability explainFailure(const std::string& error)
{
    NetAvailability result;
    const auto maxNamespaces = readNumber("/proc/sys/user/max_user_namespaces");
    const auto clone = readNumber("/proc/sys/kernel/unprivileged_userns_clone");
    const auto apparmor = readNumber("/proc/sys/kernel/apparmor_restrict_unprivileged_userns");
    result.apparmorRestricted = apparmor && *apparmor != 0;
    result.userNamespaces = !(maxNamespaces && *maxNamespaces == 0) && !(clone && *clone == 0);
    if (maxNamespaces && *maxNamespaces == 0) {
        result.reason = "user namespaces are switched off: user.max_user_namespaces is 0";
        result.fix = std::string("an administrator can allow them: sudo sysctl -w user.max_user_namespaces=15000") + kKeepIt;
    } else if (clone && *clone == 0) {
        result.reason = "unprivileged user namespaces are switched off: kernel.unprivileged_userns_clone is 0";
        result.fix = std::string("an administrator can allow them: sudo sysctl -w kernel.unprivileged_userns_clone=1") + kKeepIt;
    } else if (result.apparmorRestricted) {
        result.reason = "AppArmor restricts unprivileged user namespaces "
                        "(kernel.apparmor_restrict_unprivileged_userns is 1) and tcpstatelab has no profile "
                        "that allows them (" + error + ")";
        result.fix = "give tcpstatelab a profile: write /etc/apparmor.d/tcpstatelab with\n"
                     "  abi <abi/4.0>,\n  include <tunables/global>\n"
                     "  profile tcpstatelab /usr/{bin/tcpstatelab,libexec/tcpstatelab/tcpstatelab-cli,"
                     "libexec/tcpstatelab/tcpstatelab-gui} flags=(unconfined) {\n    userns,\n  }\n"
                     "then run: sudo apparmor_parser -r /etc/apparmor.d/tcpstatelab "
                     "(or, for the whole machine: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0)";
    } else if (error.find("No space left") != std::string::npos) {
        result.reason = "the limit of user namespaces is reached (" + error + ")";
        result.fix = "close other programs that use user namespaces (sandboxes, containers), or raise "
                     "user.max_user_namespaces: sudo sysctl -w user.max_user_namespaces=15000";
    } else if (error.find("Operation not permitted") != std::string::npos) {
        result.reason = "the system refused to create a user namespace (" + error + ")";
        result.fix = "inside a container, a seccomp filter or a missing capability usually forbids it: run the "
                     "container with user namespaces allowed (e.g. podman, or docker with a seccomp profile "
                     "that permits unshare and setns)";
    } else {
        result.reason = "the private network could not be built: " + error;
        result.fix = "check that the kernel has network namespaces and veth (CONFIG_NET_NS, CONFIG_VETH)";
    }
    return result;
}

NetAvailability checkAvailability()
{
    const auto started = std::chrono::steady_clock::now();
    std::string error;
    const auto network = PrivateNetwork::create(error);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (!network) {
        NetAvailability result = explainFailure(error);
        result.setupMs = ms;
        return result;
    }
    NetAvailability result;
    const auto apparmor = readNumber("/proc/sys/kernel/apparmor_restrict_unprivileged_userns");
    result.available = true;
    result.userNamespaces = true;
    result.apparmorRestricted = apparmor && *apparmor != 0; // restricted, yet a profile allows us
    result.setupMs = ms;
    return result;
}

} // namespace tsl::net
