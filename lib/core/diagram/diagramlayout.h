#pragma once
// Where everything on the eleven-state diagram goes, in a fixed logical canvas. The painter scales
// the canvas to any device, so one layout serves a 1024x768 projector and a 4K export alike.

#include "model/tcpstate.h"

#include <QFont>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace tsl {

struct DiagramFonts {
    QFont box;      // the state token in the box
    QFont subtitle; // the translated state name under it
    QFont label;    // edge labels
    QFont tag;      // the "RST/ABORT → CLOSED" tags and token chips

    static DiagramFonts standard();
    // For presentation mode: edge labels and tags large enough to read from the back of a room
    // (edge labels at least 14 px on a 1024x768 projector); the layout keeps them apart.
    static DiagramFonts presentation();
};

struct DiagramOptions {
    bool showResetEdges = true; // the RST and ABORT edges of §3.10, drawn as tags to CLOSED
    bool showLocalNames = false; // a translated name under each token (non-English languages)
};

struct EdgeLabel {
    QRectF rect;    // canvas coordinates
    QString event;  // top line
    QString action; // bottom line, under a rule; empty for none
};

struct EdgeGeometry {
    std::size_t transition; // index into transitions()
    QPolygonF route;        // from the source box border to the target (box or reset tag)
    int label = -1;         // index into labels(), or -1 for edges labelled by their tag
    int tag = -1;           // index into tags() for RST/ABORT edges
};

struct ResetTag {
    TcpState from;
    QRectF rect;
    QString text;
    QList<std::size_t> transitions; // the RST/ABORT edges this tag stands for
};

class DiagramLayout {
public:
    DiagramLayout(const DiagramFonts& fonts, const DiagramOptions& options);

    static QSizeF canvasSize();
    // The height of one line of an edge label, in canvas units.
    static qreal labelLineHeight(const QFont& font);

    const DiagramFonts& fonts() const { return m_fonts; }
    const DiagramOptions& options() const { return m_options; }

    QRectF stateBox(TcpState state) const { return m_boxes[stateIndex(state)]; }
    const std::vector<EdgeGeometry>& edges() const { return m_edges; }
    const std::vector<EdgeLabel>& labels() const { return m_labels; }
    const std::vector<ResetTag>& tags() const { return m_tags; }

    // The geometry of transitions()[index], or nullptr when it is not drawn (reset edges hidden).
    const EdgeGeometry* edgeFor(std::size_t transition) const;

    // A point `t` (0..1) of the way along an edge's route, by length: animations move tokens here.
    QPointF pointAlongEdge(std::size_t transition, qreal t) const;

    // Where a state's name (and its translation) is written: tokens never cover it.
    QRectF stateNameRect(TcpState state) const { return m_names[stateIndex(state)]; }

    // Token chips on one state: chips of the given widths, stacked so none overlap, on the side
    // of the box where they hide the least: no state's name, and as far as there is room no edge
    // label, reset tag, the legend or another state's pile. Widths are rounded up to steps, so a
    // pile keeps its side while its labels change.
    std::vector<QRectF> tokenChips(TcpState state, const std::vector<qreal>& widths) const;
    // Ghost chips (TokenEvent::ghost) beside the box, level with it, clear of the state's pile
    // (`pile`: the chips drawn there now; empty: room for a full pile is kept).
    std::vector<QRectF> ghostChips(TcpState state, const std::vector<qreal>& widths,
                                   const std::vector<QRectF>& pile = {}) const;
    // A moving token's chip at progress `t` (0..1) of an edge's walk: it follows the route but
    // only where the chip covers no state's name, so it leaves and enters a box at its border.
    QRectF glideChip(std::size_t transition, qreal t, QSizeF chip) const;
    // A chip's width for its text, in the chips' font.
    qreal chipWidth(const QString& text) const;
    QFont chipFont() const;
    static constexpr qreal kChipHeight = 24;
    static constexpr qreal kChipGap = 3;
    static constexpr int kPileChips = 3;          // the most chips a pile shows before one counted chip
    static constexpr qreal kMinPileChipWidth = 120; // a pile's side does not change for every short label

    enum class PileSide {
        Below,
        Above,
        Left,
        Right,
    };
    PileSide pileSide(TcpState state, const std::vector<qreal>& widths) const;

    // Hit testing in canvas coordinates (tooltips, clicks).
    std::optional<TcpState> stateAt(QPointF point) const;
    std::optional<std::size_t> transitionAt(QPointF point) const;

    // Maps the canvas into `target`, preserving the aspect ratio and centring it.
    static QTransform canvasToDevice(const QRectF& target);

private:
    DiagramFonts m_fonts;
    DiagramOptions m_options;
    enum class PileAlign {
        Centre,
        Start, // left-aligned (above, below) or top-aligned (left, right)
        End,
    };
    struct PilePlace {
        PileSide side = PileSide::Below;
        PileAlign align = PileAlign::Centre;
    };
    void addResetTags();
    void measureNames();
    std::vector<QRectF> stack(TcpState state, PilePlace place, const std::vector<qreal>& widths) const;
    qreal placementCost(TcpState state, const std::vector<QRectF>& chips) const;
    PilePlace pilePlace(TcpState state, qreal widestChip, int chips) const;
    // Every state's place for piles of `chips` chips this wide, chosen one state after another so
    // that two piles never overlap; cached (painting asks for it every frame).
    const std::array<PilePlace, kStateCount>& pilePlaces(qreal widestChip, int chips) const;
    mutable std::map<std::pair<int, int>, std::array<PilePlace, kStateCount>> m_pilePlaces;

    std::array<QRectF, kStateCount> m_boxes;
    std::array<QRectF, kStateCount> m_names;
    QRectF m_legend;
    std::vector<EdgeGeometry> m_edges;
    std::vector<EdgeLabel> m_labels;
    std::vector<ResetTag> m_tags;
};

} // namespace tsl
