#include "diagramfocus.h"

#include "model/transitiontable.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tsl {

namespace {
constexpr qreal kPi = 3.14159265358979323846;

// The arrow's angle, clockwise from the right (screen y grows downwards).
qreal angleOf(DiagramFocus::Direction direction)
{
    switch (direction) {
    case DiagramFocus::Direction::Right:
        return 0;
    case DiagramFocus::Direction::Down:
        return kPi / 2;
    case DiagramFocus::Direction::Left:
        return kPi;
    case DiagramFocus::Direction::Up:
        break;
    }
    return -kPi / 2;
}

qreal angleOf(QPointF v) { return std::atan2(v.y(), v.x()); }

// 0 … π: how far apart two angles are.
qreal between(qreal a, qreal b)
{
    const qreal d = std::fmod(std::abs(a - b), 2 * kPi);
    return d > kPi ? 2 * kPi - d : d;
}

// A state's edges, leaving or entering it, clockwise by where their labels are (RST/ABORT edges:
// the first of each tag, the tag standing for them all).
std::vector<std::size_t> edgesOf(const DiagramLayout& layout, TcpState state)
{
    std::vector<std::pair<qreal, std::size_t>> out;
    std::vector<int> tagsSeen;
    const QPointF centre = layout.stateBox(state).center();
    for (const EdgeGeometry& edge : layout.edges()) {
        const Transition& t = transitions()[edge.transition];
        if (t.from != state && t.to != state)
            continue;
        if (edge.tag >= 0) {
            if (t.from != state || std::find(tagsSeen.begin(), tagsSeen.end(), edge.tag) != tagsSeen.end())
                continue;
            tagsSeen.push_back(edge.tag);
        }
        out.emplace_back(angleOf(DiagramFocus::onEdge(edge.transition).centre(layout) - centre), edge.transition);
    }
    std::sort(out.begin(), out.end());
    std::vector<std::size_t> edges;
    edges.reserve(out.size());
    for (const auto& [angle, transition] : out)
        edges.push_back(transition);
    return edges;
}

// An arrow goes to what lies within this of its way (a little over 60°), or turns.
constexpr qreal kCone = kPi / 2.9;
} // namespace

DiagramFocus DiagramFocus::onEdge(std::size_t transition, std::optional<TcpState> from)
{
    return DiagramFocus(Kind::Edge, from.value_or(transitions()[transition].from), transition);
}

bool DiagramFocus::isDrawn(const DiagramLayout& layout) const
{
    return isState() || layout.edgeFor(m_transition) != nullptr;
}

QRectF DiagramFocus::rect(const DiagramLayout& layout) const
{
    if (isState())
        return layout.stateBox(m_state);
    const EdgeGeometry* edge = layout.edgeFor(m_transition);
    if (!edge)
        return {};
    if (edge->label >= 0)
        return layout.labels()[std::size_t(edge->label)].rect;
    if (edge->tag >= 0)
        return layout.tags()[std::size_t(edge->tag)].rect;
    const QPointF middle = layout.pointAlongEdge(m_transition, 0.5);
    return {middle - QPointF(4, 4), QSizeF(8, 8)};
}

std::optional<DiagramFocus> DiagramFocus::neighbour(const DiagramLayout& layout, Direction direction) const
{
    const qreal way = angleOf(direction);
    const QPointF here = centre(layout);
    if (isState()) {
        // The edge most nearly the arrow's way; any edge of the state, so a key always moves.
        std::optional<DiagramFocus> best;
        qreal bestOff = 0;
        for (std::size_t transition : edgesOf(layout, m_state)) {
            const DiagramFocus edge = onEdge(transition, m_state);
            const qreal off = between(way, angleOf(edge.centre(layout) - here));
            if (!best || off < bestOff - 1e-9) {
                best = edge;
                bestOff = off;
            }
        }
        return best;
    }
    const Transition& t = transitions()[m_transition];
    // On to the end the arrow points to…
    std::optional<DiagramFocus> end;
    qreal endOff = kCone;
    for (TcpState state : {t.from, t.to}) {
        const QPointF v = layout.stateBox(state).center() - here;
        const qreal off = between(way, angleOf(v));
        if (off < endOff) {
            end = onState(state);
            endOff = off;
        }
    }
    if (end)
        return end;
    // …or round the state the keys came from, to its next edge.
    const std::vector<std::size_t> ring = edgesOf(layout, m_state);
    const auto at = std::find(ring.begin(), ring.end(), m_transition);
    if (ring.size() < 2 || at == ring.end())
        return std::nullopt;
    const bool clockwise = direction == Direction::Right || direction == Direction::Down;
    const std::size_t i = std::size_t(at - ring.begin());
    const std::size_t next = clockwise ? (i + 1) % ring.size() : (i + ring.size() - 1) % ring.size();
    return onEdge(ring[next], m_state);
}

} // namespace tsl
