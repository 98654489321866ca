#include "diagrampainter.h"

#include "tokenboard.h"
#include "text/statetext.h"
#include "model/transitiontable.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <map>

namespace tsl {

namespace {

constexpr qreal kCornerRadius = 9;
constexpr qreal kArrowLength = 13;
constexpr qreal kArrowHalfWidth = 5.5;

// A polyline with softly rounded corners, stopping short of its end so the arrowhead sits on it.
QPainterPath roundedPath(const QPolygonF& points, qreal trimEnd)
{
    QPainterPath path;
    if (points.size() < 2)
        return path;
    QPolygonF line = points;
    QLineF last(line[line.size() - 2], line.last());
    if (last.length() > trimEnd)
        last.setLength(last.length() - trimEnd);
    line.last() = last.p2();

    path.moveTo(line.first());
    for (qsizetype i = 1; i + 1 < line.size(); ++i) {
        QLineF in(line[i], line[i - 1]);
        QLineF out(line[i], line[i + 1]);
        const qreal r = std::min({kCornerRadius, in.length() / 2, out.length() / 2});
        in.setLength(r);
        out.setLength(r);
        path.lineTo(in.p2());
        path.quadTo(line[i], out.p2());
    }
    path.lineTo(line.last());
    return path;
}

void paintArrowhead(QPainter& painter, const QPolygonF& route, const QColor& color, qreal scale)
{
    if (route.size() < 2)
        return;
    const QLineF last(route[route.size() - 2], route.last());
    const qreal angle = std::atan2(last.dy(), last.dx());
    const QPointF tip = route.last();
    const QPointF back(tip.x() - kArrowLength * scale * std::cos(angle),
                       tip.y() - kArrowLength * scale * std::sin(angle));
    const QPointF normal(-std::sin(angle) * kArrowHalfWidth * scale,
                         std::cos(angle) * kArrowHalfWidth * scale);
    QPolygonF head;
    head << tip << back + normal << back - normal;
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(head);
}

} // namespace

DiagramPainter::DiagramPainter(const DiagramLayout& layout, const DiagramStyle& style)
    : m_layout(layout), m_style(style), m_palette(paletteFor(style.theme))
{
    if (style.highContrast) {
        // A projector washes out mid greys: text and plain edges take the box text's colour.
        m_palette.labelText = m_palette.boxText;
        m_palette.subtitleText = m_palette.boxText;
        m_palette.edge = m_palette.boxText;
        m_palette.boxBorder = m_palette.boxText;
        m_lineScale = 1.5;
    }
}

void DiagramPainter::paint(QPainter& painter, const QRectF& target, const TokenBoard* board) const
{
    paintDiagram(painter, target, board);
    paintTokensOnly(painter, target, board);
}

void DiagramPainter::paintTokensOnly(QPainter& painter, const QRectF& target, const TokenBoard* board) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setTransform(DiagramLayout::canvasToDevice(target), true);
    paintTokens(painter, board);
    painter.restore();
}

void DiagramPainter::paintDiagram(QPainter& painter, const QRectF& target, const TokenBoard* board) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, m_palette.background);
    painter.setTransform(DiagramLayout::canvasToDevice(target), true);

    if (m_style.showPaths)
        paintLegend(painter);
    paintEdges(painter, board);
    paintLabels(painter, board);
    paintTags(painter, board);
    paintBoxes(painter, board);
    painter.restore();
}

