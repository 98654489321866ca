#include "diagramwidget.h"

#include "diagramaccessible.h"

#include "text/statetext.h"
#include "model/transitiontable.h"

#include <QApplication>
#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
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
    installWindowAccessibility();
}

void DiagramWidget::boardChanged()
{
    if (QAccessible::isActive()) {
        if (auto* accessible = dynamic_cast<DiagramAccessible*>(QAccessible::queryAccessibleInterface(this)))
            accessible->boardChanged();
    }
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
    if (m_focus && !m_focus->isDrawn(*m_layout)) // a hidden RST edge: back to the state it leaves
        m_focus = DiagramFocus::onState(transitions()[m_focus->edge()].from);
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
        // Keyboard users see where they are: a frame round the diagram, and a ring round the state
        // or edge the keys are on, both in the theme's focus colour.
        painter.setPen(QPen(paletteFor(m_style.theme).focusRing, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
        if (m_focus)
            diagram.paintFocus(painter, target, *m_focus);
    }
}

QRectF DiagramWidget::canvasToWidget(const QRectF& canvasRect) const
{
    return DiagramLayout::canvasToDevice(canvasTarget()).mapRect(canvasRect);
}

QRectF DiagramWidget::itemRect(const DiagramFocus& item) const { return canvasToWidget(item.rect(*m_layout)); }

QString DiagramWidget::explanationOf(const DiagramFocus& item)
{
    if (item.isState())
        return QStringLiteral("%1: %2").arg(StateText::heading(item.state()), StateText::explanation(item.state()));
    const Transition& edge = transitions()[item.edge()];
    return StateText::edgeSummary(edge) + QStringLiteral(". ") + StateText::edgeExplanation(edge);
}

void DiagramWidget::setFocusItem(std::optional<DiagramFocus> item)
{
    if (item && !item->isDrawn(*m_layout))
        item.reset();
    if (item == m_focus)
        return;
    m_focus = item;
    update();
    if (m_focus && hasFocus()) {
        emit hoverExplanation(explanationOf(*m_focus));
        if (QAccessible::isActive()) {
            QAccessibleEvent focusEvent(this, QAccessible::Focus);
            focusEvent.setChild(DiagramAccessible::childIndex(*m_focus));
            QAccessible::updateAccessibility(&focusEvent);
        }
    }
}

bool DiagramWidget::followFocusedEdge()
{
    if (!m_focus || m_focus->isState())
        return false;
    setFocusItem(DiagramFocus::onState(transitions()[m_focus->edge()].to));
    return true;
}

void DiagramWidget::explainFocusItem()
{
    if (!m_focus)
        return;
    const QString text = explanationOf(*m_focus);
    emit hoverExplanation(text);
    const QRectF at = itemRect(*m_focus);
    QToolTip::showText(mapToGlobal(at.bottomLeft().toPoint()), QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()), this,
                       at.toAlignedRect());
}

bool DiagramWidget::usesKey(const QKeyEvent& key) const
{
    if (!m_focus || (key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    switch (key.key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Escape:
        return true;
    default:
        return false;
    }
}

void DiagramWidget::keyPressEvent(QKeyEvent* event)
{
    if (!usesKey(*event)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const auto move = [this](DiagramFocus::Direction direction) {
        if (const auto next = m_focus->neighbour(*m_layout, direction))
            setFocusItem(next);
    };
    switch (event->key()) {
    case Qt::Key_Left:
        move(DiagramFocus::Direction::Left);
        break;
    case Qt::Key_Right:
        move(DiagramFocus::Direction::Right);
        break;
    case Qt::Key_Up:
        move(DiagramFocus::Direction::Up);
        break;
    case Qt::Key_Down:
        move(DiagramFocus::Direction::Down);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        explainFocusItem();
        break;
    case Qt::Key_Space:
        emit stepRequested();
        break;
    case Qt::Key_Escape:
        // Let go: the arrows step the simulator again, as they do with the focus elsewhere.
        setFocusItem(std::nullopt);
        QToolTip::hideText();
        break;
    default:
        break;
    }
    event->accept();
}

void DiagramWidget::focusInEvent(QFocusEvent* event)
{
    // Tabbing in puts the keys on a state (the last one, or CLOSED, where every connection
    // starts); the focus given otherwise (presentation mode, a shortcut) leaves the arrows to step.
    if (!m_focus && (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason))
        setFocusItem(DiagramFocus::onState(TcpState::Closed));
    else if (m_focus)
        emit hoverExplanation(explanationOf(*m_focus));
    update();
    QWidget::focusInEvent(event);
}

void DiagramWidget::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
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
    if (const auto state = m_layout->stateAt(point))
        return explanationOf(DiagramFocus::onState(*state));
    if (const auto transition = m_layout->transitionAt(point))
        return explanationOf(DiagramFocus::onEdge(*transition));
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
        setFocusItem(DiagramFocus::onState(*state)); // the keys go on from where the pointer was
    } else {
        const auto transition = m_layout->transitionAt(point);
        m_board->setHighlightedEdge(transition);
        if (transition)
            setFocusItem(DiagramFocus::onEdge(*transition));
    }
}

void DiagramWidget::leaveEvent(QEvent* event)
{
    emit hoverExplanation(QString());
    QWidget::leaveEvent(event);
}

bool DiagramWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && usesKey(*static_cast<QKeyEvent*>(event))) {
        event->accept(); // the arrows, Space, Enter and Esc are the diagram's while it has a focus item
        return true;
    }
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
