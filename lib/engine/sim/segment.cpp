#include "segment.h"

namespace tsl::sim {

const char* sideName(Side s) { return s == Side::A ? "A" : "B"; }

std::string Segment::flags() const
{
    std::string out;
    const auto add = [&](bool on, const char* name) {
        if (!on)
            return;
        if (!out.empty())
            out += ',';
        out += name;
    };
    add(syn, "SYN");
    add(fin, "FIN");
    add(rst, "RST");
    add(ack, "ACK");
    return out;
}

std::string segmentLabel(const Segment& s)
{
    std::string text = s.flags() + " seq=" + std::to_string(s.seq);
    if (s.ack)
        text += " ack=" + std::to_string(s.ackNo);
    if (s.len)
        text += " len=" + std::to_string(s.len);
    return text;
}

} // namespace tsl::sim
