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
    void conditionsAreNamedAndCarried();
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
    // The conditions: unknown values, and conditions that do not apply to the state.
    QTest::addRow("closed-by for SYN_SENT") << QStringList{"whatif", "SYN_SENT", "SYN", "--closed-by", "close"}
                                            << "--closed-by does not apply to SYN_SENT";
    QTest::addRow("closed-by value") << QStringList{"whatif", "FIN_WAIT_2", "SYN", "--closed-by", "exit"} << "unknown --closed-by \"exit\"";
    QTest::addRow("listener for LISTEN") << QStringList{"whatif", "LISTEN", "SYN", "--listener", "yes"} << "--listener does not apply to LISTEN";
    QTest::addRow("listener active") << QStringList{"whatif", "TIME_WAIT", "SYN", "--via", "active", "--listener", "yes"}
                                     << "with --via active";
    QTest::addRow("listener value") << QStringList{"whatif", "TIME_WAIT", "SYN", "--listener", "maybe"} << "unknown --listener";
    QTest::addRow("unknown setting") << QStringList{"whatif", "TIME_WAIT", "RST", "--set", "tcp_magic=1"} << "unknown setting \"tcp_magic\"";
    QTest::addRow("setting value") << QStringList{"whatif", "TIME_WAIT", "RST", "--set", "tcp_rfc1337=7"} << "invalid value \"7\"";
    QTest::addRow("table setting") << QStringList{"whatif", "--table", "--set", "nothing"} << "unknown setting";
}

void TestCliWhatIfTable::conditionsAreNamedAndCarried()
{
    // The simulator alone: the conditions on the first line and in the JSON; the linux profile
    // follows them (an orphaned FIN_WAIT_2 resets a SYN; tcp_rfc1337 keeps TIME_WAIT on a RST).
    CliResult result = runCli({"whatif", "FIN_WAIT_2", "SYN", "--seq", "rcv.nxt+1", "--engine", "sim", "--profile", "linux",
                               "--closed-by", "close", "--json"});
    QCOMPARE(result.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject conditions = json.value(QStringLiteral("conditions")).toObject();
    QCOMPARE(conditions.value(QStringLiteral("via")).toString(), QStringLiteral("passive"));
    QCOMPARE(conditions.value(QStringLiteral("closed_by")).toString(), QStringLiteral("close"));
    QCOMPARE(conditions.value(QStringLiteral("listener")).toBool(true), false);
    QVERIFY(conditions.value(QStringLiteral("settings")).isObject());
    QCOMPARE(json.value(QStringLiteral("engines")).toObject().value(QStringLiteral("sim")).toObject().value(QStringLiteral("next")).toString(),
             QStringLiteral("CLOSED"));
    result = runCli({"whatif", "FIN_WAIT_2", "SYN", "--seq", "rcv.nxt+1", "--engine", "sim", "--profile", "linux"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("closed by shutdown")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("next: FIN_WAIT_2")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Sources:")), qPrintable(result.out));
    result = runCli({"whatif", "TIME_WAIT", "RST", "--engine", "sim", "--profile", "linux", "--set", "tcp_rfc1337=1", "--set",
                     "tcp_timestamps=0", "--json"});
    QCOMPARE(result.exitCode, 0);
    json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("conditions")).toObject().value(QStringLiteral("settings")).toObject().value(QStringLiteral("tcp_rfc1337")).toInt(),
             1);
    QCOMPARE(json.value(QStringLiteral("engines")).toObject().value(QStringLiteral("sim")).toObject().value(QStringLiteral("next")).toString(),
             QStringLiteral("TIME_WAIT"));
    // The table under conditions lists them.
    result = runCli({"whatif", "--table", "--engine", "sim", "--closed-by", "close", "--listener", "yes"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Conditions: via passive, closed by close, a listener on the port, default settings.")),
             qPrintable(result.out));
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
