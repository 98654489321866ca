#include "snapshotjson.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <map>

namespace tsl {

namespace {

void append(std::string& out, std::int64_t value)
{
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

// Text that needs no escaping in JSON (addresses, state and timer tokens) goes in as is; the
// rest is escaped as QJsonDocument does.
void appendString(std::string& out, std::string_view text)
{
    out += '"';
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

std::string countName(std::size_t index)
{
    return index == kStateCount ? std::string("UNKNOWN") : std::string(stateToken(kAllStates[index]));
}

std::map<std::string, int> countsByName(const ProbeResult& result)
{
    std::map<std::string, int> counts; // QJsonObject's order: sorted keys
    std::array<int, kStateCount + 1> byIndex{};
    for (const SocketRow& row : result.rows)
        ++byIndex[row.state == TcpState::Unknown ? kStateCount : stateIndex(row.state)];
    for (std::size_t i = 0; i < byIndex.size(); ++i) {
        if (byIndex[i] > 0)
            counts[countName(i)] = byIndex[i];
    }
    return counts;
}

} // namespace

std::string snapshotJson(const ProbeResult& result)
{
    std::string out;
    out.reserve(64 + result.rows.size() * 230);
    out += "{\"counts\":{";
    bool first = true;
    for (const auto& [name, n] : countsByName(result)) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, name);
        out += ':';
        append(out, n);
    }
    out += '}';
    if (result.inconsistent)
        out += ",\"inconsistent\":true";
    out += ",\"sockets\":[";
    first = true;
    for (const SocketRow& row : result.rows) {
        if (!first)
            out += ',';
        first = false;
        // Keys in QJsonObject's (sorted) order, as `snapshot --json` always printed them.
        out += "{\"family\":";
        out += row.family() == AddressFamily::IPv4 ? "\"ipv4\"" : "\"ipv6\"";
        if (row.inode) {
            out += ",\"inode\":";
            append(out, std::int64_t(*row.inode));
        }
        out += ",\"local\":";
        appendString(out, row.local.text());
        out += ",\"raw_state\":";
        append(out, row.rawState);
        out += ",\"recv_queue\":";
        append(out, row.recvQueue);
        out += ",\"remote\":";
        appendString(out, row.remote.text());
        out += ",\"send_queue\":";
        append(out, row.sendQueue);
        out += ",\"state\":";
        appendString(out, stateToken(row.state));
        out += ",\"timer\":";
        appendString(out, timerToken(row.timer));
        out += ",\"timer_ms\":";
        append(out, row.timerMs);
        if (row.uid) {
            out += ",\"uid\":";
            append(out, std::int64_t(*row.uid));
        }
        out += '}';
    }
    out += "],\"source\":";
    appendString(out, sourceToken(result.source));
    out += "}\n";
    return out;
}

} // namespace tsl
