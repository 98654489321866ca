#pragma once
// A TCP segment as the simulator carries it, the two endpoints' names, and sequence-number
// arithmetic modulo 2^32 (RFC 9293 §3.4). Plain C++.

#include <cstdint>
#include <string>

namespace tsl::sim {

enum class Side {
    A,
    B,
};
inline Side peer(Side s) { return s == Side::A ? Side::B : Side::A; }
const char* sideName(Side s); // "A", "B"

struct Segment {
    int id = 0;          // unique within a run: the ladder matches sending and delivery by it
    Side from = Side::A; // B for segments to A; spoofed SYNs come "from" the flood (to B)
    bool spoofed = false; // from (or, for B's answer, to) an address that does not exist
    bool syn = false, ack = false, fin = false, rst = false;
    std::uint32_t seq = 0;
    std::uint32_t ackNo = 0;
    std::uint32_t len = 0;
    std::uint32_t window = 0;
    int sentAtStep = 0;

    std::string flags() const; // "SYN", "SYN,ACK", "FIN,ACK", "RST,ACK", "ACK"
    std::uint32_t seqLength() const { return len + (syn ? 1 : 0) + (fin ? 1 : 0); }
    friend bool operator==(const Segment&, const Segment&) = default;
};

// The one label of a segment, in protocol notation (not translated): "SYN,ACK seq=2000 ack=1001",
// with " len=N" for data. The ladder prints it; the step text puts "A→B" in front.
std::string segmentLabel(const Segment& segment);

inline bool seqLess(std::uint32_t a, std::uint32_t b) { return std::int32_t(a - b) < 0; }
inline bool seqLessOrEqual(std::uint32_t a, std::uint32_t b) { return std::int32_t(a - b) <= 0; }

} // namespace tsl::sim
