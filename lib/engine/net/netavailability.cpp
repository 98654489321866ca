#include "netavailability.h"

#include "privatenetwork.h"

#include "model/translatenoop.h"

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

// "%1" replaced by `argument` (the sentences have at most one placeholder).
std::string filled(const char* text, const std::string& argument)
{
    std::string out(text);
    if (const std::size_t at = out.find("%1"); at != std::string::npos)
        out.replace(at, 2, argument);
    return out;
}

} // namespace

const char* netUnavailableReason(NetUnavailable why)
{
    switch (why) {
    case NetUnavailable::None: return "";
    case NetUnavailable::UserNamespacesOff:
        return TSL_TRANSLATE_NOOP("NetText", "user namespaces are switched off: user.max_user_namespaces is 0");
    case NetUnavailable::UnprivilegedCloneOff:
        return TSL_TRANSLATE_NOOP("NetText", "unprivileged user namespaces are switched off: kernel.unprivileged_userns_clone is 0");
    case NetUnavailable::AppArmorRestricted:
        return TSL_TRANSLATE_NOOP("NetText", "AppArmor restricts unprivileged user namespaces "
                                             "(kernel.apparmor_restrict_unprivileged_userns is 1) and tcpstatelab has no profile "
                                             "that allows them (%1)");
    case NetUnavailable::NamespaceLimit: return TSL_TRANSLATE_NOOP("NetText", "the limit of user namespaces is reached (%1)");
    case NetUnavailable::NotPermitted: return TSL_TRANSLATE_NOOP("NetText", "the system refused to create a user namespace (%1)");
    case NetUnavailable::BuildFailed: return TSL_TRANSLATE_NOOP("NetText", "the private network could not be built: %1");
    }
    return "";
}

const char* netUnavailableFix(NetUnavailable why)
{
    switch (why) {
    case NetUnavailable::None: return "";
    case NetUnavailable::UserNamespacesOff:
        return TSL_TRANSLATE_NOOP("NetText", "an administrator can allow them: sudo sysctl -w user.max_user_namespaces=15000 "
                                             "(to keep it after a reboot, put the setting in a file under /etc/sysctl.d/)");
    case NetUnavailable::UnprivilegedCloneOff:
        return TSL_TRANSLATE_NOOP("NetText", "an administrator can allow them: sudo sysctl -w kernel.unprivileged_userns_clone=1 "
                                             "(to keep it after a reboot, put the setting in a file under /etc/sysctl.d/)");
    case NetUnavailable::AppArmorRestricted:
        return TSL_TRANSLATE_NOOP("NetText", "give tcpstatelab a profile: write /etc/apparmor.d/tcpstatelab with\n"
                                             "  abi <abi/4.0>,\n  include <tunables/global>\n"
                                             "  profile tcpstatelab /usr/{bin/tcpstatelab,libexec/tcpstatelab/tcpstatelab-cli,"
                                             "libexec/tcpstatelab/tcpstatelab-gui} flags=(unconfined) {\n    userns,\n  }\n"
                                             "then run: sudo apparmor_parser -r /etc/apparmor.d/tcpstatelab "
                                             "(or, for the whole machine: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0)");
    case NetUnavailable::NamespaceLimit:
        return TSL_TRANSLATE_NOOP("NetText", "close other programs that use user namespaces (sandboxes, containers), or raise "
                                             "user.max_user_namespaces: sudo sysctl -w user.max_user_namespaces=15000");
    case NetUnavailable::NotPermitted:
        return TSL_TRANSLATE_NOOP("NetText", "inside a container, a seccomp filter or a missing capability usually forbids it: run the "
                                             "container with user namespaces allowed (e.g. podman, or docker with a seccomp profile "
                                             "that permits unshare and setns)");
    case NetUnavailable::BuildFailed:
        return TSL_TRANSLATE_NOOP("NetText", "check that the kernel has network namespaces and veth (CONFIG_NET_NS, CONFIG_VETH)");
    }
    return "";
}

NetAvailability explainFailure(const std::string& error)
{
    NetAvailability result;
    const auto maxNamespaces = readNumber("/proc/sys/user/max_user_namespaces");
    const auto clone = readNumber("/proc/sys/kernel/unprivileged_userns_clone");
    const auto apparmor = readNumber("/proc/sys/kernel/apparmor_restrict_unprivileged_userns");
    result.apparmorRestricted = apparmor && *apparmor != 0;
    result.userNamespaces = !(maxNamespaces && *maxNamespaces == 0) && !(clone && *clone == 0);
    if (maxNamespaces && *maxNamespaces == 0)
        result.why = NetUnavailable::UserNamespacesOff;
    else if (clone && *clone == 0)
        result.why = NetUnavailable::UnprivilegedCloneOff;
    else if (result.apparmorRestricted)
        result.why = NetUnavailable::AppArmorRestricted;
    else if (error.find("No space left") != std::string::npos)
        result.why = NetUnavailable::NamespaceLimit;
    else if (error.find("Operation not permitted") != std::string::npos)
        result.why = NetUnavailable::NotPermitted;
    else
        result.why = NetUnavailable::BuildFailed;
    result.error = error;
    result.reason = filled(netUnavailableReason(result.why), error);
    result.fix = filled(netUnavailableFix(result.why), error);
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
