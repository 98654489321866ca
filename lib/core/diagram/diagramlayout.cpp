#include "diagramlayout.h"

#include "model/transitiontable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace tsl {

namespace {

// The design grid: three columns and seven rows, after RFC 9293 Figure 5 and Stevens.
constexpr qreal kShiftX = 56; // room left of the left column for reset tags
constexpr qreal kCanvasWidth = 1456;
constexpr qreal kCanvasHeight = 1030; // room under the bottom edge for presentation labels
constexpr qreal kBoxWidth = 184;
constexpr qreal kBoxHeight = 60;
constexpr qreal kLabelPadding = 3;

QPointF P(qreal x, qreal y) { return {x + kShiftX, y}; }

struct StatePlace {
    TcpState state;
    qreal x, y; // centre, before kShiftX
};

constexpr StatePlace kPlaces[] = {
    {TcpState::Closed, 700, 100},      {TcpState::Listen, 700, 240},
    {TcpState::SynReceived, 240, 380}, {TcpState::SynSent, 1160, 380},
    {TcpState::Established, 700, 520}, {TcpState::FinWait1, 240, 660},
    {TcpState::CloseWait, 1160, 660},  {TcpState::FinWait2, 240, 810},
    {TcpState::Closing, 700, 810},     {TcpState::LastAck, 1160, 810},
    {TcpState::TimeWait, 700, 950},
};

struct Anchor {
    qreal x, y;
    Qt::Alignment align; // which side of the anchor the label sits on
};

struct RouteSpec {
    const char* transitionId;
    std::initializer_list<std::pair<qreal, qreal>> points;
    Anchor label;
};

const RouteSpec kRoutes[] = {
    {"closed-passive-open", {{670, 130}, {670, 210}}, {660, 170, Qt::AlignRight | Qt::AlignVCenter}},
    {"closed-active-open", {{792, 92}, {1220, 92}, {1220, 350}}, {1000, 87, Qt::AlignHCenter | Qt::AlignBottom}},
    {"listen-close", {{730, 210}, {730, 130}}, {740, 170, Qt::AlignLeft | Qt::AlignVCenter}},
    {"listen-rcv-syn", {{608, 255}, {270, 255}, {270, 350}}, {440, 261, Qt::AlignHCenter | Qt::AlignTop}},
    {"listen-send", {{792, 255}, {1110, 255}, {1110, 350}}, {950, 261, Qt::AlignHCenter | Qt::AlignTop}},
    {"synsent-close", {{1160, 350}, {1160, 112}, {792, 112}}, {1150, 180, Qt::AlignRight | Qt::AlignVCenter}},
    {"synsent-rcv-syn", {{1068, 380}, {332, 380}}, {700, 374, Qt::AlignHCenter | Qt::AlignBottom}},
    {"synsent-rcv-synack", {{1120, 410}, {1120, 505}, {792, 505}}, {960, 499, Qt::AlignHCenter | Qt::AlignBottom}},
    {"synrcvd-rcv-ack", {{280, 410}, {280, 505}, {608, 505}}, {445, 499, Qt::AlignHCenter | Qt::AlignBottom}},
    {"synrcvd-rcv-rst", {{190, 350}, {190, 225}, {608, 225}}, {420, 219, Qt::AlignHCenter | Qt::AlignBottom}},
    {"synrcvd-close", {{200, 410}, {200, 630}}, {190, 520, Qt::AlignRight | Qt::AlignVCenter}},
    {"estab-close", {{608, 535}, {290, 535}, {290, 630}}, {450, 541, Qt::AlignHCenter | Qt::AlignTop}},
    {"estab-rcv-fin", {{792, 535}, {1110, 535}, {1110, 630}}, {950, 541, Qt::AlignHCenter | Qt::AlignTop}},
    {"finwait1-rcv-ack", {{240, 690}, {240, 780}}, {230, 735, Qt::AlignRight | Qt::AlignVCenter}},
    {"finwait1-rcv-fin", {{332, 650}, {660, 650}, {660, 780}}, {585, 644, Qt::AlignHCenter | Qt::AlignBottom}},
    {"finwait1-rcv-finack", {{332, 675}, {560, 675}, {560, 935}, {608, 935}}, {440, 681, Qt::AlignHCenter | Qt::AlignTop}},
    {"finwait2-rcv-fin", {{240, 840}, {240, 965}, {608, 965}}, {420, 959, Qt::AlignHCenter | Qt::AlignBottom}},
    {"closewait-close", {{1160, 690}, {1160, 780}}, {1170, 735, Qt::AlignLeft | Qt::AlignVCenter}},
    {"closing-rcv-ack", {{700, 840}, {700, 920}}, {710, 880, Qt::AlignLeft | Qt::AlignVCenter}},
    {"lastack-rcv-ack", {{1252, 810}, {1340, 810}, {1340, 30}, {760, 30}, {760, 70}}, {1330, 580, Qt::AlignRight | Qt::AlignVCenter}},
    {"timewait-timeout", {{792, 950}, {1370, 950}, {1370, 11}, {740, 11}, {740, 70}}, {1080, 956, Qt::AlignHCenter | Qt::AlignTop}},
};

struct TagSpec {
    TcpState from;
    std::pair<qreal, qreal> stubStart;
    Anchor tag; // the stub ends at the anchor, on the tag's border
};

constexpr TagSpec kTags[] = {
    {TcpState::Listen, {792, 228}, {810, 228, Qt::AlignLeft | Qt::AlignVCenter}},
    {TcpState::SynSent, {1200, 410}, {1200, 428, Qt::AlignHCenter | Qt::AlignTop}},
    {TcpState::SynReceived, {148, 395}, {130, 395, Qt::AlignRight | Qt::AlignVCenter}},
    {TcpState::Established, {700, 490}, {700, 470, Qt::AlignHCenter | Qt::AlignBottom}},
    {TcpState::FinWait1, {148, 675}, {130, 675, Qt::AlignRight | Qt::AlignVCenter}},
    {TcpState::FinWait2, {148, 825}, {130, 825, Qt::AlignRight | Qt::AlignVCenter}},
    {TcpState::CloseWait, {1068, 675}, {1050, 675, Qt::AlignRight | Qt::AlignVCenter}},
    {TcpState::Closing, {792, 825}, {810, 825, Qt::AlignLeft | Qt::AlignVCenter}},
    {TcpState::LastAck, {1110, 840}, {1110, 860, Qt::AlignHCenter | Qt::AlignTop}},
    {TcpState::TimeWait, {792, 972}, {810, 972, Qt::AlignLeft | Qt::AlignVCenter}},
};

QRectF placeRect(QSizeF size, QPointF anchor, Qt::Alignment align)
{
    qreal x = anchor.x() - size.width() / 2;
    if (align & Qt::AlignLeft)
        x = anchor.x();
    else if (align & Qt::AlignRight)
        x = anchor.x() - size.width();
    qreal y = anchor.y() - size.height() / 2;
    if (align & Qt::AlignTop)
        y = anchor.y();
    else if (align & Qt::AlignBottom)
        y = anchor.y() - size.height();
    return {QPointF(x, y), size};
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

qreal polylineLength(const QPolygonF& line)
{
    qreal length = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        length += QLineF(line[i - 1], line[i]).length();
    return length;
}

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF closest = a + t * ab;
    return QLineF(p, closest).length();
}

} // namespace

