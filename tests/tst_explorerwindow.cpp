// The state × segment explorer in the real main window, offscreen on a 1024x768 projector (and
// 1600x1000): View → State × Segment Explorer opens it on the screen; a click on a cell shows
// its ladder and both answers; Fill asks the real kernel row by row (at least one row from both
// engines), Cancel stops it; without a private network the window says why and how to allow
// it; German and Chinese throughout.
#include "window/explorerdialog.h"
#include "window/ladderwidget.h"
#include "window/mainwindow.h"

#include "explorer/explorermodel.h"
#include "i18n/translations.h"
#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "net/tcpsegment.h"
#include "settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tsl;

class TestExplorerWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheViewMenuAndFitsTheScreen();
    void clickingACellShowsItsExchange();
    void fillAsksTheKernelRowByRowAndCancels();
    void withoutPrivateNetworkTheWindowSaysWhy();
    void closingTheAppWhileFillingIsQuick();
    void positionsSwitchFromTheCache();
    void speaksTheUsersLanguage_data();
    void speaksTheUsersLanguage();

private:
    ExplorerDialog* openExplorer();
    static QRect globalRect(const QWidget* widget) { return {widget->mapToGlobal(QPoint(0, 0)), widget->size()}; }

    bool m_kernel = false;
    QTemporaryDir m_dir;
    int m_runs = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestExplorerWindow::initTestCase() { m_kernel = net::checkAvailability().available; }

void TestExplorerWindow::init()
{
    Translations::install(QStringLiteral("en"));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("explorer-%1.ini").arg(++m_runs)));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->showFitted();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExplorerWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    Translations::install(QStringLiteral("en"));
}

ExplorerDialog* TestExplorerWindow::openExplorer()
{
    QAction* open = nullptr;
    for (QAction* action : m_window->keyboardActions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            open = action;
    }
    if (!open)
        return nullptr;
    open->trigger();
    ExplorerDialog* dialog = m_window->explorer();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    // The simulator's answers come at once (off the GUI thread).
    if (!QTest::qWaitFor([dialog] { return dialog->model()->shownGrid().rfcComplete() && !dialog->model()->isFilling(); }, 10000))
        return nullptr;
    QTest::qWait(50); // the splitter is balanced after the first show
    return dialog;
}

void TestExplorerWindow::opensFromTheViewMenuAndFitsTheScreen()
{
    ExplorerDialog* dialog = openExplorer();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal()); // the main window goes on beside it
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(available.contains(dialog->frameGeometry()),
             qPrintable(QStringLiteral("explorer %1x%2 on %3x%4").arg(dialog->width()).arg(dialog->height()).arg(available.width()).arg(available.height())));
    // Every control on the screen and inside the dialog.
    for (QWidget* control : std::initializer_list<QWidget*>{dialog->fillButton(), dialog->cancelButton(), dialog->positionChooser(),
                                                            dialog->grid(), dialog->ladder(), dialog->explanation()}) {
        QVERIFY(control->isVisible());
        QVERIFY2(available.contains(globalRect(control).topLeft()), control->metaObject()->className());
    }
    // All eight columns without scrolling sideways; the rows readable, two lines each.
    QTableView* grid = dialog->grid();
    QCOMPARE(grid->model()->rowCount(), 11);
    QCOMPARE(grid->model()->columnCount(), 8);
    int columns = 0;
    for (int column = 0; column < 8; ++column)
        columns += grid->columnWidth(column);
    QVERIFY2(columns <= grid->viewport()->width(), qPrintable(QStringLiteral("%1 > %2").arg(columns).arg(grid->viewport()->width())));
    QVERIFY(columns >= grid->viewport()->width() - 8);
    QVERIFY(grid->verticalHeader()->sectionSize(0) >= 2 * grid->fontMetrics().height());
    for (int column = 0; column < 8; ++column)
        QVERIFY2(grid->columnWidth(column) >= grid->fontMetrics().horizontalAdvance(QStringLiteral("RST,ACK")), qPrintable(QString::number(column)));
    // On the big screen the whole grid shows at once.
    if (available.height() >= 1000)
        QVERIFY(!grid->verticalScrollBar()->isVisible());
    QVERIFY(dialog->cancelButton()->isEnabled() == false);
    QVERIFY(dialog->fillButton()->isEnabled());
    QVERIFY(!dialog->statusLabel()->text().isEmpty());
    qInfo("explorer %dx%d, grid %dx%d, ladder %dx%d", dialog->width(), dialog->height(), grid->width(), grid->height(),
          dialog->ladder()->width(), dialog->ladder()->height());
}

