#pragma once
// `tcpstatelab replay FILE`: a pcap or pcapng capture's TCP connections, both ends' states
// inferred segment by segment (lib/engine/capture): a table of connections like
// `tshark -z conv,tcp` with completeness and end states, `--connection N` step by step,
// `--json` one object per segment and a summary per connection, `--filter` BPF.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class ReplayCommand {
    Q_DECLARE_TR_FUNCTIONS(ReplayCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace tsl
