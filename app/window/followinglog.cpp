#include "followinglog.h"

#include <QScrollBar>

namespace tsl {

FollowingLog::FollowingLog(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Dragging the bar, its arrows and page clicks: the reader's own moves.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        const QScrollBar* bar = verticalScrollBar();
        m_following = bar->sliderPosition() >= bar->maximum();
    });
}

void FollowingLog::appendLines(const QString& lines)
{
    appendPlainText(lines);
    if (m_following)
        showNewest();
}

void FollowingLog::showNewest()
{
    QScrollBar* bar = verticalScrollBar();
    bar->setValue(bar->maximum());
}

void FollowingLog::readerMoved()
{
    const QScrollBar* bar = verticalScrollBar();
    m_following = bar->value() >= bar->maximum();
}

void FollowingLog::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    if (m_following)
        showNewest(); // the lines re-wrapped: the newest stay in view
}

void FollowingLog::wheelEvent(QWheelEvent* event)
{
    QPlainTextEdit::wheelEvent(event);
    readerMoved();
}

void FollowingLog::keyPressEvent(QKeyEvent* event)
{
    QPlainTextEdit::keyPressEvent(event);
    readerMoved();
}

} // namespace tsl
