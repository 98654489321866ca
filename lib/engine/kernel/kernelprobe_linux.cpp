// Linux: sock_diag netlink first, /proc/net/tcp when netlink is unavailable.
#include "kernelprobe.h"
#include "netlinkprobe_linux.h"
#include "netlinkreplayprobe_linux.h"
#include "procfsprobe_linux.h"

#include <cstdlib>

namespace tsl {

namespace {
// TCPSTATELAB_NO_NETLINK=1 makes the program behave as on a kernel without sock_diag, so the
// fallback can be tried (and tested) on any Linux machine.
bool netlinkDisabled()
{
    const char* value = std::getenv("TCPSTATELAB_NO_NETLINK");
    return value && *value && std::string(value) != "0";
}

// TCPSTATELAB_PROC_ROOT=DIR reads DIR/net/tcp{,6} instead of /proc's: recorded tables, or a
// directory without them to try a machine where neither kernel API is available.
std::string procRoot()
{
    const char* value = std::getenv("TCPSTATELAB_PROC_ROOT");
    return value && *value ? std::string(value) : std::string("/proc");
}

// TCPSTATELAB_NETLINK_REPLAY=FILE answers every netlink query from a recording (`snapshot
// --save-netlink`), as ss does with TCPDIAG_FILE.
std::string netlinkReplay()
{
    const char* value = std::getenv("TCPSTATELAB_NETLINK_REPLAY");
    return value ? std::string(value) : std::string();
}
} // namespace

std::vector<ProbeSource> availableSources() { return {ProbeSource::Netlink, ProbeSource::Procfs}; }

ProbeCreation createProbe(SourcePreference preference)
{
    ProbeCreation creation;
    std::string procfsError;
    auto procfs = std::make_unique<procfs::ProcfsProbe>(procRoot());
    if (preference == SourcePreference::Procfs) {
        if (procfs->isAvailable(&procfsError))
            creation.probe = std::move(procfs);
        else
            creation.error = procfsError;
        return creation;
    }

    if (const std::string replay = netlinkReplay(); !replay.empty()) {
        creation.probe = std::make_unique<netlink::ReplayProbe>(replay);
        return creation;
    }
    std::string netlinkError = "sock_diag netlink is disabled (TCPSTATELAB_NO_NETLINK)";
    if (!netlinkDisabled()) {
        auto netlink = std::make_unique<netlink::NetlinkProbe>();
        if (netlink->isOpen()) {
            creation.probe = std::move(netlink);
            return creation;
        }
        netlinkError = netlink->error();
    }
    if (preference == SourcePreference::Netlink) {
        creation.error = "netlink is not available here: " + netlinkError;
        return creation;
    }
    if (!procfs->isAvailable(&procfsError)) {
        creation.error = netlinkError + "; and " + procfsError;
        return creation;
    }
    creation.probe = std::move(procfs);
    creation.fellBack = true;
    creation.error = netlinkError + "; reading /proc/net/tcp instead";
    return creation;
}

} // namespace tsl
