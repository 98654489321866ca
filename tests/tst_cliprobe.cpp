// `tcpstatelab snapshot` and `tcpstatelab watch`, run as a user runs them, against sockets this
// test holds in known states.
#include "kernel/netlinkprobe_linux.h"
#include "lab/staterecipes.h"

#include <QJsonArray>
#include <QMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "clirunner.h"

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
    QStringList path;
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
    }
    // FIN_WAIT_1 lasts microseconds on loopback: it may pass between two polls.
    path.removeAll(QStringLiteral("FIN_WAIT_1"));
    path.removeAll(QStringLiteral("SYN_SENT")); // likewise the handshake
    QCOMPARE(path, (QStringList{"ESTABLISHED", "FIN_WAIT_2", "TIME_WAIT"}));
}

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
