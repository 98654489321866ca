// The front of tcpstatelab (app/front): which command lines it answers itself, with which ports,
// and which it hands to the Qt command line untouched. tst_cliprobe runs both programs and
// compares their bytes; this is the reading alone.
#include "front/frontcommand.h"

#include <QTest>

#include <string>

using tsl::front::FrontCommand;

Q_DECLARE_METATYPE(FrontCommand::Kind)

class TestFrontCommand : public QObject {
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
};

void TestFrontCommand::classify_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<FrontCommand::Kind>("kind");
    QTest::addColumn<QList<int>>("ports");
    const auto version = FrontCommand::Kind::Version;
    const auto snapshot = FrontCommand::Kind::SnapshotJson;
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
    QTest::newRow("snapshot: the table") << QStringList{"snapshot", "--port", "5000"} << handOver << QList<int>{};
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

QTEST_GUILESS_MAIN(TestFrontCommand)
#include "tst_frontcommand.moc"
