#pragma once
// The wire between host A and host B: two AF_PACKET sockets in the wire's namespace, one on
// each veth end. Every TCP segment either host sends is captured (with the kernel's receive
// timestamp) and then, in hold mode, waits until it is delivered, dropped, duplicated or
// delivered out of order; in flow mode it passes after an optional delay. Segments can also be
// crafted from the wire, with seq/ack relative to what the wire has seen of the connection and
// spoofed sources for a SYN flood that never leaves the private network. Plain C++, Linux; one
// thread drives a Wire at a time.

#include "kernel/filedescriptor.h"
#include "model/enginetext.h"
#include "netlayout.h"
#include "tcpsegment.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace tsl::net {

class PrivateNetwork;

enum class WireMode {
    Hold,
    Flow,
};

enum class WireAction {
    Held,       // captured; waits for the user
    Delivered,
    Dropped,
    Duplicated, // delivered once more
    Injected,   // crafted on the wire and sent to a host
};

const char* wireActionToken(WireAction action); // "held", "delivered", ...

// Where a segment came from or went: a host, or the wire itself (crafted, spoofed).
enum class WireEnd {
    A,
    B,
    Wire,
};
const char* wireEndName(WireEnd end); // "A", "B", "wire"
inline WireEnd endOf(Host host) { return host == Host::A ? WireEnd::A : WireEnd::B; }

struct CapturedSegment {
    std::uint64_t id = 0;      // in order of capture, from 1
    TcpSegment segment;
    WireEnd from = WireEnd::A;
    WireEnd to = WireEnd::B;
    std::int64_t kernelTimeNs = 0; // CLOCK_REALTIME, from the packet socket (SO_TIMESTAMPNS)
    std::uint32_t relativeSeq = 0; // from the sender's initial sequence number
    std::uint32_t relativeAck = 0; // from the receiver's (0 without ACK)
    bool retransmission = false;   // it carries sequence space the sender had sent before
    std::vector<std::uint8_t> frame;
};

struct WireEvent {
    WireAction action = WireAction::Held;
    std::uint64_t segmentId = 0;
    std::int64_t timeUs = 0; // since the wire opened
    EngineText reason;       // e.g. "addressed to a spoofed source: it never leaves the wire"
};

// What the wire has seen of one direction of a connection: the sender's next sequence number
// (highest seq + length sent), what it acknowledged last (its RCV.NXT as it told the peer),
// the window it advertised (unscaled, as on the wire) and its initial sequence number.
struct DirectionView {
    bool seen = false;
    std::uint32_t iss = 0;
    std::uint32_t sndNxt = 0;
    std::uint32_t lastAck = 0;
    bool acked = false;
    std::uint16_t window = 0;
    bool windowInSyn = false; // the last window came on a SYN: never scaled (RFC 7323 §2.2)
    std::optional<std::uint8_t> windowScale;
    bool sentSomething = false; // a segment with sequence space (SYN, FIN, data) went out
    std::uint8_t lastSpaceFlags = 0; // the flags of the last one
};

// A TCP connection by its two ends (address and port), as the wire keys it.
struct WireFlow {
    IpFamily family = IpFamily::V4;
    std::array<std::uint8_t, 16> address[2]{};
    std::uint16_t port[2] = {0, 0};
    friend bool operator<(const WireFlow& a, const WireFlow& b)
    {
        return std::tie(a.family, a.address[0], a.address[1], a.port[0], a.port[1])
               < std::tie(b.family, b.address[0], b.address[1], b.port[0], b.port[1]);
    }
};

class Wire {
public:
    // Opens the wire of `network` (its two packet sockets). nullptr with `error` on failure.
    static std::unique_ptr<Wire> open(PrivateNetwork& network, std::string& error);
    ~Wire();
    Wire(const Wire&) = delete;
    Wire& operator=(const Wire&) = delete;

