#pragma once
// Paints the eleven-state diagram onto any QPainter: a widget, a QImage, an SVG or a PDF.
// Pure QtGui, so exports work with no display.

#include "diagramfocus.h"
#include "diagramlayout.h"
#include "diagramtheme.h"
#include "tokenboard.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace tsl {

struct DiagramStyle {
    DiagramTheme theme = DiagramTheme::Light;
    bool showPaths = true; // client path solid and thick, server path dashed
    bool highContrast = false; // presentation mode: all text in the strongest colour, bolder lines
};

class DiagramPainter {
    Q_DECLARE_TR_FUNCTIONS(DiagramPainter)

public:
    DiagramPainter(const DiagramLayout& layout, const DiagramStyle& style);

    // Fills `target` with the background and draws the canvas scaled to fit, centred.
    void paint(QPainter& painter, const QRectF& target, const TokenBoard* board) const;
    // The same in two layers, so a widget can keep the first as a picture and repaint only the
    // tokens while they move: everything but the tokens, then the tokens alone.
    void paintDiagram(QPainter& painter, const QRectF& target, const TokenBoard* board) const;
    void paintTokensOnly(QPainter& painter, const QRectF& target, const TokenBoard* board) const;
    // The keyboard's focus over a painted diagram: a dashed double ring round the state's box or
    // the edge's label, and the edge's route traced, in the theme's focus colour.
    void paintFocus(QPainter& painter, const QRectF& target, const DiagramFocus& focus) const;
    // What a counted chip says: "TIME_WAIT × 40".
    static QString countText(const TokenBoard::Pile& pile);

private:
    void paintLegend(QPainter& painter) const;
    void paintEdges(QPainter& painter, const TokenBoard* board) const;
    void paintLabels(QPainter& painter, const TokenBoard* board) const;
    void paintTags(QPainter& painter, const TokenBoard* board) const;
    void paintBoxes(QPainter& painter, const TokenBoard* board) const;
    void paintTokens(QPainter& painter, const TokenBoard* board) const;

    const DiagramLayout& m_layout;
    DiagramStyle m_style;
    DiagramPalette m_palette;
    qreal m_lineScale = 1.0; // edge and border widths; larger for high contrast
};

} // namespace tsl
