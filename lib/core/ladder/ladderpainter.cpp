#include "ladderpainter.h"

#include "text/statetext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <map>

namespace tsl {

namespace {
constexpr qreal kWidth = 720;
constexpr qreal kTop = 96;     // room for the side headers and the initial states
constexpr qreal kRow = 46;     // one step
constexpr qreal kBottom = 40;
constexpr qreal kTimelineA = 190;
constexpr qreal kTimelineB = 530;

QString stateLabel(TcpState state) { return StateText::token(state); }

QString segmentLabel(const sim::Segment& s)
{
    QString text = QString::fromStdString(s.flags()) + QStringLiteral("  seq=%1").arg(s.seq);
    if (s.ack)
        text += QStringLiteral(" ack=%1").arg(s.ackNo);
    if (s.len)
        text += QStringLiteral(" len=%1").arg(s.len);
    return text;
}
} // namespace

QFont LadderLayout::labelFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(14);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont LadderLayout::stateFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(15);
    font.setBold(true);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

qreal LadderLayout::timelineX(sim::Side side) const { return side == sim::Side::A ? kTimelineA : kTimelineB; }

qreal LadderLayout::rowY(int step) const { return kTop + step * kRow; }

LadderLayout::LadderLayout(const sim::Simulator& simulator)
{
    m_steps = simulator.currentStep();
    const auto& records = simulator.records();
    m_size = QSizeF(kWidth, kTop + std::max(1, m_steps) * kRow + kBottom);

    // Where each segment ended: delivered or dropped, and at which step.
    std::map<int, std::pair<int, bool>> endings; // id -> (step, dropped)
    for (int i = 0; i < m_steps; ++i) {
        const sim::StepRecord& r = records[std::size_t(i)];
        if (r.handled && r.command.kind != sim::CommandKind::Duplicate && r.command.kind != sim::CommandKind::Inject)
            endings[r.handled->id] = {r.step, r.command.kind == sim::CommandKind::Drop};
    }

    const QFontMetricsF metrics(labelFont());
    const QFontMetricsF stateMetrics(stateFont());
    const auto addState = [&](sim::Side side, int step, TcpState state) {
        const QString text = stateLabel(state);
        const qreal w = stateMetrics.horizontalAdvance(text) + 8;
        const qreal x = side == sim::Side::A ? kTimelineA - 14 - w : kTimelineB + 14;
        m_states.push_back({side, QRectF(x, rowY(step) - 11, w, 22), text});
    };
    addState(sim::Side::A, 0, TcpState::Closed);
    addState(sim::Side::B, 0, TcpState::Closed);

    for (int i = 0; i < m_steps; ++i) {
        const sim::StepRecord& r = records[std::size_t(i)];
        for (const sim::StateChange& change : r.changes)
            addState(change.side, r.step, change.to);
        if (r.timerFired) {
            const QString name = *r.timerFired == sim::TimerKind::Retransmit ? QStringLiteral("RTO")
                                 : *r.timerFired == sim::TimerKind::TimeWait ? QStringLiteral("2MSL")
                                                                             : QStringLiteral("fin_timeout");
            m_timers.push_back({r.timerSide, QPointF(timelineX(r.timerSide), rowY(r.step)), name});
        }
        for (const sim::Segment& s : r.sent) {
            Arrow arrow;
            arrow.segment = s;
            arrow.text = segmentLabel(s);
            const qreal x0 = timelineX(s.from);
            const qreal x1 = timelineX(sim::peer(s.from));
            const qreal y0 = rowY(r.step);
            const auto end = endings.find(s.id);
            if (end != endings.end() && !end->second.second) {
                arrow.delivered = true;
                arrow.line = QLineF(x0, y0, x1, rowY(end->second.first));
            } else if (end != endings.end()) {
                arrow.dropped = true; // lost halfway, at the step it was dropped
                const qreal y1 = rowY(end->second.first);
                arrow.line = QLineF(x0, y0, (x0 + x1) / 2, (y0 + y1) / 2 + kRow / 4);
            } else {
                arrow.inFlight = true; // still travelling when the shown steps end
                arrow.line = QLineF(x0, y0, x0 + (x1 - x0) * 0.55, y0 + kRow * 0.55);
            }
            const QPointF mid = arrow.line.pointAt(0.5);
            const qreal w = metrics.horizontalAdvance(arrow.text) + 8;
            arrow.label = QRectF(mid.x() - w / 2, mid.y() - metrics.height() - 4, w, metrics.height() + 2);
            m_arrows.push_back(arrow);
        }
    }
}

LadderPainter::LadderPainter(const LadderLayout& layout, DiagramTheme theme) : m_layout(layout), m_theme(theme) {}

void LadderPainter::paint(QPainter& painter, const QRectF& target) const
{
    const DiagramPalette p = paletteFor(m_theme);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(target, p.background);
    const QSizeF size = m_layout.canvasSize();
    const qreal scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter.translate(target.left() + (target.width() - size.width() * scale) / 2, target.top());
    painter.scale(scale, scale);

    // Headers and timelines.
    QFont header = LadderLayout::stateFont();
    header.setPixelSize(22);
    painter.setFont(header);
    painter.setPen(p.boxText);
    for (sim::Side side : {sim::Side::A, sim::Side::B}) {
        const qreal x = m_layout.timelineX(side);
        painter.drawText(QRectF(x - 60, 14, 120, 32), Qt::AlignCenter, QString::fromLatin1(sim::sideName(side)));
        painter.setPen(QPen(p.boxBorder, 2.2));
        painter.drawLine(QPointF(x, 52), QPointF(x, size.height() - 18));
        painter.setPen(p.boxText);
    }

    // Step numbers in the margin.
    QFont small = LadderLayout::labelFont();
    small.setPixelSize(12);
    painter.setFont(small);
    painter.setPen(p.subtitleText);
    for (int step = 1; step <= m_layout.steps(); ++step)
        painter.drawText(QRectF(8, m_layout.rowY(step) - 8, 40, 16), Qt::AlignLeft | Qt::AlignVCenter, QString::number(step));

    // Segments.
    for (const LadderLayout::Arrow& a : m_layout.arrows()) {
        const QColor color = a.segment.rst ? p.highlightEdge : (a.segment.from == sim::Side::A ? p.clientPath : p.serverPath);
        QPen pen(color, 2.0, a.inFlight ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        painter.setPen(pen);
        painter.drawLine(a.line);
        if (a.dropped) {
            const QPointF c = a.line.p2();
            painter.setPen(QPen(p.highlightEdge, 3.0, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(c + QPointF(-9, -9), c + QPointF(9, 9));
            painter.drawLine(c + QPointF(-9, 9), c + QPointF(9, -9));
        } else {
            // Arrowhead.
            const qreal angle = std::atan2(a.line.dy(), a.line.dx());
            const QPointF tip = a.line.p2();
            QPolygonF head;
            head << tip << tip - QPointF(std::cos(angle - 0.4) * 13, std::sin(angle - 0.4) * 13)
                 << tip - QPointF(std::cos(angle + 0.4) * 13, std::sin(angle + 0.4) * 13);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawPolygon(head);
            painter.setBrush(Qt::NoBrush);
        }
        painter.setFont(LadderLayout::labelFont());
        painter.setPen(Qt::NoPen);
        QColor shade = p.background;
        shade.setAlphaF(0.85);
        painter.setBrush(shade);
        painter.drawRoundedRect(a.label, 3, 3);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(color == p.boxText ? p.labelText : color.darker(m_theme == DiagramTheme::Dark ? 80 : 120));
        painter.drawText(a.label, Qt::AlignCenter, a.text);
    }

    // States beside the timelines.
    painter.setFont(LadderLayout::stateFont());
    for (const LadderLayout::StateMark& s : m_layout.states()) {
        painter.setPen(QPen(p.boxBorder, 1.2));
        painter.setBrush(p.boxFill);
        painter.drawRoundedRect(s.rect, 6, 6);
        painter.setPen(p.boxText);
        painter.drawText(s.rect, Qt::AlignCenter, s.text);
    }
    // Timers.
    painter.setFont(small);
    for (const LadderLayout::TimerMark& t : m_layout.timers()) {
        painter.setPen(QPen(p.highlightBorder, 2));
        painter.setBrush(p.background);
        painter.drawEllipse(t.at, 6, 6);
        painter.setPen(p.labelText);
        const QRectF rect = t.side == sim::Side::A ? QRectF(t.at.x() + 10, t.at.y() - 20, 90, 14)
                                                   : QRectF(t.at.x() - 100, t.at.y() - 20, 90, 14);
        painter.drawText(rect, (t.side == sim::Side::A ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, t.text);
    }
    painter.restore();
}

} // namespace tsl
