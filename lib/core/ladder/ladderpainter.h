#pragma once
// The ladder (sequence) diagram of a simulation, as textbooks draw it: two vertical timelines,
// A and B; every segment an arrow slanting down from sender to receiver, labelled with its flags,
// seq, ack and len; the state each side enters written beside its timeline; segments still in
// flight drawn mid-flight; lost or discarded ones ending in a cross; spoofed SYNs coming from a
// "?" host; crafted segments arriving from outside the ladder's story. The layout places every label where no other label or badge is. QtGui only: paints
// onto any device.

#include "diagram/diagramtheme.h"
#include "ladder/laddertrace.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace tsl {

struct LadderOptions {
    qreal width = 720;   // the canvas width the ladder is laid out for (at least kMinWidth)
    QString title;       // an optional heading: the scenario's name...
    QString description; // ...and what it shows, word-wrapped under it
};

class LadderLayout {
    Q_DECLARE_TR_FUNCTIONS(LadderLayout)

public:
    static constexpr qreal kMinWidth = 600;

    struct Arrow {
        sim::Segment segment;
        QLineF line;            // from the sender's timeline (or the "?" host) to where it ends
        bool delivered = false;
        bool dropped = false;   // lost by the network halfway
        bool discarded = false; // reached the receiver, which threw it away (a full SYN queue)
        bool inFlight = false;
        bool crafted = false;   // injected by the user ("what if this arrived?")
        bool held = false;      // waiting on the wire for the user
        bool duplicate = false; // a second copy of a held segment
        bool retransmission = false;
        std::uint64_t key = 0;  // the recorder's id (LadderTrace::Arrow::key)
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
        bool call = false; // an application's call (no dot)
        QPointF at;
        QRectF label;
        QString text;
    };

    struct RowMark {
        int row = 0;
        QRectF marker; // the visible marker in the step numbers' margin
        QRectF label;  // its short text, between the timelines
        QString text;
        QString explanation;
    };

    // Lays out steps 1..simulator.currentStep().
    explicit LadderLayout(const sim::Simulator& simulator, const LadderOptions& options = {});
    // Lays out any recorded trace (real segments from the wire, a simulation).
    explicit LadderLayout(const LadderTrace& trace, const LadderOptions& options = {});

    QSizeF canvasSize() const { return m_size; }
    qreal timelineX(sim::Side side) const;
    qreal spoofedHostX() const; // where spoofed SYNs come from
    qreal rowY(int step) const; // the y of step `step` (0: the start)
    QRectF stepNumberRect(int step) const; // the step's number in the left margin
    qreal timelineTop() const { return m_top - 44; }
    const std::vector<Arrow>& arrows() const { return m_arrows; }
    const std::vector<StateMark>& states() const { return m_states; }
    const std::vector<TimerMark>& timers() const { return m_timers; }
    const std::vector<RowMark>& marks() const { return m_marks; }
    // The row at `y` (canvas coordinates), -1 above the first.
    int rowAt(qreal y) const;
    int steps() const { return m_steps; }
    const LadderOptions& options() const { return m_options; }
    QRectF titleRect() const { return m_titleRect; }
    QRectF descriptionRect() const { return m_descriptionRect; }

    // Every label, badge and step number rectangle (what must not overlap).
    std::vector<QRectF> textRects() const;

    static QFont labelFont();
    static QFont stateFont();
    static QFont titleFont();
    static QFont descriptionFont();

private:
    void placeLabel(Arrow& arrow, std::vector<QRectF>& occupied) const;

    LadderOptions m_options;
    QSizeF m_size;
    qreal m_top = 0;
    qreal m_timelineA = 0;
    qreal m_timelineB = 0;
    int m_steps = 0;
    QRectF m_titleRect;
    QRectF m_descriptionRect;
    std::vector<Arrow> m_arrows;
    std::vector<StateMark> m_states;
    std::vector<TimerMark> m_timers;
    std::vector<RowMark> m_marks;
};

class LadderPainter {
public:
    LadderPainter(const LadderLayout& layout, DiagramTheme theme);
    // Fills `target` and draws the ladder scaled to fit it, centred horizontally.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    const LadderLayout& m_layout;
    DiagramTheme m_theme;
};

} // namespace tsl