void TestExplorerWindow::clickingACellShowsItsExchange()
{
    ExplorerDialog* dialog = openExplorer();
    QVERIFY(dialog);
    QTableView* grid = dialog->grid();
    const QModelIndex listenSyn = dialog->model()->indexOf(TcpState::Listen, net::tcpflag::kSyn);
    grid->scrollTo(listenSyn);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(listenSyn).center());
    QCOMPARE(grid->currentIndex(), listenSyn);
    QVERIFY2(dialog->heading()->text().startsWith(QStringLiteral("LISTEN receives SYN")), qPrintable(dialog->heading()->text()));
    const QString explanation = dialog->explanation()->toPlainText();
    QVERIFY2(explanation.contains(QStringLiteral("answers SYN,ACK")), qPrintable(explanation));
    QVERIFY(explanation.contains(QStringLiteral("SYN_RECEIVED")));
    // The ladder: B listens (step 1), the crafted SYN arrives (step 2) and is answered.
    QVERIFY(dialog->shownSimulation());
    QCOMPARE(dialog->shownSimulation()->currentStep(), 2);
    QVERIFY(dialog->ladder()->height() > 100);
    // The Wire panel's way in: a cell by state and flags.
    m_window->showExplorerCell(TcpState::TimeWait, net::tcpflag::kRst);
    QVERIFY(dialog->isVisible());
    QCOMPARE(grid->currentIndex(), dialog->model()->indexOf(TcpState::TimeWait, net::tcpflag::kRst));
    QVERIFY(dialog->heading()->text().startsWith(QStringLiteral("TIME_WAIT receives RST")));
    QVERIFY(dialog->shownSimulation()->currentStep() > 5);
}

void TestExplorerWindow::fillAsksTheKernelRowByRowAndCancels()
{
    if (!m_kernel)
        QSKIP("no private network here");
    ExplorerDialog* dialog = openExplorer();
    QVERIFY(dialog);
    ExplorerModel* model = dialog->model();
    const ExplorerGrid& grid = model->grid(ExplorerPosition::InWindow);
    QTest::mouseClick(dialog->fillButton(), Qt::LeftButton);
    QVERIFY(model->isFilling());
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(!dialog->fillButton()->isEnabled());
    // Row by row, and the window answers meanwhile: wait for the first four rows (to
    // SYN_RECEIVED, where Linux parts from the RFC).
    const std::size_t synReceived = *ExplorerGrid::rowOf(TcpState::SynReceived);
    QVERIFY(QTest::qWaitFor([&grid, synReceived] { return grid.cell(synReceived, kExplorerColumns - 1).kernel.has_value(); }, 60000));
    QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("Asking Linux")));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([model] { return !model->isFilling(); }, 5000));
    QVERIFY(grid.kernelFilled() >= int(4 * kExplorerColumns));
    QVERIFY(grid.kernelFilled() < int(kExplorerCells));
    for (std::size_t column = 0; column < kExplorerColumns; ++column)
        QVERIFY(grid.cell(0, column).hasBoth()); // CLOSED: a whole row from both engines
    QVERIFY(!dialog->cancelButton()->isEnabled());
    QVERIFY(dialog->fillButton()->isEnabled());
    const QModelIndex differing = model->indexOf(TcpState::SynReceived, net::tcpflag::kSyn);
    QVERIFY(model->data(differing, ExplorerModel::DiffersRole).toBool());
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("differ")));
    dialog->showCell(TcpState::SynReceived, net::tcpflag::kSyn);
    QVERIFY(dialog->explanation()->toPlainText().contains(QStringLiteral("They differ")));
    QVERIFY(dialog->explanation()->toPlainText().contains(QStringLiteral("LISTEN")));
}

