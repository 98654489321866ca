// `tcpstatelab net`, run as a user runs it — and as an ordinary user (uid 65534) when the suite
// runs as root: `net check` says whether the private network can be built and, where user
// namespaces are switched off, why and how to allow it; `net run` prints the contract's JSON
// lines, shows both real sockets in CLOSING, LAST_ACK retransmitting its FIN and TIME_WAIT
// answering again, writes a pcap that tshark opens; bad input exits with code 2.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>

#include "clirunner.h"

namespace {

constexpr uid_t kNobody = 65534;

// Runs the binary as uid/gid 65534 (only possible, and only needed, when the test is root).
CliResult runAsNobody(const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
            ::_exit(125);
    });
    process.start(QStringLiteral(TSL_APP_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

CliResult runAsUser(const QStringList& arguments, int timeoutMs = 60000)
{
    return ::getuid() == 0 ? runAsNobody(arguments, timeoutMs) : runCli(arguments);
}

QList<QJsonObject> jsonLines(const QString& text)
{
    QList<QJsonObject> lines;
    for (const QString& line : text.split('\n', Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

// The states one side's connection went through, from the "state" lines.
QStringList path(const QList<QJsonObject>& lines, const QString& side)
{
    QStringList states;
    for (const QJsonObject& line : lines) {
        if (line["type"] != "state" || line["side"] != side || line["socket"] != "connection")
            continue;
        if (states.isEmpty())
            states << line["from"].toString();
        states << line["to"].toString();
    }
    return states;
}

} // namespace

class TestCliNet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkSaysAvailable();
    void checkExplainsSwitchedOffUserNamespaces();
    void simultaneousCloseAsAnOrdinaryUser_data();
    void simultaneousCloseAsAnOrdinaryUser();
    void lostFinalAckWithPcapForTshark();
    void settingsReachTheKernel();
    void textOutputNamesTheStates();
    void notesInTheUsersLanguage();
    void timeWaitExpiresAfterSixtySeconds();
    void whatIfChallengeAckOnBothEngines();
    void whatIfTextAndSingleEngines();
    void badInput_data();
    void badInput();
};

void TestCliNet::initTestCase()
{
    const CliResult check = runCli({"net", "check"});
    if (check.exitCode == 1)
        QSKIP(qPrintable("no private network on this machine: " + check.err));
}

void TestCliNet::checkSaysAvailable()
{
    for (bool asUser : {false, true}) {
        const CliResult result = asUser ? runAsUser({"net", "check", "--json"}) : runCli({"net", "check", "--json"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json["available"].toBool(), true);
        QCOMPARE(json["reason"].toString(), QString());
        QCOMPARE(json["user_namespaces"].toBool(), true);
        QVERIFY(json.contains("apparmor_restricted") && json["apparmor_restricted"].isBool());
        QVERIFY(json["setup_ms"].toDouble() > 0);
    }
    const CliResult text = runCli({"net", "check"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("available"));
}

void TestCliNet::checkExplainsSwitchedOffUserNamespaces()
{
    // Inside a user namespace of its own, the test may switch nested ones off — exactly what
    // user.max_user_namespaces=0 does to a whole machine.
    if (QStandardPaths::findExecutable("unshare").isEmpty())
        QSKIP("unshare (util-linux) is not installed");
    QProcess process;
    const QString script = QStringLiteral("echo 0 > /proc/sys/user/max_user_namespaces && exec \"$0\" net check --json");
    process.start("unshare", {"-Ur", "sh", "-c", script, QStringLiteral(TSL_APP_BINARY)});
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() != 1 && err.contains("unshare failed"))
        QSKIP("this machine refuses the test's own user namespace");
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(json["available"].toBool(), false);
    QCOMPARE(json["user_namespaces"].toBool(), false);
    QVERIFY(json["reason"].toString().contains("max_user_namespaces"));
    QVERIFY2(err.contains("max_user_namespaces") && err.contains("sysctl -w user.max_user_namespaces="), qPrintable(err));
}

void TestCliNet::simultaneousCloseAsAnOrdinaryUser_data()
{
    QTest::addColumn<QString>("family");
    QTest::addRow("ipv4") << "ipv4";
    QTest::addRow("ipv6") << "ipv6";
}

void TestCliNet::simultaneousCloseAsAnOrdinaryUser()
{
    QFETCH(QString, family);
    const CliResult result = runAsUser({"net", "run", "simultaneous-close", "--json", "--family", family});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QList<QJsonObject> lines = jsonLines(result.out);
    const QStringList closing{"CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "CLOSING", "TIME_WAIT"};
    QCOMPARE(path(lines, "A"), closing);
    QCOMPARE(path(lines, "B"), QStringList({"LISTEN", "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1", "CLOSING", "TIME_WAIT"}));

    // The contract's fields on every line of each type.
    int calls = 0;
    int segments = 0;
    int states = 0;
    for (const QJsonObject& line : lines) {
        const QString type = line["type"].toString();
        if (type == "call") {
            ++calls;
            for (const char* key : {"side", "call", "time_ms"})
                QVERIFY2(line.contains(QLatin1String(key)), key);
        } else if (type == "segment") {
            ++segments;
            for (const char* key : {"action", "from", "to", "flags", "seq", "ack", "rel_seq", "rel_ack", "len", "window", "options", "time_ms"})
                QVERIFY2(line.contains(QLatin1String(key)), key);
            QVERIFY(QStringList({"delivered", "dropped", "duplicated", "held", "injected"}).contains(line["action"].toString()));
            QVERIFY(line["options"].isArray());
            if (line["flags"] == "SYN")
                QVERIFY(line["options"].toArray().contains(QJsonValue("sackOK")));
        } else if (type == "state") {
            ++states;
            for (const char* key : {"side", "from", "to", "time_ms"})
                QVERIFY2(line.contains(QLatin1String(key)), key);
        }
    }
    QVERIFY(calls >= 5);   // listen, connect, accept, close, close
    QCOMPARE(segments, 14); // SYN, SYN,ACK, ACK, two FINs, two ACKs: each held, then delivered
    QVERIFY(states >= 11);
}

void TestCliNet::lostFinalAckWithPcapForTshark()
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther);
    const QString pcap = dir.filePath("lost-final-ack.pcap");
    const CliResult result = runAsUser({"net", "run", "lost-final-ack", "--json", "--pcap", pcap});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QList<QJsonObject> lines = jsonLines(result.out);
    QCOMPARE(path(lines, "B"), QStringList({"LISTEN", "SYN_RECEIVED", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "CLOSED"}));
    // LAST_ACK retransmits its FIN after the dropped ACK; TIME_WAIT acknowledges it again.
    bool droppedAck = false;
    bool finRetransmitted = false;
    int acksOfBsFin = 0;
    for (const QJsonObject& line : lines) {
        if (line["type"] != "segment")
            continue;
        if (line["action"] == "dropped" && line["from"] == "A" && line["flags"] == "ACK")
            droppedAck = true;
        if (line["action"] == "held" && line["from"] == "B" && line["flags"].toString().contains("FIN") && line["retransmission"].toBool())
            finRetransmitted = droppedAck;
        if (line["action"] == "held" && line["from"] == "A" && line["flags"] == "ACK" && line["rel_ack"].toInt() == 2)
            ++acksOfBsFin;
    }
    QVERIFY(droppedAck);
    QVERIFY(finRetransmitted);
    QCOMPARE(acksOfBsFin, 2);
    const QJsonObject summary = lines.last();
    QCOMPARE(summary["type"].toString(), QString("result"));
    QCOMPARE(summary["pcap"].toString(), pcap);

    const QString tshark = QStandardPaths::findExecutable("tshark");
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (.ci/setup installs it)");
    QProcess reader;
    reader.start(tshark, {"-r", pcap, "-T", "fields", "-e", "tcp.flags.str", "-e", "tcp.analysis.retransmission"});
    QVERIFY(reader.waitForFinished(60000));
    QCOMPARE(reader.exitCode(), 0);
    const QStringList packets = QString::fromUtf8(reader.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(double(packets.size()), summary["segments"].toDouble());
    QVERIFY(packets.size() >= 9);
}

void TestCliNet::settingsReachTheKernel()
{
    const CliResult result = runAsUser({"net", "run", "syn-flood", "--json", "--set", "tcp_syncookies=0", "--set", "rto_min_ms=2000"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QList<QJsonObject> lines = jsonLines(result.out);
    QCOMPARE(lines[0]["type"].toString(), QString("setting"));
    QCOMPARE(lines[0]["name"].toString(), QString("tcp_syncookies"));
    QCOMPARE(lines[0]["value"].toInt(), 0);
    // Without cookies the real client's SYN finds a full queue and is dropped.
    QCOMPARE(path(lines, "A"), QStringList({"CLOSED", "SYN_SENT"}));
    int injected = 0;
    for (const QJsonObject& line : lines)
        injected += line["type"] == "segment" && line["action"] == "injected" && line["from"] == "wire"
                    && line["source"].toString().startsWith("198.51.100.");
    QCOMPARE(injected, 8);

    const CliResult cookies = runCli({"net", "run", "syn-flood", "--json", "--set", "tcp_syncookies=2"});
    QCOMPARE(cookies.exitCode, 0);
    QCOMPARE(path(jsonLines(cookies.out), "A"), QStringList({"CLOSED", "SYN_SENT", "ESTABLISHED"}));
}

void TestCliNet::textOutputNamesTheStates()
{
    const CliResult result = runCli({"net", "run", "three-way-handshake"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("SYN_SENT → ESTABLISHED"));
    QVERIFY(result.out.contains("LISTEN → SYN_RECEIVED"));
    QVERIFY(result.out.contains("held"));
    QVERIFY(result.out.contains("delivered"));
}

// A scenario's note and a call's detail are printed in the user's language; JSON stays English
// (a contract) and names the note with a stable note_id.
void TestCliNet::notesInTheUsersLanguage()
{
    const QString english = QStringLiteral("the SYN is lost: A retransmits it when its first RTO (1 s) fires");
    const CliResult plain = runCli({"net", "run", "lost-syn"});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains("Note: " + english), qPrintable(plain.out));
    QVERIFY(plain.out.contains("backlog 16"));

    const CliResult german = runCli({"--lang", "de", "net", "run", "lost-syn"});
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(!german.out.contains(english), qPrintable(german.out));
    QVERIFY2(german.out.contains(QStringLiteral("Der SYN geht verloren")), qPrintable(german.out));
    QVERIFY2(!german.out.contains("backlog 16") && german.out.contains("Backlog 16"), qPrintable(german.out));

    const CliResult json = runCli({"--lang", "de", "net", "run", "lost-syn", "--json"});
    QCOMPARE(json.exitCode, 0);
    int notes = 0;
    for (const QJsonObject& line : jsonLines(json.out)) {
        if (line["type"] == "note") {
            ++notes;
            QCOMPARE(line["text"].toString(), english);
            QCOMPARE(line["note_id"].toString(), QStringLiteral("syn-lost"));
        }
        if (line["type"] == "call" && line["call"] == "listen")
            QVERIFY(line["detail"].toString().endsWith(" backlog 16"));
    }
    QCOMPARE(notes, 1);
}

void TestCliNet::timeWaitExpiresAfterSixtySeconds()
{
    // TIME_WAIT lasts TCP_TIMEWAIT_LEN (60 s, no setting changes it): both families at once.
    QProcess v4;
    QProcess v6;
    v4.start(QStringLiteral(TSL_APP_BINARY), {"net", "run", "time-wait-expiry", "--json"});
    v6.start(QStringLiteral(TSL_APP_BINARY), {"net", "run", "time-wait-expiry", "--json", "--family", "ipv6"});
    QVERIFY(v4.waitForFinished(90000));
    QVERIFY(v6.waitForFinished(90000));
    for (QProcess* process : {&v4, &v6}) {
        QCOMPARE(process->exitCode(), 0);
        const QList<QJsonObject> lines = jsonLines(QString::fromUtf8(process->readAllStandardOutput()));
        QCOMPARE(path(lines, "A"), QStringList({"CLOSED", "SYN_SENT", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT", "CLOSED"}));
        double enteredMs = 0;
        double leftMs = 0;
        for (const QJsonObject& line : lines) {
            if (line["type"] == "state" && line["side"] == "A" && line["to"] == "TIME_WAIT")
                enteredMs = line["time_ms"].toDouble();
            if (line["type"] == "state" && line["side"] == "A" && line["from"] == "TIME_WAIT")
                leftMs = line["time_ms"].toDouble();
        }
        QVERIFY2(leftMs - enteredMs > 55000 && leftMs - enteredMs < 65000, qPrintable(QString::number(leftMs - enteredMs)));
    }
}

void TestCliNet::whatIfChallengeAckOnBothEngines()
{
    // As an ordinary user: Linux's challenge ACK to a SYN in ESTABLISHED, beside the simulator's.
    const CliResult result = runAsUser({"whatif", "ESTABLISHED", "SYN", "--engine", "both", "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json["state"].toString(), QString("ESTABLISHED"));
    const QJsonObject segment = json["segment"].toObject();
    QCOMPARE(segment["flags"].toString(), QString("SYN"));
    QCOMPARE(segment["seq"].toString(), QString("rcv.nxt"));
    QCOMPARE(segment["ack"].toString(), QString("snd.nxt"));
    QCOMPARE(segment["len"].toInt(), 0);
    const QJsonObject engines = json["engines"].toObject();
    for (const char* engine : {"linux", "sim"}) {
        const QJsonObject answer = engines[QLatin1String(engine)].toObject();
        QCOMPARE(answer["next"].toString(), QString("ESTABLISHED"));
        const QJsonArray responses = answer["responses"].toArray();
        QCOMPARE(responses.size(), 1);
        const QJsonObject ack = responses[0].toObject();
        QCOMPARE(ack["flags"].toString(), QString("ACK"));
        QCOMPARE(ack["seq"].toString(), QString("snd.nxt"));
        QCOMPARE(ack["ack"].toString(), QString("rcv.nxt"));
        QCOMPARE(ack["len"].toInt(), 0);
    }
    QVERIFY(engines["sim"].toObject()["explanation"].toString().contains("challenge"));
    QCOMPARE(json["agree"].toBool(), true);

    // Where they differ: a passive SYN_RECEIVED resets an in-window SYN on Linux (tcp_check_req),
    // RFC 9293 returns to LISTEN silently.
    const CliResult differ = runCli({"whatif", "SYN_RECEIVED", "SYN", "--seq", "rcv.nxt+1", "--json"});
    QCOMPARE(differ.exitCode, 0);
    const QJsonObject twJson = QJsonDocument::fromJson(differ.out.toUtf8()).object();
    QCOMPARE(twJson["agree"].toBool(), false);
    QCOMPARE(twJson["engines"].toObject()["linux"].toObject()["responses"].toArray().size(), 1);
    QCOMPARE(twJson["profile"].toString(), QString("rfc9293"));

    // The simulator's linux profile answers there as the kernel does, and says why.
    const CliResult linuxProfile = runCli({"whatif", "SYN_RECEIVED", "SYN", "--seq", "rcv.nxt+1", "--profile", "linux", "--json"});
    QCOMPARE(linuxProfile.exitCode, 0);
    const QJsonObject profiled = QJsonDocument::fromJson(linuxProfile.out.toUtf8()).object();
    QCOMPARE(profiled["agree"].toBool(), true);
    QCOMPARE(profiled["profile"].toString(), QString("linux"));
    const QJsonObject simAnswer = profiled["engines"].toObject()["sim"].toObject();
    QCOMPARE(simAnswer["profile"].toString(), QString("linux"));
    QVERIFY(simAnswer["explanation"].toString().contains("tcp_check_req"));
}

void TestCliNet::whatIfTextAndSingleEngines()
{
    const CliResult simLinux = runCli({"whatif", "LISTEN", "SYN+FIN", "--engine", "sim", "--profile", "linux"});
    QCOMPARE(simLinux.exitCode, 0);
    QVERIFY2(simLinux.out.contains("Simulator (linux):") && simLinux.out.contains("no answer"), qPrintable(simLinux.out));
    QVERIFY(!simLinux.out.contains("agree"));

    const CliResult sim = runCli({"whatif", "closed", "syn,ack", "--engine", "sim", "--json"});
    QCOMPARE(sim.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(sim.out.toUtf8()).object();
    QCOMPARE(json["state"].toString(), QString("CLOSED"));
    QVERIFY(!json.contains("agree"));
    QVERIFY(!json["engines"].toObject().contains("linux"));
    QCOMPARE(json["engines"].toObject()["sim"].toObject()["responses"].toArray()[0].toObject()["flags"].toString(), QString("RST"));

    const CliResult kernel = runCli({"whatif", "SYN_SENT", "SYN+ACK", "--engine", "linux", "--family", "ipv6", "--json"});
    QCOMPARE(kernel.exitCode, 0);
    const QJsonObject linux = QJsonDocument::fromJson(kernel.out.toUtf8()).object()["engines"].toObject()["linux"].toObject();
    QCOMPARE(linux["next"].toString(), QString("ESTABLISHED"));

    const CliResult text = runCli({"whatif", "LAST_ACK", "ACK"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("next: CLOSED"));
    QVERIFY(text.out.contains("agree"));
}

void TestCliNet::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("no subcommand") << QStringList{"net"} << "net check";
    QTest::addRow("unknown subcommand") << QStringList{"net", "start"} << "net run SCENARIO";
    QTest::addRow("no scenario") << QStringList{"net", "run"} << "valid scenarios";
    QTest::addRow("unknown scenario") << QStringList{"net", "run", "teardown"} << "unknown scenario \"teardown\"";
    QTest::addRow("two scenarios") << QStringList{"net", "run", "abort", "abort"} << "exactly one SCENARIO";
    QTest::addRow("unknown family") << QStringList{"net", "run", "abort", "--family", "ipx"} << "unknown family";
    QTest::addRow("unknown setting") << QStringList{"net", "run", "abort", "--set", "tcp_mem=1"} << "unknown setting \"tcp_mem\"";
    QTest::addRow("no value") << QStringList{"net", "run", "abort", "--set", "tcp_sack"} << "unknown setting \"tcp_sack\"";
    QTest::addRow("out of range") << QStringList{"net", "run", "abort", "--set", "tcp_syncookies=3"} << "from 0 to 2";
    QTest::addRow("not a number") << QStringList{"net", "run", "abort", "--set", "rto_min_ms=fast"} << "from 1 to 120000";
    QTest::addRow("unwritable pcap") << QStringList{"net", "run", "abort", "--pcap", "/nonexistent/x.pcap"} << "cannot write the capture";
    QTest::addRow("check with argument") << QStringList{"net", "check", "now"} << "takes no arguments";
    QTest::addRow("unknown option") << QStringList{"net", "run", "abort", "--wire"} << "wire";
    QTest::addRow("whatif nothing") << QStringList{"whatif"} << "STATE and a SEGMENT";
    QTest::addRow("whatif state") << QStringList{"whatif", "OPEN", "SYN"} << "unknown state \"OPEN\"";
    QTest::addRow("whatif segment") << QStringList{"whatif", "LISTEN", "PSH"} << "unknown segment \"PSH\"";
    QTest::addRow("whatif syn twice") << QStringList{"whatif", "LISTEN", "SYN+SYN"} << "unknown segment";
    QTest::addRow("whatif engine") << QStringList{"whatif", "LISTEN", "SYN", "--engine", "bsd"} << "unknown engine";
    QTest::addRow("whatif profile") << QStringList{"whatif", "LISTEN", "SYN", "--engine", "sim", "--profile", "bsd"}
                                    << "unknown profile \"bsd\"; valid profiles: rfc9293, linux";
    QTest::addRow("whatif via") << QStringList{"whatif", "LISTEN", "SYN", "--via", "sideways"} << "passive or active";
    QTest::addRow("whatif listen active") << QStringList{"whatif", "LISTEN", "SYN", "--via", "active"} << "passive open";
    QTest::addRow("whatif syn_sent passive") << QStringList{"whatif", "SYN_SENT", "ACK", "--via", "passive"} << "active open";
    QTest::addRow("whatif expression") << QStringList{"whatif", "ESTABLISHED", "ACK", "--seq", "rcv.nxt*2"} << "rcv.nxt*2";
    QTest::addRow("whatif ack expression") << QStringList{"whatif", "ESTABLISHED", "ACK", "--ack", "una"} << "una";
    QTest::addRow("whatif len") << QStringList{"whatif", "ESTABLISHED", "ACK", "--len", "99999"} << "--len";
}

void TestCliNet::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliNet)
#include "tst_clinet.moc"
