// `tcpstatelab whatif --table`: the explorer's grid on the command line, through the real binary.
#include "clirunner.h"

#include "net/netavailability.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestCliWhatIfTable : public QObject {
    Q_OBJECT

private slots:
    void simulatorTableAsText();
    void formats_data();
    void formats();
    void bothEnginesMarkTheDifferences();
    void inGerman();
    void badInput_data();
    void badInput();
};

void TestCliWhatIfTable::simulatorTableAsText()
{
    const CliResult result = runCli({"whatif", "--table", "--engine", "sim", "--position", "left-edge"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    const auto row = [&lines](const QString& state) {
        for (const QString& line : lines) {
            if (line.startsWith(state + QLatin1Char(' ')))
                return line;
        }
        return QString();
    };
    QVERIFY(result.out.contains(QStringLiteral("RCV.NXT — exactly the next expected")));
    QVERIFY(row(QStringLiteral("state")).contains(QStringLiteral("RST+ACK")));
    QVERIFY2(row(QStringLiteral("LISTEN")).contains(QStringLiteral("SYN,ACK → SYN_RECEIVED")), qPrintable(row(QStringLiteral("LISTEN"))));
    QVERIFY(row(QStringLiteral("ESTABLISHED")).contains(QStringLiteral("ACK → CLOSE_WAIT")));
    int rows = 0;
    for (const QString& line : lines) {
        if (!line.contains(QRegularExpression(QStringLiteral("^[A-Z_12]+ "))))
            continue;
        ++rows;
        QVERIFY2(!line.contains(QStringLiteral("≠")), qPrintable(line)); // one engine: nothing to compare
    }
    QCOMPARE(rows, 11);
}

void TestCliWhatIfTable::formats_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("start");
    QTest::addRow("csv") << "--csv" << "state,segment,position,seq,ack,rfc9293_responses";
    QTest::addRow("html") << "--html" << "<!DOCTYPE html>";
    QTest::addRow("json") << "--json" << "{";
}

void TestCliWhatIfTable::formats()
{
    QFETCH(QString, option);
    QFETCH(QString, start);
    const CliResult result = runCli({"whatif", "--table", "--engine", "sim", "--position", "rcv.nxt+wnd", option});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(start), qPrintable(result.out.left(200)));
    if (option == QLatin1String("--csv")) {
        QCOMPARE(result.out.count(QStringLiteral("\r\n")), 89);
        QVERIFY(result.out.contains(QStringLiteral("TIME_WAIT,RST+ACK,outside-window,rcv.nxt+wnd,snd.nxt,")));
    } else if (option == QLatin1String("--json")) {
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("position")).toString(), QStringLiteral("outside-window"));
        QCOMPARE(json.value(QStringLiteral("cells")).toArray().size(), 88);
    } else {
        QVERIFY(result.out.contains(QStringLiteral("<table class=\"grid\">")));
    }
}

void TestCliWhatIfTable::bothEnginesMarkTheDifferences()
{
    if (!tsl::net::checkAvailability().available)
        QSKIP("no private network here");
    const CliResult result = runCli({"whatif", "--table", "--position", "in-window", "--csv"});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 89);
    int compared = 0;
    int differ = 0;
    for (const QString& line : lines.mid(1)) {
        compared += line.contains(QStringLiteral(",yes,")) || line.contains(QStringLiteral(",no,"));
        differ += line.contains(QStringLiteral(",no,"));
    }
    QCOMPARE(compared, 88);
    QVERIFY(differ > 0);
    // Where the README's table says Linux parts from the RFC: a passive SYN_RECEIVED resets a SYN.
    const auto syn = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.startsWith(QStringLiteral("SYN_RECEIVED,SYN,")); });
    QVERIFY(syn != lines.end());
    QVERIFY2(syn->contains(QStringLiteral(",LISTEN,no,")), qPrintable(*syn));
}

void TestCliWhatIfTable::inGerman()
{
    const CliResult result = runCli({"--lang", "de", "whatif", "--table", "--engine", "sim", "--html"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("<html lang=\"de\">")));
    QVERIFY(result.out.contains(QStringLiteral("Was ein TCP-Socket antwortet")));
    QVERIFY(result.out.contains(QStringLiteral("<small>Verbunden</small>")));
}

void TestCliWhatIfTable::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("position") << QStringList{"whatif", "--table", "--position", "middle"} << "unknown position \"middle\"";
    QTest::addRow("engine") << QStringList{"whatif", "--table", "--engine", "bsd"} << "unknown engine";
    QTest::addRow("state too") << QStringList{"whatif", "--table", "LISTEN", "SYN"} << "leave out STATE and SEGMENT";
    QTest::addRow("seq") << QStringList{"whatif", "--table", "--seq", "rcv.nxt"} << "--seq is for one STATE";
    QTest::addRow("two formats") << QStringList{"whatif", "--table", "--csv", "--html"} << "choose one of";
    QTest::addRow("csv alone") << QStringList{"whatif", "LISTEN", "SYN", "--csv"} << "--csv needs --table";
    QTest::addRow("position alone") << QStringList{"whatif", "LISTEN", "SYN", "--position", "left-edge"} << "--position needs --table";
}

void TestCliWhatIfTable::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliWhatIfTable)
#include "tst_cliwhatiftable.moc"