void DiagramPainter::paintFocus(QPainter& painter, const QRectF& target, const DiagramFocus& focus) const
{
    const QRectF rect = focus.rect(m_layout);
    if (rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(DiagramLayout::canvasToDevice(target), true);
    painter.setBrush(Qt::NoBrush);
    if (!focus.isState()) {
        if (const EdgeGeometry* edge = m_layout.edgeFor(focus.edge())) {
            painter.setPen(QPen(m_palette.focusRing, 3 * m_lineScale, Qt::DotLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(roundedPath(edge->route, 0));
        }
    }
    // Solid in the background's colour under a dashed ring: the ring shows over boxes, edges and
    // the background alike, and in the print theme, where everything else is black too, by its dashes.
    const QRectF ring = rect.adjusted(-6, -6, 6, 6);
    painter.setPen(QPen(m_palette.background, 6 * m_lineScale));
    painter.drawRoundedRect(ring, 8, 8);
    painter.setPen(QPen(m_palette.focusRing, 3 * m_lineScale, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawRoundedRect(ring, 8, 8);
    painter.restore();
}

void DiagramPainter::paintLegend(QPainter& painter) const
{
    painter.setFont(m_layout.fonts().label);
    const QFontMetricsF metrics(m_layout.fonts().label);
    const qreal x = 24;
    qreal y = 30;
    const struct {
        QColor color;
        Qt::PenStyle style;
        QString text;
    } rows[] = {
        {m_palette.clientPath, Qt::SolidLine, StateText::roleName(PathRole::Client)},
        {m_palette.serverPath, Qt::DashLine, StateText::roleName(PathRole::Server)},
    };
    for (const auto& row : rows) {
        QPen pen(row.color, 3.2, row.style, Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, y), QPointF(x + 48, y));
        painter.setPen(m_palette.labelText);
        painter.drawText(QPointF(x + 58, y + metrics.ascent() / 2 - 2), row.text);
        y += 26;
    }
}

void DiagramPainter::paintEdges(QPainter& painter, const TokenBoard* board) const
{
    const auto table = transitions();
    const std::optional<std::size_t> highlighted = board ? board->highlightedEdge() : std::nullopt;
    // Highlighted last, so it is drawn over anything it crosses.
    std::vector<const EdgeGeometry*> order;
    for (const EdgeGeometry& edge : m_layout.edges())
        order.push_back(&edge);
    std::stable_partition(order.begin(), order.end(), [&](const EdgeGeometry* e) {
        return e->transition != highlighted;
    });

    for (const EdgeGeometry* edge : order) {
        const Transition& t = table[edge->transition];
        QPen pen(m_palette.edge, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (t.kind != EdgeKind::Figure5) {
            pen = QPen(m_palette.resetEdge, 1.4, Qt::DotLine, Qt::RoundCap);
        } else if (m_style.showPaths && t.role == PathRole::Client) {
            pen = QPen(m_palette.clientPath, 3.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        } else if (m_style.showPaths && t.role == PathRole::Server) {
            pen = QPen(m_palette.serverPath, 3.0, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
            pen.setDashPattern({3.0, 2.0});
        }
        pen.setWidthF(pen.widthF() * m_lineScale);
        qreal arrowScale = 1.0;
        if (edge->transition == highlighted) {
            pen.setColor(m_palette.highlightEdge);
            pen.setWidthF(5.0);
            if (pen.style() == Qt::DotLine)
                pen.setStyle(Qt::SolidLine);
            arrowScale = 1.35;
        } else if (pen.widthF() > 2.5) {
            arrowScale = 1.15;
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(roundedPath(edge->route, kArrowLength * arrowScale * 0.8));
        paintArrowhead(painter, edge->route, pen.color(), arrowScale);
    }
}

void DiagramPainter::paintLabels(QPainter& painter, const TokenBoard* board) const
{
    const QFontMetricsF metrics(m_layout.fonts().label);
    std::vector<bool> highlightedLabel(m_layout.labels().size(), false);
    if (board && board->highlightedEdge()) {
        if (const EdgeGeometry* edge = m_layout.edgeFor(*board->highlightedEdge()); edge && edge->label >= 0)
            highlightedLabel[std::size_t(edge->label)] = true;
    }
    for (std::size_t i = 0; i < m_layout.labels().size(); ++i) {
        const EdgeLabel& label = m_layout.labels()[i];
        QFont font = m_layout.fonts().label;
        font.setBold(highlightedLabel[i]);
        painter.setFont(font);
        painter.setPen(highlightedLabel[i] ? m_palette.highlightEdge : m_palette.labelText);
        const QRectF inner = label.rect.adjusted(3, 3, -3, -3);
        const QRectF top(inner.left(), inner.top(), inner.width(), DiagramLayout::labelLineHeight(m_layout.fonts().label));
        painter.drawText(top, Qt::AlignCenter | Qt::TextDontClip, label.event); // bold when lit: wider
        if (label.action.isEmpty())
            continue;
        const qreal ruleY = top.bottom() + 1.5;
        const qreal ruleWidth = std::max(metrics.horizontalAdvance(label.event),
                                         metrics.horizontalAdvance(label.action));
        painter.setPen(QPen(painter.pen().color(), 0.9));
        painter.drawLine(QPointF(inner.center().x() - ruleWidth / 2, ruleY),
                         QPointF(inner.center().x() + ruleWidth / 2, ruleY));
        const QRectF bottom(inner.left(), ruleY + 1.5, inner.width(), DiagramLayout::labelLineHeight(m_layout.fonts().label));
        painter.drawText(bottom, Qt::AlignCenter | Qt::TextDontClip, label.action);
    }
}

void DiagramPainter::paintTags(QPainter& painter, const TokenBoard* board) const
{
    const std::optional<std::size_t> highlighted = board ? board->highlightedEdge() : std::nullopt;
    painter.setFont(m_layout.fonts().tag);
    for (const ResetTag& tag : m_layout.tags()) {
        const bool lit = highlighted && tag.transitions.contains(*highlighted);
        const QColor color = lit ? m_palette.highlightEdge : m_palette.resetEdge;
        painter.setPen(QPen(color, lit ? 2.2 : 1.2, lit ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(m_palette.background);
        painter.drawRoundedRect(tag.rect, tag.rect.height() / 2, tag.rect.height() / 2);
        painter.setPen(lit ? m_palette.highlightEdge : m_palette.labelText);
        painter.drawText(tag.rect, Qt::AlignCenter, tag.text);
    }
}

void DiagramPainter::paintBoxes(QPainter& painter, const TokenBoard* board) const
{
    const QFontMetricsF boxMetrics(m_layout.fonts().box);
    for (TcpState state : kAllStates) {
        const QRectF box = m_layout.stateBox(state);
        const bool lit = board && board->isHighlighted(state);
        QPen border(lit ? m_palette.highlightBorder : m_palette.boxBorder,
                    (lit ? m_palette.highlightBorderWidth : 1.8) * m_lineScale);
        painter.setPen(border);
        painter.setBrush(lit ? m_palette.highlightFill : m_palette.boxFill);
        painter.drawRoundedRect(box, 14, 14);
        if (lit && m_style.theme == DiagramTheme::Print) {
            // No fills in print: a second, inner outline marks the highlight instead.
            painter.setPen(QPen(m_palette.highlightBorder, 1.4));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.adjusted(6, 6, -6, -6), 9, 9);
        }

        painter.setPen(m_palette.boxText);
        painter.setFont(m_layout.fonts().box);
        if (!m_layout.options().showLocalNames) {
            painter.drawText(box, Qt::AlignCenter, StateText::token(state));
            continue;
        }
        const QRectF top(box.left(), box.top() + 5, box.width(), boxMetrics.height());
        painter.drawText(top, Qt::AlignCenter, StateText::token(state));
        painter.setFont(m_layout.fonts().subtitle);
        painter.setPen(m_palette.subtitleText);
        const QRectF bottom(box.left() + 4, top.bottom() - 1, box.width() - 8,
                            box.bottom() - top.bottom() - 2);
        painter.drawText(bottom, Qt::AlignCenter, StateText::displayName(state));
    }
}

static_assert(TokenBoard::kMaxChipsPerState <= DiagramLayout::kPileChips,
              "the layout keeps room for as many chips as a pile shows");

void DiagramPainter::paintTokens(QPainter& painter, const TokenBoard* board) const
{
    if (!board)
        return;
    const std::vector<TokenBoard::Pile> piles = board->piles();
    const std::vector<TokenBoard::Pile> ghosts = board->ghostPiles();
    const std::vector<const TokenBoard::Token*> moving = board->movingTokens();
    if (piles.empty() && moving.empty() && ghosts.empty())
        return;
    painter.setFont(m_layout.chipFont());
    const bool print = m_style.theme == DiagramTheme::Print;
    // Colour by role, as the legend says; in print, the client solid and the server dashed.
    const auto roleColour = [&](PathRole role) {
        return role == PathRole::Server ? m_palette.serverPath
               : role == PathRole::Client ? m_palette.clientPath
                                          : m_palette.edge;
    };
    const auto chipWidth = [&](const QString& text) { return m_layout.chipWidth(text); };
    const auto drawChip = [&](const QRectF& rect, const TokenBoard::Token& t) {
        const QColor colour = roleColour(t.role);
        painter.save();
        painter.setOpacity(t.opacity);
        if (t.ghost) {
            // Another engine's view: outlined and translucent, so the real token stays the figure.
            QColor fill = print ? QColor(Qt::white) : colour;
            fill.setAlphaF(print ? 1.0 : 0.22);
            QPen outline(print ? QColor(Qt::black) : colour.darker(130), 1.6, Qt::DashLine);
            painter.setPen(outline);
            painter.setBrush(fill);
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
            painter.setPen(print ? QColor(Qt::black) : m_palette.labelText);
            painter.setOpacity(t.opacity * 0.85);
            painter.drawText(rect, Qt::AlignCenter, t.text());
            painter.restore();
            return;
        }
        QPen border(print ? QColor(Qt::black) : colour.darker(150), 1.4);
        if (print && t.role == PathRole::Server)
            border.setStyle(Qt::DashLine);
        painter.setPen(border);
        painter.setBrush(print ? QColor(Qt::white) : colour);
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
        painter.setPen(print ? QColor(Qt::black) : (colour.lightnessF() > 0.6 ? Qt::black : Qt::white));
        painter.drawText(rect, Qt::AlignCenter, t.text());
        painter.restore();
    };
    const auto drawCount = [&](const QRectF& rect, const TokenBoard::Pile& pile) {
        // One chip for many: the count, and a bar split by role (client part, server part).
        painter.setPen(QPen(m_palette.boxBorder, 1.4));
        painter.setBrush(print ? QColor(Qt::white) : m_palette.boxFill);
        painter.drawRoundedRect(rect, 6, 6);
        painter.setPen(m_palette.boxText);
        painter.drawText(rect.adjusted(0, 0, 0, -4), Qt::AlignCenter, countText(pile));
        const QRectF bar(rect.left() + 8, rect.bottom() - 6, rect.width() - 16, 3);
        const qreal clientShare = pile.count > 0 ? qreal(pile.clients) / pile.count : 0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_palette.clientPath);
        painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * clientShare, bar.height()));
        painter.setBrush(m_palette.serverPath);
        painter.drawRect(QRectF(bar.left() + bar.width() * clientShare, bar.top(), bar.width() * (1 - clientShare),
                                bar.height()));
    };

    std::map<TcpState, std::vector<QRectF>> drawnPiles; // ghosts stand clear of them
    for (const TokenBoard::Pile& pile : piles) {
        if (pile.aggregated()) {
            const auto chips = m_layout.tokenChips(pile.state, {chipWidth(countText(pile))});
            drawCount(chips.front(), pile);
            drawnPiles[pile.state] = chips;
            continue;
        }
        std::vector<qreal> widths;
        for (const auto* t : pile.tokens)
            widths.push_back(chipWidth(t->text()));
        const auto chips = m_layout.tokenChips(pile.state, widths);
        for (std::size_t i = 0; i < pile.tokens.size(); ++i)
            drawChip(chips[i], *pile.tokens[i]);
        drawnPiles[pile.state] = chips;
    }
    // Ghosts stand beside the state's box, level with it, clear of its pile, its RST/ABORT tag
    // and the edge labels (DiagramLayout::ghostChips).
    for (const TokenBoard::Pile& pile : ghosts) {
        std::vector<qreal> widths;
        for (const auto* t : pile.tokens)
            widths.push_back(chipWidth(t->text()));
        const auto chips = m_layout.ghostChips(pile.state, widths, drawnPiles[pile.state]);
        for (std::size_t i = 0; i < pile.tokens.size(); ++i)
            drawChip(chips[i], *pile.tokens[i]);
    }
    // A moving token glides along its edge but never over a state's name: it leaves and enters
    // a box at its border (DiagramLayout::glideChip).
    for (const TokenBoard::Token* t : moving) {
        const QSizeF size(chipWidth(t->text()), DiagramLayout::kChipHeight);
        drawChip(m_layout.glideChip(*t->movingAlong, t->progress, size), *t);
    }
}

QString DiagramPainter::countText(const TokenBoard::Pile& pile)
{
    return QStringLiteral("%1 × %2").arg(StateText::token(pile.state)).arg(pile.count);
}

} // namespace tsl
