// `tcpstatelab export-animation`: the command as a user runs it — formats by extension, the
// options, and clear errors (exit 2) for bad input that leave no file behind.
#include "clirunner.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

class TestCliAnimation : public QObject {
    Q_OBJECT

private slots:
    void writesEveryFormat_data();
    void writesEveryFormat();
    void optionsShapeTheAnimation();
    void languageReachesThePage();
    void badInput_data();
    void badInput();
    void listedInHelp();

private:
    CliResult run(const QStringList& arguments) { return runCli(arguments); }
    QTemporaryDir m_dir;
};

void TestCliAnimation::writesEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("gif") << "a.gif" << QByteArray("GIF89a");
    QTest::newRow("webp") << "a.webp" << QByteArray("RIFF");
    QTest::newRow("html") << "a.html" << QByteArray("<!DOCTYPE html>");
}

void TestCliAnimation::writesEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, magic);
    const QString path = m_dir.filePath(file);
    const CliResult r = run({"export-animation", "connect-refused", path, "--width", "640", "--height", "360", "--fps", "8"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(magic.size()) == magic);
}

void TestCliAnimation::optionsShapeTheAnimation()
{
    const QString path = m_dir.filePath("sized.gif");
    const CliResult r = run({"export-animation", "abort", path, "--width", "800", "--height", "450", "--fps", "5",
                             "--step-ms", "600", "--theme", "dark", "--profile", "linux"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QImageReader reader(path);
    QCOMPARE(reader.size(), QSize(800, 450));
    const QImage first = reader.read();
    QVERIFY(first.pixelColor(2, 2).lightness() < 80); // the dark theme's background
    // --step-ms: the whole loop is (steps + 2) x 600 ms (the start, and the rest at the end).
    int totalMs = 0;
    int frames = 0;
    QImageReader timing(path);
    while (timing.canRead() && !timing.read().isNull()) {
        totalMs += timing.nextImageDelay();
        ++frames;
    }
    QVERIFY(frames > 3);
    QVERIFY2(totalMs % 600 == 0, qPrintable(QString::number(totalMs)));
}

void TestCliAnimation::languageReachesThePage()
{
    const QString path = m_dir.filePath("de.html");
    const CliResult r = run({"--lang", "de", "export-animation", "three-way-handshake", path, "--width", "640", "--height", "360"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile page(path);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    QVERIFY(html.contains("<html lang=\"de\">"));
    QVERIFY(!html.contains("Three-way handshake"));
}

void TestCliAnimation::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath("bad.gif");
    QTest::newRow("no file") << QStringList{"export-animation", "abort"} << "needs a SCENARIO and a FILE";
    QTest::newRow("unknown scenario") << QStringList{"export-animation", "nope", out} << "valid scenarios:";
    QTest::newRow("unknown extension") << QStringList{"export-animation", "abort", m_dir.filePath("bad.mp4")}
                                       << "unknown file type; use .gif, .webp or .html";
    QTest::newRow("unknown theme") << QStringList{"export-animation", "abort", out, "--theme", "neon"}
                                   << "unknown theme \"neon\"; valid themes: light, dark, print";
    QTest::newRow("unknown profile") << QStringList{"export-animation", "abort", out, "--profile", "rfc793"}
                                     << "rfc793";
    QTest::newRow("width") << QStringList{"export-animation", "abort", out, "--width", "10"}
                           << "invalid --width \"10\": use a whole number from 640 to 3840";
    QTest::newRow("height") << QStringList{"export-animation", "abort", out, "--height", "tall"}
                            << "invalid --height \"tall\": use a whole number from 360 to 2160";
    QTest::newRow("fps") << QStringList{"export-animation", "abort", out, "--fps", "0"}
                         << "invalid --fps \"0\": use a whole number from 1 to 50";
    QTest::newRow("step-ms") << QStringList{"export-animation", "abort", out, "--step-ms", "100000"}
                             << "invalid --step-ms \"100000\": use a whole number from 300 to 60000";
    QTest::newRow("unwritable") << QStringList{"export-animation", "abort", "/proc/no-such-dir/x.gif"}
                                << "Cannot write \"/proc/no-such-dir/x.gif\"";
    QTest::newRow("unknown option") << QStringList{"export-animation", "abort", out, "--loop"} << "loop";
}

void TestCliAnimation::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath("bad.gif")));
    QVERIFY(!QFile::exists(m_dir.filePath("bad.mp4")));
}

void TestCliAnimation::listedInHelp()
{
    const CliResult help = run({"--help"});
    QVERIFY(help.out.contains(QLatin1String("export-animation SCENARIO FILE")));
    const CliResult own = run({"export-animation", "--help"});
    QCOMPARE(own.exitCode, 0);
    for (const char* option : {"--theme", "--width", "--height", "--fps", "--step-ms", "--lang", "--profile"})
        QVERIFY2(own.out.contains(QLatin1String(option)) || QLatin1String(option) == QLatin1String("--lang"), option);
}

QTEST_GUILESS_MAIN(TestCliAnimation)
#include "tst_clianimation.moc"
