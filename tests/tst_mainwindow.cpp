// The real main window on a projector-sized offscreen screen (tests/data/offscreen-*.json):
// everything fits and can be reached, presentation mode fills the screen, every shortcut does
// what its menu says, and the guide lists them all.
#include "window/diagramexportdialog.h"
#include "window/diagramwidget.h"
#include "window/ladderwidget.h"
#include "window/mainwindow.h"
#include "window/simulatorpanel.h"
#include "window/userguidedialog.h"
#include "window/watchpanel.h"
#ifdef __linux__
#include "window/livelabpanel.h"
#endif

#include "diagram/diagramlayout.h"
#include "diagram/tokenboard.h"
#include "i18n/translations.h"
#include "settings/settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFontInfo>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace tsl;

namespace {

QRect globalRect(const QWidget* widget) { return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size()); }

QScrollArea* enclosingScrollArea(QWidget* widget)
{
    for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w))
            return area;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstLaunchFitsTheScreen();
    void everyButtonCanBeReached();
    void watchTableAndLabLogFit_data();
    void watchTableAndLabLogFit();
    void presentationModeFillsTheScreen();
    void shortcutsTriggerTheirActions_data();
    void shortcutsTriggerTheirActions();
    void spaceStaysWithAFocusedButton();
    void tabGoesFromTheDiagramIntoThePanel();
    void panelInFrontShowsItsTokens();
    void everyShortcutIsInAMenuAndTheGuide();
    void darkThemeDarkensTheWholeWindow();
    void exportDialogChoosesPaperAndTokens();

private:
    QScreen* screen() const { return QGuiApplication::primaryScreen(); }
    void openWindow();

    QTemporaryDir m_dir;
    int m_runs = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    Translations::install(QStringLiteral("en"));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("window-%1.ini").arg(++m_runs)));
    openWindow();
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->showFitted();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::qWait(50); // the first balancing of the panels runs after the window is shown
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestMainWindow::firstLaunchFitsTheScreen()
{
    const QRect available = screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("window %1x%2 on a %3x%4 screen")
                            .arg(m_window->width()).arg(m_window->height()).arg(available.width()).arg(available.height())));
    // The diagram keeps at least 60 % of the width beside a panel.
    QVERIFY(m_window->currentPanel());
    const double share = double(m_window->diagram()->width()) / m_window->width();
    QVERIFY2(share >= 1.0 - MainWindow::kMaxPanelShare - 0.01, qPrintable(QString::number(share)));
    // The menu bar, the panel tabs and the status bar are on the screen.
    QVERIFY(available.contains(globalRect(m_window->menuBar())));
    QVERIFY(available.contains(globalRect(m_window->statusBar())));
    for (const QTabBar* tabs : m_window->findChildren<QTabBar*>()) {
        if (tabs->isVisible())
            QVERIFY(available.contains(globalRect(tabs)));
    }
    // On a wide screen the diagram uses the space: the canvas fills most of its widget.
    const QSizeF canvas = DiagramLayout::canvasSize();
    const QSize widget = m_window->diagram()->size();
    const double scale = std::min(widget.width() / canvas.width(), widget.height() / canvas.height());
    const double filled = scale * scale * canvas.width() * canvas.height() / (widget.width() * widget.height());
    qInfo("window %dx%d, diagram %dx%d (%.0f %% of the width), the canvas fills %.0f %% of it", m_window->width(),
          m_window->height(), widget.width(), widget.height(), share * 100, filled * 100);
    if (available.width() >= 1600)
        QVERIFY2(filled >= 0.8, qPrintable(QString::number(filled)));
}