void TestExplorerWindow::withoutPrivateNetworkTheWindowSaysWhy()
{
    ExplorerDialog* dialog = openExplorer();
    QVERIFY(dialog);
    dialog->model()->filler().setNetworkFactory([](std::string& error) -> std::unique_ptr<net::PrivateNetwork> {
        error = "unshare(CLONE_NEWUSER): Operation not permitted";
        return nullptr;
    });
    QVERIFY(dialog->unavailableLabel()->isHidden());
    dialog->fill();
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->model()->isFilling(); }, 10000));
    QVERIFY(dialog->unavailableLabel()->isVisible());
    const QString text = dialog->unavailableLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("How to allow it")), qPrintable(text));
    QVERIFY(text.contains(dialog->model()->kernelMissingReason().toHtmlEscaped()));
    QCOMPARE(dialog->model()->shownGrid().kernelFilled(), 0);
    QVERIFY(dialog->model()->shownGrid().rfcComplete());
    QVERIFY(dialog->fillButton()->isEnabled()); // try again once allowed
}

void TestExplorerWindow::closingTheAppWhileFillingIsQuick()
{
    if (!m_kernel)
        QSKIP("no private network here");
    ExplorerDialog* dialog = openExplorer();
    QVERIFY(dialog);
    dialog->fill();
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->model()->shownGrid().kernelFilled() >= 2; }, 20000));
    // The window goes while a kernel cell is under way: it waits for that cell only.
    QElapsedTimer clock;
    clock.start();
    m_window.reset();
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestExplorerWindow::positionsSwitchFromTheCache()
{
    ExplorerDialog* dialog = openExplorer();
    QVERIFY(dialog);
    QComboBox* chooser = dialog->positionChooser();
    QCOMPARE(chooser->count(), 3);
    const QModelIndex finAck = dialog->model()->indexOf(TcpState::Established, net::tcpflag::kFin | net::tcpflag::kAck);
    dialog->showCell(TcpState::Established, net::tcpflag::kFin | net::tcpflag::kAck);
    chooser->setCurrentIndex(chooser->findData(int(ExplorerPosition::LeftEdge)));
    QCOMPARE(dialog->model()->position(), ExplorerPosition::LeftEdge);
    QVERIFY(!dialog->model()->isFilling()); // asked when the window opened
    QCOMPARE(dialog->model()->data(finAck).toString(), QStringLiteral("ACK → CLOSE_WAIT"));
    QVERIFY(dialog->heading()->text().contains(QStringLiteral("RCV.NXT — ")));
    QVERIFY(dialog->suggestedFileName(QStringLiteral("html")).endsWith(QStringLiteral("left-edge.html")));
}

void TestExplorerWindow::speaksTheUsersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("de") << "de";
    QTest::addRow("zh_CN") << "zh_CN";
}

void TestExplorerWindow::speaksTheUsersLanguage()
{
    QFETCH(QString, language);
    ExplorerDialog* dialog = openExplorer();
    QVERIFY(dialog);
    const QString englishTitle = dialog->windowTitle();
    const QString englishHeading = dialog->heading()->text();
    QCOMPARE(Translations::install(language), language);
    QVERIFY(QTest::qWaitFor([dialog, englishTitle] { return dialog->windowTitle() != englishTitle; }, 2000));
    QVERIFY(dialog->heading()->text() != englishHeading);
    // States: the token, and under it the name in the user's language.
    const QString row = dialog->model()->headerData(4, Qt::Vertical).toString();
    QVERIFY2(row.startsWith(QStringLiteral("ESTABLISHED\n")), qPrintable(row));
    QVERIFY(dialog->positionChooser()->currentText() != QStringLiteral("Inside the window (RCV.NXT+1)"));
    QVERIFY(!dialog->fillButton()->text().contains(QStringLiteral("Fill")));
    // The whole window still fits with the longer words.
    QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(dialog->frameGeometry()));
}

QTEST_MAIN(TestExplorerWindow)
#include "tst_explorerwindow.moc"
