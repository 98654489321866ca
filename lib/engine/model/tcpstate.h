#pragma once
// The eleven TCP connection states of RFC 9293 §3.3.2.
// Plain C++ on purpose: kernel probe code for every platform includes this header.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace tsl {

enum class TcpState {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
    Unknown, // a platform number this program does not know; never a real model state
};

inline constexpr std::size_t kStateCount = 11;

inline constexpr std::array<TcpState, kStateCount> kAllStates = {
    TcpState::Closed,   TcpState::Listen,    TcpState::SynSent,  TcpState::SynReceived,
    TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::CloseWait,
    TcpState::Closing,  TcpState::LastAck,   TcpState::TimeWait,
};

constexpr std::size_t stateIndex(TcpState state) { return static_cast<std::size_t>(state); }

// Canonical token: CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2,
// CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT (and UNKNOWN). Used in JSON and on the command line.
std::string_view stateToken(TcpState state);

// Accepts the canonical tokens and the common aliases (SYN_RCVD, SYN-RECV, ESTAB, FIN_WAIT1,
// TIME-WAIT, ...), in any case, with '-', '_' or ' ' as separators. UNKNOWN is not accepted.
std::optional<TcpState> parseState(std::string_view text);

// True for the states in which both sides have exchanged SYNs (RFC 9293 "synchronized").
bool isSynchronized(TcpState state);

} // namespace tsl