void TestMainWindow::everyButtonCanBeReached()
{
    const QRect available = screen()->availableGeometry();
    int checked = 0;
    for (QDockWidget* panel : m_window->panels()) {
        if (m_window->currentPanel() != panel)
            m_window->togglePanel(panel);
        QTRY_COMPARE(m_window->currentPanel(), panel);
        QTRY_VERIFY(panel->widget()->isEnabled());
        QTest::qWait(20); // its layout settles
        QVERIFY(available.contains(globalRect(panel)));
        for (QAbstractButton* button : panel->findChildren<QAbstractButton*>()) {
            if (!button->isVisibleTo(panel) || button->inherits("QDockWidgetTitleButton"))
                continue;
            // A panel narrower than its controls scrolls; the button must come into view.
            QRect visibleArea = available;
            if (QScrollArea* area = enclosingScrollArea(button)) {
                area->ensureWidgetVisible(button, 0, 0);
                QCoreApplication::processEvents();
                visibleArea &= globalRect(area->viewport());
            }
            QVERIFY2(visibleArea.contains(globalRect(button)),
                     qPrintable(QStringLiteral("%1 \"%2\" in %3 cannot be brought onto the screen")
                                    .arg(QLatin1String(button->metaObject()->className()), button->text(),
                                         panel->windowTitle())
                                + QStringLiteral(" %1,%2 %3x%4 in %5,%6 %7x%8").arg(globalRect(button).x()).arg(globalRect(button).y()).arg(globalRect(button).width()).arg(globalRect(button).height()).arg(visibleArea.x()).arg(visibleArea.y()).arg(visibleArea.width()).arg(visibleArea.height())));
            ++checked;
        }
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
    for (QDockWidget* panel : m_window->panels()) {
        const auto* area = qobject_cast<QScrollArea*>(panel->widget());
        qInfo("%s: %d px wide, its controls need %d px", qPrintable(panel->windowTitle()), panel->width(),
              area ? area->widget()->minimumSizeHint().width() : panel->widget()->minimumSizeHint().width());
    }
}

void TestMainWindow::watchTableAndLabLogFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("de") << QStringLiteral("de");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestMainWindow::watchTableAndLabLogFit()
{
    // On a 1024x768 projector as on 1600x1000: the Watch table's columns fit its width (no
    // sideways scrolling) and the Live Lab's log is in view without scrolling the panel.
    QFETCH(QString, language);
    Translations::install(language);
    QCoreApplication::processEvents();
    for (QDockWidget* panel : m_window->panels()) {
        auto* table = panel->findChild<QTableView*>();
        if (!table || !panel->findChild<WatchPanel*>())
            continue;
        if (m_window->currentPanel() != panel)
            m_window->togglePanel(panel);
        QTRY_COMPARE(m_window->currentPanel(), panel);
        QTest::qWait(50);
        const int used = table->horizontalHeader()->length();
        QVERIFY2(used <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1: columns %2 px in a %3 px table").arg(language).arg(used).arg(table->viewport()->width())));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        for (int column : {0, 1, 2}) // state and both endpoints always show
            QVERIFY(!table->isColumnHidden(column) && table->columnWidth(column) >= 40);
    }
#ifdef __linux__
    for (QDockWidget* panel : m_window->panels()) {
        if (!panel->findChild<LiveLabPanel*>())
            continue;
        if (m_window->currentPanel() != panel)
            m_window->togglePanel(panel);
        QTRY_COMPARE(m_window->currentPanel(), panel);
        QTest::qWait(50);
        auto* area = qobject_cast<QScrollArea*>(panel->widget());
        QVERIFY(area);
        area->verticalScrollBar()->setValue(0);
        QCoreApplication::processEvents();
        auto* log = panel->findChild<QPlainTextEdit*>();
        QVERIFY(log);
        const QRect shown = globalRect(log) & globalRect(area->viewport());
        const int lines = shown.height() / QFontMetrics(log->font()).lineSpacing();
        QVERIFY2(lines >= 4, qPrintable(QStringLiteral("%1: %2 lines of the log in view").arg(language).arg(lines)));
    }
#endif
    Translations::install(QStringLiteral("en"));
}

void TestMainWindow::presentationModeFillsTheScreen()
{
    const auto panelTextHeight = [&] {
        const QList<QAbstractButton*> buttons = m_window->findChild<QDockWidget*>(QStringLiteral("simulatorDock"))->findChildren<QAbstractButton*>();
        return buttons.isEmpty() ? 0 : QFontInfo(buttons.first()->font()).pixelSize();
    };
    const int normalText = panelTextHeight();
    m_window->setPresenting(true);
    QTRY_COMPARE(m_window->geometry(), screen()->geometry());
    QVERIFY(m_window->isFullScreen());
    QVERIFY(!m_window->menuBar()->isVisible());
    QTRY_VERIFY(!m_window->currentPanel());
    // The diagram takes the whole width and all the height but the status bar.
    QCOMPARE(m_window->diagram()->width(), screen()->geometry().width());
    QVERIFY(m_window->diagram()->height() >= screen()->geometry().height() - 60);
    // Edge labels at least 14 px tall on this screen.
    const QSizeF canvas = DiagramLayout::canvasSize();
    const double scale = std::min(m_window->diagram()->width() / canvas.width(),
                                  m_window->diagram()->height() / canvas.height());
    QVERIFY2(DiagramFonts::presentation().label.pixelSize() * scale >= 14 - 1e-9, qPrintable(QString::number(scale)));

    // A panel comes back beside the diagram on Ctrl+3, with large text.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QTRY_COMPARE(m_window->currentPanel(), m_window->findChild<QDockWidget*>(QStringLiteral("simulatorDock")));
    QVERIFY2(panelTextHeight() >= normalText * 1.2, qPrintable(QStringLiteral("%1 -> %2 px").arg(normalText).arg(panelTextHeight())));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3)); // and goes again
    QTRY_VERIFY(!m_window->currentPanel());

    // Esc leaves it, and the window is as it was.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isPresenting());
    QTRY_VERIFY(!m_window->isFullScreen());
    QVERIFY(m_window->menuBar()->isVisible());
    QTRY_VERIFY(m_window->currentPanel());
}

