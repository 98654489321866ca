// The real main window, offscreen, with real loopback sockets: what a teacher sees in class.
#include "window/diagramwidget.h"
#include "window/livelabpanel.h"
#include "window/mainwindow.h"

#include "diagram/diagramlayout.h"
#include "diagram/tokenboard.h"
#include "i18n/translations.h"
#include "settings/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace tsl;

class TestWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tokensStayOnTheCanvas_data();
    void tokensStayOnTheCanvas();
    void languageSwitchKeepsTheLabRunning();
    void cancelFreesTheWindowAtOnce();

private:
    LiveLabPanel* labPanel() const { return m_window->findChild<LiveLabPanel*>(); }
    DiagramWidget* diagram() const { return m_window->findChild<DiagramWidget*>(); }
    void chooseScenario(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindow::init()
{
    Translations::install(QStringLiteral("en"));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->resize(1024, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!labPanel())
        QSKIP("No Live Lab on this platform");
    // The lab's dock in front, so the board shows the lab's tokens.
    if (auto* dock = qobject_cast<QDockWidget*>(labPanel()->parentWidget()))
        dock->raise();
    QTest::qWait(50);
}

void TestWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    Translations::install(QStringLiteral("en"));
}

void TestWindow::chooseScenario(const QString& name)
{
    for (QComboBox* box : labPanel()->findChildren<QComboBox*>()) {
        const int index = box->findText(name);
        if (index >= 0) {
            box->setCurrentIndex(index);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no scenario %1").arg(name)));
}

void TestWindow::tokensStayOnTheCanvas_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("manyOn"); // a state where the run leaves more tokens than fit: -1 none
    QTest::addRow("syn-flood") << QStringLiteral("syn-flood") << int(TcpState::SynReceived);
    QTest::addRow("time-wait-accumulation") << QStringLiteral("time-wait-accumulation") << int(TcpState::TimeWait);
    QTest::addRow("active-close") << QStringLiteral("active-close") << -1;
}

void TestWindow::tokensStayOnTheCanvas()
{
    QFETCH(QString, scenario);
    QFETCH(int, manyOn);
    TokenBoard* board = diagram()->board();
    board->setAnimationDuration(0);
    chooseScenario(scenario);
    labPanel()->runScenario();
    QVERIFY(labPanel()->isBusy()); // the scenario runs on the lab's thread; the window goes on
    QTRY_VERIFY_WITH_TIMEOUT(!labPanel()->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!board->isAnimating(), 10000);
    QTest::qWait(300); // a few more polls
    QCOMPARE(board->shownSource(), TokenSource::Lab);
    const auto piles = board->piles();
    QVERIFY(!piles.empty());

    const DiagramLayout layout(DiagramFonts::standard(), diagram()->options());
    const QTransform toWidget = DiagramLayout::canvasToDevice(QRectF(diagram()->rect()));
    QFont font = layout.fonts().tag;
    font.setBold(true);
    const QFontMetricsF metrics(font);
    bool sawCount = false;
    for (const TokenBoard::Pile& pile : piles) {
        std::vector<qreal> widths;
        if (pile.aggregated())
            widths.push_back(metrics.horizontalAdvance(QStringLiteral("%1 × %2").arg(pile.state == TcpState::TimeWait ? QStringLiteral("TIME_WAIT") : QStringLiteral("SYN_RECEIVED")).arg(pile.count)) + 22);
        for (const TokenBoard::Token* token : pile.tokens)
            widths.push_back(metrics.horizontalAdvance(token->text()) + 22);
        QVERIFY(int(widths.size()) <= TokenBoard::kMaxChipsPerState);
        for (const QRectF& chip : layout.tokenChips(pile.state, widths)) {
            const QRectF onScreen = toWidget.mapRect(chip);
            QVERIFY2(QRectF(diagram()->rect()).contains(onScreen),
                     qPrintable(QStringLiteral("a chip on %1 leaves the diagram").arg(int(pile.state))));
        }
        if (manyOn >= 0 && pile.state == TcpState(manyOn) && pile.aggregated())
            sawCount = true;
    }
    if (manyOn >= 0)
        QVERIFY2(sawCount, "many tokens on one state become one counted chip");
    QVERIFY(!diagram()->grab().isNull());
    // For a look by eye: TSL_SCREENSHOT_DIR=/tmp/shots ctest -R tst_window
    if (const QString shots = qEnvironmentVariable("TSL_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(m_window->grab().save(shots + QLatin1Char('/') + scenario + QStringLiteral(".png")));
}

void TestWindow::languageSwitchKeepsTheLabRunning()
{
    chooseScenario(QStringLiteral("three-way-handshake"));
    labPanel()->runScenario();
    QTRY_VERIFY_WITH_TIMEOUT(!labPanel()->isBusy(), 20000);
    QVERIFY(labPanel()->isFollowing());
    QTRY_VERIFY(diagram()->board()->tokenCount(TokenSource::Lab) > 0);
    const int tokensBefore = diagram()->board()->tokenCount(TokenSource::Lab);
    QVERIFY(tokensBefore > 0);

    Translations::install(QStringLiteral("de"));
    QCoreApplication::processEvents();
    QTest::qWait(100);
    QVERIFY(labPanel()->isFollowing());
    QCOMPARE(diagram()->board()->tokenCount(TokenSource::Lab), tokensBefore);
    // The source line is in the new language too.
    bool sourceTranslated = false;
    for (QLabel* label : labPanel()->findChildren<QLabel*>())
        sourceTranslated = sourceTranslated || label->text().startsWith(QStringLiteral("Quelle:"));
    QVERIFY(sourceTranslated);

    // A theme switch and another panel in front do not stop it either.
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
        if (dock->widget() != labPanel())
            dock->raise();
    }
    QTest::qWait(100);
    QVERIFY(labPanel()->isFollowing());
}

void TestWindow::cancelFreesTheWindowAtOnce()
{
    // time-wait-accumulation takes a second or more; Cancel returns at once, the next run works.
    chooseScenario(QStringLiteral("time-wait-accumulation"));
    labPanel()->runScenario();
    QVERIFY(labPanel()->isBusy());
    QPushButton* cancel = nullptr;
    for (QPushButton* button : labPanel()->findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Cancel"))
            cancel = button;
    }
    QVERIFY(cancel);
    QVERIFY(cancel->isVisible());
    QElapsedTimer clock;
    clock.start();
    cancel->click();
    QVERIFY(clock.elapsed() < 200);
    QVERIFY(!labPanel()->isBusy());
    QVERIFY(!cancel->isVisible());
    chooseScenario(QStringLiteral("three-way-handshake"));
    labPanel()->runScenario();
    QTRY_VERIFY_WITH_TIMEOUT(!labPanel()->isBusy(), 20000);
    QTRY_VERIFY(diagram()->board()->tokenCount(TokenSource::Lab) > 0);
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
