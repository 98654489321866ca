#include "netlinkreplayprobe_linux.h"

#include "netlinkrecording_linux.h"
#include "regularfile.h"

namespace tsl::netlink {

namespace {
constexpr std::size_t kMaxRecordingBytes = std::size_t(64) * 1024 * 1024;
} // namespace

ProbeResult ReplayProbe::query(const ProbeQuery& query)
{
    ProbeResult result;
    result.source = ProbeSource::Netlink;
    std::string text;
    if (!readRegularFile(m_path, kMaxRecordingBytes, text, result.error)) {
        result.ok = false;
        return result;
    }
    const std::vector<std::uint8_t> bytes(text.begin(), text.end());
    ParseState state;
    ParseStatus last;
    if (!parseRecording(bytes, state, last)) {
        result.ok = false;
        result.error = m_path + ": " + state.error;
        return result;
    }
    result.inconsistent = state.interrupted;
    for (const SocketRow& row : state.rows) {
        if (query.matches(row))
            result.rows.push_back(row);
    }
    return result;
}

} // namespace tsl::netlink
