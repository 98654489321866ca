// `tcpstatelab lab`, run as a user runs it: `reach` holds real sockets in every state while the
// kernel (through the probe and through `ss`) agrees, `run` prints each transition, and bad
// input exits with code 2 and the reason.
#include "kernel/netlinkprobe_linux.h"
#include "lab/loopbacksocket.h"
#include "model/tcpstate.h"
#include "model/transitiontable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QDir>
#include <QFile>
#include <QTest>

#include "clirunner.h"

using namespace tsl;

namespace {

const QStringList kStates = {"LISTEN",    "SYN_SENT",   "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1",
                             "FIN_WAIT_2", "CLOSE_WAIT", "CLOSING",      "LAST_ACK",    "TIME_WAIT"};

// The state `ss -Htan` shows for one connection (or listener), in the model's token; empty if
// ss does not list it.
QString ssState(const QString& local, const QString& remote)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-Htan")});
    if (!ss.waitForFinished(10000))
        return {};
    const QStringList lines = QString::fromUtf8(ss.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        // State Recv-Q Send-Q Local Peer; a listener's peer is "0.0.0.0:*" or "[::]:*".
        const QStringList columns = line.simplified().split(' ');
        if (columns.size() < 5 || columns[3] != local)
            continue;
        if (columns[4] == remote || (remote.endsWith(QLatin1String(":0")) && columns[4].endsWith(QLatin1String(":*"))))
            return QString::fromLatin1(stateToken(parseState(columns[0].toStdString()).value_or(TcpState::Unknown)).data());
    }
    return {};
}

struct Held {
    std::unique_ptr<QProcess> process;
    QJsonObject document;
};

// Starts `lab reach` and waits for its one JSON document.
Held startReach(const QStringList& arguments)
{
    Held held{std::make_unique<QProcess>(), {}};
    held.process->start(QStringLiteral(TSL_APP_BINARY), QStringList{"lab", "reach"} + arguments);
    QString line;
    QElapsedTimer clock;
    clock.start();
    while (!line.contains('\n') && clock.elapsed() < 15000 && held.process->state() != QProcess::NotRunning) {
        held.process->waitForReadyRead(200);
        line += QString::fromUtf8(held.process->readAllStandardOutput());
    }
    held.document = QJsonDocument::fromJson(line.section('\n', 0, 0).toUtf8()).object();
    return held;
}

} // namespace

class TestCliLab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void reachHoldsWhileTheKernelAgrees_data();
    void reachHoldsWhileTheKernelAgrees();
    void reachEndsCleanlyOnSigterm();
    void reachOnAChosenPortAndAddress();
    void runPrintsEveryTransition();
    void runReportsOnlyWhatHappened_data();
    void runReportsOnlyWhatHappened();
    void listNamesEverything();
    void badInput_data();
    void badInput();
    void noKernelApiIsAClearError();
    void probeErrorIsReportedAtOnce_data();
    void probeErrorIsReportedAtOnce();

private:
    std::unique_ptr<netlink::NetlinkProbe> m_probe;
    bool m_haveSs = false;
};

void TestCliLab::initTestCase()
{
    m_probe = std::make_unique<netlink::NetlinkProbe>();
    if (!m_probe->isOpen())
        QSKIP("no sock_diag netlink here");
    m_haveSs = !QStandardPaths::findExecutable(QStringLiteral("ss")).isEmpty();
}

void TestCliLab::reachHoldsWhileTheKernelAgrees_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("family");
    for (const QString& state : kStates) {
        QTest::addRow("%s ipv4", qPrintable(state)) << state << "ipv4";
        QTest::addRow("%s ipv6", qPrintable(state)) << state << "ipv6";
    }
}

