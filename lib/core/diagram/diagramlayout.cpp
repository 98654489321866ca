#include "diagramlayout.h"

#include "model/transitiontable.h"
#include "text/statetext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <limits>

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

    if (m_options.showResetEdges)
        addResetTags();
    measureNames();
}

void DiagramLayout::addResetTags()
{
    const auto table = transitions();
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

void DiagramLayout::measureNames()
{
    // The painter's own geometry (paintBoxes): the token centred, or the token on top and the
    // translated name under it. A little margin, so a chip never touches the letters.
    const QFontMetricsF boxMetrics(m_fonts.box);
    const QFontMetricsF subtitleMetrics(m_fonts.subtitle);
    for (TcpState state : kAllStates) {
        const QRectF box = stateBox(state);
        QRectF name;
        if (!m_options.showLocalNames) {
            name = boxMetrics.boundingRect(box, Qt::AlignCenter, StateText::token(state));
        } else {
            const QRectF top(box.left(), box.top() + 5, box.width(), boxMetrics.height());
            const QRectF bottom(box.left() + 4, top.bottom() - 1, box.width() - 8, box.bottom() - top.bottom() - 2);
            name = boxMetrics.boundingRect(top, Qt::AlignCenter, StateText::token(state))
                       .united(subtitleMetrics.boundingRect(bottom, Qt::AlignCenter, StateText::displayName(state)));
        }
        m_names[stateIndex(state)] = name.adjusted(-2, -1, 2, 1);
    }
    // The legend in the top left corner (painted when paths are shown; kept free either way).
    const QFontMetricsF labelMetrics(m_fonts.label);
    const qreal text = std::max(labelMetrics.horizontalAdvance(StateText::roleName(PathRole::Client)),
                                labelMetrics.horizontalAdvance(StateText::roleName(PathRole::Server)));
    m_legend = QRectF(18, 16, 58 + text + 10, 56);
}

QFont DiagramLayout::chipFont() const
{
    QFont font = m_fonts.tag;
    font.setBold(true);
    return font;
}

qreal DiagramLayout::chipWidth(const QString& text) const
{
    return QFontMetricsF(chipFont()).horizontalAdvance(text) + 22;
}

std::vector<QRectF> DiagramLayout::stack(TcpState state, PilePlace place, const std::vector<qreal>& widths) const
{
    const QRectF box = stateBox(state);
    const QRectF name = stateNameRect(state);
    const qreal step = kChipHeight + kChipGap;
    const qreal height = qreal(widths.size()) * step - kChipGap;
    std::vector<QRectF> chips;
    const bool vertical = place.side == PileSide::Below || place.side == PileSide::Above;
    qreal y = 0;
    if (place.side == PileSide::Below) {
        y = std::max(box.bottom() - 5, name.bottom() + 1); // tucked under the box's rim
    } else if (place.side == PileSide::Above) {
        y = std::min(box.top() + 5, name.top() - 1) - height;
    } else if (place.align == PileAlign::Start) {
        y = box.top();
    } else if (place.align == PileAlign::End) {
        y = box.bottom() - height;
    } else {
        y = box.center().y() - height / 2;
    }
    // Above the box the first chip is the one nearest to it, as below.
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const std::size_t slot = place.side == PileSide::Above ? widths.size() - 1 - i : i;
        const qreal width = widths[i];
        qreal x = 0;
        if (vertical) {
            x = place.align == PileAlign::Start ? box.left() + 8
                : place.align == PileAlign::End ? box.right() - 8 - width
                                                : box.center().x() - width / 2;
        } else {
            x = place.side == PileSide::Left ? box.left() - 6 - width : box.right() + 6;
        }
        chips.emplace_back(x, y + qreal(slot) * step, width, kChipHeight);
    }
    return chips;
}

namespace {
// Pushed back onto the canvas, should a long text reach past its edge (the choice of a place
// counts what would leave it, so this is for texts longer than any the layout expects).
std::vector<QRectF> onCanvas(std::vector<QRectF> chips)
{
    const QSizeF canvas = DiagramLayout::canvasSize();
    for (QRectF& chip : chips) {
        chip.moveLeft(std::clamp(chip.left(), 0.0, std::max(0.0, canvas.width() - chip.width())));
        chip.moveTop(std::clamp(chip.top(), 0.0, std::max(0.0, canvas.height() - chip.height())));
    }
    return chips;
}
} // namespace

