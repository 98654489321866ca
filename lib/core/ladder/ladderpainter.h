#pragma once
// The ladder (sequence) diagram of a simulation, as textbooks draw it: two vertical timelines,
// A and B; every segment an arrow slanting down from sender to receiver, labelled with its flags,
// seq, ack and len; the state each side enters written beside its timeline; segments still in
// flight drawn mid-flight; dropped ones ending in a cross. QtGui only: paints onto any device.

#include "diagram/diagramtheme.h"
#include "sim/simulator.h"

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace tsl {

class LadderLayout {
public:
    struct Arrow {
        sim::Segment segment;
        QLineF line;       // from the sender's timeline to where it ends
        bool delivered = false;
        bool dropped = false;
        bool inFlight = false;
        QRectF label;
        QString text;
    };
    struct StateMark {
        sim::Side side;
        QRectF rect;
        QString text;
    };
    struct TimerMark {
        sim::Side side;
        QPointF at;
        QString text;
    };

    // Lays out steps 1..simulator.currentStep().
    explicit LadderLayout(const sim::Simulator& simulator);

    QSizeF canvasSize() const { return m_size; }
    qreal timelineX(sim::Side side) const;
    qreal rowY(int step) const; // the y of step `step` (0: the start)
    const std::vector<Arrow>& arrows() const { return m_arrows; }
    const std::vector<StateMark>& states() const { return m_states; }
    const std::vector<TimerMark>& timers() const { return m_timers; }
    int steps() const { return m_steps; }

    static QFont labelFont();
    static QFont stateFont();

private:
    QSizeF m_size;
    int m_steps = 0;
    std::vector<Arrow> m_arrows;
    std::vector<StateMark> m_states;
    std::vector<TimerMark> m_timers;
};

class LadderPainter {
public:
    LadderPainter(const LadderLayout& layout, DiagramTheme theme);
    // Fills `target` and draws the ladder scaled to fit its width, centred.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    const LadderLayout& m_layout;
    DiagramTheme m_theme;
};

} // namespace tsl
