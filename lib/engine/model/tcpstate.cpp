#include "tcpstate.h"

#include <string>

namespace tsl {

std::string_view stateToken(TcpState state)
{
    switch (state) {
    case TcpState::Closed: return "CLOSED";
    case TcpState::Listen: return "LISTEN";
    case TcpState::SynSent: return "SYN_SENT";
    case TcpState::SynReceived: return "SYN_RECEIVED";
    case TcpState::Established: return "ESTABLISHED";
    case TcpState::FinWait1: return "FIN_WAIT_1";
    case TcpState::FinWait2: return "FIN_WAIT_2";
    case TcpState::CloseWait: return "CLOSE_WAIT";
    case TcpState::Closing: return "CLOSING";
    case TcpState::LastAck: return "LAST_ACK";
    case TcpState::TimeWait: return "TIME_WAIT";
    case TcpState::Unknown: break;
    }
    return "UNKNOWN";
}

namespace {

// Folds case and drops every separator, so "fin-wait 1", "FIN_WAIT1" and "FinWait1" all become
// "FINWAIT1".
std::string normalise(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '-' || c == '_' || c == ' ' || c == '\t')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        out.push_back(c);
    }
    return out;
}

struct Alias {
    std::string_view normalised;
    TcpState state;
};

// Names used by the RFCs, ss, netstat, /proc, BSD and Windows tools and the textbooks.
constexpr Alias kAliases[] = {
    {"CLOSED", TcpState::Closed},        {"CLOSE", TcpState::Closed},
    {"LISTEN", TcpState::Listen},        {"LISTENING", TcpState::Listen},
    {"SYNSENT", TcpState::SynSent},
    {"SYNRECEIVED", TcpState::SynReceived}, {"SYNRCVD", TcpState::SynReceived},
    {"SYNRECV", TcpState::SynReceived},  {"SYNRCV", TcpState::SynReceived},
    {"NEWSYNRECV", TcpState::SynReceived},
    {"ESTABLISHED", TcpState::Established}, {"ESTAB", TcpState::Established},
    {"EST", TcpState::Established},
    {"FINWAIT1", TcpState::FinWait1},    {"FINWAITONE", TcpState::FinWait1},
    {"FINWAIT2", TcpState::FinWait2},    {"FINWAITTWO", TcpState::FinWait2},
    {"CLOSEWAIT", TcpState::CloseWait},
    {"CLOSING", TcpState::Closing},
    {"LASTACK", TcpState::LastAck},
    {"TIMEWAIT", TcpState::TimeWait},    {"TIMEDWAIT", TcpState::TimeWait},
};

} // namespace

std::optional<TcpState> parseState(std::string_view text)
{
    const std::string key = normalise(text);
    for (const Alias& alias : kAliases) {
        if (alias.normalised == key)
            return alias.state;
    }
    return std::nullopt;
}

bool isSynchronized(TcpState state)
{
    switch (state) {
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        return true;
    default:
        return false;
    }
}

} // namespace tsl
