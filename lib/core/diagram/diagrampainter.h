#pragma once
// Paints the eleven-state diagram onto any QPainter: a widget, a QImage, an SVG or a PDF.
// Pure QtGui, so exports work with no display.

#include "diagramlayout.h"
#include "diagramtheme.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace tsl {

class DiagramScene;

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
    void paint(QPainter& painter, const QRectF& target, const DiagramScene* scene) const;

private:
    void paintLegend(QPainter& painter) const;
    void paintEdges(QPainter& painter, const DiagramScene* scene) const;
    void paintLabels(QPainter& painter, const DiagramScene* scene) const;
    void paintTags(QPainter& painter, const DiagramScene* scene) const;
    void paintBoxes(QPainter& painter, const DiagramScene* scene) const;
    void paintTokens(QPainter& painter, const DiagramScene* scene) const;

    const DiagramLayout& m_layout;
    DiagramStyle m_style;
    DiagramPalette m_palette;
    qreal m_lineScale = 1.0; // edge and border widths; larger for high contrast
};

} // namespace tsl
