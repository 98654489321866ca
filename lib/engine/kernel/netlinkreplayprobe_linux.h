#pragma once
// A probe that answers from a netlink recording instead of the kernel, as `ss` does with
// TCPDIAG_FILE: TCPSTATELAB_NETLINK_REPLAY=FILE makes every verb read FILE (written by
// `snapshot --save-netlink`), so the command line can be tested on tables no live kernel would
// produce on demand (a dump interrupted by NLM_F_DUMP_INTR, a malformed reply).

#include "kernelprobe.h"

#include <string>

namespace tsl::netlink {

class ReplayProbe final : public KernelProbe {
public:
    explicit ReplayProbe(std::string path) : m_path(std::move(path)) {}

    ProbeSource source() const override { return ProbeSource::Netlink; }
    // The recording's rows that match, read afresh on every query; a recording that cannot be
    // read or parsed is an error, as a failing kernel would be.
    ProbeResult query(const ProbeQuery& query) override;

private:
    std::string m_path;
};

} // namespace tsl::netlink
