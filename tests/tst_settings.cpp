#include "settings/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tsl;

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip();
    void badStoredThemeFallsBack();
    void panelsRememberTheirInput();
    void badStoredNumbersFallBack();

private:
    QTemporaryDir m_dir;
};

void TestSettings::defaults()
{
    Settings settings(m_dir.filePath("defaults.ini"));
    QCOMPARE(settings.theme(), DiagramTheme::Light);
    QVERIFY(settings.language().isEmpty());
    QVERIFY(settings.showPaths());
    QVERIFY(settings.showResetEdges());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.exportIncludesTokens());
    QVERIFY(!settings.exportPrintColours());
    QVERIFY(settings.exportPage().isEmpty());
    QVERIFY(!settings.firstRunHintDone());
}

void TestSettings::roundTrip()
{
    const QString path = m_dir.filePath("roundtrip.ini");
    {
        Settings settings(path);
        settings.setTheme(DiagramTheme::Print);
        settings.setLanguage("zh_CN");
        settings.setShowPaths(false);
        settings.setShowResetEdges(false);
        settings.setWindowGeometry("geometry-bytes");
        settings.setLastExportDirectory("/tmp/slides");
        settings.setExportIncludesTokens(false);
        settings.setExportPrintColours(true);
        settings.setExportPage("Letter");
        settings.setFirstRunHintDone(true);
        settings.sync();
    }
    Settings reread(path);
    QCOMPARE(reread.theme(), DiagramTheme::Print);
    QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
    QVERIFY(!reread.showPaths());
    QVERIFY(!reread.showResetEdges());
    QCOMPARE(reread.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(reread.lastExportDirectory(), QStringLiteral("/tmp/slides"));
    QVERIFY(!reread.exportIncludesTokens());
    QVERIFY(reread.exportPrintColours());
    QCOMPARE(reread.exportPage(), QStringLiteral("Letter"));
    QVERIFY(reread.firstRunHintDone());
}

void TestSettings::badStoredThemeFallsBack()
{
    const QString path = m_dir.filePath("bad.ini");
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue("diagram/theme", "neon");
    }
    QCOMPARE(Settings(path).theme(), DiagramTheme::Light);
}

void TestSettings::panelsRememberTheirInput()
{
    const QString path = m_dir.filePath("panels.ini");
    {
        Settings settings(path);
        QCOMPARE(settings.watchIntervalMs(), 100);
        QCOMPARE(settings.labAddress(), QStringLiteral("127.0.0.1"));
        QCOMPARE(settings.labPort(), 0);
        QCOMPARE(settings.labIntervalMs(), 1);
        settings.setWatchPorts("5000, 8080");
        settings.setWatchIntervalMs(250);
        settings.setLabAddress("::1");
        settings.setLabPort(5000);
        settings.setLabIntervalMs(20);
        settings.sync();
    }
    Settings reread(path);
    QCOMPARE(reread.watchPorts(), QStringLiteral("5000, 8080"));
    QCOMPARE(reread.watchIntervalMs(), 250);
    QCOMPARE(reread.labAddress(), QStringLiteral("::1"));
    QCOMPARE(reread.labPort(), 5000);
    QCOMPARE(reread.labIntervalMs(), 20);
}

void TestSettings::badStoredNumbersFallBack()
{
    const QString path = m_dir.filePath("badnumbers.ini");
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue("watch/intervalMs", 0);
        raw.setValue("lab/port", 70000);
        raw.setValue("lab/intervalMs", "fast");
    }
    Settings settings(path);
    QCOMPARE(settings.watchIntervalMs(), 100);
    QCOMPARE(settings.labPort(), 0);
    QCOMPARE(settings.labIntervalMs(), 1);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