void TestMainWindow::shortcutsTriggerTheirActions_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("effect");
    QTest::addRow("F11") << QKeySequence(Qt::Key_F11) << "presenting";
    QTest::addRow("Ctrl+3") << QKeySequence(Qt::CTRL | Qt::Key_3) << "simulator panel";
    QTest::addRow("Ctrl+Tab") << QKeySequence(Qt::CTRL | Qt::Key_Tab) << "next panel";
    QTest::addRow("Right") << QKeySequence(Qt::Key_Right) << "step forward";
    QTest::addRow(".") << QKeySequence(Qt::Key_Period) << "step forward";
    QTest::addRow("Left") << QKeySequence(Qt::Key_Left) << "step back";
    QTest::addRow(",") << QKeySequence(Qt::Key_Comma) << "step back";
    QTest::addRow("Home") << QKeySequence(Qt::Key_Home) << "reset";
    QTest::addRow("Space") << QKeySequence(Qt::Key_Space) << "play";
    QTest::addRow("Ctrl+L") << QKeySequence(Qt::CTRL | Qt::Key_L) << "clear";
    QTest::addRow("Ctrl++") << QKeySequence(QKeySequence::ZoomIn) << "zoom in";
    QTest::addRow("Ctrl+=") << QKeySequence(Qt::CTRL | Qt::Key_Equal) << "zoom in";
    QTest::addRow("Ctrl+0") << QKeySequence(Qt::CTRL | Qt::Key_0) << "zoom reset";
    QTest::addRow("F1") << QKeySequence(Qt::Key_F1) << "guide";
}

