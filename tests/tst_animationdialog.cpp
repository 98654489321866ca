// File → Export Animation…: the dialog as a user drives it (format and extension follow each
// other, bad input is said in the dialog, the export runs off the GUI thread and can be
// cancelled), and the window's menu entry exporting what the front panel shows.
#include "window/animationexportdialog.h"
#include "window/mainwindow.h"

#include "animation/animationscript.h"
#include "settings/settings.h"
#include "sim/simscenarios.h"
#include "sim/simulator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tsl;

namespace {
AnimationScript script(const char* name)
{
    sim::Simulator simulator;
    sim::buildScenario(name, simulator);
    return AnimationScript::fromSimulator(simulator, QString::fromLatin1(name));
}

AnimationOptions small()
{
    AnimationOptions options;
    options.size = QSize(960, 540);
    options.fps = 6;
    options.stepMs = 600;
    return options;
}
} // namespace

class TestAnimationDialog : public QObject {
    Q_OBJECT

private slots:
    void formatAndExtensionFollowEachOther();
    void badInputIsSaidInTheDialog();
    void exportsOffTheGuiThread();
    void cancelLeavesNoFile();
    void windowExportsTheFrontPanel();

private:
    QTemporaryDir m_dir;
};

void TestAnimationDialog::formatAndExtensionFollowEachOther()
{
    AnimationExportDialog dialog(script("abort"), QStringLiteral("The simulator: Abort"), m_dir.filePath("abort.gif"), small());
    QCOMPARE(dialog.formatBox()->currentData().toInt(), int(AnimationExporter::Format::Gif));
    QCOMPARE(dialog.sizeBox()->currentData().toSize(), QSize(960, 540));
    QCOMPARE(dialog.options().stepMs, 600);
    QCOMPARE(dialog.options().fps, 6);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(AnimationExporter::Format::Html)));
    emit dialog.formatBox()->activated(dialog.formatBox()->currentIndex());
    QCOMPARE(dialog.path(), m_dir.filePath("abort.html"));
    dialog.pathEdit()->clear();
    QTest::keyClicks(dialog.pathEdit(), m_dir.filePath("x.webp"));
    QCOMPARE(dialog.formatBox()->currentData().toInt(), int(AnimationExporter::Format::Webp));
    dialog.stepBox()->setValue(1.5);
    QCOMPARE(dialog.options().stepMs, 1500);
}

void TestAnimationDialog::badInputIsSaidInTheDialog()
{
    AnimationExportDialog dialog(script("abort"), QString(), m_dir.filePath("abort.mov"), small());
    dialog.show();
    dialog.exportButton()->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isExporting());
    QVERIFY2(dialog.lastError().contains(QLatin1String("unknown file type")), qPrintable(dialog.lastError()));
    QVERIFY(!QFile::exists(m_dir.filePath("abort.mov")));
}

void TestAnimationDialog::exportsOffTheGuiThread()
{
    const QString path = m_dir.filePath("refused.webp");
    AnimationExportDialog dialog(script("connect-refused"), QString(), path, small());
    QSignalSpy exported(&dialog, &AnimationExportDialog::exported);
    dialog.show();
    dialog.exportButton()->click();
    QVERIFY(dialog.isExporting());
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(dialog.progressBar()->isVisible());
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.first().first().toString(), path);
    QVERIFY(!dialog.isExporting());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "RIFF");
}

void TestAnimationDialog::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath("long.gif");
    AnimationOptions options = small();
    options.fps = 50; // many frames: time to cancel
    AnimationExportDialog dialog(script("lost-final-ack"), QString(), path, options);
    dialog.show();
    dialog.exportButton()->click();
    QVERIFY(dialog.isExporting());
    dialog.reject(); // Cancel Export
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 60000);
    QVERIFY(dialog.isVisible()); // the dialog stays for another try
    QVERIFY(dialog.lastError().isEmpty());
    QVERIFY(!QFile::exists(path));
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void TestAnimationDialog::windowExportsTheFrontPanel()
{
    Settings settings(m_dir.filePath("settings.ini"));
    settings.setLastExportDirectory(m_dir.path());
    MainWindow window(settings);
    window.show();
    QAction* action = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* entry : menu->menu()->actions()) {
            if (entry->text().contains(QLatin1String("Export &Animation")))
                action = entry;
        }
    }
    QVERIFY(action);
    QVERIFY(window.keyboardActions().contains(action));
    // The simulator in front: its scenario is what the dialog offers.
    for (QDockWidget* dock : window.panels()) {
        if (dock->objectName() == QLatin1String("simulatorDock")) {
            dock->show();
            dock->raise();
        }
    }
    QString shown;
    QString file;
    bool fits = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<AnimationExportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            shown += label->text() + QLatin1Char('\n');
        file = dialog->path();
        fits = dialog->sizeHint().width() <= 1024 && dialog->sizeHint().height() <= 700;
        dialog->reject();
    });
    action->trigger();
    QVERIFY2(shown.contains(QLatin1String("The simulator")), qPrintable(shown));
    QVERIFY(file.startsWith(m_dir.path()));
    QVERIFY(file.endsWith(QLatin1String(".gif")));
    QVERIFY(fits);
}

QTEST_MAIN(TestAnimationDialog)
#include "tst_animationdialog.moc"