qreal DiagramLayout::placementCost(TcpState state, const std::vector<QRectF>& chips) const
{
    const QRectF canvas(QPointF(0, 0), canvasSize());
    const auto area = [](const QRectF& r) { return r.isValid() ? r.width() * r.height() : 0.0; };
    qreal cost = 0;
    for (const QRectF& chip : chips) {
        if (!canvas.contains(chip))
            cost += 1e7;
        for (TcpState other : kAllStates) {
            if (chip.intersects(stateNameRect(other)))
                cost += 1e6 + area(chip.intersected(stateNameRect(other)));
            if (other != state && chip.intersects(stateBox(other)))
                cost += 1e5;
        }
        // Edge labels, reset tags and the legend: text a pile must not hide.
        for (const EdgeLabel& label : m_labels) {
            if (chip.intersects(label.rect))
                cost += 1e4 + area(chip.intersected(label.rect));
        }
        for (const ResetTag& tag : m_tags) {
            if (chip.intersects(tag.rect))
                cost += 1e4 + area(chip.intersected(tag.rect));
        }
        if (chip.intersects(m_legend))
            cost += 1e4;
        // Lines under a chip are hidden for a stretch: fine, but fewer is better.
        for (const EdgeGeometry& edge : m_edges) {
            for (qsizetype i = 1; i < edge.route.size(); ++i) {
                const QRectF segment = QRectF(edge.route[i - 1], edge.route[i]).normalized().adjusted(-2, -2, 2, 2);
                if (chip.intersects(segment))
                    cost += 40;
            }
        }
    }
    return cost;
}

const std::array<DiagramLayout::PilePlace, kStateCount>& DiagramLayout::pilePlaces(qreal widestChip, int chips) const
{
    const qreal width = std::ceil(std::max(widestChip, kMinPileChipWidth) / 20) * 20;
    chips = std::clamp(chips, 1, kPileChips);
    const auto cached = m_pilePlaces.find({int(width), chips});
    if (cached != m_pilePlaces.end())
        return cached->second;
    // The first candidate is the classic place under the box, the others follow in order of
    // preference.
    static constexpr PilePlace kCandidates[] = {
        {PileSide::Below, PileAlign::Centre}, {PileSide::Below, PileAlign::Start}, {PileSide::Below, PileAlign::End},
        {PileSide::Left, PileAlign::Start},   {PileSide::Right, PileAlign::Start}, {PileSide::Left, PileAlign::Centre},
        {PileSide::Right, PileAlign::Centre}, {PileSide::Left, PileAlign::End},    {PileSide::Right, PileAlign::End},
        {PileSide::Above, PileAlign::Centre}, {PileSide::Above, PileAlign::Start}, {PileSide::Above, PileAlign::End},
    };
    const std::vector<qreal> full(std::size_t(chips), width);
    std::array<PilePlace, kStateCount> places{};
    std::vector<QRectF> taken; // the full piles of the states already placed
    for (TcpState state : kAllStates) {
        qreal best = std::numeric_limits<qreal>::max();
        std::vector<QRectF> bestChips;
        for (std::size_t i = 0; i < std::size(kCandidates); ++i) {
            const std::vector<QRectF> pile = stack(state, kCandidates[i], full);
            qreal cost = placementCost(state, pile) + qreal(i);
            // Another state's pile is rarely as full at the same moment: below a label's weight.
            for (const QRectF& chip : pile)
                cost += qreal(std::count_if(taken.begin(), taken.end(), [&](const QRectF& r) { return r.intersects(chip); })) * 2e3;
            if (cost < best) {
                best = cost;
                places[stateIndex(state)] = kCandidates[i];
                bestChips = pile;
            }
        }
        taken.insert(taken.end(), bestChips.begin(), bestChips.end());
    }
    return m_pilePlaces.emplace(std::pair{int(width), chips}, places).first->second;
}

DiagramLayout::PilePlace DiagramLayout::pilePlace(TcpState state, qreal widestChip, int chips) const
{
    return pilePlaces(widestChip, chips)[stateIndex(state)];
}

DiagramLayout::PileSide DiagramLayout::pileSide(TcpState state, const std::vector<qreal>& widths) const
{
    const qreal widest = widths.empty() ? 0 : *std::max_element(widths.begin(), widths.end());
    return pilePlace(state, widest, int(widths.size())).side;
}

std::vector<QRectF> DiagramLayout::tokenChips(TcpState state, const std::vector<qreal>& widths) const
{
    const qreal widest = widths.empty() ? 0 : *std::max_element(widths.begin(), widths.end());
    return onCanvas(stack(state, pilePlace(state, widest, int(widths.size())), widths));
}