void TestCliLab::reachHoldsWhileTheKernelAgrees()
{
    QFETCH(QString, state);
    QFETCH(QString, family);
    Held held = startReach({state, "--json", "--family", family}); // held until SIGTERM
    QVERIFY2(!held.document.isEmpty(), qPrintable(QString::fromUtf8(held.process->readAllStandardError())));
    QCOMPARE(held.document["state"].toString(), state);
    QCOMPARE(held.document["family"].toString(), family);
    const QJsonArray sockets = held.document["sockets"].toArray();
    QVERIFY(!sockets.isEmpty());

    bool targetThere = false;
    std::optional<FourTuple> target;
    for (const QJsonValue& value : sockets) {
        const QJsonObject socket = value.toObject();
        QVERIFY(!socket["role"].toString().isEmpty());
        const auto local = socket["local"].toString();
        const auto remote = socket["remote"].toString();
        QVERIFY2(local.startsWith(family == "ipv4" ? QStringLiteral("127.0.0.1:") : QStringLiteral("[::1]:")), qPrintable(local));
        targetThere |= socket["state"].toString() == state;
        // What the command printed is what the kernel holds, by the probe and by ss.
        const auto parse = [](const QString& text) {
            const int colon = text.lastIndexOf(':');
            QString address = text.left(colon);
            address.remove('[').remove(']');
            return *Endpoint::parse(address.toStdString(), std::uint16_t(text.mid(colon + 1).toUInt()));
        };
        const FourTuple tuple{parse(local), parse(remote)};
        if (socket["state"].toString() == state)
            target = tuple;
        // CLOSED is the absence of the socket (TIME_WAIT's peer, gone after its LAST_ACK).
        const ProbeResult now = m_probe->query(ProbeQuery::exact(tuple));
        const QString kernelState = now.rows.empty() ? QStringLiteral("CLOSED")
                                                     : QString::fromLatin1(stateToken(now.rows.front().state).data());
        QCOMPARE(kernelState, socket["state"].toString());
        if (m_haveSs) {
            const QString ss = ssState(local, remote);
            QCOMPARE(ss.isEmpty() ? QStringLiteral("CLOSED") : ss, socket["state"].toString());
        }
    }
    QVERIFY(targetThere);

    // Still held a second later; then SIGTERM ends it cleanly.
    QTest::qWait(1000);
    QVERIFY(held.process->state() == QProcess::Running);
    const ProbeResult later = m_probe->query(ProbeQuery::exact(*target));
    QVERIFY(!later.rows.empty());
    QCOMPARE(QString::fromLatin1(stateToken(later.rows.front().state).data()), state);
    held.process->terminate();
    QVERIFY(held.process->waitForFinished(10000));
    QCOMPARE(held.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(held.process->exitCode(), 0);
}

void TestCliLab::reachEndsCleanlyOnSigterm()
{
    Held held = startReach({"ESTABLISHED", "--json"}); // no --hold: until Ctrl-C or SIGTERM
    const QJsonArray sockets = held.document["sockets"].toArray();
    QCOMPARE(sockets.size(), 2);
    QCOMPARE(sockets[0].toObject()["role"].toString(), QStringLiteral("client"));
    QCOMPARE(sockets[1].toObject()["state"].toString(), QStringLiteral("ESTABLISHED"));
    QTest::qWait(300);
    QVERIFY(held.process->state() == QProcess::Running);
    held.process->terminate();
    QVERIFY(held.process->waitForFinished(10000));
    QCOMPARE(held.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(held.process->exitCode(), 0);
    // Released with RST: nothing of the recipe is left in the kernel's table (other programs'
    // sockets may share the port on other loopback addresses: only the recipe's count).
    const QString local = sockets[1].toObject()["local"].toString(); // the server's port
    const std::uint16_t port = std::uint16_t(local.mid(local.lastIndexOf(':') + 1).toUInt());
    const auto recipeRows = [&] {
        int count = 0;
        for (const SocketRow& row : m_probe->query(ProbeQuery::forPorts({port})).rows) {
            for (const QJsonValue& socket : sockets)
                count += QString::fromStdString(row.local.text()) == socket.toObject()["local"].toString();
        }
        return count;
    };
    QTRY_COMPARE(recipeRows(), 0);
}

void TestCliLab::reachOnAChosenPortAndAddress()
{
    // A free port, found by binding and letting go (SO_REUSEADDR is not needed: no connection).
    std::string error;
    std::uint16_t port = 0;
    {
        auto probeSocket = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv6), error);
        QVERIFY2(probeSocket, error.c_str());
        port = probeSocket->localEndpoint().port;
    }
    Held held = startReach({"LISTEN", "--hold", "0.5", "--json", "--address", "[::1]", "--port", QString::number(port)});
    QCOMPARE(held.document["family"].toString(), QStringLiteral("ipv6"));
    QCOMPARE(held.document["sockets"].toArray()[0].toObject()["local"].toString(), QStringLiteral("[::1]:%1").arg(port));
    QVERIFY(held.process->waitForFinished(10000));
    QCOMPARE(held.process->exitCode(), 0);
}

