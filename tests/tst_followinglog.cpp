// The lab's and the watch's log keep their newest lines in view while lines arrive, through
// resizes, until the reader scrolls up; back at the bottom, they follow again.
#include "window/followinglog.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>

using namespace tsl;

class TestFollowingLog : public QObject {
    Q_OBJECT

private slots:
    void followsThroughResizes_data();
    void followsThroughResizes();
    void readerScrollingUpStopsFollowing();
    void linesArrivingFastAreAppendedTogether();
};

namespace {
QString lines(int from, int count)
{
    QStringList out;
    for (int i = from; i < from + count; ++i)
        out << QStringLiteral("%1 ms  client :40000  ESTABLISHED → FIN_WAIT_1  (passed unseen between two polls)").arg(i);
    return out.join(QLatin1Char('\n'));
}
bool atBottom(const FollowingLog& log) { return log.verticalScrollBar()->value() == log.verticalScrollBar()->maximum(); }
} // namespace

void TestFollowingLog::followsThroughResizes_data()
{
    QTest::addColumn<QSize>("before");
    QTest::addColumn<QSize>("after");
    QTest::addRow("narrower (lines wrap into more rows)") << QSize(600, 160) << QSize(260, 160);
    QTest::addRow("wider (fewer rows)") << QSize(260, 160) << QSize(600, 160);
    QTest::addRow("lower") << QSize(400, 300) << QSize(400, 120);
}

void TestFollowingLog::followsThroughResizes()
{
    QFETCH(QSize, before);
    QFETCH(QSize, after);
    FollowingLog log;
    log.setLineWrapMode(QPlainTextEdit::WidgetWidth);
    log.resize(before);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    log.appendLines(lines(0, 200));
    QTRY_VERIFY(atBottom(log));
    log.resize(after);
    QTest::qWait(20);
    log.appendLines(lines(200, 3));
    QTRY_VERIFY(!log.hasWaitingLines());
    QVERIFY(log.toPlainText().endsWith(QStringLiteral("(passed unseen between two polls)")));
    QVERIFY(log.toPlainText().contains(QStringLiteral("202 ms")));
    QVERIFY(log.isFollowing());
    QVERIFY(atBottom(log));
}

void TestFollowingLog::readerScrollingUpStopsFollowing()
{
    FollowingLog log;
    log.resize(400, 160);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    log.appendLines(lines(0, 200));
    QTRY_VERIFY(atBottom(log));
    log.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub); // the reader scrolls up
    const int reading = log.verticalScrollBar()->value();
    log.appendLines(lines(200, 3));
    log.flush();
    QVERIFY(!log.isFollowing());
    QCOMPARE(log.verticalScrollBar()->value(), reading); // what they read stays put
    log.verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum); // back at the bottom
    log.appendLines(lines(203, 3));
    log.flush();
    QVERIFY(log.isFollowing());
    QVERIFY(atBottom(log));
}

void TestFollowingLog::linesArrivingFastAreAppendedTogether()
{
    // A watch at 1 ms: lines after a quiet moment appear at once, the rest together at most
    // every kFlushIntervalMs (each append lays out, scrolls and repaints the log).
    FollowingLog log;
    log.resize(400, 160);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    log.appendLines(lines(0, 1));
    QCOMPARE(log.appends(), quint64(1));
    QVERIFY(!log.hasWaitingLines());
    for (int i = 1; i <= 50; ++i)
        log.appendLines(lines(i, 1));
    QVERIFY(log.hasWaitingLines());
    QCOMPARE(log.appends(), quint64(1));
    QTRY_VERIFY(!log.hasWaitingLines());
    QCOMPARE(log.appends(), quint64(2));
    QCOMPARE(log.document()->blockCount(), 51);
    QVERIFY(atBottom(log));
    // Clear takes the waiting lines too.
    log.appendLines(lines(51, 1));
    QVERIFY(log.hasWaitingLines());
    log.clearLines();
    QVERIFY(!log.hasWaitingLines());
    QTest::qWait(FollowingLog::kFlushIntervalMs + 50);
    QVERIFY(log.toPlainText().isEmpty());
}

QTEST_MAIN(TestFollowingLog)
#include "tst_followinglog.moc"