std::vector<QRectF> DiagramLayout::ghostChips(TcpState state, const std::vector<qreal>& widths,
                                              const std::vector<QRectF>& drawnPile) const
{
    // Beside the box, level with it, on whichever side hides least and leaves the pile alone.
    const std::vector<QRectF> pile = drawnPile.empty()
        ? tokenChips(state, std::vector<qreal>(std::size_t(kPileChips), kMinPileChipWidth))
        : drawnPile;
    std::vector<QRectF> best;
    qreal bestCost = std::numeric_limits<qreal>::max();
    int rank = 0;
    for (PileSide side : {PileSide::Right, PileSide::Left}) {
        for (PileAlign align : {PileAlign::Centre, PileAlign::Start, PileAlign::End}) {
            std::vector<QRectF> chips = stack(state, {side, align}, widths);
            if (side == PileSide::Left) {
                // Left of the box the chips end at the box.
                const qreal right = stateBox(state).left() - 6;
                for (QRectF& chip : chips)
                    chip.moveRight(right);
            }
            qreal cost = placementCost(state, chips) + rank++;
            for (const QRectF& chip : chips) {
                for (const QRectF& token : pile) {
                    if (chip.intersects(token))
                        cost += 1e5;
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = std::move(chips);
            }
        }
    }
    return onCanvas(std::move(best));
}

QRectF DiagramLayout::glideChip(std::size_t transition, qreal t, QSizeF chip) const
{
    const QRectF canvas(QPointF(0, 0), canvasSize());
    const EdgeGeometry* edge = edgeFor(transition);
    QPolygonF route;
    if (edge && edge->route.size() >= 2)
        route = edge->route;
    else if (transition < transitions().size())
        route << stateBox(transitions()[transition].from).center() << stateBox(transitions()[transition].to).center();
    else
        return {};
    // The chip's centre stays where the whole chip is on the canvas; routes are axis-parallel,
    // so clamping their corners clamps them.
    const qreal halfW = std::min(chip.width(), canvas.width()) / 2;
    const qreal halfH = std::min(chip.height(), canvas.height()) / 2;
    for (QPointF& p : route)
        p = QPointF(std::clamp(p.x(), halfW, canvas.width() - halfW), std::clamp(p.y(), halfH, canvas.height() - halfH));

    // Where along each segment the chip would cover a name: the segment clipped against the
    // name grown by half the chip (Liang–Barsky). The walk skips those stretches.
    struct Stretch {
        qreal from, to; // arc length
    };
    std::vector<Stretch> clear;
    qreal start = 0;
    for (qsizetype i = 1; i < route.size(); ++i) {
        const QPointF a = route[i - 1];
        const QPointF b = route[i];
        const qreal length = QLineF(a, b).length();
        std::vector<Stretch> blocked;
        for (const QRectF& name : m_names) {
            const QRectF grown = name.adjusted(-halfW - 0.5, -halfH - 0.5, halfW + 0.5, halfH + 0.5);
            const qreal d[2] = {b.x() - a.x(), b.y() - a.y()};
            const qreal lo[2] = {grown.left() - a.x(), grown.top() - a.y()};
            const qreal hi[2] = {grown.right() - a.x(), grown.bottom() - a.y()};
            qreal u0 = 0;
            qreal u1 = 1;
            bool inside = true;
            for (int k = 0; k < 2 && inside; ++k) {
                if (std::abs(d[k]) < 1e-9) {
                    inside = lo[k] < 0 && hi[k] > 0;
                    continue;
                }
                qreal e0 = lo[k] / d[k];
                qreal e1 = hi[k] / d[k];
                if (e0 > e1)
                    std::swap(e0, e1);
                u0 = std::max(u0, e0);
                u1 = std::min(u1, e1);
                inside = u0 < u1;
            }
            if (inside)
                blocked.push_back({start + u0 * length, start + u1 * length});
        }
        std::sort(blocked.begin(), blocked.end(), [](const Stretch& x, const Stretch& y) { return x.from < y.from; });
        qreal at = start;
        for (const Stretch& stretch : blocked) {
            if (stretch.from > at)
                clear.push_back({at, stretch.from});
            at = std::max(at, stretch.to);
        }
        if (at < start + length)
            clear.push_back({at, start + length});
        start += length;
    }
    qreal clearLength = 0;
    for (const Stretch& stretch : clear)
        clearLength += stretch.to - stretch.from;
    const auto pointAt = [&route](qreal s) {
        for (qsizetype i = 1; i < route.size(); ++i) {
            const QLineF segment(route[i - 1], route[i]);
            if (s <= segment.length() || i + 1 == route.size())
                return segment.pointAt(segment.length() > 0 ? std::min(1.0, s / segment.length()) : 0);
            s -= segment.length();
        }
        return route.last();
    };
    if (clearLength <= 0) {
        // A short stub (a reset edge) wholly within a chip's reach of the name: the chip waits
        // beyond its end, pushed on in the stub's direction until it covers no name.
        const QLineF last(route[route.size() - 2], route.last());
        const QPointF unit = last.length() > 0 ? (last.p2() - last.p1()) / last.length() : QPointF(0, 1);
        QRectF rect(route.last().x() - halfW, route.last().y() - halfH, 2 * halfW, 2 * halfH);
        const auto coversAName = [this](const QRectF& r) {
            return std::any_of(m_names.begin(), m_names.end(), [&r](const QRectF& n) { return n.intersects(r); });
        };
        for (int i = 0; i < 400 && coversAName(rect); ++i)
            rect.translate(unit * 2);
        rect = onCanvas({rect}).front();
        // Held back by the canvas' edge: it steps aside, below the stub, instead.
        for (int i = 0; i < 200 && coversAName(rect); ++i)
            rect.translate(0, 2);
        return onCanvas({rect}).front();
    }
    qreal s = 0;
    {
        qreal remaining = std::clamp(t, 0.0, 1.0) * clearLength;
        for (const Stretch& stretch : clear) {
            s = stretch.from + std::min(remaining, stretch.to - stretch.from);
            if (remaining <= stretch.to - stretch.from)
                break;
            remaining -= stretch.to - stretch.from;
        }
    }
    const QPointF centre = pointAt(s);
    return {centre.x() - chip.width() / 2, centre.y() - chip.height() / 2, chip.width(), chip.height()};
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
