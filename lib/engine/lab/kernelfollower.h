#pragma once
// Follows known connections in the kernel's table, poll by poll, and turns what it sees into
// transitions of the model. Where two polls show a jump that skips states (A -> C), it reports
// the edge path the model implies and marks the skipped states as passed unseen: it never
// pretends it saw them. Endpoints whose fd is closed are followed until they leave the table
// (CLOSED). Plain C++.

#include "kernel/kernelprobe.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tsl {

struct ObservedTransition {
    int endpoint = -1;
    std::string role;
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    std::optional<std::size_t> transition; // the model's edge, when one fits
    bool seen = true;          // false: `to` was passed between two polls, implied by the model
    std::int64_t timeUs = 0;   // when the poll that revealed it ran, since the follower started
};

class KernelFollower {
public:
    explicit KernelFollower(KernelProbe& probe);

    // Starts following a connection. `initial` is the state it is known to be in now (CLOSED for
    // one not yet created; LISTEN for the server end of a connection a listener will accept).
    int follow(std::string role, const FourTuple& tuple, TcpState initial);
    // Makes the inferred paths of one endpoint prefer these edges (by id), e.g. "estab-abort"
    // after the lab aborted it, or "synsent-rcv-syn" for a simultaneous open.
    void preferEdges(int endpoint, const std::vector<std::string>& edgeIds);
    // Also discovers, on every poll, the connections reaching this listener that nobody told the
    // follower about (half-open requests from any client): a port-filtered query for its port.
    // They are followed from LISTEN on, as "server (half-open)".
    void watchListener(int listenerEndpoint);

    // Declares what the endpoint's own socket said (e.g. ECONNREFUSED: CLOSED after SYN_SENT)
    // when the table could never show it; reported like an observation, with its implied path.
    std::vector<ObservedTransition> reportFromSocket(int endpoint, TcpState state);

    // One poll: an exact lookup per endpoint still in the table. Returns the transitions since
    // the last poll, in endpoint order. When the table could not be read, the poll tells nothing
    // and probeError() says why (until a poll reads it again).
    std::vector<ObservedTransition> poll();
    const std::string& probeError() const { return m_probeError; }

    TcpState state(int endpoint) const { return m_endpoints[std::size_t(endpoint)].state; }
    TcpState initialState(int endpoint) const { return m_endpoints[std::size_t(endpoint)].initial; }
    const std::optional<SocketRow>& lastRow(int endpoint) const { return m_endpoints[std::size_t(endpoint)].row; }
    const std::string& role(int endpoint) const { return m_endpoints[std::size_t(endpoint)].role; }
    const FourTuple& tuple(int endpoint) const { return m_endpoints[std::size_t(endpoint)].tuple; }
    std::size_t size() const { return m_endpoints.size(); }
    // True while some endpoint may still change (it is in the table, or not yet seen).
    bool anyActive() const;
    std::int64_t elapsedUs() const;
    std::uint64_t polls() const { return m_polls; }

private:
    struct Followed {
        std::string role;
        FourTuple tuple;
        TcpState state;
        TcpState initial;
        bool everSeen = false;
        bool gone = false;
        std::vector<std::size_t> preferred;
        std::optional<SocketRow> row;
    };
    std::vector<ObservedTransition> transitionsTo(int endpoint, TcpState next, std::int64_t timeUs);
    bool discoverHalfOpen();

    KernelProbe& m_probe;
    std::vector<Followed> m_endpoints;
    std::chrono::steady_clock::time_point m_start;
    std::uint64_t m_polls = 0;
    std::string m_probeError;
    // Reused by every poll, so polling allocates nothing once warmed up.
    std::vector<std::size_t> m_active;
    std::vector<FourTuple> m_tuples;
    std::vector<std::optional<SocketRow>> m_rows;
    std::vector<int> m_listeners;
};

} // namespace tsl
