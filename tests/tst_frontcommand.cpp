// The front of tcpstatelab (app/front): which command lines it answers itself, with which ports,
// and which it hands to the Qt command line untouched; and the table's timer text, as Qt words it. tst_cliprobe runs both programs and
// compares their bytes; this is the reading alone.
#include "front/frontcommand.h"
#include "kernel/snapshottext.h"
#include "watch/sockettablemodel.h"

#include <QTest>

#include <string>

using tsl::front::FrontCommand;

Q_DECLARE_METATYPE(FrontCommand::Kind)

class TestFrontCommand : public QObject {
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void timerTextAsQtFormatsIt();
};

void TestFrontCommand::classify_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<FrontCommand::Kind>("kind");
    QTest::addColumn<QList<int>>("ports");
    const auto version = FrontCommand::Kind::Version;
    const auto snapshot = FrontCommand::Kind::SnapshotJson;
    const auto table = FrontCommand::Kind::SnapshotTable;
    const auto handOver = FrontCommand::Kind::HandOver;
    QTest::newRow("nothing: the window") << QStringList{} << handOver << QList<int>{};
    QTest::newRow("--version") << QStringList{"--version"} << version << QList<int>{};
    QTest::newRow("-v") << QStringList{"-v"} << version << QList<int>{};
    QTest::newRow("--version --lang de") << QStringList{"--version", "--lang", "de"} << handOver << QList<int>{};
    QTest::newRow("--version --help") << QStringList{"--version", "--help"} << handOver << QList<int>{};
    QTest::newRow("snapshot --json") << QStringList{"snapshot", "--json"} << snapshot << QList<int>{};
    QTest::newRow("snapshot --port 5000 --json") << QStringList{"snapshot", "--port", "5000", "--json"} << snapshot << QList<int>{5000};
    QTest::newRow("--json first, --port=") << QStringList{"snapshot", "--json", "--port=80"} << snapshot << QList<int>{80};
    QTest::newRow("a list and a repeat") << QStringList{"snapshot", "--port", "1,65535", "--json", "--port", "1", "--json"}
                                         << snapshot << QList<int>{1, 65535, 1};
    QTest::newRow("snapshot: the table") << QStringList{"snapshot", "--port", "5000"} << table << QList<int>{5000};
    QTest::newRow("the whole table") << QStringList{"snapshot"} << table << QList<int>{};
    QTest::newRow("the table in German") << QStringList{"snapshot", "--lang", "de"} << handOver << QList<int>{};
    QTest::newRow("the table, bad port") << QStringList{"snapshot", "--port", "0"} << handOver << QList<int>{};
    QTest::newRow("port 0") << QStringList{"snapshot", "--json", "--port", "0"} << handOver << QList<int>{};
    QTest::newRow("port 65536") << QStringList{"snapshot", "--json", "--port", "65536"} << handOver << QList<int>{};
    QTest::newRow("leading zero") << QStringList{"snapshot", "--json", "--port", "080"} << handOver << QList<int>{};
    QTest::newRow("sign") << QStringList{"snapshot", "--json", "--port", "+80"} << handOver << QList<int>{};
    QTest::newRow("space") << QStringList{"snapshot", "--json", "--port", " 80"} << handOver << QList<int>{};
    QTest::newRow("empty item") << QStringList{"snapshot", "--json", "--port", "80,,81"} << handOver << QList<int>{};
    QTest::newRow("trailing comma") << QStringList{"snapshot", "--json", "--port", "80,"} << handOver << QList<int>{};
    QTest::newRow("empty") << QStringList{"snapshot", "--json", "--port", ""} << handOver << QList<int>{};
    QTest::newRow("--port=") << QStringList{"snapshot", "--json", "--port="} << handOver << QList<int>{};
    QTest::newRow("no value") << QStringList{"snapshot", "--json", "--port"} << handOver << QList<int>{};
    QTest::newRow("an option as value") << QStringList{"snapshot", "--port", "--json"} << handOver << QList<int>{};
    QTest::newRow("six digits") << QStringList{"snapshot", "--json", "--port", "000080"} << handOver << QList<int>{};
    QTest::newRow("--all") << QStringList{"snapshot", "--json", "--all"} << handOver << QList<int>{};
    QTest::newRow("--source") << QStringList{"snapshot", "--json", "--source", "netlink"} << handOver << QList<int>{};
    QTest::newRow("--lang") << QStringList{"snapshot", "--json", "--lang", "de"} << handOver << QList<int>{};
    QTest::newRow("--help") << QStringList{"snapshot", "--json", "--help"} << handOver << QList<int>{};
    QTest::newRow("a positional word") << QStringList{"snapshot", "--json", "x"} << handOver << QList<int>{};
    QTest::newRow("--json before the verb") << QStringList{"--json", "snapshot"} << handOver << QList<int>{};
    QTest::newRow("watch") << QStringList{"watch", "--json"} << handOver << QList<int>{};
}

void TestFrontCommand::classify()
{
    QFETCH(QStringList, words);
    QFETCH(FrontCommand::Kind, kind);
    QFETCH(QList<int>, ports);
    std::vector<std::string> storage;
    for (const QString& word : words)
        storage.push_back(word.toStdString());
    const std::vector<std::string_view> views(storage.begin(), storage.end());
    const FrontCommand command = tsl::front::classify(views);
    QCOMPARE(command.kind, kind);
    QList<int> got;
    for (std::uint16_t port : command.ports)
        got << port;
    QCOMPARE(got, ports);
}

void TestFrontCommand::timerTextAsQtFormatsIt()
{
    // The table's timer cell from the engine (the front) and from the Watch panel's words (the
    // Qt command line): the same text for every millisecond count up to 10 minutes, and beyond.
    std::vector<std::int64_t> counts;
    for (std::int64_t ms = 0; ms <= 600000; ++ms)
        counts.push_back(ms);
    for (std::int64_t ms : {std::int64_t(4294967295LL), std::int64_t(123456789), std::int64_t(7200050)})
        counts.push_back(ms);
    for (std::int64_t ms : counts) {
        tsl::SocketRow row;
        row.timer = ms % 2 ? tsl::TimerKind::TimeWait : tsl::TimerKind::Retransmit;
        row.timerMs = ms;
        std::string engine;
        tsl::appendTimerText(engine, row.timer, row.timerMs);
        const QString qt = tsl::SocketTableModel::timerText(row);
        if (qt.toStdString() != engine)
            QFAIL(qPrintable(QStringLiteral("%1 ms: Qt \"%2\", engine \"%3\"").arg(ms).arg(qt, QString::fromStdString(engine))));
    }
    std::string none;
    tsl::appendTimerText(none, tsl::TimerKind::None, 5);
    QCOMPARE(none, std::string("-"));
}

QTEST_GUILESS_MAIN(TestFrontCommand)
#include "tst_frontcommand.moc"
