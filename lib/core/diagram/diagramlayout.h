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

    // Token chips on one state: `count` chips of the given widths, stacked so none overlap.
    std::vector<QRectF> tokenChips(TcpState state, const std::vector<qreal>& widths) const;
    static constexpr qreal kChipHeight = 24;

    // Hit testing in canvas coordinates (tooltips, clicks).
    std::optional<TcpState> stateAt(QPointF point) const;
    std::optional<std::size_t> transitionAt(QPointF point) const;

    // Maps the canvas into `target`, preserving the aspect ratio and centring it.
    static QTransform canvasToDevice(const QRectF& target);

private:
    DiagramFonts m_fonts;
    DiagramOptions m_options;
    std::array<QRectF, kStateCount> m_boxes;
    std::vector<EdgeGeometry> m_edges;
    std::vector<EdgeLabel> m_labels;
    std::vector<ResetTag> m_tags;
};

} // namespace tsl
