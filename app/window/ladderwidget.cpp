#include "ladderwidget.h"

#include "ladder/ladderpainter.h"

#include <QPainter>

#include <cmath>

namespace tsl {

LadderWidget::LadderWidget(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
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
    setMinimumHeight(heightForWidth(width()));
    update();
}

int LadderWidget::heightForWidth(int width) const
{
    if (!m_simulator)
        return 200;
    const QSizeF canvas = LadderLayout(*m_simulator).canvasSize();
    return int(std::ceil(width * canvas.height() / canvas.width()));
}

QSize LadderWidget::sizeHint() const { return {520, heightForWidth(520)}; }

void LadderWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_simulator) {
        painter.fillRect(rect(), paletteFor(m_theme).background);
        return;
    }
    const LadderLayout layout(*m_simulator);
    LadderPainter(layout, m_theme).paint(painter, QRectF(rect()));
}

} // namespace tsl
