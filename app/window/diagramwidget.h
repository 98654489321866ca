#pragma once
// Shows the eleven-state diagram on screen; all geometry and painting come from lib/diagram.

#include "diagram/diagramlayout.h"
#include "diagram/diagrampainter.h"
#include "diagram/diagramscene.h"

#include <QWidget>

#include <memory>

namespace tsl {

class DiagramWidget : public QWidget {
    Q_OBJECT

public:
    explicit DiagramWidget(QWidget* parent = nullptr);

    DiagramScene* scene() const { return m_scene; }

    void setStyle(const DiagramStyle& style);
    const DiagramStyle& diagramStyle() const { return m_style; }
    void setOptions(const DiagramOptions& options);
    const DiagramOptions& options() const { return m_layout->options(); }

    QImage renderImage(QSize size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // What the pointer is over, explained in a sentence; empty when over nothing.
    void hoverExplanation(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    QPointF toCanvas(QPointF widgetPoint) const;
    QString explanationAt(QPointF widgetPoint) const;

    DiagramScene* m_scene;
    std::unique_ptr<DiagramLayout> m_layout;
    DiagramStyle m_style;
};

} // namespace tsl
