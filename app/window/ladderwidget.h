#pragma once
// Shows a simulation's (or a recorded trace's) ladder diagram; all layout and painting come from lib/ladder.

#include "diagram/diagramtheme.h"
#include "ladder/ladderpainter.h"

#include <QWidget>

#include <optional>

class QScrollArea;

namespace tsl {

namespace sim {
class Simulator;
}

class LadderWidget : public QWidget {
    Q_OBJECT

public:
    explicit LadderWidget(QWidget* parent = nullptr);

    // The simulator to show (not owned); call refresh() after it changes.
    void setSimulator(const sim::Simulator* simulator);
    // Or a recorded trace (the Wire panel's real segments; not owned).
    void setTrace(const LadderTrace* trace);
    // The explanation of the mark on the row at `position` ("" without one).
    QString markAt(const QPoint& position) const;
    // The row (step) at `position`, -1 above the first.
    int rowAt(const QPoint& position) const;
    void setTheme(DiagramTheme theme);
    // What is shown, laid out for the widget's width; nothing before a simulator or trace is set.
    std::optional<LadderLayout> currentLayout() const;
    // A canvas rectangle of currentLayout() in widget coordinates.
    QRectF canvasToWidget(const QRectF& canvasRect) const;
    void refresh();

    // 1: as wide as the panel; closer, the scroll area around it scrolls (drag to pan).
    qreal zoom() const { return m_zoom; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    LadderLayout layoutFor(int width) const;
    const sim::Simulator* m_simulator = nullptr;
    const LadderTrace* m_trace = nullptr;
    DiagramTheme m_theme = DiagramTheme::Light;

    void setZoom(qreal zoom);
    QScrollArea* scrollArea() const;
    qreal m_zoom = 1.0;
    QPoint m_dragFrom; // global position of the last drag step
    bool m_dragging = false;
};

} // namespace tsl
