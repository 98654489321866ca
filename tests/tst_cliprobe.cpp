// `tcpstatelab snapshot` and `tcpstatelab watch`, run as a user runs them, against sockets this
// test holds in known states.
#include "kernel/netlinkprobe_linux.h"
#include "lab/staterecipes.h"

#include <QJsonArray>
#include <QMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

#include "clirunner.h"

#include <linux/netlink.h>

using namespace tsl;

namespace {

CliResult run(const QStringList& arguments, const QMap<QString, QString>& env = {})
{
    return runCli(arguments, env);
}

QString port(const Endpoint& e) { return QString::number(e.port); }

} // namespace

class TestCliProbe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotJsonShape_data();
    void snapshotJsonShape();
    void snapshotTable();
    void badInput_data();
    void badInput();
    void fallbackIsAnnounced();
    void watchFollowsAnActiveClose();
    void inconsistentDumpIsReported_data();
    void inconsistentDumpIsReported();
    void errorsComeFirst_data();
    void errorsComeFirst();
    void frontAnswersAsTheQtCommandLine_data();
    void frontAnswersAsTheQtCommandLine();
    void frontAnswersAloneWhatItAnswers();

private:
    std::unique_ptr<netlink::NetlinkProbe> m_probe;
};

void TestCliProbe::initTestCase()
{
    m_probe = std::make_unique<netlink::NetlinkProbe>();
    if (!m_probe->isOpen())
        QSKIP("no sock_diag netlink here");
}

void TestCliProbe::snapshotJsonShape_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("family");
    for (const char* source : {"netlink", "procfs"}) {
        QTest::addRow("%s ipv4", source) << source << int(AddressFamily::IPv4);
        QTest::addRow("%s ipv6", source) << source << int(AddressFamily::IPv6);
    }
}

