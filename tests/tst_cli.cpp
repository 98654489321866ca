// Runs the real tcpstatelab binary as a user would, and checks exit codes and messages.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

namespace {

// Headless verbs must work with no display and no platform chosen for them.
CliResult run(const QStringList& arguments)
{
    return runCli(arguments, {{"LANGUAGE", "en"}, {"LC_ALL", "C.UTF-8"}},
                  {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"});
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void exportWithoutDisplay();
    void exportChinese();
    void badInput_data();
    void badInput();
    void transitionsJson();
    void transitionsTable();
    void helpAndVersion();
    void simulateJson();
    void simulateList();
    void simulateProfiles();
    void exportLadder();
    void exportOnPaper_data();
    void exportOnPaper();
    void exportWithoutTokens();
    void presentationOpensTheWindow();

private:
    QTemporaryDir m_dir;
};

void TestCli::exportWithoutDisplay()
{
    const QString path = m_dir.filePath("d.png");
    const CliResult r = run({"export-diagram", path, "--highlight", "ESTABLISHED", "--width", "800",
                          "--height", "600"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(800, 600));
    for (const QString& ext : QStringList{QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString vector = m_dir.filePath(QStringLiteral("d.") + ext);
        const CliResult v = run({"export-diagram", vector, "--theme", "print"});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        QVERIFY(QFile(vector).size() > 1000);
    }
}

void TestCli::exportChinese()
{
    const QString en = m_dir.filePath("en.png");
    const QString zh = m_dir.filePath("zh.png");
    QCOMPARE(run({"export-diagram", en, "--width", "1000"}).exitCode, 0);
    QCOMPARE(run({"export-diagram", zh, "--width", "1000", "--lang", "zh_CN"}).exitCode, 0);
    QImage a(en);
    QImage b(zh);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b); // Chinese state names under the tokens
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath("x.png");
    QTest::newRow("unknown state") << QStringList{"export-diagram", out, "--highlight", "ESTABLISHED,FOO"}
                                   << "unknown state \"FOO\"; valid states: CLOSED, LISTEN, SYN_SENT, "
                                      "SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, "
                                      "CLOSING, LAST_ACK, TIME_WAIT";
    QTest::newRow("unknown extension") << QStringList{"export-diagram", m_dir.filePath("x.gif")}
                                       << "unknown file type; use .png, .svg or .pdf";
    QTest::newRow("unwritable path") << QStringList{"export-diagram", "/proc/no-such-dir/x.png"}
                                     << "Cannot write \"/proc/no-such-dir/x.png\"";
    QTest::newRow("unknown theme") << QStringList{"export-diagram", out, "--theme", "neon"}
                                   << "valid themes: light, dark, print";
    QTest::newRow("bad width") << QStringList{"export-diagram", out, "--width", "abc"}
                               << "width and height must be whole numbers";
    QTest::newRow("no file") << QStringList{"export-diagram"} << "exactly one FILE";
    QTest::newRow("unknown paper") << QStringList{"export-diagram", m_dir.filePath("x.pdf"), "--page", "B5"}
                                   << "unknown paper \"B5\"; valid papers: A4, Letter";
    QTest::newRow("token scenario unknown") << QStringList{"export-diagram", out, "--scenario", "teleport"}
                                            << "unknown scenario \"teleport\"";
    QTest::newRow("step without scenario") << QStringList{"export-diagram", out, "--step", "2"} << "--step needs --scenario";
    QTest::newRow("step out of range") << QStringList{"export-diagram", out, "--scenario", "three-way-handshake", "--step", "99"}
                                       << "--step must be a whole number from 0 to";
    QTest::newRow("unknown option") << QStringList{"export-diagram", out, "--frobnicate"}
                                    << "frobnicate";
    QTest::newRow("unknown language") << QStringList{"export-diagram", out, "--lang", "tlh"}
                                      << "available: en, de, zh_CN";
    QTest::newRow("unknown command") << QStringList{"explode"} << "valid commands:";
    QTest::newRow("transitions extra") << QStringList{"transitions", "extra"} << "takes no arguments";
    QTest::newRow("unknown scenario") << QStringList{"simulate", "teleport"}
                                      << "unknown scenario \"teleport\"; valid scenarios: three-way-handshake";
    QTest::newRow("bad steps") << QStringList{"simulate", "abort", "--steps", "x"} << "invalid --steps";
    QTest::newRow("unknown profile") << QStringList{"simulate", "abort", "--profile", "bsd"}
                                     << "unknown profile \"bsd\"; valid profiles: rfc9293, linux";
    QTest::newRow("ladder unknown profile") << QStringList{"export-ladder", "abort", out, "--profile", "rfc793"}
                                            << "valid profiles: rfc9293, linux";
    QTest::newRow("ladder unknown scenario") << QStringList{"export-ladder", "nope", out} << "valid scenarios:";
    QTest::newRow("ladder unknown extension") << QStringList{"export-ladder", "abort", m_dir.filePath("x.tiff")}
                                              << "unknown file type";
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath("x.png")));
}

void TestCli::transitionsJson()
{
    const CliResult r = run({"transitions", "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray edges = doc.array();
    QVERIFY(edges.size() >= 21);
    bool sawHandshake = false;
    for (const QJsonValue& value : edges) {
        const QJsonObject edge = value.toObject();
        for (const QString& key : QStringList{QStringLiteral("from"), QStringLiteral("event"), QStringLiteral("action"), QStringLiteral("to")})
            QVERIFY2(edge.value(key).isString(), qPrintable(key));
        if (edge["from"] == "LISTEN" && edge["event"] == "rcv SYN") {
            QCOMPARE(edge["action"].toString(), QStringLiteral("snd SYN,ACK"));
            QCOMPARE(edge["to"].toString(), QStringLiteral("SYN_RECEIVED"));
            sawHandshake = true;
        }
    }
    QVERIFY(sawHandshake);
}

void TestCli::transitionsTable()
{
    const CliResult r = run({"transitions"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("FIN_WAIT_1"));
    QVERIFY(r.out.contains("rcv ACK of FIN / —"));
    QVERIFY(r.out.contains(QStringLiteral("Edges: %1").arg(r.out.count('\n') - 2)));
}

void TestCli::helpAndVersion()
{
    const CliResult version = run({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains("tcpstatelab"));
    const CliResult help = run({"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("export-diagram"));
    const CliResult verbHelp = run({"export-diagram", "--help"});
    QCOMPARE(verbHelp.exitCode, 0);
    QVERIFY(verbHelp.out.contains("--highlight"));
    QVERIFY(verbHelp.out.contains("tcpstatelab export-diagram"));
    QVERIFY(verbHelp.out.contains("--page"));
    QVERIFY(verbHelp.out.contains("--no-tokens"));
    QVERIFY(help.out.contains("--presentation"));
}

void TestCli::exportOnPaper_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mediaBox");
    QTest::addRow("A4") << QStringList{"--page", "A4"} << "/MediaBox [0 0 842.000000 595.000000]";
    QTest::addRow("letter, any case") << QStringList{"--page", "letter"} << "/MediaBox [0 0 792.000000 612.000000]";
    QTest::addRow("US locale") << QStringList{"--lang", "en"} << "/MediaBox [0 0 792.000000 612.000000]";
    // --width/--height without --page keep their old meaning for a PDF: the page in points.
    QTest::addRow("exact points") << QStringList{"--width", "500", "--height", "400"} << "/MediaBox [0 0 500.000000 400.000000]";
}

void TestCli::exportOnPaper()
{
    QFETCH(QStringList, options);
    QFETCH(QString, mediaBox);
    const QString path = m_dir.filePath("handout.pdf");
    const CliResult r = runCli(QStringList{"export-diagram", path} + options, {{"LC_ALL", "en_US.UTF-8"}, {"LC_PAPER", "en_US.UTF-8"}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY2(pdf.contains(mediaBox.toLatin1()), pdf.mid(pdf.indexOf("/MediaBox"), 40).constData());
}

void TestCli::exportWithoutTokens()
{
    const auto exportPng = [&](const QString& name, const QStringList& options) {
        const QString path = m_dir.filePath(name);
        const CliResult r = run(QStringList{"export-diagram", path, "--width", "1000"} + options);
        return r.exitCode == 0 ? QImage(path) : QImage();
    };
    const QImage plain = exportPng("plain.png", {});
    const QImage start = exportPng("start.png", {"--scenario", "three-way-handshake", "--step", "0"});
    const QImage end = exportPng("end.png", {"--scenario", "three-way-handshake"});
    const QImage clean = exportPng("clean.png", {"--scenario", "three-way-handshake", "--no-tokens"});
    QVERIFY(!plain.isNull() && !start.isNull() && !end.isNull() && !clean.isNull());
    QVERIFY(start != plain); // A and B on CLOSED
    QVERIFY(end != start);   // both ESTABLISHED
    QCOMPARE(clean, plain);  // --no-tokens: the diagram alone
}

void TestCli::presentationOpensTheWindow()
{
    // The window starts in presentation mode (on an offscreen screen) and stays up; a mistyped
    // option is refused at once.
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    environment.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(TSL_APP_BINARY), {"--presentation"});
    QVERIFY(app.waitForStarted());
    QVERIFY2(!app.waitForFinished(2500), qPrintable(QString::fromUtf8(app.readAllStandardError())));
    app.terminate();
    QVERIFY(app.waitForFinished(10000));

    const CliResult typo = runCli({"--presentaton"}, {{"QT_QPA_PLATFORM", "offscreen"}});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY(typo.err.contains("presentaton"));
}

void TestCli::simulateJson()
{
    const CliResult r = run({"simulate", "simultaneous-close", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc["scenario"].toString(), QStringLiteral("simultaneous-close"));
    const QJsonArray steps = doc["steps"].toArray();
    QVERIFY(steps.size() > 8);
    QStringList a;
    bool sawFin = false;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps[i].toObject();
        QCOMPARE(step["step"].toInt(), int(i) + 1);
        QVERIFY(step["event"].isString());
        QVERIFY(step["explanation"].toString().size() > 10);
        QVERIFY(step["segments"].isArray());
        const QString stateA = step["states"].toObject()["A"].toString();
        if (a.isEmpty() || a.last() != stateA)
            a << stateA;
        for (const QJsonValue& v : step["segments"].toArray()) {
            const QJsonObject seg = v.toObject();
            for (const QString& key : QStringList{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("flags")})
                QVERIFY(seg[key].isString());
            for (const QString& key : QStringList{QStringLiteral("seq"), QStringLiteral("ack"), QStringLiteral("len")})
                QVERIFY(seg[key].isDouble());
            if (seg["from"] == "A" && seg["flags"] == "FIN,ACK") {
                QCOMPARE(seg["seq"].toInt(), 1001);
                QCOMPARE(seg["ack"].toInt(), 2001);
                sawFin = true;
            }
        }
    }
    QVERIFY(sawFin);
    QCOMPARE(a.mid(a.size() - 4), (QStringList{"FIN_WAIT_1", "CLOSING", "TIME_WAIT", "CLOSED"}));
    QCOMPARE(steps.last().toObject()["command"].toString(), QStringLiteral("timer"));
    QVERIFY(!doc["title"].toString().isEmpty());
    const CliResult limited = run({"simulate", "simultaneous-close", "--json", "--steps", "3"});
    QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).object()["steps"].toArray().size(), 3);
    QCOMPARE(doc["profile"].toString(), QStringLiteral("rfc9293"));
}

void TestCli::simulateProfiles()
{
    // The linux profile names the Linux behaviour where it parts from the RFC: an orphaned
    // FIN_WAIT_2 is a timewait socket that any in-window RST deletes.
    const CliResult rfc = run({"simulate", "resets-and-aborts", "--json", "--profile", "rfc9293"});
    const CliResult linux = run({"simulate", "resets-and-aborts", "--json", "--profile", "LINUX"});
    QCOMPARE(rfc.exitCode, 0);
    QCOMPARE(linux.exitCode, 0);
    const QJsonObject rfcDoc = QJsonDocument::fromJson(rfc.out.toUtf8()).object();
    const QJsonObject linuxDoc = QJsonDocument::fromJson(linux.out.toUtf8()).object();
    QCOMPARE(rfcDoc["profile"].toString(), QStringLiteral("rfc9293"));
    QCOMPARE(linuxDoc["profile"].toString(), QStringLiteral("linux"));
    QVERIFY(!rfc.out.contains("tcp_timewait_state_process"));
    QVERIFY(linux.out.contains("tcp_timewait_state_process"));
    const CliResult text = run({"simulate", "abort", "--profile", "linux"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Profile Linux:"));
}

void TestCli::simulateList()
{
    const CliResult r = run({"simulate", "--list"});
    QCOMPARE(r.exitCode, 0);
    for (const char* name : {"three-way-handshake", "active-close", "simultaneous-open", "simultaneous-close",
                             "half-close", "abort", "connect-refused", "lost-syn", "lost-fin", "lost-final-ack",
                             "time-wait-expiry", "syn-flood"})
        QVERIFY2(r.out.contains(QString::fromLatin1(name) + ' '), name);
}

void TestCli::exportLadder()
{
    const QString path = m_dir.filePath("ladder.png");
    const CliResult r = run({"export-ladder", "three-way-handshake", path, "--width", "800"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QImage image(path);
    QCOMPARE(image.width(), 800);
    const QString svg = m_dir.filePath("ladder.svg");
    QCOMPARE(run({"export-ladder", "lost-syn", svg, "--steps", "4", "--theme", "print"}).exitCode, 0);
    QVERIFY(QFile(svg).size() > 1000);
    // A handout: the scenario's title and description on top, in the language of --lang.
    const auto svgText = [](const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QVERIFY(svgText(svg).contains(QLatin1String("Lost SYN")));
    const QString german = m_dir.filePath("ladder-de.svg");
    QCOMPARE(run({"--lang", "de", "export-ladder", "lost-syn", german}).exitCode, 0);
    QVERIFY(!svgText(german).contains(QLatin1String("Lost SYN")));
    QVERIFY(svgText(german).contains(QLatin1String("SYN")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
