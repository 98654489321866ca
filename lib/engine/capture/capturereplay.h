#pragma once
// A capture replayed: read through libpcap (capturereader.h), split into TCP connections (the
// 4-tuple; a new SYN on a tuple whose connection is over starts another), and both ends of each
// inferred segment by segment (connectioninference.h). Steps reach the caller in file order;
// the summary per connection comes at the end. Plain C++.

#include "capture/capturereader.h"
#include "capture/replaystep.h"
#include "sim/profile.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tsl::capture {

struct ReplayOptions {
    sim::Profile profile = sim::Profile::Linux;
    std::string filter;                       // BPF, through libpcap; empty: every packet
    std::optional<std::size_t> onlyConnection; // steps of this connection only (1-based)
    bool steps = true;                        // false: summaries only (the steps are not kept)
};

struct ReplayResult {
    bool opened = false;
    CaptureReader::OpenError error = CaptureReader::OpenError::None;
    std::string detail;      // libpcap's message, or the link type
    int linkType = 0;
    ReadCounts counts;
    std::string stopMessage; // libpcap stopped before the end of the file (truncated, ...)
    std::vector<ConnectionSummary> connections;
};

ReplayResult replayCapture(const std::string& path, const ReplayOptions& options,
                           const std::function<void(const ReplayStep&)>& onStep = {});

} // namespace tsl::capture
