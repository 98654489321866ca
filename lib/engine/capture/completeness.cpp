#include "completeness.h"

namespace tsl::capture {

std::uint8_t completenessOf(const net::TcpSegment& segment)
{
    std::uint8_t bits = 0;
    if (segment.has(net::tcpflag::kSyn))
        bits |= segment.has(net::tcpflag::kAck) ? completeness::kSynAck : completeness::kSyn;
    else if (segment.has(net::tcpflag::kAck))
        bits |= completeness::kAck;
    if (segment.payloadLength > 0)
        bits |= completeness::kData;
    if (segment.has(net::tcpflag::kFin) && !segment.has(net::tcpflag::kSyn))
        bits |= completeness::kFin;
    if (segment.has(net::tcpflag::kRst))
        bits |= completeness::kRst;
    return bits;
}

std::string completenessFlags(std::uint8_t bits)
{
    static constexpr std::pair<std::uint8_t, const char*> kLetters[] = {
        {completeness::kRst, "R"}, {completeness::kFin, "F"},    {completeness::kData, "D"},
        {completeness::kAck, "A"}, {completeness::kSynAck, "S"}, {completeness::kSyn, "S"}};
    std::string text;
    for (const auto& [bit, letter] : kLetters)
        text += (bits & bit) ? letter : "\u00b7";
    return text;
}

} // namespace tsl::capture
