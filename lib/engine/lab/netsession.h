#pragma once
// A persistent session on the private network: host A's and host B's sockets, the wire between
// them and a sock_diag probe in each host, driven one operation at a time — by hand (the Wire
// panel) or by a scenario's labelled steps (`net run`, Next in the panel). Every call, wire
// action and state change is published as a NetRunEvent. Plain C++, Linux; one thread drives a
// session at a time.
//
// Operations throw NetSessionFailure when the kernel does not do what was asked (no connection
// to close, no such segment held, a segment that never came); attempt() turns that into an
// error message (an EngineText: lib/core words it, english() is the English message).

#include "lab/netrunevent.h"

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tsl {

namespace net {
class PrivateNetwork;
}
class KernelFollower;
namespace netlink {
class NetlinkProbe;
}
class LoopbackSocket;

struct NetSessionFailure {
    EngineText text; // english() is the message
};

// In hold mode a held segment would otherwise draw a retransmission after 200 ms; the runs
// step faster than a human, the GUI may choose more.
inline constexpr unsigned kDefaultNetRtoMinMs = 1000;

class NetSession {
public:
    static constexpr std::uint16_t kServerPort = 5000;
    static constexpr std::uint16_t kPortA = 40000; // fixed client ports where a scenario needs them
    static constexpr std::uint16_t kPortB = 40001;
    static constexpr int kSegmentTimeoutMs = 3000; // an answer the kernel sends at once (or after a delayed ACK)

    using EventCallback = std::function<void(const NetRunEvent&)>;

    NetSession(net::PrivateNetwork& network, AddressFamily family, EventCallback onEvent = {});
    ~NetSession();
    NetSession(const NetSession&) = delete;
    NetSession& operator=(const NetSession&) = delete;

    // Applies `settings` (validated names, see findNetSetting), sets rto_min to
    // kDefaultNetRtoMinMs unless given, opens the wire and the probes.
    void open(const std::vector<std::pair<std::string, long>>& settings);
    bool isOpen() const { return m_wire != nullptr; }
    AddressFamily family() const { return m_family; }

    // ---- socket calls on one host
    void listen(net::Host host, int backlog = 16);
    // Connects to the other host's listening port (or, with a fixed `localPort`, to the other
    // fixed client port: a simultaneous open).
    void connect(net::Host from, std::uint16_t localPort = 0);
    void accept(net::Host host);
    void close(net::Host host);
    void shutdownWrite(net::Host host);
    void abort(net::Host host);
    void send(net::Host host, std::size_t bytes);
    void read(net::Host host);
    void stopReading(net::Host host); // a small receive buffer nobody reads: the window closes
    void socketError(net::Host host);

    // ---- wire actions on one held segment, by its capture id
    void deliver(std::uint64_t id);
    void drop(std::uint64_t id);
    void duplicate(std::uint64_t id);
    // Delivers the next segment held after `id` first, then `id`: the two arrive swapped.
    void deliverOutOfOrder(std::uint64_t id);
    void releaseAll();
    void setMode(net::WireMode mode);
    void setFlowDelayMs(int milliseconds);
    net::WireMode mode() const;

    // ---- wire actions as scripts write them: the oldest held segment from `from` whose flags
    // include `flags` (exactly `flags` when `exact`)
    const net::CapturedSegment& expect(net::Host from, std::uint8_t flags, int timeoutMs = kSegmentTimeoutMs,
                                       bool exact = false);
    void deliver(net::Host from, std::uint8_t flags, bool exact = false);
    void drop(net::Host from, std::uint8_t flags, bool exact = false);
    void settle(); // delivers everything held until the wire stays quiet
    bool heldFrom(net::Host from, std::uint8_t flags, int timeoutMs);
    void waitState(net::Host host, TcpState state, int timeoutMs);
    // What the script concludes; `text.id` names the note for JSON readers ("note_id").
    void note(EngineText text);

    // ---- crafted segments, sent from the wire
    // To `to`'s connection (or, without one, its listening port), seq/ack written relative to
    // the receiver ("rcv.nxt", "snd.nxt+1", a number; see net/relativeseq.h). `spoofed`
    // segments come from `count` addresses of 198.51.100.0/24 (2001:db8:ff::/64) instead.
    void craft(net::Host to, std::uint8_t flags, const std::string& seq, const std::string& ack, std::size_t length,
               bool spoofed = false, int count = 1);
    void floodSyns(net::Host to, int count); // spoofed SYNs to the listening port

    // ---- the network's settings: a sysctl of both hosts, or rto_min_ms; the next connection
    // uses it (published as a Setting event)
    void applySetting(const std::string& name, long value);

    // Reads what came onto the wire (waiting up to `timeoutMs`) and the hosts' states: the
    // owner calls it on its poll while no operation runs (a retransmission, TIME_WAIT ending).
    void poll(int timeoutMs);

    // ---- what the session knows
    TcpState connectionState(net::Host host) const;
    bool hasConnection(net::Host host) const;
    bool hasListener(net::Host host) const;
    std::vector<const net::CapturedSegment*> held() const;
    const std::deque<net::CapturedSegment>& captures() const;
    const std::vector<NetRunEvent>& events() const { return m_events; }
    std::int64_t nowUs() const;

    // While `*stop` is true, waiting operations fail at once ("stopped"): another thread can cut
    // a long wait short (a reset, the program ending). Not owned; nullptr: never.
    void setStopFlag(const std::atomic<bool>* stop) { m_stop = stop; }

    // Runs `operation`; false with the failure's message.
    bool attempt(const std::function<void(NetSession&)>& operation, EngineText& error);
    bool attempt(const std::function<void(NetSession&)>& operation, std::string& error); // in English

private:
    struct Side;
    Side& side(net::Host host);
    const Side& side(net::Host host) const;
    Endpoint address(net::Host host, std::uint16_t port) const;
    void publish(NetRunEvent event);
    void call(net::Host host, const std::string& name, const std::string& detail = {});
    void call(net::Host host, const std::string& name, EngineText detail);
    void pollStates();
    void pumpOnce(int timeoutMs); // fails when asked to stop
    void quiet();
    void wireAction(bool (net::Wire::*action)(std::uint64_t, EngineText&), std::uint64_t id);
    // `noConnection`: a marked sentence, "%1" the host ("%1 has no connection to close").
    LoopbackSocket& connection(net::Host host, const char* noConnection);
    [[noreturn]] void fail(EngineText text) const { throw NetSessionFailure{std::move(text)}; }

    net::PrivateNetwork& m_network;
    AddressFamily m_family;
    EventCallback m_onEvent;
    std::unique_ptr<net::Wire> m_wire;
    std::unique_ptr<Side> m_sides[2];
    std::vector<NetRunEvent> m_events;
    std::uint64_t m_step = 0;
    int m_depth = 0; // operations calling operations count as one step
    int m_spoofedHost = 0;
    const std::atomic<bool>* m_stop = nullptr;
    std::int64_t m_startNs = 0;
    friend class StepScope;
};

} // namespace tsl
