#include "snapshottext.h"

#include <array>
#include <charconv>
#include <cstring>
#include <string_view>
#include <vector>

namespace tsl {

namespace {

void appendNumber(std::string& out, std::uint64_t value)
{
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

constexpr std::size_t kColumns = 6;
constexpr std::array<std::string_view, kColumns> kTitles = {"State", "Recv-Q", "Send-Q", "Local Address:Port",
                                                            "Peer Address:Port", "Timer"};

} // namespace

void appendTimerText(std::string& out, TimerKind timer, std::int64_t ms)
{
    if (timer == TimerKind::None) {
        out += '-';
        return;
    }
    out += timerToken(timer);
    out += ' ';
    // Qt formats the double ms / 1000.0 with one decimal, rounding its exact binary value half
    // away from zero. Away from a tie (x.x5 s) the millisecond count decides alone; at a tie,
    // whether the double lies at or above the decimal tie (ms / 1000 exactly) does: x * 1000 is
    // exact in long double (53 + 10 bits), so the comparison is too.
    const bool negative = ms < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(ms) : std::uint64_t(ms);
    std::uint64_t tenths = magnitude / 100;
    const std::uint64_t rest = magnitude % 100;
    if (rest > 50) {
        ++tenths;
    } else if (rest == 50) {
        const double seconds = double(magnitude) / 1000.0;
        if (static_cast<long double>(seconds) * 1000.0L >= static_cast<long double>(magnitude))
            ++tenths;
    }
    if (negative && tenths > 0)
        out += '-';
    appendNumber(out, tenths / 10);
    out += '.';
    out += char('0' + tenths % 10);
    out += " s";
}

std::string snapshotTableText(const ProbeResult& result)
{
    // Every cell of a line, then the widths, then the text: two passes over the rows' cells,
    // kept in one buffer with their ends (no string per cell).
    std::string cells;
    cells.reserve(result.rows.size() * 96 + 128);
    std::vector<std::uint32_t> ends; // the end of every cell in `cells`
    ends.reserve((result.rows.size() + 1) * kColumns);
    for (std::string_view title : kTitles) {
        cells += title;
        ends.push_back(std::uint32_t(cells.size()));
    }
    const auto endCell = [&] { ends.push_back(std::uint32_t(cells.size())); };
    for (const SocketRow& row : result.rows) {
        cells += stateToken(row.state);
        endCell();
        appendNumber(cells, std::uint64_t(row.recvQueue));
        endCell();
        appendNumber(cells, std::uint64_t(row.sendQueue));
        endCell();
        cells += row.local.text();
        endCell();
        cells += row.remote.text();
        endCell();
        appendTimerText(cells, row.timer, row.timerMs);
        endCell();
    }
    // Every cell is ASCII: its width is its length.
    std::array<std::size_t, kColumns> widths{};
    for (std::size_t i = 0, start = 0; i < ends.size(); start = ends[i], ++i)
        widths[i % kColumns] = std::max(widths[i % kColumns], std::size_t(ends[i]) - start);

    std::string out;
    std::size_t lineWidth = kColumns * 2 + 1;
    for (std::size_t w : widths)
        lineWidth += w;
    out.reserve(ends.size() / kColumns * lineWidth + 256);
    for (std::size_t i = 0, start = 0; i < ends.size(); start = ends[i], ++i) {
        const std::size_t length = std::size_t(ends[i]) - start;
        out.append(cells, start, length);
        if (i % kColumns + 1 < kColumns)
            out.append(widths[i % kColumns] + 2 - length, ' ');
        else
            out += '\n';
    }

    // "3 sockets (source: netlink): LISTEN 2, TIME_WAIT 1", states in the model's order.
    std::array<std::size_t, kStateCount + 1> counts{};
    for (const SocketRow& row : result.rows)
        ++counts[row.state == TcpState::Unknown ? kStateCount : stateIndex(row.state)];
    out += '\n';
    appendNumber(out, std::uint64_t(result.rows.size()));
    out += " sockets (source: ";
    out += sourceToken(result.source);
    out += ')';
    bool first = true;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] == 0)
            continue;
        out += first ? ": " : ", ";
        first = false;
        out += i == kStateCount ? std::string_view("UNKNOWN") : stateToken(kAllStates[i]);
        out += ' ';
        appendNumber(out, std::uint64_t(counts[i]));
    }
    out += '\n';
    if (result.inconsistent)
        out += "warning: the table changed while it was read; this snapshot may be inconsistent.\n";
    return out;
}

} // namespace tsl