void TestMainWindow::shortcutsTriggerTheirActions()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, effect);
    auto* simulator = m_window->findChild<SimulatorPanel*>();
    QVERIFY(simulator);
    DiagramWidget* diagram = m_window->diagram();
    diagram->setFocus();
    QTRY_VERIFY(diagram->hasFocus());

    // A state to start from where the key makes a visible difference.
    simulator->stepForward();
    simulator->stepForward();
    const int step = simulator->simulator().currentStep();
    QCOMPARE(step, 2);
    diagram->board()->setHighlightedStates({TcpState::Listen});
    diagram->zoomIn();
    const qreal zoom = diagram->zoom();
    QDockWidget* before = m_window->currentPanel();

    QTest::keySequence(m_window.get(), keys);
    QCoreApplication::processEvents();

    if (effect == QLatin1String("presenting")) {
        QVERIFY(m_window->isPresenting());
    } else if (effect == QLatin1String("simulator panel")) {
        QTRY_COMPARE(m_window->currentPanel(), m_window->findChild<QDockWidget*>(QStringLiteral("simulatorDock")));
    } else if (effect == QLatin1String("next panel")) {
        const QList<QDockWidget*> panels = m_window->panels();
        QTRY_COMPARE(m_window->currentPanel(), panels.at((panels.indexOf(before) + 1) % panels.size()));
    } else if (effect == QLatin1String("step forward")) {
        QCOMPARE(simulator->simulator().currentStep(), step + 1);
    } else if (effect == QLatin1String("step back")) {
        QCOMPARE(simulator->simulator().currentStep(), step - 1);
    } else if (effect == QLatin1String("reset")) {
        QCOMPARE(simulator->simulator().currentStep(), 0);
    } else if (effect == QLatin1String("play")) {
        QTRY_VERIFY(simulator->simulator().currentStep() > step);
        QTest::keySequence(m_window.get(), keys); // Space again pauses
        const int paused = simulator->simulator().currentStep();
        QTest::qWait(1500);
        QCOMPARE(simulator->simulator().currentStep(), paused);
    } else if (effect == QLatin1String("clear")) {
        QVERIFY(diagram->board()->highlightedStates().isEmpty());
    } else if (effect == QLatin1String("zoom in")) {
        QVERIFY(diagram->zoom() > zoom);
    } else if (effect == QLatin1String("zoom reset")) {
        QCOMPARE(diagram->zoom(), 1.0);
    } else if (effect == QLatin1String("guide")) {
        auto* guide = m_window->findChild<UserGuideDialog*>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
    } else {
        QFAIL(qPrintable(effect));
    }
}

void TestMainWindow::spaceStaysWithAFocusedButton()
{
    // Space presses the focused button (here the simulator's own Forward button), not Play.
    auto* simulator = m_window->findChild<SimulatorPanel*>();
    m_window->togglePanel(m_window->findChild<QDockWidget*>(QStringLiteral("simulatorDock")));
    QAbstractButton* forward = nullptr;
    for (QAbstractButton* button : simulator->findChildren<QAbstractButton*>()) {
        if (button->text().contains(QStringLiteral("Forward")))
            forward = button;
    }
    QVERIFY(forward);
    forward->setFocus();
    QTRY_VERIFY(forward->hasFocus());
    const int step = simulator->simulator().currentStep();
    QTest::keyClick(forward, Qt::Key_Space);
    QCOMPARE(simulator->simulator().currentStep(), step + 1);
    QTest::qWait(1200);
    QCOMPARE(simulator->simulator().currentStep(), step + 1); // not playing
}

