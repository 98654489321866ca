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
        settings.sync();
    }
    Settings reread(path);
    QCOMPARE(reread.theme(), DiagramTheme::Print);
    QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
    QVERIFY(!reread.showPaths());
    QVERIFY(!reread.showResetEdges());
    QCOMPARE(reread.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(reread.lastExportDirectory(), QStringLiteral("/tmp/slides"));
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

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