void TestCliProbe::snapshotJsonShape()
{
    QFETCH(QString, source);
    QFETCH(int, family);
    std::string error;
    auto held = reachState(TcpState::CloseWait, AddressFamily(family), *m_probe, error);
    QVERIFY2(held, error.c_str());
    const FourTuple server = held->targetEndpoint().tuple;
    const CliResult r = run({"snapshot", "--port", port(server.local), "--source", source, "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc["source"].toString(), source);
    // Earlier tests' TIME_WAIT connections may share the port number (as a client port): the
    // recipe's own two connections are picked out by their endpoints.
    const QJsonArray sockets = doc["sockets"].toArray();
    const QString serverLocal = QString::fromStdString(server.local.text());
    const QString serverRemote = QString::fromStdString(server.remote.text());
    QMap<QString, int> stateCounts;
    QStringList ours;
    for (const QJsonValue& v : sockets) {
        const QJsonObject s = v.toObject();
        for (const QString& key : QStringList{QStringLiteral("family"), QStringLiteral("local"), QStringLiteral("remote"), QStringLiteral("state"), QStringLiteral("timer")})
            QVERIFY2(s[key].isString(), qPrintable(key));
        for (const QString& key : QStringList{QStringLiteral("timer_ms"), QStringLiteral("send_queue"), QStringLiteral("recv_queue")})
            QVERIFY2(s[key].isDouble(), qPrintable(key));
        ++stateCounts[s["state"].toString()];
        if (s["local"].toString() == serverLocal && s["remote"].toString() == serverRemote)
            ours << QStringLiteral("server ") + s["state"].toString();
        if (s["local"].toString() == serverRemote && s["remote"].toString() == serverLocal)
            ours << QStringLiteral("client ") + s["state"].toString();
        if (ours.size() && s["local"].toString() == serverLocal)
            QCOMPARE(s["family"].toString(), family == int(AddressFamily::IPv4) ? QStringLiteral("ipv4") : QStringLiteral("ipv6"));
    }
    ours.sort();
    QCOMPARE(ours, (QStringList{"client FIN_WAIT_2", "server CLOSE_WAIT"}));
    const QJsonObject counts = doc["counts"].toObject();
    for (auto it = stateCounts.begin(); it != stateCounts.end(); ++it)
        QCOMPARE(counts[it.key()].toInt(), it.value()); // the counts add up what is listed
    if (family == int(AddressFamily::IPv6))
        QVERIFY(server.local.text().front() == '['); // [::1]:P
    held->release();
}

void TestCliProbe::snapshotTable()
{
    std::string error;
    auto held = reachState(TcpState::Listen, AddressFamily::IPv4, *m_probe, error);
    QVERIFY2(held, error.c_str());
    const CliResult r = run({"snapshot", "--port", port(held->targetEndpoint().tuple.local)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Local Address:Port")));
    QVERIFY(r.out.contains(QString::fromStdString(held->targetEndpoint().tuple.local.text())));
    QVERIFY(r.out.contains(QStringLiteral("(source: netlink): ")));
    QVERIFY(r.out.contains(QStringLiteral("LISTEN 1")));
    held->release();
}

void TestCliProbe::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("port 0") << QStringList{"snapshot", "--port", "0"} << "invalid port \"0\"";
    QTest::newRow("port 65536") << QStringList{"snapshot", "--port", "65536"} << "invalid port \"65536\"";
    QTest::newRow("port abc") << QStringList{"watch", "--port", "abc"} << "invalid port \"abc\"";
    QTest::newRow("unknown source") << QStringList{"snapshot", "--source", "magic"} << "valid sources: auto, netlink, procfs";
    QTest::newRow("all and port") << QStringList{"snapshot", "--all", "--port", "80"} << "either --all or --port";
    QTest::newRow("bad interval") << QStringList{"watch", "--interval-ms", "0"} << "invalid --interval-ms";
    QTest::newRow("bad duration") << QStringList{"watch", "--duration", "-3"} << "invalid --duration";
    QTest::newRow("duration nan") << QStringList{"watch", "--duration", "nan"} << "invalid --duration";
    QTest::newRow("duration inf") << QStringList{"watch", "--duration", "inf"} << "invalid --duration";
    QTest::newRow("duration INF") << QStringList{"watch", "--duration", "INF"} << "invalid --duration";
    QTest::newRow("duration 1e999") << QStringList{"watch", "--duration", "1e999"} << "invalid --duration";
    QTest::newRow("stray argument") << QStringList{"snapshot", "80"} << "takes no arguments";
}

void TestCliProbe::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliProbe::fallbackIsAnnounced()
{
    const QMap<QString, QString> noNetlink{{QStringLiteral("TCPSTATELAB_NO_NETLINK"), QStringLiteral("1")}};
    const CliResult forced = run({"snapshot", "--source", "netlink"}, noNetlink);
    QCOMPARE(forced.exitCode, 2);
    QVERIFY2(forced.err.contains(QStringLiteral("netlink is not available")), qPrintable(forced.err));
    const CliResult automatic = run({"snapshot", "--json", "--port", "1"}, noNetlink);
    QCOMPARE(automatic.exitCode, 0);
    QVERIFY(automatic.err.contains(QStringLiteral("source: procfs")));
    QCOMPARE(QJsonDocument::fromJson(automatic.out.toUtf8()).object()["source"].toString(), QStringLiteral("procfs"));
}

void TestCliProbe::watchFollowsAnActiveClose()
{
    // A connection on a watched port: ESTABLISHED, then the client closes first
    // (FIN_WAIT_1/FIN_WAIT_2), then the server: the client ends in TIME_WAIT.
    std::string error;
    auto listener = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    QVERIFY(listener && listener->listen(4, error));
    const QString watchedPort = port(listener->localEndpoint());

    QProcess watch;
    watch.start(QStringLiteral(TSL_APP_BINARY), {"watch", "--port", watchedPort, "--interval-ms", "1", "--json", "--duration", "20"});
    QVERIFY(watch.waitForStarted());
    QTest::qWait(300);

    auto client = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    QVERIFY(client && client->connect(listener->localEndpoint(), error));
    QTest::qWait(100);
    auto server = listener->accept(error);
    QVERIFY(server);
    QVERIFY(client->shutdownWrite(error));
    QTest::qWait(100);
    server->close();
    QTest::qWait(300);
    watch.terminate(); // SIGTERM: ends cleanly, like Ctrl-C
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);

    const QString clientLocal = QString::fromStdString(client->localEndpoint().text());
    const QString serverLocal = QString::fromStdString(listener->localEndpoint().text());
    QStringList path;
    QStringList clientEdges;
    QJsonObject serverAppeared;
    qint64 lastElapsed = -1;
    const QStringList lines = QString::fromUtf8(watch.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        QVERIFY2(!event.isEmpty(), qPrintable(line));
        QVERIFY(event["time_ms"].toDouble() > 1e12);
        QVERIFY(event["elapsed_ms"].toDouble() >= lastElapsed);
        lastElapsed = qint64(event["elapsed_ms"].toDouble());
        if (event["local"].toString() == clientLocal && !event["to"].isNull())
            path << event["to"].toString();
        if (event["local"].toString() == clientLocal) {
            for (const QJsonValue& edge : event["path"].toArray())
                clientEdges << edge.toString();
        }
        if (event["local"].toString() == serverLocal && event["remote"].toString() == clientLocal
            && event["event"].toString() == QLatin1String("appeared"))
            serverAppeared = event;
    }
    // The same watcher and rule as the Watch panel: the accepted socket is the listener's child,
    // its story starts LISTEN -> SYN_RECEIVED; the client's edges are the model's active path.
    QVERIFY2(!serverAppeared.isEmpty(), "no appearance of the accepted socket");
    QCOMPARE(serverAppeared["start"].toString(), QStringLiteral("LISTEN"));
    QCOMPARE(serverAppeared["path"].toArray().first().toString(), QStringLiteral("listen-rcv-syn"));
    QVERIFY2(serverAppeared["path_known"].toBool(), QJsonDocument(serverAppeared).toJson().constData());
    QCOMPARE(clientEdges, (QStringList{"closed-active-open", "synsent-rcv-synack", "estab-close",
                                       "finwait1-rcv-ack", "finwait2-rcv-fin"}));
    // FIN_WAIT_1 lasts microseconds on loopback: it may pass between two polls.
    path.removeAll(QStringLiteral("FIN_WAIT_1"));
    path.removeAll(QStringLiteral("SYN_SENT")); // likewise the handshake
    QCOMPARE(path, (QStringList{"ESTABLISHED", "FIN_WAIT_2", "TIME_WAIT"}));
}

void TestCliProbe::inconsistentDumpIsReported_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("json");
    QTest::newRow("snapshot") << QStringList{"snapshot"} << false;
    QTest::newRow("snapshot --json") << QStringList{"snapshot", "--json"} << true;
    QTest::newRow("watch") << QStringList{"watch", "--duration", "0.05", "--interval-ms", "10"} << false;
    QTest::newRow("watch --json") << QStringList{"watch", "--duration", "0.05", "--interval-ms", "10", "--json"} << true;
}

void TestCliProbe::inconsistentDumpIsReported()
{
    // The recorded table with NLM_F_DUMP_INTR on every message: the kernel's table kept changing
    // while it was dumped, on every retry. Both verbs must say so.
    QFETCH(QStringList, arguments);
    QFETCH(bool, json);
    QFile source(QStringLiteral(TSL_TEST_DATA_DIR "/netlink_states.bin"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const auto le32 = [&](qsizetype at) {
        return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 | quint32(quint8(bytes[at + 2])) << 16
               | quint32(quint8(bytes[at + 3])) << 24;
    };
    for (qsizetype at = 7; at + 8 <= bytes.size();) {
        const qsizetype length = qsizetype(le32(at + 4));
        for (qsizetype message = at + 8; message + 16 <= at + 8 + length;) {
            const qsizetype messageLength = qsizetype(le32(message));
            bytes[message + 6] = char(quint8(bytes[message + 6]) | NLM_F_DUMP_INTR);
            message += (messageLength + 3) & ~qsizetype(3);
            if (messageLength < 16)
                break;
        }
        at += 8 + length;
    }
    QTemporaryDir dir;
    QFile replay(dir.filePath(QStringLiteral("interrupted.bin")));
    QVERIFY(replay.open(QIODevice::WriteOnly) && replay.write(bytes) == bytes.size());
    replay.close();

    const CliResult r = run(arguments, {{QStringLiteral("TCPSTATELAB_NETLINK_REPLAY"), replay.fileName()}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (json) {
        bool reported = false;
        for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            reported = reported || o[QStringLiteral("inconsistent")].toBool()
                       || o[QStringLiteral("event")].toString() == QLatin1String("inconsistent");
        }
        QVERIFY2(reported, qPrintable(r.out));
    } else {
        QVERIFY2(r.out.contains(QStringLiteral("the table changed while it was read")), qPrintable(r.out));
    }
    // The replayed table itself comes through.
    QVERIFY2(r.out.contains(QStringLiteral("TIME_WAIT")) || r.out.contains(QStringLiteral("\"TIME_WAIT\"")), qPrintable(r.out));
}

void TestCliProbe::errorsComeFirst_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("snapshot") << QStringList{"snapshot", "--port", "0"};
    QTest::newRow("watch") << QStringList{"watch", "--duration", "nan"};
    QTest::newRow("lab") << QStringList{"lab", "reach", "LISTEN", "--hold", "nan"};
    QTest::newRow("export-diagram") << QStringList{"export-diagram", "/nonexistent/dir/x.svg"};
    QTest::newRow("unknown verb") << QStringList{"frobnicate"};
}

void TestCliProbe::errorsComeFirst()
{
    // No XDG_RUNTIME_DIR (a cron job, a container, su): Qt must not chatter before the message.
    QFETCH(QStringList, arguments);
    const CliResult r = runCli(arguments, {}, {QStringLiteral("XDG_RUNTIME_DIR")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("tcpstatelab: ")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("QStandardPaths")), qPrintable(r.err));
}

void TestCliProbe::frontAnswersAsTheQtCommandLine_data()
{
    // tcpstatelab (the Qt-free front, app/front) answers `--version`, `snapshot --json` and
    // the snapshot table itself and hands every other command line to tcpstatelab-cli: either way, the same bytes,
    // the same exit code. "P" is a port held in CLOSE_WAIT here; "replay" answers from the
    // recorded table (stable between the two runs, whatever else runs on the machine).
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("replay");
    QTest::newRow("--version") << QStringList{"--version"} << false;
    QTest::newRow("-v") << QStringList{"-v"} << false;
    QTest::newRow("--version --lang de") << QStringList{"--version", "--lang", "de"} << false;
    QTest::newRow("snapshot --port P --json") << QStringList{"snapshot", "--port", "P", "--json"} << false;
    QTest::newRow("snapshot --json --port=P") << QStringList{"snapshot", "--json", "--port=P"} << false;
    QTest::newRow("snapshot --port P,P --json") << QStringList{"snapshot", "--port", "P,P", "--json"} << false;
    QTest::newRow("snapshot --json (replay)") << QStringList{"snapshot", "--json"} << true;
    QTest::newRow("snapshot --json --port 5000 (replay)") << QStringList{"snapshot", "--json", "--port", "5000"} << true;
    QTest::newRow("snapshot (replay)") << QStringList{"snapshot"} << true;
    QTest::newRow("snapshot --port 5000 (replay)") << QStringList{"snapshot", "--port", "5000"} << true;
    QTest::newRow("snapshot --port P") << QStringList{"snapshot", "--port", "P"} << false;
    QTest::newRow("snapshot --port=P,P") << QStringList{"snapshot", "--port=P,P"} << false;
    // Handed over: other options, another language, spellings the Qt parser reads its own way, errors.
    QTest::newRow("snapshot --lang de (replay)") << QStringList{"snapshot", "--lang", "de"} << true;
    QTest::newRow("snapshot --port 0") << QStringList{"snapshot", "--port", "0"} << false;
    QTest::newRow("snapshot --json --lang de (replay)") << QStringList{"snapshot", "--json", "--lang", "de"} << true;
    QTest::newRow("snapshot --json --source netlink (replay)") << QStringList{"snapshot", "--json", "--source", "netlink"} << true;
    QTest::newRow("snapshot --json --port 05000 (replay)") << QStringList{"snapshot", "--json", "--port", "05000"} << true;
    QTest::newRow("snapshot --json --port ' 5000,,6000' (replay)") << QStringList{"snapshot", "--json", "--port", " 5000,,6000"} << true;
    QTest::newRow("snapshot --json --port 0") << QStringList{"snapshot", "--json", "--port", "0"} << false;
    QTest::newRow("snapshot --json --port 65536") << QStringList{"snapshot", "--json", "--port", "65536"} << false;
    QTest::newRow("snapshot --json --port") << QStringList{"snapshot", "--json", "--port"} << false;
    QTest::newRow("snapshot --port --json") << QStringList{"snapshot", "--port", "--json"} << false;
    QTest::newRow("snapshot --json --all --port P") << QStringList{"snapshot", "--json", "--all", "--port", "P"} << false;
    QTest::newRow("snapshot --json extra") << QStringList{"snapshot", "--json", "extra"} << false;
    QTest::newRow("snapshot --json --help") << QStringList{"snapshot", "--json", "--help"} << false;
    QTest::newRow("--json snapshot (replay)") << QStringList{"--json", "snapshot"} << true;
    QTest::newRow("transitions --json") << QStringList{"transitions", "--json"} << false;
    QTest::newRow("unknown verb") << QStringList{"frobnicate"} << false;
}

void TestCliProbe::frontAnswersAsTheQtCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, replay);
    std::string error;
    auto held = reachState(TcpState::CloseWait, AddressFamily::IPv4, *m_probe, error);
    QVERIFY2(held, error.c_str());
    const QString heldPort = port(held->targetEndpoint().tuple.local);
    for (QString& word : arguments)
        word.replace(QLatin1Char('P'), heldPort);
    QMap<QString, QString> env;
    if (replay)
        env.insert(QStringLiteral("TCPSTATELAB_NETLINK_REPLAY"), QStringLiteral(TSL_TEST_DATA_DIR "/netlink_states.bin"));
    const CliResult front = runProgram(QStringLiteral(TSL_APP_BINARY), arguments, env);
    const CliResult qt = runProgram(QStringLiteral(TSL_CLI_BINARY), arguments, env);
    QVERIFY2(qt.exitCode >= 0, "tcpstatelab-cli did not finish");
    QCOMPARE(front.exitCode, qt.exitCode);
    QCOMPARE(front.out, qt.out);
    QCOMPARE(front.err, qt.err);
    QVERIFY(!front.out.isEmpty() || !front.err.isEmpty());
}

void TestCliProbe::frontAnswersAloneWhatItAnswers()
{
    // The front alone, with no Qt command line to hand over to: it still prints its two answers
    // (so it does not hand them over), and says plainly that it cannot start the rest.
    QTemporaryDir dir;
    const QString alone = dir.filePath(QStringLiteral("tcpstatelab"));
    QVERIFY(QFile::copy(QStringLiteral(TSL_APP_BINARY), alone));
    QVERIFY(QFile::setPermissions(alone, QFile::ReadOwner | QFile::ExeOwner));
    std::string error;
    auto held = reachState(TcpState::Listen, AddressFamily::IPv6, *m_probe, error);
    QVERIFY2(held, error.c_str());
    const QString heldPort = port(held->targetEndpoint().tuple.local);

    const CliResult version = runProgram(alone, {"--version"});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, runProgram(QStringLiteral(TSL_CLI_BINARY), {"--version"}).out);
    const CliResult snapshot = runProgram(alone, {"snapshot", "--port", heldPort, "--json"});
    QVERIFY2(snapshot.exitCode == 0, qPrintable(snapshot.err));
    const QJsonObject doc = QJsonDocument::fromJson(snapshot.out.toUtf8()).object();
    QCOMPARE(doc[QStringLiteral("counts")].toObject()[QStringLiteral("LISTEN")].toInt(), 1);
    const CliResult other = runProgram(alone, {"transitions"});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.startsWith(QStringLiteral("tcpstatelab: cannot start the command-line program (")), qPrintable(other.err));
    QVERIFY(other.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
