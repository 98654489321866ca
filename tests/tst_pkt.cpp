// packetdrill scripts on host A's real stack: the scripts of tests/data/pkt pass, as root and
// as uid 65534; each mutated copy fails at its line with its field; pkt run's verdicts, JSON
// and bad input.
#include "asunprivileged.h"
#include "clirunner.h"
#include "net/privatenetwork.h"
#include "pkt/pktparser.h"
#include "pkt/pktplayer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <dirent.h>

using namespace tsl;

namespace {

// The machine running the suite is shared: packets may be later than packetdrill's 4 ms.
constexpr std::int64_t kTestToleranceUs = 50000;

QString dataDir() { return QStringLiteral(TSL_TEST_DATA_DIR "/pkt"); }

struct Played {
    std::string error; // could not play at all
    bool ok = false;
    int failedLine = 0;
    std::string message;
};

Played play(const std::string& path)
{
    Played played;
    pkt::ScriptOptions options;
    options.toleranceUs = kTestToleranceUs;
    pkt::ParseError parseError;
    const auto script = pkt::readScript(path, options, parseError);
    if (!script) {
        played.error = path + ":" + std::to_string(parseError.line) + ": " + parseError.message;
        return played;
    }
    const auto network = net::PrivateNetwork::create(played.error);
    if (!network)
        return played;
    pkt::PlayerSettings settings;
    settings.readStates = true;
    const auto player = pkt::PktPlayer::create(*script, *network, settings, played.error);
    if (!player)
        return played;
    played.ok = player->run([&](const pkt::LineOutcome& outcome) {
        if (!outcome.ok && played.failedLine == 0) {
            played.failedLine = outcome.line;
            played.message = outcome.error;
        }
    });
    return played;
}

QStringList scripts(const QString& folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.pkt")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

// "" when the script passed.
std::string checkPasses(const QString& path)
{
    const Played played = play(path.toStdString());
    if (!played.error.empty())
        return played.error;
    if (!played.ok)
        return path.toStdString() + ":" + std::to_string(played.failedLine) + ": " + played.message;
    return {};
}

// "" when the mutated script failed where its last line says, with what it says.
std::string checkFailsAsSaid(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "cannot read " + path.toStdString();
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpression said(QStringLiteral("line (\\d+) changed; must fail there with: (.+)\\n"));
    const auto match = said.match(text);
    if (!match.hasMatch())
        return path.toStdString() + ": no expectation";
    const int line = match.captured(1).toInt();
    const std::string field = match.captured(2).trimmed().toStdString();
    const Played played = play(path.toStdString());
    if (!played.error.empty())
        return played.error;
    if (played.ok)
        return path.toStdString() + ": passed, but must fail at line " + std::to_string(line);
    if (played.failedLine != line || played.message.find(field) == std::string::npos)
        return path.toStdString() + ": failed at line " + std::to_string(played.failedLine) + " (" + played.message
               + "), not at " + std::to_string(line) + " with " + field;
    return {};
}

int openFdCount()
{
    int count = 0;
    if (DIR* dir = ::opendir("/proc/self/fd")) {
        while (::readdir(dir))
            ++count;
        ::closedir(dir);
    }
    return count;
}

} // namespace

class TestPkt : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        std::string error;
        if (!net::PrivateNetwork::create(error))
            QSKIP(qPrintable(QStringLiteral("no private network here: ") + QString::fromStdString(error)));
    }

    void scriptsPass_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : scripts(dataDir()))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void scriptsPass()
    {
        QFETCH(QString, path);
        const int fds = openFdCount();
        const std::string error = checkPasses(path);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(openFdCount(), fds); // every socket, namespace and thread of the run is gone
    }

    void mutationsFailAtTheirLine_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList mutated = scripts(dataDir() + QStringLiteral("/mutated"));
        QCOMPARE(mutated.size(), scripts(dataDir()).size()); // one mutated copy of each script
        for (const QString& path : mutated)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void mutationsFailAtTheirLine()
    {
        QFETCH(QString, path);
        const std::string error = checkFailsAsSaid(path);
        QVERIFY2(error.empty(), error.c_str());
    }

    void asUnprivilegedUser()
    {
        // Everything above again as uid 65534: the scripts pass, their mutations fail where they must.
        const std::string error = test::runAsUnprivileged([] {
            for (const QString& path : scripts(dataDir())) {
                if (std::string failure = checkPasses(path); !failure.empty())
                    return failure;
            }
            for (const QString& path : scripts(dataDir() + QStringLiteral("/mutated"))) {
                if (std::string failure = checkFailsAsSaid(path); !failure.empty())
                    return failure;
            }
            return std::string();
        });
        QVERIFY2(error.empty(), error.c_str());
    }

    void shellLinesRunInsideHostA()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shell.pkt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // defaults.sh is not there: the built-in defaults stand in. The sysctl changes A only.
        file.write("0 `../common/defaults.sh`\n"
                   "+0 `echo 0 > /proc/sys/net/ipv4/tcp_sack && ip link show tun0 > /dev/null`\n"
                   "+0 socket(..., SOCK_STREAM, IPPROTO_TCP) = 3\n"
                   "+0 bind(3, ..., ...) = 0\n"
                   "+0 listen(3, 1) = 0\n"
                   "+0 < S 0:0(0) win 32792 <mss 1000,sackOK,nop,nop,nop,wscale 7>\n"
                   "+0 > S. 0:0(0) ack 1 <mss 1460,nop,wscale 8>\n"
                   "+0 `false`\n");
        file.close();
        const Played played = play(path.toStdString());
        QVERIFY2(played.error.empty(), played.error.c_str());
        QVERIFY(!played.ok);
        QCOMPARE(played.failedLine, 8);
        QVERIFY2(played.message.find("error executing `false` command: non-zero status 1") != std::string::npos,
                 played.message.c_str());
        QFile sack(QStringLiteral("/proc/sys/net/ipv4/tcp_sack"));
        QVERIFY(sack.open(QIODevice::ReadOnly));
        QCOMPARE(sack.readAll().trimmed(), QByteArray("1")); // the machine's own setting is untouched
    }

    void cliVerdictsAndSummary()
    {
        const QString good = dataDir() + QStringLiteral("/syn-closed-port.pkt");
        const QString bad = dataDir() + QStringLiteral("/mutated/syn-closed-port.pkt");
        const CliResult one = runCli({QStringLiteral("pkt"), QStringLiteral("run"), QStringLiteral("--tolerance_usecs=50000"), good});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.out.contains(good + QStringLiteral(": passed")), qPrintable(one.out));
        const CliResult two = runCli({QStringLiteral("pkt"), QStringLiteral("run"), QStringLiteral("--tolerance_usecs=50000"), good, bad});
        QCOMPARE(two.exitCode, 1);
        QVERIFY2(two.err.contains(bad + QStringLiteral(":6: error handling packet: live packet field tcp_window: expected: 10 (0xa) vs actual: 0 (0x0)")),
                 qPrintable(two.err));
        QVERIFY(two.err.contains(QStringLiteral("script packet:  ")));
        QVERIFY(two.err.contains(QStringLiteral("actual packet:  ")));
        QVERIFY2(two.out.contains(bad + QStringLiteral(": FAILED at line 6")), qPrintable(two.out));
        QVERIFY(two.out.contains(QStringLiteral("2 scripts: 1 passed, 1 failed, 0 unreadable")));
    }

    void cliIpv6()
    {
        // The same script over IPv6: A at fd3d:fa7b:d17d::1, the remote 2001:db8::1.
        const CliResult run = runCli({QStringLiteral("pkt"), QStringLiteral("run"), QStringLiteral("--ip-version"),
                                      QStringLiteral("ipv6"), QStringLiteral("--tolerance_usecs=50000"),
                                      dataDir() + QStringLiteral("/passive-open.pkt")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void cliJson()
    {
        const CliResult run = runCli({QStringLiteral("pkt"), QStringLiteral("run"), QStringLiteral("--json"),
                                      QStringLiteral("--tolerance_usecs=50000"), dataDir() + QStringLiteral("/passive-close.pkt")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList states;
        int lineObjects = 0;
        for (const QString& line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            if (object.value(QStringLiteral("type")).toString() != QLatin1String("line"))
                continue;
            ++lineObjects;
            for (const char* key : {"line", "kind", "script", "time", "expected", "actual", "ok", "state_a"})
                QVERIFY2(object.contains(QLatin1String(key)), key);
            for (const auto socket : object.value(QStringLiteral("state_a")).toArray()) {
                const QString state = socket.toObject().value(QStringLiteral("state")).toString();
                if (states.isEmpty() || states.last() != state)
                    states << state;
            }
        }
        QCOMPARE(lineObjects, 17);
        for (const char* state : {"LISTEN", "SYN_RECEIVED", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK"})
            QVERIFY2(states.contains(QLatin1String(state)), qPrintable(states.join(QLatin1Char(' '))));
        const QJsonObject result = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
    }

    void cliBadInput_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: see `kind`
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("where");
        QTest::newRow("syntax error") << QByteArray("0 socket(..., SOCK_STREAM, IPPROTO_TCP) = 3\n+0 < S 0:0(0) wim 100\n")
                                      << QString() << QStringLiteral(":2:15: unexpected 'wim'");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00", 9) << QString() << QStringLiteral(":1:1: this is no script");
        QTest::newRow("huge") << QByteArray() << QStringLiteral("huge") << QStringLiteral(":1:1: the script is too large");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("missing") << QStringLiteral(":1:1: cannot open the script");
        QTest::newRow("directory") << QByteArray() << QStringLiteral("directory") << QStringLiteral(":1:1: this is a directory");
        QTest::newRow("unknown option") << QByteArray() << QStringLiteral("option") << QStringLiteral("frobnicate");
    }
    void cliBadInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, kind);
        QFETCH(QString, where);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("script.pkt"));
        QStringList arguments{QStringLiteral("pkt"), QStringLiteral("run")};
        if (kind == QLatin1String("huge")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(int(pkt::kMaxScriptBytes) + 10, ' '));
        } else if (kind == QLatin1String("missing")) {
            path = dir.filePath(QStringLiteral("nothing-here.pkt"));
        } else if (kind == QLatin1String("directory")) {
            path = dir.path();
        } else if (kind == QLatin1String("option")) {
            arguments << QStringLiteral("--frobnicate");
            path = dataDir() + QStringLiteral("/active-open.pkt");
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        arguments << path;
        const CliResult run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(where), qPrintable(run.err));
        QVERIFY(run.out.isEmpty() || !run.out.contains(QStringLiteral("passed")));
        // Nothing left behind: no new file, and no helper was ever started for an unreadable script.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }
};

QTEST_GUILESS_MAIN(TestPkt)
#include "tst_pkt.moc"
