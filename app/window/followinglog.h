#pragma once
// A read-only log that keeps its newest lines in view while lines arrive, unless the reader has
// scrolled up to read older ones (then it stays where they are until they scroll back to the
// bottom). A plain QPlainTextEdit follows only while its scroll bar sits exactly at the bottom,
// and loses that the moment anything moves the bar under it — a resize re-wrapping the lines,
// the dock being widened — after which a running lab's or watch's lines arrive out of sight.

#include <QPlainTextEdit>

namespace tsl {

class FollowingLog : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit FollowingLog(QWidget* parent = nullptr);

    // Appends one block of lines (one append per poll) and, when following, shows the newest.
    void appendLines(const QString& lines);
    bool isFollowing() const { return m_following; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void readerMoved(); // only what the reader does decides whether the log follows
    void showNewest();

    bool m_following = true;
};

} // namespace tsl
