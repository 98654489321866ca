#include "diagramfocus.h"

#include "model/transitiontable.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tsl {

namespace {
QPointF unit(DiagramFocus::Direction direction)
{
    switch (direction) {
    case DiagramFocus::Direction::Left:
        return {-1, 0};
    case DiagramFocus::Direction::Right:
        return {1, 0};
    case DiagramFocus::Direction::Up:
        return {0, -1};
    case DiagramFocus::Direction::Down:
        break;
    }
    return {0, 1};
}

// How well `to` lies in `direction` from `from`: lower is better, nothing outside a cone of
// about 63° either side (a key goes roughly where it points, or nowhere).
std::optional<qreal> cost(QPointF from, QPointF to, DiagramFocus::Direction direction)
{
    const QPointF d = unit(direction);
    const QPointF v = to - from;
    const qreal along = v.x() * d.x() + v.y() * d.y();
    const qreal across = std::abs(v.x() * d.y() - v.y() * d.x());
    if (along <= 1e-6 || across > 2 * along)
        return std::nullopt;
    return along + 2 * across;
}
} // namespace

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
    const QPointF here = centre(layout);
    std::optional<DiagramFocus> best;
    qreal bestCost = 0;
    const auto consider = [&](const DiagramFocus& candidate) {
        if (!candidate.isDrawn(layout))
            return;
        const auto c = cost(here, candidate.centre(layout), direction);
        if (c && (!best || *c < bestCost)) {
            best = candidate;
            bestCost = *c;
        }
    };
    if (isState()) {
        // The edges that leave or enter this state; RST/ABORT edges share one tag per state, so the
        // tag stands for its first edge.
        std::vector<int> tagsSeen;
        for (const EdgeGeometry& edge : layout.edges()) {
            const Transition& t = transitions()[edge.transition];
            if (t.from != m_state && t.to != m_state)
                continue;
            if (edge.tag >= 0) {
                if (t.from != m_state || std::find(tagsSeen.begin(), tagsSeen.end(), edge.tag) != tagsSeen.end())
                    continue;
                tagsSeen.push_back(edge.tag);
            }
            consider(onEdge(edge.transition));
        }
    } else {
        const Transition& t = transitions()[m_transition];
        consider(onState(t.from));
        consider(onState(t.to));
        if (!best) {
            // Neither end lies that way: the nearer end in that half of the plane, if any.
            for (TcpState end : {t.from, t.to}) {
                const QPointF v = layout.stateBox(end).center() - here;
                const QPointF d = unit(direction);
                if (v.x() * d.x() + v.y() * d.y() > 0 && (!best || std::hypot(v.x(), v.y()) < bestCost)) {
                    best = onState(end);
                    bestCost = std::hypot(v.x(), v.y());
                }
            }
        }
    }
    return best;
}

} // namespace tsl
