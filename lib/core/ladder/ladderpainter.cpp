#include "ladderpainter.h"

#include "text/simtext.h"
#include "text/statetext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace tsl {

namespace {
constexpr qreal kHeader = 96;    // room for the side headers and the initial states
constexpr qreal kRow = 50;       // one step
constexpr qreal kBottom = 40;
constexpr qreal kBadgeHeight = 20;
constexpr qreal kBadgeGap = 3;
constexpr qreal kTitleMargin = 20;
constexpr qreal kGutter = 34;      // the step numbers' margin
constexpr qreal kBadgeDistance = 12; // from the timeline

bool overlapsAny(const QRectF& rect, const std::vector<QRectF>& occupied)
{
    return std::any_of(occupied.begin(), occupied.end(), [&](const QRectF& o) { return o.intersects(rect); });
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

QFont LadderLayout::titleFont()
{
    QFont font = stateFont();
    font.setPixelSize(22);
    return font;
}

QFont LadderLayout::descriptionFont()
{
    QFont font = stateFont();
    font.setBold(false);
    font.setPixelSize(15);
    return font;
}

qreal LadderLayout::timelineX(sim::Side side) const { return side == sim::Side::A ? m_timelineA : m_timelineB; }

qreal LadderLayout::spoofedHostX() const
{
    const qreal a = timelineX(sim::Side::A);
    return a + (timelineX(sim::Side::B) - a) * 0.3;
}

qreal LadderLayout::rowY(int step) const { return m_top + step * kRow; }

QRectF LadderLayout::stepNumberRect(int step) const { return {4, rowY(step) - 8, kGutter - 8, 16}; }

std::vector<QRectF> LadderLayout::textRects() const
{
    std::vector<QRectF> out;
    for (int step = 1; step <= m_steps; ++step)
        out.push_back(stepNumberRect(step));
    for (const StateMark& s : m_states)
        out.push_back(s.rect);
    for (const TimerMark& t : m_timers)
        out.push_back(t.label);
    for (const Arrow& a : m_arrows)
        out.push_back(a.label);
    return out;
}

LadderLayout::LadderLayout(const sim::Simulator& simulator, const LadderOptions& options)
    : LadderLayout(LadderTrace::fromSimulator(simulator), options)
{
}

int LadderLayout::rowAt(qreal y) const
{
    if (y < m_top - kRow / 2)
        return -1;
    return std::clamp(int(std::floor((y - m_top + kRow / 2) / kRow)), 0, m_steps);
}

LadderLayout::LadderLayout(const LadderTrace& trace, const LadderOptions& options) : m_options(options)
{
    const qreal width = std::max(kMinWidth, options.width);
    qreal titleBand = 0;
    if (!options.title.isEmpty()) {
        const QFontMetricsF titleMetrics(titleFont());
        m_titleRect = QRectF(kTitleMargin, 14, width - 2 * kTitleMargin, titleMetrics.height());
        const QFontMetricsF descriptionMetrics(descriptionFont());
        const QRectF wrapped = descriptionMetrics.boundingRect(QRectF(0, 0, width - 2 * kTitleMargin, 10000),
                                                               Qt::TextWordWrap, options.description);
        m_descriptionRect = QRectF(kTitleMargin, m_titleRect.bottom() + 6, width - 2 * kTitleMargin, wrapped.height());
        titleBand = m_descriptionRect.bottom() + 10;
    }
    m_top = titleBand + kHeader;
    m_steps = trace.rows;
    m_size = QSizeF(width, m_top + std::max(1, m_steps) * kRow + kBottom);
    // The timelines leave room for the widest state badge outside them (and the step numbers).
    const QFontMetricsF badgeMetrics(stateFont());
    qreal widestBadge = 0;
    for (TcpState state : kAllStates)
        widestBadge = std::max(widestBadge, badgeMetrics.horizontalAdvance(StateText::token(state)) + 10);
    m_timelineA = std::max(width * 0.26, kGutter + kBadgeDistance + widestBadge);
    m_timelineB = std::min(width * 0.74, width - 4 - kBadgeDistance - widestBadge);

    // Badges first: they stay by their timeline; labels then find room around them. The states
    // one side entered in one row stack around the row.
    const QFontMetricsF stateMetrics(stateFont());
    const auto addStates = [&](sim::Side side, int step, const std::vector<TcpState>& states) {
        const qreal total = qreal(states.size()) * kBadgeHeight + qreal(states.size() - 1) * kBadgeGap;
        qreal y = rowY(step) - total / 2;
        for (TcpState state : states) {
            const QString text = StateText::token(state);
            const qreal w = stateMetrics.horizontalAdvance(text) + 10;
            const qreal x = side == sim::Side::A ? timelineX(side) - kBadgeDistance - w : timelineX(side) + kBadgeDistance;
            m_states.push_back({side, QRectF(x, y, w, kBadgeHeight), text});
            y += kBadgeHeight + kBadgeGap;
        }
    };
    for (std::size_t i = 0; i < trace.states.size();) {
        const LadderTrace::StateChange& first = trace.states[i];
        std::vector<TcpState> entered;
        while (i < trace.states.size() && trace.states[i].side == first.side && trace.states[i].row == first.row)
            entered.push_back(trace.states[i++].state);
        addStates(first.side, first.row, entered);
    }

    const QFontMetricsF metrics(labelFont());
    QFont small = labelFont();
    small.setPixelSize(12);
    const QFontMetricsF smallMetrics(small);
    for (const LadderTrace::Timer& timer : trace.timers) {
        const QPointF at(timelineX(timer.side), rowY(timer.row));
        const qreal w = smallMetrics.horizontalAdvance(timer.name) + 4;
        const QRectF label = timer.side == sim::Side::A ? QRectF(at.x() + 10, at.y() - 21, w, 15)
                                                        : QRectF(at.x() - 10 - w, at.y() - 21, w, 15);
        m_timers.push_back({timer.side, timer.call, at, label, timer.name});
    }
    // Marks: a marker in the margin, their text on the row between the timelines.
    for (const auto& [row, mark] : trace.marks) {
        if (row < 0 || row > m_steps)
            continue;
        const qreal w = std::min(smallMetrics.horizontalAdvance(mark.text) + 10, m_timelineB - m_timelineA - 8);
        const qreal y = rowY(row);
        m_marks.push_back({row, QRectF(kGutter - 10, y - 7, 14, 14),
                           QRectF((m_timelineA + m_timelineB - w) / 2, y + 4, w, 16), mark.text, mark.explanation});
    }

    std::vector<QRectF> occupied = textRects();
    for (const RowMark& mark : m_marks)
        occupied.push_back(mark.label);
    const auto labelled = [&](Arrow arrow) {
        // A spoofed segment's numbers say nothing about A or B: its flags are enough.
        const QString label = sim::SimText::segmentLabel(arrow.segment);
        arrow.text = arrow.segment.spoofed ? tr("%1 (spoofed)").arg(QString::fromStdString(arrow.segment.flags()))
                     : arrow.crafted       ? tr("%1 (crafted)").arg(label)
                     : arrow.duplicate     ? tr("%1 (duplicate)").arg(label)
                     : arrow.retransmission ? tr("%1 (again)").arg(label)
                                            : label;
        const qreal w = metrics.horizontalAdvance(arrow.text) + 8;
        arrow.label = QRectF(0, 0, w, metrics.height() + 2);
        placeLabel(arrow, occupied);
        occupied.push_back(arrow.label);
        m_arrows.push_back(arrow);
    };

    using Shape = LadderTrace::Arrow::Shape;
    using End = LadderTrace::Arrow::End;
    for (const LadderTrace::Arrow& traced : trace.arrows) {
        Arrow arrow;
        arrow.segment = traced.segment;
        arrow.crafted = traced.crafted;
        arrow.duplicate = traced.duplicate;
        arrow.retransmission = traced.retransmission;
        arrow.key = traced.key;
        const qreal y = rowY(traced.row);
        const sim::Side from = traced.segment.from;
        const qreal x0 = timelineX(from);
        const qreal x1 = timelineX(sim::peer(from));
        switch (traced.shape) {
        case Shape::FromSpoofedHost:
            arrow.line = QLineF(spoofedHostX(), y - kRow * 0.45, timelineX(sim::Side::B), y);
            arrow.discarded = traced.end == End::Discarded;
            arrow.delivered = !arrow.discarded;
            break;
        case Shape::ToSpoofedHost: // never returns
            arrow.delivered = true;
            arrow.line = QLineF(x0, y, spoofedHostX(), y + kRow * 0.45);
            break;
        case Shape::Arriving:
            arrow.delivered = true;
            arrow.line = QLineF(x0 + (x1 - x0) * 0.35, y - kRow * 0.45, x1, y);
            break;
        case Shape::Between:
            switch (traced.end) {
            case End::Dropped: { // lost halfway, at the row it was dropped
                arrow.dropped = true;
                const qreal y1 = rowY(traced.endRow);
                arrow.line = QLineF(x0, y, (x0 + x1) / 2, (y + y1) / 2 + kRow / 4);
                break;
            }
            case End::Delivered:
            case End::Discarded:
                arrow.discarded = traced.end == End::Discarded;
                arrow.delivered = !arrow.discarded;
                arrow.line = QLineF(x0, y, x1, rowY(traced.endRow));
                break;
            case End::Held: // waits mid-wire
                arrow.held = true;
                arrow.inFlight = true;
                arrow.line = QLineF(x0, y, x0 + (x1 - x0) * 0.5, y + kRow * 0.5);
                break;
            case End::InFlight: // still travelling when the shown steps end
                arrow.inFlight = true;
                arrow.line = QLineF(x0, y, x0 + (x1 - x0) * 0.55, y + kRow * 0.55);
                break;
            }
            break;
        }
        labelled(arrow);
    }
}

// Tries places along the arrow, above and below it, nearest the middle first; the first where
// the label covers no other label or badge wins.
void LadderLayout::placeLabel(Arrow& arrow, std::vector<QRectF>& occupied) const
{
    const qreal w = arrow.label.width();
    const qreal h = arrow.label.height();
    const qreal left = timelineX(sim::Side::A) + 4;
    const qreal right = timelineX(sim::Side::B) - 4;
    const bool fitsBetween = right - left >= w;
    const qreal minX = fitsBetween ? left : 4;
    const qreal maxX = fitsBetween ? right - w : m_size.width() - 4 - w;
    const auto at = [&](qreal t, bool above, qreal shift) {
        const QPointF p = arrow.line.pointAt(t);
        const qreal x = std::clamp(p.x() - w / 2, minX, std::max(minX, maxX));
        const qreal y = above ? p.y() - h - 2 - shift : p.y() + 2 + shift;
        return QRectF(x, y, w, h);
    };
    static constexpr qreal kAlong[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9};
    for (qreal shift : {0.0, 8.0, 16.0}) {
        for (qreal t : kAlong) {
            for (bool above : {true, false}) {
                const QRectF rect = at(t, above, shift);
                if (!overlapsAny(rect, occupied)) {
                    arrow.label = rect;
                    return;
                }
            }
        }
    }
    arrow.label = at(0.5, true, 0); // nothing free (the test reports it)
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

    // The handout's title.
    if (!m_layout.titleRect().isEmpty()) {
        painter.setPen(p.boxText);
        painter.setFont(LadderLayout::titleFont());
        painter.drawText(m_layout.titleRect(), Qt::AlignLeft | Qt::AlignVCenter, m_layout.options().title);
        painter.setPen(p.subtitleText);
        painter.setFont(LadderLayout::descriptionFont());
        painter.drawText(m_layout.descriptionRect(), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_layout.options().description);
    }

    // Headers and timelines.
    const qreal headerTop = m_layout.timelineTop() - 38;
    QFont header = LadderLayout::stateFont();
    header.setPixelSize(22);
    painter.setFont(header);
    painter.setPen(p.boxText);
    for (sim::Side side : {sim::Side::A, sim::Side::B}) {
        const qreal x = m_layout.timelineX(side);
        painter.drawText(QRectF(x - 60, headerTop, 120, 32), Qt::AlignCenter, QString::fromLatin1(sim::sideName(side)));
        painter.setPen(QPen(p.boxBorder, 2.2));
        painter.drawLine(QPointF(x, m_layout.timelineTop()), QPointF(x, size.height() - 18));
        painter.setPen(p.boxText);
    }
    const bool spoofed = std::any_of(m_layout.arrows().begin(), m_layout.arrows().end(),
                                     [](const LadderLayout::Arrow& a) { return a.segment.spoofed; });
    if (spoofed) { // the spoofed addresses' host: a dotted timeline
        const qreal x = m_layout.spoofedHostX();
        painter.drawText(QRectF(x - 60, headerTop, 120, 32), Qt::AlignCenter, QStringLiteral("?"));
        painter.setPen(QPen(p.subtitleText, 1.2, Qt::DotLine));
        painter.drawLine(QPointF(x, m_layout.timelineTop()), QPointF(x, size.height() - 18));
    }

    // Step numbers in the margin.
    QFont small = LadderLayout::labelFont();
    small.setPixelSize(12);
    painter.setFont(small);
    painter.setPen(p.subtitleText);
    for (int step = 1; step <= m_layout.steps(); ++step)
        painter.drawText(m_layout.stepNumberRect(step), Qt::AlignLeft | Qt::AlignVCenter, QString::number(step));

    // Segments.
    for (const LadderLayout::Arrow& a : m_layout.arrows()) {
        QColor color = a.segment.rst ? p.highlightEdge : (a.segment.from == sim::Side::A ? p.clientPath : p.serverPath);
        if (a.segment.spoofed)
            color = p.subtitleText;
        if (a.crafted)
            color = p.highlightBorder;
        const Qt::PenStyle style = a.crafted ? Qt::DashDotLine : a.inFlight || a.segment.spoofed ? Qt::DashLine : Qt::SolidLine;
        const QPen pen(color, a.crafted ? 2.6 : 2.0, style, Qt::RoundCap);
        painter.setPen(pen);
        painter.drawLine(a.line);
        if (a.dropped || a.discarded) {
            const QPointF c = a.discarded ? a.line.pointAt(0.94) : a.line.p2();
            painter.setPen(QPen(p.highlightEdge, 3.0, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(c + QPointF(-9, -9), c + QPointF(9, 9));
            painter.drawLine(c + QPointF(-9, 9), c + QPointF(9, -9));
        } else if (a.held) {
            // Waiting on the wire: a hollow ring where it stopped.
            painter.setPen(QPen(color, 2.2));
            painter.setBrush(p.background);
            painter.drawEllipse(a.line.p2(), 6, 6);
            painter.setBrush(Qt::NoBrush);
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
        if (!t.call) {
            painter.setPen(QPen(p.highlightBorder, 2));
            painter.setBrush(p.background);
            painter.drawEllipse(t.at, 6, 6);
        }
        painter.setPen(t.call ? p.subtitleText : p.labelText);
        painter.drawText(t.label, Qt::AlignCenter, t.text);
    }
    // Row marks: a filled marker in the margin and the short text on the row.
    for (const LadderLayout::RowMark& m : m_layout.marks()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(p.highlightEdge);
        painter.drawEllipse(m.marker);
        painter.setPen(p.background);
        painter.setFont(small);
        painter.drawText(m.marker, Qt::AlignCenter, QStringLiteral("!"));
        QColor shade = p.background;
        shade.setAlphaF(0.9);
        painter.setPen(QPen(p.highlightEdge, 1.2));
        painter.setBrush(shade);
        painter.drawRoundedRect(m.label, 3, 3);
        painter.setPen(p.labelText);
        painter.drawText(m.label, Qt::AlignCenter,
                         QFontMetricsF(small).elidedText(m.text, Qt::ElideRight, m.label.width() - 6));
    }
    painter.restore();
}

} // namespace tsl
