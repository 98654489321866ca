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
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &FollowingLog::flush);
}

void FollowingLog::appendLines(const QString& lines)
{
    m_waiting << lines;
    if (m_flushTimer.isActive())
        return; // goes with the flush already due
    const qint64 since = m_lastFlush.isValid() ? m_lastFlush.elapsed() : kFlushIntervalMs;
    if (since >= kFlushIntervalMs)
        flush();
    else
        m_flushTimer.start(int(kFlushIntervalMs - since));
}

void FollowingLog::flush()
{
    m_flushTimer.stop();
    if (m_waiting.isEmpty())
        return;
    m_lastFlush.start();
    appendPlainText(m_waiting.join(QLatin1Char('\n')));
    m_waiting.clear();
    ++m_appends;
    if (m_following)
        showNewest();
}

void FollowingLog::clearLines()
{
    m_flushTimer.stop();
    m_waiting.clear();
    clear();
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
