#include "exercise/choices.h"

#include "model/transitiontable.h"

#include <algorithm>
#include <string_view>

namespace tsl::exercise {

namespace {

// A side in these states has received the peer's SYN: every segment it sends carries an ACK.
bool acknowledges(TcpState state) { return isSynchronized(state) || state == TcpState::SynReceived; }

// The segment an edge's action sends ("snd SYN,ACK", "create TCB, snd SYN"), if any.
std::optional<SegmentShape> sentBy(const Transition& edge)
{
    const std::string_view action = edge.action;
    const auto at = action.find("snd ");
    if (at == std::string_view::npos)
        return std::nullopt;
    const std::string_view flags = action.substr(at + 4);
    SegmentShape shape;
    shape.syn = flags.find("SYN") != std::string_view::npos;
    shape.fin = flags.find("FIN") != std::string_view::npos;
    shape.rst = flags.find("RST") != std::string_view::npos;
    shape.ack = flags.find("ACK") != std::string_view::npos || (!shape.rst && acknowledges(edge.from));
    return shape;
}

// A fixed order for the choices, so that the same question always reads the same.
int rank(const SegmentShape& s)
{
    return (s.syn ? 16 : 0) + (s.fin ? 8 : 0) + (s.rst ? 4 : 0) + (s.len ? 2 : 0) + (s.ack ? 1 : 0);
}

bool contains(const std::vector<std::optional<SegmentShape>>& list, const std::optional<SegmentShape>& shape,
              bool numbered)
{
    return std::any_of(list.begin(), list.end(), [&](const std::optional<SegmentShape>& other) {
        if (!other || !shape)
            return !other && !shape;
        return sameSegment(*other, *shape, numbered) && (!numbered || other->len == shape->len);
    });
}

void addUnique(std::vector<std::optional<SegmentShape>>& list, const std::optional<SegmentShape>& shape, bool numbered)
{
    if (!contains(list, shape, numbered))
        list.push_back(shape);
}

} // namespace

std::vector<TcpState> stateChoices(TcpState before, std::optional<TcpState> known)
{
    std::vector<TcpState> states{before};
    for (const Transition& edge : transitions()) {
        if (edge.from == before && std::find(states.begin(), states.end(), edge.to) == states.end())
            states.push_back(edge.to);
    }
    // The edges the diagram draws first, the resets and aborts after: trim from the end.
    if (known && std::find(states.begin(), states.end(), *known) == states.end())
        states.insert(states.begin() + 1, *known);
    if (states.size() > kMaxChoices) {
        std::vector<TcpState> kept(states.begin(), states.begin() + kMaxChoices);
        if (known && std::find(kept.begin(), kept.end(), *known) == kept.end())
            kept.back() = *known;
        states = std::move(kept);
    }
    // Two choices are hardly a question: add where the side came from (staying behind is the
    // usual mistake), then the diagram's states two edges away.
    const auto addFrom = [&states](auto&& candidate) {
        for (const Transition& edge : transitions()) {
            if (states.size() >= 3)
                return;
            const std::optional<TcpState> state = candidate(edge);
            if (state && std::find(states.begin(), states.end(), *state) == states.end())
                states.push_back(*state);
        }
    };
    addFrom([before](const Transition& edge) { return edge.to == before ? std::optional(edge.from) : std::nullopt; });
    const std::vector<TcpState> reached = states;
    addFrom([&reached](const Transition& edge) {
        return std::find(reached.begin(), reached.end(), edge.from) != reached.end() ? std::optional(edge.to) : std::nullopt;
    });
    std::sort(states.begin(), states.end(), [](TcpState x, TcpState y) { return stateIndex(x) < stateIndex(y); });
    return states;
}

std::vector<std::optional<SegmentShape>> segmentChoices(const SideStart& start, Level level,
                                                        std::optional<std::optional<SegmentShape>> known)
{
    const bool numbered = level == Level::Advanced;
    // The flags first: what the table's edges from here send, a plain ACK and data once synchronized.
    std::vector<SegmentShape> flagSets;
    const auto addFlags = [&](const SegmentShape& shape) {
        if (std::none_of(flagSets.begin(), flagSets.end(),
                         [&](const SegmentShape& other) { return sameSegment(other, shape, false); }))
            flagSets.push_back(shape);
    };
    for (const Transition& edge : transitions()) {
        if (edge.from == start.state) {
            if (const auto shape = sentBy(edge))
                addFlags(*shape);
        }
    }
    if (acknowledges(start.state)) {
        addFlags(SegmentShape{.ack = true});
        if (start.state == TcpState::Established || start.state == TcpState::CloseWait)
            addFlags(SegmentShape{.ack = true, .len = 100});
    }
    // Too few to choose from (CLOSED only sends a SYN): what the states one edge away send.
    if (flagSets.size() < 3) {
        for (const Transition& edge : transitions()) {
            if (edge.from != start.state)
                continue;
            for (const Transition& next : transitions()) {
                if (next.from == edge.to && flagSets.size() < 3) {
                    if (const auto shape = sentBy(next))
                        addFlags(*shape);
                }
            }
        }
    }
    std::stable_sort(flagSets.begin(), flagSets.end(),
                     [](const SegmentShape& x, const SegmentShape& y) { return rank(x) < rank(y); });

    // Numbers where the side's next segment would start; near misses around the right one.
    const std::uint32_t seq = start.sndNxt.value_or(0);
    const std::uint32_t ack = start.rcvNxt.value_or(0);
    for (SegmentShape& shape : flagSets) {
        shape.seq = shape.syn && !shape.ack ? 0 : seq;
        shape.ackNo = shape.ack ? ack : 0;
        if (shape.len && known && *known && known->value().len)
            shape.len = known->value().len;
    }

    std::vector<std::optional<SegmentShape>> out{std::nullopt};
    if (known && *known) {
        const SegmentShape right = **known;
        addUnique(out, right, numbered);
        if (numbered) {
            SegmentShape ackOff = right;
            if (right.ack) {
                ackOff.ackNo = right.ackNo + 1;
                addUnique(out, ackOff, true);
                SegmentShape swapped = right;
                std::swap(swapped.seq, swapped.ackNo);
                addUnique(out, swapped, true);
            } else {
                ackOff.seq = right.seq + 1;
                addUnique(out, ackOff, true);
            }
        }
    }
    for (const SegmentShape& shape : flagSets) {
        if (out.size() >= kMaxChoices)
            break;
        addUnique(out, shape, numbered);
    }
    if (numbered && !known && out.size() < kMaxChoices && !flagSets.empty() && flagSets.front().ack) {
        SegmentShape off = flagSets.front();
        off.ackNo += 1;
        addUnique(out, off, true);
    }
    // "Nothing" first, then the segments in the fixed order (the right one must not stand out).
    std::stable_sort(out.begin() + 1, out.end(), [](const auto& x, const auto& y) {
        if (rank(*x) != rank(*y))
            return rank(*x) < rank(*y);
        if (x->seq != y->seq)
            return x->seq < y->seq;
        return x->ackNo < y->ackNo;
    });
    return out;
}

} // namespace tsl::exercise