namespace {

// Pixel sizes are canvas units; the painter scales them with everything else. Hinting is off so
// that text measures the same at every scale and labels never grow into their neighbours.
QFont diagramFont(int pixels, QFont::Weight weight)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(pixels);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

DiagramFonts DiagramFonts::standard()
{
    return {diagramFont(22, QFont::Bold), diagramFont(14, QFont::Normal), diagramFont(16, QFont::Normal),
            diagramFont(14, QFont::Normal)};
}

DiagramFonts DiagramFonts::presentation()
{
    // The canvas is 1456 wide: 20 canvas pixels are 14 screen pixels across a 1024 px screen.
    return {diagramFont(22, QFont::Bold), diagramFont(14, QFont::Normal), diagramFont(20, QFont::Normal),
            diagramFont(14, QFont::Normal)};
}

qreal DiagramLayout::labelLineHeight(const QFont& font)
{
    // Tighter than the font's own line spacing (Noto Sans: 1.36 em), which is made for
    // paragraphs: two-line labels stay compact and clear of the lines beside them.
    return font.pixelSize() * 1.2;
}

DiagramLayout::DiagramLayout(const DiagramFonts& fonts, const DiagramOptions& options)
    : m_fonts(fonts), m_options(options)
{
    for (const StatePlace& place : kPlaces) {
        m_boxes[stateIndex(place.state)] =
            QRectF(P(place.x, place.y) - QPointF(kBoxWidth / 2, kBoxHeight / 2),
                   QSizeF(kBoxWidth, kBoxHeight));
    }

    const QFontMetricsF labelMetrics(m_fonts.label);
    const auto table = transitions();
    for (const RouteSpec& spec : kRoutes) {
        const auto index = transitionIndex(spec.transitionId);
        Q_ASSERT(index);
        const Transition& edge = table[*index];
        EdgeLabel label{QRectF(), latin1(edge.event), latin1(edge.action)};
        const qreal width = std::max(labelMetrics.horizontalAdvance(label.event),
                                     labelMetrics.horizontalAdvance(label.action));
        const qreal lines = label.action.isEmpty() ? 1 : 2;
        const QSizeF size(width + 2 * kLabelPadding,
                          lines * labelLineHeight(m_fonts.label) + (lines - 1) * 3 + 2 * kLabelPadding);
        label.rect = placeRect(size, P(spec.label.x, spec.label.y), spec.label.align);
        m_labels.push_back(label);

        EdgeGeometry geometry{*index, {}, int(m_labels.size()) - 1, -1};
        for (const auto& [x, y] : spec.points)
            geometry.route << P(x, y);
        m_edges.push_back(geometry);
    }

    if (!m_options.showResetEdges)
        return;
    const QFontMetricsF tagMetrics(m_fonts.tag);
    for (const TagSpec& spec : kTags) {
        ResetTag tag{spec.from, QRectF(), QString(), {}};
        bool hasReset = false;
        for (std::size_t i = 0; i < table.size(); ++i) {
            if (table[i].from != spec.from || table[i].kind == EdgeKind::Figure5)
                continue;
            tag.transitions << i;
            hasReset = hasReset || table[i].kind == EdgeKind::Reset;
        }
        // Protocol notation, like the edge labels: the same in every language.
        tag.text = hasReset ? QStringLiteral("RST / ABORT → CLOSED")
                            : QStringLiteral("ABORT → CLOSED");
        const QSizeF size(tagMetrics.horizontalAdvance(tag.text) + 12, tagMetrics.height() + 6);
        tag.rect = placeRect(size, P(spec.tag.x, spec.tag.y), spec.tag.align);
        m_tags.push_back(tag);
        for (std::size_t transition : tag.transitions) {
            EdgeGeometry geometry{transition, {}, -1, int(m_tags.size()) - 1};
            geometry.route << P(spec.stubStart.first, spec.stubStart.second)
                           << P(spec.tag.x, spec.tag.y);
            m_edges.push_back(geometry);
        }
    }
}

QSizeF DiagramLayout::canvasSize() { return {kCanvasWidth, kCanvasHeight}; }

const EdgeGeometry* DiagramLayout::edgeFor(std::size_t transition) const
{
    for (const EdgeGeometry& edge : m_edges) {
        if (edge.transition == transition)
            return &edge;
    }
    return nullptr;
}

QPointF DiagramLayout::pointAlongEdge(std::size_t transition, qreal t) const
{
    const EdgeGeometry* edge = edgeFor(transition);
    if (!edge || edge->route.isEmpty())
        return stateBox(transitions()[transition].to).center();
    qreal remaining = std::clamp(t, 0.0, 1.0) * polylineLength(edge->route);
    for (qsizetype i = 1; i < edge->route.size(); ++i) {
        const QLineF segment(edge->route[i - 1], edge->route[i]);
        if (remaining <= segment.length())
            return segment.pointAt(segment.length() > 0 ? remaining / segment.length() : 0);
        remaining -= segment.length();
    }
    return edge->route.last();
}

std::vector<QRectF> DiagramLayout::tokenChips(TcpState state, const std::vector<qreal>& widths) const
{
    // Chips hang from the box's lower edge, one under another, clear of the translated state
    // name inside the box. Where the canvas ends below, they stand on the box's upper edge
    // instead; sideways they are pushed back onto the canvas.
    const QRectF box = stateBox(state);
    const QSizeF canvas = canvasSize();
    constexpr qreal kGap = 3;
    const qreal stack = qreal(widths.size()) * (kChipHeight + kGap);
    const bool below = box.bottom() - 5 + stack <= canvas.height();
    std::vector<QRectF> chips;
    qreal y = below ? box.bottom() - 5 : box.top() + 5 - kChipHeight;
    for (qreal width : widths) {
        const qreal left = std::clamp(box.center().x() - width / 2, 0.0, std::max(0.0, canvas.width() - width));
        chips.emplace_back(left, std::max(0.0, y), width, kChipHeight);
        y += below ? kChipHeight + kGap : -(kChipHeight + kGap);
    }
    return chips;
}

std::optional<TcpState> DiagramLayout::stateAt(QPointF point) const
{
    for (TcpState state : kAllStates) {
        if (stateBox(state).contains(point))
            return state;
    }
    return std::nullopt;
}

std::optional<std::size_t> DiagramLayout::transitionAt(QPointF point) const
{
    for (const EdgeGeometry& edge : m_edges) {
        if (edge.label >= 0 && m_labels[std::size_t(edge.label)].rect.contains(point))
            return edge.transition;
    }
    constexpr qreal kTolerance = 6;
    for (const EdgeGeometry& edge : m_edges) {
        for (qsizetype i = 1; i < edge.route.size(); ++i) {
            if (distanceToSegment(point, edge.route[i - 1], edge.route[i]) <= kTolerance)
                return edge.transition;
        }
    }
    return std::nullopt;
}

QTransform DiagramLayout::canvasToDevice(const QRectF& target)
{
    const QSizeF canvas = canvasSize();
    const qreal scale = std::min(target.width() / canvas.width(), target.height() / canvas.height());
    const qreal dx = target.left() + (target.width() - canvas.width() * scale) / 2;
    const qreal dy = target.top() + (target.height() - canvas.height() * scale) / 2;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

} // namespace tsl
