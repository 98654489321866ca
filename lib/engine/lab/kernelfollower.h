#pragma once
// Follows known connections in the kernel's table, poll by poll, and turns what it sees into
// transitions of the model by the one rule of model/observedpath.h: a jump that skips states
// (A -> C) reports the path the model implies with the skipped states passed unseen, or an
// unknown path where the evidence cannot tell several apart; a socket the kernel never reported
// does not exist. Endpoints whose fd is closed are followed until they leave the table (CLOSED).
// Plain C++.

#include "kernel/kernelprobe.h"
#include "model/observedpath.h"

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
    bool pathKnown = true;     // false: several paths lead from `from` to `to`; none is claimed
    int listener = -1;         // for a listener's connection: the listener's endpoint
};

class KernelFollower {
public:
    explicit KernelFollower(KernelProbe& probe);

    // Starts following a socket. `initial` is the state it is known to be in now (CLOSED for one
    // not yet created: it exists once the kernel reports it).
    int follow(std::string role, const FourTuple& tuple, TcpState initial);
    // Starts following a connection of `listener` (its server end): a socket of its own whose
    // story starts in LISTEN, and which exists only once the kernel reports it (a dropped SYN
    // never makes one).
    int followConnection(std::string role, const FourTuple& tuple, int listener);
    // What the caller's log says about the endpoint; the rule reads it to explain every jump.
    PathEvidence& evidence(int endpoint) { return m_endpoints[std::size_t(endpoint)].evidence; }
    // Marks edges (by id) as proven by the caller's log, e.g. "synsent-rcv-syn" for a simultaneous open.
    void proveEdges(int endpoint, const std::vector<std::string>& edgeIds);
    // The kernel reported the endpoint other than in its table (accept() returned it): it exists.
    void markReported(int endpoint) { m_endpoints[std::size_t(endpoint)].reported = true; }
    void setRole(int endpoint, std::string role) { m_endpoints[std::size_t(endpoint)].role = std::move(role); }
    // Also discovers the connections reaching this listener that nobody told the follower about
    // (half-open requests from any client): a port-filtered query for its port. They are
    // followed from LISTEN on, as "server (half-open)".
    void watchListener(int listenerEndpoint);
    // How often that query runs. It is a dump, and the kernel walks its whole table for every
    // dump (milliseconds with 20,000 sockets on the machine), so a 1 kHz poller cannot afford it
    // on every poll. Zero (the default): on every poll. Otherwise at most this often, and at once
    // on the poll after the listener's accept queue changed (a connection completed, or was
    // accepted), which its exact lookup shows for free; strangers' half-open requests that never
    // complete (they live for seconds) are found by the sweep.
    void setDiscoveryInterval(std::chrono::microseconds interval) { m_discoveryInterval = interval; }

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
    // The listener whose connection the endpoint is, or -1.
    int listenerOf(int endpoint) const { return m_endpoints[std::size_t(endpoint)].listener; }
    // Whether the kernel ever reported the endpoint (in its table, through accept(), or its socket).
    bool reported(int endpoint) const { return m_endpoints[std::size_t(endpoint)].reported; }
    std::size_t size() const { return m_endpoints.size(); }
    // True while some endpoint may still change (it is in the table, or not yet seen).
    bool anyActive() const;
    std::int64_t elapsedUs() const;
    std::uint64_t polls() const { return m_polls; }

private:
    struct Followed {
        std::string role;
        FourTuple tuple;
        TcpState state = TcpState::Closed;
        TcpState initial = TcpState::Closed;
        bool reported = false;
        bool gone = false;
        bool lived = false; // some transition was reported
        int listener = -1;
        PathEvidence evidence;
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
    struct WatchedListener {
        int endpoint = -1;
        std::int64_t sweptUs = -1;           // when its port was last queried (-1: never)
        std::uint32_t acceptQueue = 0;       // its accept queue's length at that moment
    };
    std::vector<WatchedListener> m_listeners;
    std::chrono::microseconds m_discoveryInterval{0};
};

} // namespace tsl
