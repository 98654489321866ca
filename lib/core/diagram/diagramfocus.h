#pragma once
// The keyboard's place on the state diagram: one state or one edge. Arrow keys move it between
// states along the edges of the one transition table: from a state to the edge that leaves or
// enters it in the arrow's direction, from an edge on to its state at that end. Plain geometry
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
    // `transition` indexes transitions().
    static DiagramFocus onEdge(std::size_t transition) { return DiagramFocus(Kind::Edge, TcpState::Closed, transition); }

    Kind kind() const { return m_kind; }
    bool isState() const { return m_kind == Kind::State; }
    TcpState state() const { return m_state; }        // for a state
    std::size_t edge() const { return m_transition; } // for an edge

    bool operator==(const DiagramFocus& other) const = default;

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
