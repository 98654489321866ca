#include "diagramwidget.h"

#include "text/statetext.h"
#include "model/transitiontable.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tsl {

DiagramWidget::DiagramWidget(QWidget* parent)
    : QWidget(parent),
      m_board(new TokenBoard(this)),
      m_layout(std::make_unique<DiagramLayout>(DiagramFonts::standard(), DiagramOptions{}))
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus); // zoom keys and a visible focus frame
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_nextFrame.setSingleShot(true);
    connect(&m_nextFrame, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    connect(m_board, &TokenBoard::changed, this, &DiagramWidget::boardChanged);
}

void DiagramWidget::boardChanged()
{
    if (m_nextFrame.isActive())
        return; // that frame will show this change too
    const qint64 since = m_lastFrame.isValid() ? m_lastFrame.elapsed() : kFrameIntervalMs;
    if (since >= kFrameIntervalMs)
        update();
    else
        m_nextFrame.start(int(kFrameIntervalMs - since));
}

void DiagramWidget::setStyle(const DiagramStyle& style)
{
    m_style = style;
    m_picture = QPixmap();
    update();
}

void DiagramWidget::setOptions(const DiagramOptions& options)
{
    m_layout = std::make_unique<DiagramLayout>(m_fonts, options);
    m_picture = QPixmap();
    update();
}

void DiagramWidget::setFonts(const DiagramFonts& fonts)
{
    m_fonts = fonts;
    setOptions(m_layout->options());
}

QRectF DiagramWidget::canvasTarget() const
{
    const QRectF whole(rect());
    QRectF target(QPointF(), whole.size() * m_zoom);
    target.moveCenter(whole.center() + m_pan);
    return target;
}

void DiagramWidget::clampPan()
{
    // Never further than the zoomed canvas reaches: an edge of it stays at the widget's edge.
    const qreal maxX = (m_zoom - 1) * width() / 2;
    const qreal maxY = (m_zoom - 1) * height() / 2;
    m_pan = QPointF(std::clamp(m_pan.x(), -maxX, maxX), std::clamp(m_pan.y(), -maxY, maxY));
}

void DiagramWidget::zoomAt(qreal zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, 1.0, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF canvasPoint = toCanvas(anchor);
    m_zoom = zoom;
    const QPointF nowAt = DiagramLayout::canvasToDevice(canvasTarget()).map(canvasPoint);
    m_pan += anchor - nowAt;
    clampPan();
    update();
}

void DiagramWidget::zoomIn() { zoomAt(m_zoom * 1.25, QRectF(rect()).center()); }

void DiagramWidget::zoomOut() { zoomAt(m_zoom / 1.25, QRectF(rect()).center()); }

void DiagramWidget::resetZoom()
{
    m_zoom = 1.0;
    m_pan = QPointF();
    update();
}

QImage DiagramWidget::renderImage(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    DiagramPainter(*m_layout, m_style).paint(painter, QRectF(image.rect()), m_board);
    return image;
}

QSize DiagramWidget::sizeHint() const { return {1200, 842}; }

QSize DiagramWidget::minimumSizeHint() const { return {480, 337}; }

void DiagramWidget::paintEvent(QPaintEvent*)
{
    m_lastFrame.start();
    ++m_frames;
    const DiagramPainter diagram(*m_layout, m_style);
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    const QRectF target = canvasTarget();
    if (m_picture.size() != pixels || m_pictureTarget != target || m_pictureStates != m_board->highlightedStates()
        || m_pictureEdge != m_board->highlightedEdge()) {
        m_picture = QPixmap(pixels);
        m_picture.setDevicePixelRatio(ratio);
        QPainter picture(&m_picture);
        picture.fillRect(rect(), paletteFor(m_style.theme).background);
        diagram.paintDiagram(picture, target, m_board);
        m_pictureStates = m_board->highlightedStates();
        m_pictureEdge = m_board->highlightedEdge();
        m_pictureTarget = target;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
    diagram.paintTokensOnly(painter, target, m_board);
    if (hasFocus()) {
        // Keyboard users see where they are: a frame in the highlight colour.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void DiagramWidget::resizeEvent(QResizeEvent* event)
{
    clampPan();
    QWidget::resizeEvent(event);
}

QPointF DiagramWidget::toCanvas(QPointF widgetPoint) const
{
    return DiagramLayout::canvasToDevice(canvasTarget()).inverted().map(widgetPoint);
}

QString DiagramWidget::explanationAt(QPointF widgetPoint) const
{
    const QPointF point = toCanvas(widgetPoint);
    if (const auto state = m_layout->stateAt(point)) {
        return QStringLiteral("%1: %2").arg(StateText::heading(*state), StateText::explanation(*state));
    }
    if (const auto transition = m_layout->transitionAt(point)) {
        const Transition& edge = transitions()[*transition];
        return StateText::edgeSummary(edge) + QStringLiteral(". ") + StateText::edgeExplanation(edge);
    }
    for (const ResetTag& tag : m_layout->tags()) {
        if (tag.rect.contains(point) && !tag.transitions.isEmpty()) {
            QStringList lines;
            for (std::size_t t : tag.transitions)
                lines << StateText::edgeSummary(transitions()[t]);
            return lines.join(QStringLiteral("; "));
        }
    }
    return {};
}

void DiagramWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressedAt && (event->buttons() & Qt::LeftButton)) {
        const QPointF moved = event->position() - *m_pressedAt;
        if (!m_dragging && moved.manhattanLength() >= QApplication::startDragDistance() && m_zoom > 1.0) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_pan = m_panAtPress + moved;
            clampPan();
            update();
            return;
        }
    }
    emit hoverExplanation(explanationAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void DiagramWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressedAt = event->position();
        m_panAtPress = m_pan;
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void DiagramWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_pressedAt) {
        if (m_dragging)
            unsetCursor();
        else
            clickAt(event->position());
        m_pressedAt.reset();
        m_dragging = false;
    }
    QWidget::mouseReleaseEvent(event);
}

void DiagramWidget::wheelEvent(QWheelEvent* event)
{
    const QPoint steps = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        // Ctrl+wheel zooms towards the pointer, like a map.
        zoomAt(m_zoom * std::pow(1.25, steps.y() / 120.0), event->position());
        event->accept();
        return;
    }
    if (m_zoom > 1.0) {
        // The plain wheel scrolls a zoomed diagram (Shift: sideways).
        const QPointF by = (event->modifiers() & Qt::ShiftModifier) ? QPointF(steps.y(), 0) : QPointF(steps.x(), steps.y());
        m_pan += by / 2;
        clampPan();
        update();
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void DiagramWidget::clickAt(QPointF widgetPoint)
{
    // A click on a state or an edge highlights it; a click elsewhere clears the edge highlight.
    const QPointF point = toCanvas(widgetPoint);
    if (const auto state = m_layout->stateAt(point)) {
        QList<TcpState> states = m_board->highlightedStates();
        if (states.contains(*state))
            states.removeAll(*state);
        else
            states << *state;
        m_board->setHighlightedStates(states);
    } else {
        m_board->setHighlightedEdge(m_layout->transitionAt(point));
    }
}

void DiagramWidget::leaveEvent(QEvent* event)
{
    emit hoverExplanation(QString());
    QWidget::leaveEvent(event);
}

bool DiagramWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = explanationAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            // Rich text so long explanations wrap instead of running off the screen.
            QToolTip::showText(help->globalPos(), QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace tsl
