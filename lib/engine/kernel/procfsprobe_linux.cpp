#include "procfsprobe_linux.h"

#include "linuxtimer.h"
#include "regularfile.h"
#include "model/platformstates.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <unistd.h>

namespace tsl::procfs {

namespace {

// Splits on runs of spaces.
std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
    }
    return out;
}

template <typename T>
bool hex(std::string_view text, T& value)
{
    if (text.empty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    return ec == std::errc() && end == text.data() + text.size();
}

template <typename T>
bool dec(std::string_view text, T& value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, 10);
    return !text.empty() && ec == std::errc() && end == text.data() + text.size();
}

// "0100007F:1F90": the address as the kernel's 32-bit words printed in host order, then the port.
bool endpoint(std::string_view text, AddressFamily family, Endpoint& out)
{
    const std::size_t colon = text.find(':');
    const std::size_t hexDigits = family == AddressFamily::IPv4 ? 8 : 32;
    if (colon != hexDigits || text.size() != colon + 5)
        return false;
    out.family = family;
    out.address.fill(0);
    for (std::size_t word = 0; word < hexDigits / 8; ++word) {
        std::uint32_t value = 0;
        if (!hex(text.substr(word * 8, 8), value))
            return false;
        std::memcpy(out.address.data() + word * 4, &value, 4); // host order, as the kernel wrote it
    }
    if (!hex(text.substr(colon + 1), out.port))
        return false;
    out = out.unmapped();
    return true;
}

} // namespace

bool parse(std::string_view text, AddressFamily family, long ticksPerSecond,
           std::vector<SocketRow>& rows, std::string& error)
{
    std::size_t lineNumber = 0;
    std::size_t position = 0;
    bool sawHeader = false;
    while (position < text.size()) {
        std::size_t end = text.find('\n', position);
        if (end == std::string_view::npos) {
            error = "line " + std::to_string(lineNumber + 1) + ": truncated (no end of line)";
            return false;
        }
        const std::string_view line = text.substr(position, end - position);
        position = end + 1;
        ++lineNumber;
        const auto f = fields(line);
        if (f.empty())
            continue;
        if (!sawHeader) {
            if (f[0] != "sl") {
                error = "line 1: not a /proc/net/tcp header";
                return false;
            }
            sawHeader = true;
            continue;
        }
        const auto fail = [&](const char* what) {
            error = "line " + std::to_string(lineNumber) + ": " + what;
            return false;
        };
        // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...
        if (f.size() < 10)
            return fail("too few fields");
        if (f[0].empty() || f[0].back() != ':')
            return fail("bad slot number");
        SocketRow row;
        if (!endpoint(f[1], family, row.local) || !endpoint(f[2], family, row.remote))
            return fail("bad address");
        unsigned state = 0;
        if (!hex(f[3], state))
            return fail("bad state");
        row.rawState = int(state);
        row.state = stateFromLinux(int(state));
        const std::size_t queueColon = f[4].find(':');
        if (queueColon == std::string_view::npos || !hex(f[4].substr(0, queueColon), row.sendQueue)
            || !hex(f[4].substr(queueColon + 1), row.recvQueue))
            return fail("bad queue sizes");
        const std::size_t timerColon = f[5].find(':');
        unsigned timer = 0;
        std::uint64_t ticks = 0;
        if (timerColon == std::string_view::npos || !hex(f[5].substr(0, timerColon), timer)
            || !hex(f[5].substr(timerColon + 1), ticks))
            return fail("bad timer");
        row.timer = timerFromLinux(timer);
        row.timerMs = row.timer == TimerKind::None || ticksPerSecond <= 0
                          ? 0
                          : std::int64_t(ticks * 1000 / std::uint64_t(ticksPerSecond));
        std::uint32_t uid = 0;
        std::uint64_t inode = 0;
        if (!dec(f[7], uid) || !dec(f[9], inode))
            return fail("bad uid or inode");
        row.uid = uid;
        row.inode = inode;
        rows.push_back(row);
    }
    if (!sawHeader) {
        error = "empty file";
        return false;
    }
    return true;
}

ProcfsProbe::ProcfsProbe(std::string root)
    : m_root(std::move(root)), m_ticksPerSecond(::sysconf(_SC_CLK_TCK))
{
}

bool ProcfsProbe::isAvailable(std::string* error) const
{
    if (::access((m_root + "/net/tcp").c_str(), R_OK) == 0)
        return true;
    if (error)
        *error = m_root + "/net/tcp is not readable: " + std::strerror(errno);
    return false;
}

ProbeResult ProcfsProbe::query(const ProbeQuery& query)
{
    ProbeResult result;
    result.source = ProbeSource::Procfs;
    std::string text;
    for (AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        const std::string path = m_root + (family == AddressFamily::IPv4 ? "/net/tcp" : "/net/tcp6");
        std::string error;
        if (!readRegularFile(path, kMaxTableBytes, text, error)) {
            if (family == AddressFamily::IPv6 && ::access(path.c_str(), F_OK) != 0)
                continue; // no IPv6 in this kernel
            result.ok = false;
            result.error = error;
            return result;
        }
        std::vector<SocketRow> rows;
        if (!parse(text, family, m_ticksPerSecond, rows, error)) {
            result.ok = false;
            result.error = path + ": " + error;
            return result;
        }
        for (const SocketRow& row : rows) {
            if (query.matches(row))
                result.rows.push_back(row);
        }
    }
    return result;
}

} // namespace tsl::procfs
