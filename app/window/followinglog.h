#pragma once
// A read-only log that keeps its newest lines in view while lines arrive, unless the reader has
// scrolled up to read older ones (then it stays where they are until they scroll back to the
// bottom). A plain QPlainTextEdit follows only while its scroll bar sits exactly at the bottom,
// and loses that the moment anything moves the bar under it — a resize re-wrapping the lines,
// the dock being widened — after which a running lab's or watch's lines arrive out of sight.

//
// Lines arriving faster than a reader reads (a watch or a lab polling ten times a second and
// more) are appended together, at most every kFlushIntervalMs: each append re-lays out, scrolls
// and repaints the view. Lines after a quiet moment appear at once.

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTimer>

namespace tsl {

class FollowingLog : public QPlainTextEdit {
    Q_OBJECT

public:
    static constexpr int kFlushIntervalMs = 250;

    explicit FollowingLog(QWidget* parent = nullptr);

    // Appends one block of lines and, when following, shows the newest: at once after a quiet
    // moment, else with the next flush (at most kFlushIntervalMs later).
    void appendLines(const QString& lines);
    // Appends the lines waiting now.
    void flush();
    // Empties the log, lines waiting included.
    void clearLines();
    bool hasWaitingLines() const { return !m_waiting.isEmpty(); }
    bool isFollowing() const { return m_following; }
    // Appends made since the log was made (each one lays out, scrolls and repaints).
    quint64 appends() const { return m_appends; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void readerMoved(); // only what the reader does decides whether the log follows
    void showNewest();

    bool m_following = true;
    QStringList m_waiting;
    QTimer m_flushTimer; // single shot
    QElapsedTimer m_lastFlush;
    quint64 m_appends = 0;
};

} // namespace tsl