    void setMode(WireMode mode) { m_mode = mode; }
    WireMode mode() const { return m_mode; }
    // In flow mode, how long each segment waits before it passes (0: at once).
    void setFlowDelayMs(int milliseconds) { m_flowDelayUs = std::int64_t(std::max(0, milliseconds)) * 1000; }
    // Keeps every captured segment (pcap export); off for long flows measured by the benchmark.
    void setKeepCaptures(bool keep) { m_keepCaptures = keep; }

    void onEvent(std::function<void(const WireEvent&, const CapturedSegment&)> callback) { m_onEvent = std::move(callback); }

    // Reads what the hosts sent, waiting up to `timeoutMs` for the first frame; forwards what
    // flow mode lets pass. Returns the number of TCP segments captured.
    int pump(int timeoutMs);
    // Pumps until a held segment matching `match` is there (true) or the time is up.
    bool waitForHeld(const std::function<bool(const CapturedSegment&)>& match, int timeoutMs);

    // Segments waiting in hold mode, oldest first.
    std::vector<const CapturedSegment*> held() const;
    const CapturedSegment* segment(std::uint64_t id) const;
    // The oldest held segment from `from` (nullptr: none).
    const CapturedSegment* firstHeldFrom(WireEnd from) const;

    // Each acts on one held segment; false with `error` (no such held segment, send failed).
    bool deliver(std::uint64_t id, EngineText& error);
    bool drop(std::uint64_t id, EngineText& error);
    bool duplicate(std::uint64_t id, EngineText& error); // delivers it and keeps it held
    bool releaseAll(EngineText& error);                   // delivers everything, in order

    // Sends a crafted segment to `to` from the wire. `segment` holds absolute numbers; see
    // view() for the numbers the wire has seen. Returns the captured id (0 on failure).
    std::uint64_t inject(Host to, const TcpSegment& segment, EngineText& error);

    // What the wire has seen of the direction `from` → other end on `flow` (nullopt: nothing).
    std::optional<DirectionView> view(const TcpSegment& anySegmentOfTheFlow, bool fromSource) const;

    // Every segment captured so far (also the injected ones), in order.
    const std::deque<CapturedSegment>& captures() const { return m_captures; }
    std::uint64_t capturedCount() const { return m_nextId - 1; }
    std::uint64_t forwardedCount() const { return m_forwarded; }
    std::int64_t elapsedUs() const;
    std::int64_t startRealtimeNs() const { return m_startRealtimeNs; }

private:
    // The held segment `id`, taken off the wait list; nullptr with `error` when none is held.
    const CapturedSegment* takeHeld(std::uint64_t id, EngineText& error);
    Wire() = default;
    struct Connection {
        DirectionView direction[2]; // indexed by which end of the WireFlow sent
    };
    struct Pending {
        std::uint64_t id;
        std::int64_t dueUs; // flow mode: when it passes
    };
    void readFrom(Host side);
    void accept(Host side, const std::uint8_t* frame, std::size_t length, std::int64_t kernelNs);
    CapturedSegment& capture(TcpSegment segment, WireEnd from, WireEnd to, std::int64_t kernelTimeNs,
                             const std::uint8_t* frame, std::size_t length);
    bool send(WireEnd to, const std::vector<std::uint8_t>& frame, EngineText& error);
    void report(WireAction action, const CapturedSegment& segment, EngineText reason = {});
    void forwardDue();
    void trimCaptures();
    std::int64_t nowUs() const;

    FileDescriptor m_sockets[2]; // facing A, facing B
    WireMode m_mode = WireMode::Hold;
    std::int64_t m_flowDelayUs = 0;
    bool m_keepCaptures = true;
    std::deque<CapturedSegment> m_captures;
    std::deque<Pending> m_pending; // held (hold mode) or delayed (flow mode)
    std::map<WireFlow, Connection> m_connections;
    std::uint64_t m_nextId = 1;
    std::uint64_t m_forwarded = 0;
    std::int64_t m_startRealtimeNs = 0;
    std::int64_t m_startSteadyNs = 0;
    std::vector<std::uint8_t> m_buffer;
    std::function<void(const WireEvent&, const CapturedSegment&)> m_onEvent;
};

} // namespace tsl::net