void TestCliLab::runPrintsEveryTransition()
{
    const CliResult r = runCli({"lab", "run", "three-way-handshake", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList client;
    QStringList server;
    QJsonObject result;
    for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        QVERIFY2(!o.isEmpty(), qPrintable(line));
        if (o["type"] == QLatin1String("transition")) {
            QVERIFY(o.contains("time_ms") && o.contains("local") && o.contains("seen") && o.contains("edge"));
            (o["role"] == QLatin1String("client") ? client : server) << o["to"].toString();
        } else if (o["type"] == QLatin1String("result")) {
            result = o;
        }
    }
    QVERIFY(client.endsWith("ESTABLISHED"));
    QVERIFY(client.contains("SYN_SENT"));
    QVERIFY(server.contains("ESTABLISHED"));
    QCOMPARE(result["ok"].toBool(), true);
    QCOMPARE(result["scenario"].toString(), QStringLiteral("three-way-handshake"));

    const CliResult text = runCli({"lab", "run", "connect-refused"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains("SYN_SENT → CLOSED"), qPrintable(text.out));
}

void TestCliLab::runReportsOnlyWhatHappened_data()
{
    QTest::addColumn<QString>("scenario");
    const QJsonObject list = QJsonDocument::fromJson(runCli({"lab", "--list", "--json"}).out.toUtf8()).object();
    for (const QJsonValue& scenario : list["scenarios"].toArray()) {
        const QString name = scenario.toObject()["name"].toString();
        QTest::addRow("%s", qPrintable(name)) << name;
    }
}

void TestCliLab::runReportsOnlyWhatHappened()
{
    // The rules of issue 10 §1, checked on what `lab run --json` prints for every scenario.
    QFETCH(QString, scenario);
    const CliResult r = runCli({"lab", "run", scenario, "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    struct Story {
        QString role;
        QString at;                  // the state the last transition reached
        QList<QJsonObject> steps;
        int listener = -1;
        bool accepted = false;
    };
    std::map<int, Story> stories;
    QJsonObject result;
    for (const QString& line : r.out.split('\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o["type"] == QLatin1String("result"))
            result = o;
        if (o["type"] == QLatin1String("operation") && o["operation"] == QLatin1String("accept") && o["ok"].toBool())
            stories[o["endpoint"].toInt()].accepted = true;
        if (o["type"] != QLatin1String("transition"))
            continue;
        Story& story = stories[o["endpoint"].toInt()];
        story.role = o["role"].toString();
        story.listener = o["listener"].isNull() ? -1 : o["listener"].toInt();
        story.steps << o;
    }
    QCOMPARE(result["ok"].toBool(), true);

    for (const auto& [endpoint, story] : stories) {
        if (story.steps.isEmpty())
            continue; // an operation on a socket the kernel never reported: no story at all
        const QString who = QStringLiteral("%1 %2").arg(story.role).arg(endpoint);
        // A listener's connection is a socket of its own: LISTEN -> SYN_RECEIVED first.
        const QJsonObject& first = story.steps.front();
        if (story.listener >= 0) {
            QVERIFY2(first["from"] == QLatin1String("LISTEN") && first["edge"] == QLatin1String("listen-rcv-syn"), qPrintable(who));
            QVERIFY2(stories.count(story.listener) && stories.at(story.listener).role == QLatin1String("listener"), qPrintable(who));
        } else {
            QVERIFY2(first["from"] == QLatin1String("CLOSED"), qPrintable(who));
        }
        QString at = first["from"].toString();
        bool passedEstablished = false;
        for (int i = 0; i < story.steps.size(); ++i) {
            const QJsonObject& step = story.steps[i];
            // One unbroken story: each step starts where the last one ended.
            QVERIFY2(step["from"] == at, qPrintable(who + QStringLiteral(": ") + step["from"].toString() + QStringLiteral(" after ") + at));
            at = step["to"].toString();
            passedEstablished |= at == QLatin1String("ESTABLISHED");
            // A listener stays in LISTEN until it is closed.
            if (story.role == QLatin1String("listener")) {
                QVERIFY2((step["from"] == QLatin1String("CLOSED") && step["to"] == QLatin1String("LISTEN"))
                             || (step["from"] == QLatin1String("LISTEN") && step["to"] == QLatin1String("CLOSED")),
                         qPrintable(who));
            }
            // An edge is the model's edge between those states; no edge only for an unknown path.
            if (step["path_known"].toBool()) {
                const auto edge = transitionIndex(step["edge"].toString().toStdString());
                QVERIFY2(edge, qPrintable(who + QStringLiteral(": no edge")));
                QCOMPARE(QLatin1String(stateToken(transitions()[*edge].from)), step["from"].toString());
                QCOMPARE(QLatin1String(stateToken(transitions()[*edge].to)), step["to"].toString());
            } else {
                QVERIFY(step["edge"].toString().isEmpty());
                QVERIFY(step["seen"].toBool());
            }
            // A state passed unseen is followed, in the same poll, by the step that was seen.
            if (!step["seen"].toBool()) {
                QVERIFY2(i + 1 < story.steps.size(), qPrintable(who + QStringLiteral(": ends unseen")));
                QCOMPARE(story.steps[i + 1]["time_ms"].toDouble(), step["time_ms"].toDouble());
            }
        }
        // An accepted socket passed ESTABLISHED, seen or unseen.
        if (story.accepted)
            QVERIFY2(passedEstablished, qPrintable(who));
    }

    if (scenario == QLatin1String("syn-flood")) {
        // No server socket for a dropped SYN: one per client that got through.
        int serverSockets = 0;
        int clientsThrough = 0;
        for (const auto& [endpoint, story] : stories) {
            serverSockets += story.listener >= 0;
            clientsThrough += story.role == QLatin1String("client") && story.steps.back()["to"] == QLatin1String("ESTABLISHED");
        }
        const QJsonArray flood = result["flood"].toArray();
        QCOMPARE(clientsThrough, flood.last().toObject()["established"].toInt());
        QCOMPARE(serverSockets, clientsThrough);
        QVERIFY(flood.last().toObject()["syn_sent"].toInt() > 0); // some SYNs were dropped indeed
        QVERIFY(r.out.contains(QLatin1String("\"dropped_syns\"")) && r.out.contains(QLatin1String("\"syn_cookies\"")));
    }
}

void TestCliLab::listNamesEverything()
{
    const CliResult r = runCli({"lab", "--list"});
    QCOMPARE(r.exitCode, 0);
    for (const QString& state : kStates)
        QVERIFY2(r.out.contains(state), qPrintable(state));
    for (const char* scenario : {"three-way-handshake", "active-close", "simultaneous-close", "simultaneous-open",
                                 "half-close", "abort", "connect-refused", "syn-flood", "time-wait-accumulation"})
        QVERIFY2(r.out.contains(QLatin1String(scenario)), scenario);
    const QJsonObject json = QJsonDocument::fromJson(runCli({"lab", "--list", "--json"}).out.toUtf8()).object();
    QCOMPARE(json["recipes"].toArray().size(), kStates.size());
    QCOMPARE(json["scenarios"].toArray().size(), 9);
    // Every one says in a line what it shows; where the server ends is said where one chooses.
    for (const char* family : {"recipes", "scenarios"}) {
        for (const QJsonValue& entry : json[QLatin1String(family)].toArray())
            QVERIFY2(!entry.toObject()["description"].toString().isEmpty(), QJsonDocument(entry.toObject()).toJson().constData());
    }
    for (const QJsonValue& entry : json["recipes"].toArray()) {
        if (entry.toObject()["state"] == QLatin1String("CLOSING"))
            QVERIFY(entry.toObject()["description"].toString().contains(QLatin1String("FIN_WAIT_2")));
    }
    for (const QJsonValue& entry : json["scenarios"].toArray()) {
        if (entry.toObject()["name"] == QLatin1String("simultaneous-close"))
            QVERIFY(entry.toObject()["description"].toString().contains(QLatin1String("FIN_WAIT_2")));
    }
    QVERIFY(r.out.contains(QLatin1String("the server FIN_WAIT_2 instead")));
}

void TestCliLab::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown state") << QStringList{"lab", "reach", "HALF_OPEN"} << "valid states: LISTEN, SYN_SENT";
    QTest::newRow("closed") << QStringList{"lab", "reach", "CLOSED"} << "absence of a socket";
    QTest::newRow("unknown scenario") << QStringList{"lab", "run", "teleport"} << "valid scenarios: three-way-handshake";
    QTest::newRow("no verb") << QStringList{"lab", "LISTEN"} << "lab reach STATE";
    QTest::newRow("port 0") << QStringList{"lab", "reach", "LISTEN", "--port", "0"} << "from 1 to 65535";
    QTest::newRow("port 65536") << QStringList{"lab", "reach", "LISTEN", "--port", "65536"} << "from 1 to 65535";
    QTest::newRow("port abc") << QStringList{"lab", "reach", "LISTEN", "--port", "abc"} << "invalid port \"abc\"";
    QTest::newRow("family") << QStringList{"lab", "reach", "LISTEN", "--family", "ipx"} << "valid families: ipv4, ipv6";
    QTest::newRow("lan address") << QStringList{"lab", "reach", "LISTEN", "--address", "192.168.1.10"}
                                 << "192.168.1.10 is not a loopback address";
    QTest::newRow("any address") << QStringList{"lab", "run", "abort", "--address", "0.0.0.0"} << "loopback only";
    QTest::newRow("host name") << QStringList{"lab", "reach", "LISTEN", "--address", "example.org"} << "not an IP address";
    QTest::newRow("family mismatch") << QStringList{"lab", "reach", "LISTEN", "--address", "::1", "--family", "ipv4"}
                                     << "does not match --family ipv4";
    QTest::newRow("hold") << QStringList{"lab", "reach", "LISTEN", "--hold", "-1"} << "invalid --hold";
    QTest::newRow("hold nan") << QStringList{"lab", "reach", "LISTEN", "--hold", "nan"} << "invalid --hold";
    QTest::newRow("hold inf") << QStringList{"lab", "reach", "LISTEN", "--hold", "inf"} << "invalid --hold";
    QTest::newRow("hold -nan") << QStringList{"lab", "reach", "LISTEN", "--hold", "-nan"} << "invalid --hold";
    QTest::newRow("hold 1e999") << QStringList{"lab", "reach", "LISTEN", "--hold", "1e999"} << "invalid --hold";
    QTest::newRow("interval") << QStringList{"lab", "run", "abort", "--interval-ms", "0"} << "invalid --interval-ms";
    QTest::newRow("source") << QStringList{"lab", "run", "abort", "--source", "sysctl"} << "valid sources: auto, netlink, procfs";
}

void TestCliLab::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliLab::noKernelApiIsAClearError()
{
    // A busy port first: someone else listens on it.
    std::string error;
    auto other = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    QVERIFY2(other && other->listen(4, error), error.c_str());
    const QString busy = QString::number(other->localEndpoint().port);
    for (const QString& verb : QStringList{QStringLiteral("reach"), QStringLiteral("run")}) {
        const CliResult r = runCli({"lab", verb, verb == u"reach" ? QStringLiteral("LISTEN") : QStringLiteral("abort"), "--port", busy});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(busy)), qPrintable(r.err));
    }

    // Netlink asked for where there is none; then neither netlink nor /proc/net/tcp.
    const CliResult noNetlink = runCli({"lab", "reach", "LISTEN", "--source", "netlink"}, {{"TCPSTATELAB_NO_NETLINK", "1"}});
    QCOMPARE(noNetlink.exitCode, 2);
    QVERIFY2(noNetlink.err.contains("netlink is not available"), qPrintable(noNetlink.err));
    const CliResult neither = runCli({"lab", "reach", "LISTEN"},
                                     {{"TCPSTATELAB_NO_NETLINK", "1"}, {"TCPSTATELAB_PROC_ROOT", "/nonexistent"}});
    QCOMPARE(neither.exitCode, 2);
    QVERIFY2(neither.err.contains("cannot read the kernel's TCP table") && neither.err.contains("/nonexistent/net/tcp is not readable"),
             qPrintable(neither.err));

    // With netlink gone the lab still works from procfs, and says so.
    const CliResult fallback = runCli({"lab", "reach", "ESTABLISHED", "--hold", "0", "--json"}, {{"TCPSTATELAB_NO_NETLINK", "1"}});
    QVERIFY2(fallback.exitCode == 0, qPrintable(fallback.err));
    QCOMPARE(QJsonDocument::fromJson(fallback.out.toUtf8()).object()["source"].toString(), QStringLiteral("procfs"));
    QVERIFY2(fallback.err.contains("reading /proc/net/tcp instead"), qPrintable(fallback.err));
}

void TestCliLab::probeErrorIsReportedAtOnce_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("reach") << QStringList{"lab", "reach", "LISTEN", "--source", "procfs"}
                           << "could not reach LISTEN: the kernel could not be read";
    QTest::newRow("run") << QStringList{"lab", "run", "abort", "--source", "procfs"} << "the kernel could not be read";
}

void TestCliLab::probeErrorIsReportedAtOnce()
{
    // A /proc table that exists but cannot be parsed: every poll of the recipe fails. The user
    // hears what failed, at once, not "did not reach LISTEN (it is gone)" after the timeout.
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkdir(QStringLiteral("net")));
    QVERIFY(QFile::copy(QStringLiteral(TSL_TEST_DATA_DIR "/proc_net_tcp_malformed.txt"), root.path() + QStringLiteral("/net/tcp")));
    QElapsedTimer clock;
    clock.start();
    const CliResult r = runCli(arguments, {{"TCPSTATELAB_PROC_ROOT", root.path()}});
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message) && r.err.contains(QStringLiteral("/net/tcp: line")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("gone")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliLab)
#include "tst_clilab.moc"