void TestMainWindow::tabGoesFromTheDiagramIntoThePanel()
{
    m_window->diagram()->setFocus();
    QTRY_VERIFY(m_window->diagram()->hasFocus());
    QDockWidget* panel = m_window->currentPanel();
    QVERIFY(panel);
    QStringList path;
    bool reached = false;
    for (int i = 0; i < 6 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        path << QLatin1String(focus->metaObject()->className());
        // Never into a panel whose tab is not showing.
        for (QDockWidget* other : m_window->panels())
            QVERIFY2(other == panel || !other->isAncestorOf(focus), qPrintable(other->windowTitle()));
        reached = panel->isAncestorOf(focus);
    }
    QVERIFY2(reached, qPrintable(path.join(QStringLiteral(" → "))));
    // and Shift+Tab goes back the same way
    for (int i = 0; i < 6 && !m_window->diagram()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(m_window->diagram()->hasFocus());
}

void TestMainWindow::panelInFrontShowsItsTokens()
{
    // Choosing a panel's tab puts its tokens on the diagram, back and forth (tabbed docks get
    // no show event when their tab is chosen again).
    TokenBoard* board = m_window->diagram()->board();
    const auto dockOf = [&](const QWidget* panel) -> QDockWidget* {
        for (QDockWidget* dock : m_window->panels()) {
            if (dock->isAncestorOf(panel))
                return dock;
        }
        return nullptr;
    };
    QDockWidget* watch = dockOf(m_window->findChild<WatchPanel*>());
    QVERIFY(watch);
#ifdef __linux__
    QDockWidget* lab = dockOf(m_window->findChild<LiveLabPanel*>());
    QVERIFY(lab);
    for (int round = 0; round < 2; ++round) {
        watch->raise();
        QTRY_COMPARE(board->shownSource(), TokenSource::Watch);
        lab->raise();
        QTRY_COMPARE(board->shownSource(), TokenSource::Lab);
    }
#else
    watch->raise();
    QTRY_COMPARE(board->shownSource(), TokenSource::Watch);
#endif
}

void TestMainWindow::everyShortcutIsInAMenuAndTheGuide()
{
    const QString guide = UserGuideDialog::pageHtml(m_window->keyboardActions());
    QVERIFY(guide.contains(QStringLiteral("first lesson")));
    QStringList seen;
    for (QAction* action : m_window->keyboardActions()) {
        QVERIFY2(!action->shortcuts().isEmpty(), qPrintable(action->text()));
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(" is used twice")));
        seen << key;
        QVERIFY2(guide.contains(key.toHtmlEscaped()), qPrintable(key));
        bool inMenu = false;
        for (QObject* owner : action->associatedObjects())
            inMenu = inMenu || qobject_cast<QMenu*>(owner);
        // Esc is the one key without a menu entry: the menu bar is hidden while it applies.
        QVERIFY2(inMenu || action->shortcut() == QKeySequence(Qt::Key_Escape), qPrintable(action->text()));
    }
    for (const char* key : {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+Tab", "Space", "Home", "Ctrl+L", "F11", "Right", "Left"})
        QVERIFY2(seen.contains(QLatin1String(key)) || guide.contains(QLatin1String(key)), key);
}

void TestMainWindow::darkThemeDarkensTheWholeWindow()
{
    QMenu* view = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->text().remove(QLatin1Char('&')) == QLatin1String("View"))
            view = menu->menu();
    }
    QVERIFY(view);
    QAction* dark = nullptr;
    for (QAction* item : view->actions()) {
        if (item->menu() && item->text().remove(QLatin1Char('&')) == QLatin1String("Theme")) {
            for (QAction* theme : item->menu()->actions()) {
                if (theme->text().remove(QLatin1Char('&')) == QLatin1String("Dark"))
                    dark = theme;
            }
        }
    }
    QVERIFY(dark);
    dark->trigger();
    const QWidget* panel = m_window->panels().first()->widget();
    QTRY_VERIFY(panel->palette().color(QPalette::Window).lightnessF() < 0.25);
    QVERIFY(panel->palette().color(QPalette::WindowText).lightnessF() > 0.75);
    QVERIFY(m_window->menuBar()->palette().color(QPalette::Window).lightnessF() < 0.25);
}

void TestMainWindow::exportDialogChoosesPaperAndTokens()
{
    DiagramExportDialog withTokens(m_dir.filePath(QStringLiteral("handout.pdf")), QPageSize::Letter, true, 2, true);
    QVERIFY(withTokens.printColours());
    withTokens.printBox()->setChecked(false);
    QVERIFY(!withTokens.printColours());
    QCOMPARE(withTokens.page(), QPageSize::Letter);
    QVERIFY(withTokens.includeTokens());
    QVERIFY(withTokens.pageBox()->isEnabled());
    withTokens.tokensBox()->setChecked(false);
    QVERIFY(!withTokens.includeTokens());
    withTokens.pathEdit()->setText(m_dir.filePath(QStringLiteral("picture.png")));
    QVERIFY(!withTokens.pageBox()->isEnabled()); // a PNG has no paper

    DiagramExportDialog none(m_dir.filePath(QStringLiteral("handout.pdf")), QPageSize::A4, true, 0, false);
    QVERIFY(!none.tokensBox()->isEnabled());
    QVERIFY(!none.includeTokens());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
