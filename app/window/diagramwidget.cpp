#include "diagramwidget.h"

#include "text/statetext.h"
#include "model/transitiontable.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace tsl {

DiagramWidget::DiagramWidget(QWidget* parent)
    : QWidget(parent),
      m_scene(new DiagramScene(this)),
      m_layout(std::make_unique<DiagramLayout>(DiagramFonts::standard(), DiagramOptions{}))
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_scene, &DiagramScene::changed, this, qOverload<>(&QWidget::update));
}

void DiagramWidget::setStyle(const DiagramStyle& style)
{
    m_style = style;
    update();
}

void DiagramWidget::setOptions(const DiagramOptions& options)
{
    m_layout = std::make_unique<DiagramLayout>(DiagramFonts::standard(), options);
    update();
}

QImage DiagramWidget::renderImage(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    DiagramPainter(*m_layout, m_style).paint(painter, QRectF(image.rect()), m_scene);
    return image;
}

QSize DiagramWidget::sizeHint() const { return {1200, 842}; }

QSize DiagramWidget::minimumSizeHint() const { return {480, 337}; }

void DiagramWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    DiagramPainter(*m_layout, m_style).paint(painter, QRectF(rect()), m_scene);
}

QPointF DiagramWidget::toCanvas(QPointF widgetPoint) const
{
    return DiagramLayout::canvasToDevice(QRectF(rect())).inverted().map(widgetPoint);
}

QString DiagramWidget::explanationAt(QPointF widgetPoint) const
{
    const QPointF point = toCanvas(widgetPoint);
    if (const auto state = m_layout->stateAt(point)) {
        return QStringLiteral("%1 (%2): %3")
            .arg(StateText::token(*state), StateText::displayName(*state),
                 StateText::explanation(*state));
    }
    if (const auto transition = m_layout->transitionAt(point)) {
        const Transition& edge = transitions()[*transition];
        return StateText::edgeSummary(edge) + QStringLiteral(" — ") + StateText::edgeExplanation(edge);
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
    emit hoverExplanation(explanationAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void DiagramWidget::mousePressEvent(QMouseEvent* event)
{
    // A click on a state or an edge highlights it; a click elsewhere clears the edge highlight.
    const QPointF point = toCanvas(event->position());
    if (const auto state = m_layout->stateAt(point)) {
        QList<TcpState> states = m_scene->highlightedStates();
        if (states.contains(*state))
            states.removeAll(*state);
        else
            states << *state;
        m_scene->setHighlightedStates(states);
    } else {
        m_scene->setHighlightedEdge(m_layout->transitionAt(point));
    }
    QWidget::mousePressEvent(event);
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
