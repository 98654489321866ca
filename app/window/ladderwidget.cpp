#include "ladderwidget.h"

#include "diagramaccessible.h"

#include "ladder/ladderpainter.h"

#include <QAccessible>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tsl {

LadderWidget::LadderWidget(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::StrongFocus); // Ctrl+plus/minus/0 zoom the ladder when it has the focus
    installWindowAccessibility();
}

QScrollArea* LadderWidget::scrollArea() const
{
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w))
            return area;
    }
    return nullptr;
}

void LadderWidget::setZoom(qreal zoom)
{
    m_zoom = std::clamp(zoom, 1.0, 4.0);
    // Zoomed, the ladder is wider than its viewport and the scroll area scrolls both ways.
    const QScrollArea* area = scrollArea();
    const int viewport = area ? area->viewport()->width() : width();
    setMinimumWidth(m_zoom > 1.0 ? int(viewport * m_zoom) : 0);
    refresh();
}

void LadderWidget::zoomIn() { setZoom(m_zoom * 1.25); }

void LadderWidget::zoomOut() { setZoom(m_zoom / 1.25); }

void LadderWidget::resetZoom() { setZoom(1.0); }

void LadderWidget::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * std::pow(1.25, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QWidget::wheelEvent(event); // the scroll area scrolls
}

void LadderWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && scrollArea()) {
        m_dragging = true;
        m_dragFrom = event->globalPosition().toPoint();
        setCursor(Qt::ClosedHandCursor);
    }
    QWidget::mousePressEvent(event);
}

void LadderWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (QScrollArea* area = scrollArea(); m_dragging && area) {
        const QPoint now = event->globalPosition().toPoint();
        const QPoint by = now - m_dragFrom;
        m_dragFrom = now;
        area->horizontalScrollBar()->setValue(area->horizontalScrollBar()->value() - by.x());
        area->verticalScrollBar()->setValue(area->verticalScrollBar()->value() - by.y());
    }
    QWidget::mouseMoveEvent(event);
}

void LadderWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
    }
    QWidget::mouseReleaseEvent(event);
}

void LadderWidget::setSimulator(const sim::Simulator* simulator)
{
    m_simulator = simulator;
    refresh();
}

void LadderWidget::setTheme(DiagramTheme theme)
{
    m_theme = theme;
    update();
}

void LadderWidget::refresh()
{
    updateGeometry();
    setMinimumHeight(heightForWidth(std::max(width(), minimumWidth())));
    update();
    if (QAccessible::isActive()) { // the rows a reader lists changed
        QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
    }
}

std::optional<LadderLayout> LadderWidget::currentLayout() const
{
    if (!m_simulator && !m_trace)
        return std::nullopt;
    return layoutFor(width());
}

QRectF LadderWidget::canvasToWidget(const QRectF& canvasRect) const
{
    const auto layout = currentLayout();
    if (!layout)
        return {};
    const qreal scale = qreal(width()) / layout->canvasSize().width();
    return {canvasRect.topLeft() * scale, canvasRect.size() * scale};
}

namespace {
// Laid out for the widget's own width (divided by the zoom, which then scales it back up), so at
// 100 % labels keep their size and move apart instead of shrinking; below the layout's minimum
// width the whole ladder scales down.
LadderOptions optionsFor(int width, qreal zoom) { return {std::max(qreal(width), 1.0) / zoom, {}, {}}; }
} // namespace

int LadderWidget::heightForWidth(int width) const
{
    if (!m_simulator && !m_trace)
        return 200;
    const QSizeF canvas = layoutFor(width).canvasSize();
    return int(std::ceil(width * canvas.height() / canvas.width()));
}

LadderLayout LadderWidget::layoutFor(int width) const
{
    return m_trace ? LadderLayout(*m_trace, optionsFor(width, m_zoom)) : LadderLayout(*m_simulator, optionsFor(width, m_zoom));
}

void LadderWidget::setTrace(const LadderTrace* trace)
{
    m_trace = trace;
    m_simulator = nullptr;
    refresh();
}

int LadderWidget::rowAt(const QPoint& position) const
{
    if (!m_simulator && !m_trace)
        return -1;
    const LadderLayout layout = layoutFor(width());
    const qreal scale = qreal(width()) / layout.canvasSize().width();
    return layout.rowAt(position.y() / scale);
}

QString LadderWidget::markAt(const QPoint& position) const
{
    if (!m_trace)
        return {};
    const LadderLayout layout = layoutFor(width());
    const int row = rowAt(position);
    for (const LadderLayout::RowMark& mark : layout.marks()) {
        if (mark.row == row)
            return mark.explanation.isEmpty() ? mark.text : mark.explanation;
    }
    return {};
}

QSize LadderWidget::sizeHint() const { return {520, heightForWidth(520)}; }

void LadderWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_simulator && !m_trace) {
        painter.fillRect(rect(), paletteFor(m_theme).background);
        return;
    }
    const LadderLayout layout = layoutFor(width());
    LadderPainter(layout, m_theme).paint(painter, QRectF(rect()));
}

} // namespace tsl
