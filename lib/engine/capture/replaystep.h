#pragma once
// One captured segment of one connection with both ends' states inferred before and after it,
// and the connection as a whole (its summary row). Plain C++.

#include "model/tcpstate.h"
#include "net/tcpsegment.h"
#include "sim/command.h"
#include "sim/profile.h"
#include "sim/steprecord.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tsl::capture {

// Where the capture was taken, as the handshake's timing tells: next to one host (the other's
// segments arrive a round trip after ours), on the same host (loopback: no delay either way), or
// somewhere between them. Unknown without a complete handshake.
enum class CapturePoint {
    Unknown,
    AtA,
    AtB,
    SameHost,
    Between,
};

struct ReplayStep {
    std::size_t connection = 0; // 1-based
    std::uint64_t frame = 0;    // 1-based in the file
    std::int64_t timeNs = 0;
    std::uint32_t wireLength = 0;
    sim::Side from = sim::Side::A;
    std::uint8_t flags = 0; // net::tcpflag bits as captured (PSH, URG too)
    std::uint32_t seq = 0, ack = 0;          // as captured
    std::uint32_t relativeSeq = 0, relativeAck = 0; // from the sender's / receiver's first sequence number
    std::uint32_t payload = 0;
    std::uint16_t window = 0;
    // TcpState::Unknown until a segment tells (a capture that starts mid-stream).
    TcpState beforeA = TcpState::Unknown, beforeB = TcpState::Unknown;
    TcpState afterA = TcpState::Unknown, afterB = TcpState::Unknown;
    // What the sender must have done to send it (connect, close, abort; nullopt: nothing new).
    std::optional<sim::CommandKind> senderCall;
    // The simulator's record of the step: the sender's call and the receiver's handling of the
    // segment (its state changes and notes); lib/core's SimText words it as the simulator does.
    sim::StepRecord record;
    bool retransmission = false;  // sequence space the sender had sent before
    bool outOfWindow = false;     // the receiver found it outside its window
    // The receiver's state is inferred as if it had the segment when it was captured: the capture
    // point is not at the receiver, which had not yet seen it.
    bool atCapturePoint = false;
    bool statesStartHere = false; // mid-stream: the first segment that told both states
    bool receiverUntold = false;  // the receiver's answer never came: its state stays unknown
    // The two ends' segments crossed: the receiver handled this one only after it had sent the
    // segment of this frame (0: in order). Its before/after are the receiver's at that moment.
    std::uint64_t seenAfterFrame = 0;

    TcpState before(sim::Side side) const { return side == sim::Side::A ? beforeA : beforeB; }
    TcpState after(sim::Side side) const { return side == sim::Side::A ? afterA : afterB; }
};

struct ConnectionEndpoint {
    net::IpFamily family = net::IpFamily::V4;
    std::array<std::uint8_t, 16> address{};
    std::uint16_t port = 0;
    friend bool operator==(const ConnectionEndpoint&, const ConnectionEndpoint&) = default;
};
// "192.0.2.1" or "2001:db8::1" (no port).
std::string addressText(const ConnectionEndpoint& endpoint);

struct ConnectionSummary {
    std::size_t index = 0;      // 1-based, in the order connections start in the file
    ConnectionEndpoint a, b;    // A: the side that opened (sent the first SYN), or the guess mid-stream
    bool midStream = false;     // the capture starts after the connection's SYN
    std::uint8_t completeness = 0;
    TcpState endA = TcpState::Unknown, endB = TcpState::Unknown;
    std::int64_t firstNs = 0, lastNs = 0;
    std::uint64_t firstFrame = 0, lastFrame = 0;
    std::uint64_t framesAToB = 0, framesBToA = 0;
    std::uint64_t bytesAToB = 0, bytesBToA = 0;     // frame bytes on the wire, as tshark counts them
    std::uint64_t payloadAToB = 0, payloadBToA = 0; // TCP payload
    std::uint64_t retransmissions = 0;
    std::uint64_t outOfWindow = 0;
    CapturePoint capturePoint = CapturePoint::Unknown;
    sim::Profile profile = sim::Profile::Linux;
    // The states each end passed through, in the order the inference took them (the first known
    // one first): what a test compares with the kernel's.
    std::vector<TcpState> pathA, pathB;

    std::uint64_t frames() const { return framesAToB + framesBToA; }
    std::int64_t durationNs() const { return lastNs - firstNs; }
};

} // namespace tsl::capture
