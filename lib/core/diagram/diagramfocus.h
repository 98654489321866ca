#pragma once
// The keyboard's place on the state diagram: one state or one edge. Arrow keys move it between
// states along the edges of the one transition table: from a state to its edge (leaving or
// entering it) that lies most nearly the arrow's way; from an edge, the arrow pointing to one of
// its ends goes on to that state, an arrow pointing neither way turns to the state's next edge
// (Right, Down: clockwise; Left, Up: anticlockwise), so every edge can be reached. Plain geometry
// over a DiagramLayout, so the widget, the accessibility tree and the tests share it.

#include "diagramlayout.h"
#include "model/tcpstate.h"

#include <QPointF>
#include <QRectF>

#include <cstddef>
#include <optional>

namespace tsl {

class DiagramFocus {
public:
    enum class Kind {
        State,
        Edge,
    };
    enum class Direction {
        Left,
        Right,
        Up,
        Down,
    };

    static DiagramFocus onState(TcpState state) { return DiagramFocus(Kind::State, state, 0); }
    // `transition` indexes transitions(); `from` is the state the keys came from (where turning
    // to the next edge turns round), the edge's source when not given.
    static DiagramFocus onEdge(std::size_t transition, std::optional<TcpState> from = std::nullopt);

    Kind kind() const { return m_kind; }
    bool isState() const { return m_kind == Kind::State; }
    TcpState state() const { return m_state; }        // for a state; for an edge, where the keys came from
    std::size_t edge() const { return m_transition; } // for an edge

    // The same state, or the same edge (wherever the keys came from).
    bool operator==(const DiagramFocus& other) const
    {
        return m_kind == other.m_kind && (m_kind == Kind::State ? m_state == other.m_state : m_transition == other.m_transition);
    }

    // Where the item is on the canvas: a state's box; an edge's label (its tag for RST/ABORT edges).
    QRectF rect(const DiagramLayout& layout) const;
    QPointF centre(const DiagramLayout& layout) const { return rect(layout).center(); }

    // Where an arrow key goes from here; nothing when no edge (or end) lies that way.
    std::optional<DiagramFocus> neighbour(const DiagramLayout& layout, Direction direction) const;

    // Whether the layout draws it (RST/ABORT edges can be hidden).
    bool isDrawn(const DiagramLayout& layout) const;

private:
    DiagramFocus(Kind kind, TcpState state, std::size_t transition) : m_kind(kind), m_state(state), m_transition(transition) {}

    Kind m_kind;
    TcpState m_state;
    std::size_t m_transition;
};

} // namespace tsl
