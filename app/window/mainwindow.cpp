#include "mainwindow.h"

#include "animationexportdialog.h"
#include "diagramexportdialog.h"
#include "diagramtabledialog.h"
#include "diagramwidget.h"
#include "exercisedialog.h"
#include "predictbox.h"
#include "firstrunhint.h"
#include "ladderwidget.h"
#include "simulatorpanel.h"
#include "userguidedialog.h"
#include "watchpanel.h"
#include "widgetkeysfirst.h"
#ifdef TSL_HAVE_LIVE_LAB
#include "explorerdialog.h"
#include "livelabpanel.h"
#include "wirepanel.h"

#include "animation/wirescript.h"
#include "controllers/wirelab.h"
#endif

#include "animation/animationscript.h"
#include "ladder/ladderexport.h"

#include "diagram/diagramexport.h"
#include "exercise/exercisefile.h"
#include "i18n/translations.h"
#include "settings/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tsl {

namespace {
constexpr int kExportWidth = 2400; // crisp on slides and 4K screens
constexpr double kPresentationFontScale = 1.3;

// A panel in a dock that may be narrower or shorter than the panel: it scrolls then, and every
// control stays reachable (Tab scrolls the focused one into view).
void putInDock(QDockWidget* dock, QWidget* panel)
{
    auto* area = new QScrollArea(dock);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setWidget(panel);
    dock->setWidget(area);
    // Combo boxes as wide as their longest item kept the panels from shrinking below ~460 px;
    // these elide instead. (Push buttons: see panelStyleSheet.)
    for (QComboBox* combo : panel->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
}

// Push buttons are at least 80 px wide in most styles, whatever their text: buttons as wide as
// their text let the panels shrink. The text size is the style sheet's too, in both modes:
// widgets under a style sheet neither follow a parent's setFont() nor all return to their old
// size when a font-size rule is taken away.
QString panelStyleSheet(const QFont& base, bool presenting)
{
    const double scale = presenting ? kPresentationFontScale : 1.0;
    const QString size = base.pointSizeF() > 0
                             ? QStringLiteral("%1pt").arg(base.pointSizeF() * scale, 0, 'f', 1)
                             : QStringLiteral("%1px").arg(std::lround(base.pixelSize() * scale));
    return QStringLiteral("QPushButton { padding: 4px 8px; } * { font-size: %1; }").arg(size);
}

QWidget* panelOf(const QDockWidget* dock)
{
    const auto* area = qobject_cast<const QScrollArea*>(dock->widget());
    return area ? area->widget() : dock->widget();
}
} // namespace

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_diagram(new DiagramWidget(this)), m_hint(new QLabel(this)),
      m_systemPalette(QApplication::palette()), m_systemFont(QApplication::font())
{
    auto* central = new QWidget(this);
    m_firstRunHint = new FirstRunHint(central);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_firstRunHint);
    centralLayout->addWidget(m_diagram, 1);
    setCentralWidget(central);
    connect(m_firstRunHint, &FirstRunHint::guideRequested, this, [this] {
        m_settings.setFirstRunHintDone(true);
        updateFirstRunHint();
        showUserGuide();
    });
    connect(m_firstRunHint, &FirstRunHint::dismissed, this, [this] {
        m_settings.setFirstRunHintDone(true);
        updateFirstRunHint();
        m_diagram->setFocus();
    });

    createPanels();
    m_hint->setWordWrap(false);
    m_hint->setMinimumWidth(0);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long hints never widen the window
    statusBar()->addWidget(m_hint, 1);
    connect(m_diagram, &DiagramWidget::stepRequested, this, &MainWindow::stepFromDiagram);
    connect(m_diagram, &DiagramWidget::hoverExplanation, this, [this](const QString& text) {
        m_hint->setText(text.isEmpty() ? defaultHint() : text);
        m_hint->setToolTip(text);
    });

    // Space, arrows and Home belong to the focused button, slider or text field first.
    qApp->installEventFilter(new WidgetKeysFirst(this));

    createActions();
    applyDiagramSettings();
    applyPanelFonts();
    retranslate();
    updateFirstRunHint();
    setTabOrder(m_diagram, panelOf(panels().first()));
}

MainWindow::~MainWindow()
{
    // The theme's palette is the application's; the desktop's comes back with the window gone.
    QApplication::setPalette(m_systemPalette);
}

void MainWindow::createPanels()
{
    m_simulatorDock = new QDockWidget(this);
    m_simulatorDock->setObjectName(QStringLiteral("simulatorDock"));
    m_simulator = new SimulatorPanel(m_diagram->board(), m_simulatorDock);
    putInDock(m_simulatorDock, m_simulator);
    m_watchDock = new QDockWidget(this);
    m_watchDock->setObjectName(QStringLiteral("watchDock"));
    m_watch = new WatchPanel(m_diagram->board(), m_settings, m_watchDock);
    putInDock(m_watchDock, m_watch);
    addDockWidget(Qt::RightDockWidgetArea, m_watchDock);
    addDockWidget(Qt::RightDockWidgetArea, m_simulatorDock);
    // Tabs in the order a lesson goes: make states (Live Lab), watch any sockets, then slow
    // everything down in the simulator.
#ifdef TSL_HAVE_LIVE_LAB
    m_labDock = new QDockWidget(this);
    m_labDock->setObjectName(QStringLiteral("liveLabDock"));
    m_lab = new LiveLabPanel(m_diagram->board(), m_settings, m_labDock);
    putInDock(m_labDock, m_lab);
    addDockWidget(Qt::RightDockWidgetArea, m_labDock);
    tabifyDockWidget(m_labDock, m_watchDock);
    m_wireDock = new QDockWidget(this);
    m_wireDock->setObjectName(QStringLiteral("wireDock"));
    m_wire = new WirePanel(m_diagram->board(), m_wireDock);
    putInDock(m_wireDock, m_wire);
    addDockWidget(Qt::RightDockWidgetArea, m_wireDock);
#endif
    tabifyDockWidget(m_watchDock, m_simulatorDock);
    if (m_wireDock)
        tabifyDockWidget(m_simulatorDock, m_wireDock);
    (m_labDock ? m_labDock : m_watchDock)->raise();
    // A panel whose tab is not selected keeps its controls "visible" to Qt, so Tab would wander
    // into them unseen: they are out of the Tab chain (disabled) until their tab is selected.
    // Qt restores each control's own enabled state when the panel is enabled again.
    for (QDockWidget* dock : panels()) {
        connect(dock, &QDockWidget::visibilityChanged, dock, [dock](bool visible) {
            if (dock->widget())
                dock->widget()->setEnabled(visible);
        });
    }
}

QList<QDockWidget*> MainWindow::panels() const
{
    QList<QDockWidget*> out;
    if (m_labDock)
        out << m_labDock;
    out << m_watchDock << m_simulatorDock;
    if (m_wireDock)
        out << m_wireDock;
    return out;
}

QDockWidget* MainWindow::currentPanel() const
{
    for (QDockWidget* dock : panels()) {
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            return dock;
    }
    for (QDockWidget* dock : panels()) {
        if (dock->isVisible())
            return dock;
    }
    return nullptr;
}

void MainWindow::togglePanel(QDockWidget* panel)
{
    const auto focusIn = [](const QDockWidget* dock) {
        const QWidget* focus = QApplication::focusWidget();
        return focus && dock->isAncestorOf(focus);
    };
    if (currentPanel() == panel) {
        for (QDockWidget* dock : panels())
            dock->hide();
        m_diagram->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    const QList<QDockWidget*> all = panels(); // one list: both iterators must walk the same one
    const bool focusWasInAPanel = std::any_of(all.cbegin(), all.cend(), focusIn);
    for (QDockWidget* dock : all)
        dock->show();
    panel->raise();
    balancePanels();
    if (!focusWasInAPanel)
        return; // the diagram keeps the keys: → still steps, Space still plays
    // Moving from panel to panel: the keyboard follows into the new panel's first control.
    QWidget* inside = panelOf(panel);
    for (QWidget* child : inside->findChildren<QWidget*>()) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled() && child->isVisibleTo(inside)) {
            child->setFocus(Qt::ShortcutFocusReason);
            break;
        }
    }
}

void MainWindow::cyclePanels(int direction)
{
    const QList<QDockWidget*> all = panels();
    const qsizetype at = all.indexOf(currentPanel());
    const qsizetype n = all.size();
    const qsizetype next = at < 0 ? (direction > 0 ? 0 : n - 1) : (at + direction + n) % n;
    togglePanel(all[next]);
}

void MainWindow::balancePanels()
{
    QDockWidget* shown = currentPanel();
    if (!shown || shown->isFloating())
        return;
    const QSizeF canvas = DiagramLayout::canvasSize();
    const int diagramHeight = std::max(1, m_diagram->height());
    // What the panels would get if the diagram filled the height (no bands above and below it).
    const int spare = width() - int(std::lround(diagramHeight * canvas.width() / canvas.height()));
    int wanted = 0;
    for (QDockWidget* dock : panels())
        wanted = std::max(wanted, panelOf(dock)->minimumSizeHint().width());
    // The separator between diagram and panel counts on the panel's side.
    const int most = int(width() * kMaxPanelShare) - style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this);
    const int panelWidth = std::clamp(std::max(spare, wanted + 16), std::min(200, most), most);
    resizeDocks({shown}, {panelWidth}, Qt::Horizontal);
}

QList<QAction*> MainWindow::keyboardActions() const
{
    QList<QAction*> out;
    for (QAction* action : {m_labPanelAction, m_watchPanelAction, m_simulatorPanelAction, m_wirePanelAction, m_nextPanelAction,
                            m_previousPanelAction, m_reachAction, m_runAction, m_releaseAction, m_watchAction,
                            m_stepForwardAction, m_stepBackAction, m_playAction, m_resetAction, m_presentAction,
                            m_leaveAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction, m_explorerAction, m_diagramTableAction, m_clearAction,
                            m_copyAction, m_exportAction, m_exportLadderAction, m_exportAnimationAction, m_guideAction,
                            m_quitAction}) {
        if (action)
            out << action;
    }
    return out;
}

void MainWindow::createActions()
{
    // Every action is also the window's own, so its shortcut works while the menu bar is hidden
    // (presentation mode).
    const auto add = [this](QMenu* menu, const QList<QKeySequence>& keys, auto slot) {
        QAction* action = menu ? menu->addAction(QString()) : new QAction(this);
        // A platform's standard key may equal the extra one (HelpContents is F1 on Linux): the
        // same key twice on one action would be ambiguous and do nothing.
        QList<QKeySequence> unique;
        for (const QKeySequence& key : keys) {
            if (!key.isEmpty() && !unique.contains(key))
                unique << key;
        }
        action->setShortcuts(unique);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    m_fileMenu = menuBar()->addMenu(QString());
    m_exportAction = add(m_fileMenu, {QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_S)}, [this] { exportDiagram(); });
    m_exportLadderAction = add(m_fileMenu, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] { exportLadder(); });
    m_exportAnimationAction = add(m_fileMenu, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)}, [this] { exportAnimation(); });
    m_fileMenu->addSeparator();
    m_openExerciseAction = add(m_fileMenu, {QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)}, [this] { askOpenExercise(); });
    m_saveExerciseAction = add(m_fileMenu, {}, [this] { saveExercise(); });
    m_exerciseResultsAction = add(m_fileMenu, {}, [this] { exportExerciseResults(); });
    m_fileMenu->addSeparator();
    m_quitAction = add(m_fileMenu, {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { close(); });

    m_editMenu = menuBar()->addMenu(QString());
    m_copyAction = add(m_editMenu, {QKeySequence::Copy, QKeySequence(Qt::CTRL | Qt::Key_C)}, [this] { copyDiagram(); });
    m_clearAction = add(m_editMenu, {QKeySequence(Qt::CTRL | Qt::Key_L)}, [this] {
        m_diagram->board()->setHighlightedStates({});
        m_diagram->board()->setHighlightedEdge(std::nullopt);
        // And the live panel in front starts clean: its log and its tokens (the lab or watch
        // goes on); the simulator's tokens stay, they are its steps.
        switch (m_diagram->board()->shownSource()) {
        case TokenSource::Lab:
#ifdef TSL_HAVE_LIVE_LAB
            if (m_lab)
                m_lab->clearLog();
#endif
            break;
        case TokenSource::Watch:
            m_watch->clearLog();
            break;
        case TokenSource::Simulator:
        case TokenSource::Network:
            break;
        }
    });

    m_viewMenu = menuBar()->addMenu(QString());
    m_presentAction = add(m_viewMenu, {QKeySequence(Qt::Key_F11)}, [this] { setPresenting(!m_presenting); });
    m_presentAction->setCheckable(true);
    // Esc leaves presentation mode; outside it, Esc clears the highlights as it always did.
    m_leaveAction = add(nullptr, {QKeySequence(Qt::Key_Escape)}, [this] {
        if (m_presenting)
            setPresenting(false);
        else
            m_clearAction->trigger();
    });
    m_viewMenu->addSeparator();
    // Zoom acts on the ladder when it has the focus, on the state diagram otherwise.
    m_zoomInAction = add(m_viewMenu, {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [this] {
        ladderHasFocus() ? ladder()->zoomIn() : m_diagram->zoomIn();
    });
    m_zoomOutAction = add(m_viewMenu, {QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] {
        ladderHasFocus() ? ladder()->zoomOut() : m_diagram->zoomOut();
    });
    m_zoomResetAction = add(m_viewMenu, {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] {
        ladderHasFocus() ? ladder()->resetZoom() : m_diagram->resetZoom();
    });
    m_viewMenu->addSeparator();
#ifdef TSL_HAVE_LIVE_LAB
    m_explorerAction = add(m_viewMenu, {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { showExplorer(); });
#endif
    m_diagramTableAction = add(m_viewMenu, {QKeySequence(Qt::CTRL | Qt::Key_T)}, [this] { showDiagramTable(); });

    m_panelsMenu = m_viewMenu->addMenu(QString());
    if (m_labDock)
        m_labPanelAction = add(m_panelsMenu, {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] { togglePanel(m_labDock); });
    m_watchPanelAction = add(m_panelsMenu, {QKeySequence(m_labDock ? Qt::CTRL | Qt::Key_2 : Qt::CTRL | Qt::Key_1)},
                             [this] { togglePanel(m_watchDock); });
    m_simulatorPanelAction = add(m_panelsMenu, {QKeySequence(m_labDock ? Qt::CTRL | Qt::Key_3 : Qt::CTRL | Qt::Key_2)},
                                 [this] { togglePanel(m_simulatorDock); });
    if (m_wireDock)
        m_wirePanelAction = add(m_panelsMenu, {QKeySequence(Qt::CTRL | Qt::Key_4)}, [this] { togglePanel(m_wireDock); });
    m_panelsMenu->addSeparator();
    m_nextPanelAction = add(m_panelsMenu, {QKeySequence(Qt::CTRL | Qt::Key_Tab)}, [this] { cyclePanels(+1); });
    m_previousPanelAction = add(m_panelsMenu, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)},
                                [this] { cyclePanels(-1); });

    m_themeMenu = m_viewMenu->addMenu(QString());
    auto* themes = new QActionGroup(this);
    const auto addTheme = [&](DiagramTheme theme) {
        QAction* action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(m_settings.theme() == theme);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] {
            m_settings.setTheme(theme);
            applyDiagramSettings();
        });
        return action;
    };
    m_lightAction = addTheme(DiagramTheme::Light);
    m_darkAction = addTheme(DiagramTheme::Dark);
    m_printAction = addTheme(DiagramTheme::Print);

    m_pathsAction = m_viewMenu->addAction(QString());
    m_pathsAction->setCheckable(true);
    m_pathsAction->setChecked(m_settings.showPaths());
    connect(m_pathsAction, &QAction::toggled, this, [this](bool on) {
        m_settings.setShowPaths(on);
        applyDiagramSettings();
    });
    m_resetEdgesAction = m_viewMenu->addAction(QString());
    m_resetEdgesAction->setCheckable(true);
    m_resetEdgesAction->setChecked(m_settings.showResetEdges());
    connect(m_resetEdgesAction, &QAction::toggled, this, [this](bool on) {
        m_settings.setShowResetEdges(on);
        applyDiagramSettings();
    });

    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* languages = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setChecked(m_settings.language().isEmpty());
    languages->addAction(m_systemLanguageAction);
    connect(m_systemLanguageAction, &QAction::triggered, this, [this] { setLanguage(QString()); });
    m_languageMenu->addSeparator();
    for (const QString& language : Translations::available()) {
        // A language's own name is the same in every language: it is not translated.
        QAction* action = m_languageMenu->addAction(Translations::nativeName(language));
        action->setCheckable(true);
        action->setChecked(m_settings.language() == language);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
        m_languageActions << action;
    }

#ifdef TSL_HAVE_LIVE_LAB
    m_labMenu = menuBar()->addMenu(QString());
    m_reachAction = add(m_labMenu, {QKeySequence(Qt::CTRL | Qt::Key_R)}, [this] { m_lab->reach(); });
    m_runAction = add(m_labMenu, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                      [this] { m_lab->runScenario(); });
    m_releaseAction = add(m_labMenu, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, [this] { m_lab->release(); });
    m_labMenu->addSeparator();
#else
    m_labMenu = menuBar()->addMenu(QString());
#endif
    m_watchAction = add(m_labMenu, {QKeySequence(Qt::Key_F5)}, [this] {
        m_watch->isWatching() ? m_watch->stop() : m_watch->start();
    });

    m_simulatorMenu = menuBar()->addMenu(QString());
    m_stepForwardAction = add(m_simulatorMenu, {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Period)},
                              [this] { m_simulator->stepForward(); });
    m_stepBackAction = add(m_simulatorMenu, {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Comma)},
                           [this] { m_simulator->stepBack(); });
    m_playAction = add(m_simulatorMenu, {QKeySequence(Qt::Key_Space)}, [this] { m_simulator->togglePlay(); });
    m_resetAction = add(m_simulatorMenu, {QKeySequence(Qt::Key_Home)}, [this] { m_simulator->reset(); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = add(m_helpMenu, {QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)}, [this] { showUserGuide(); });
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("TCP State Lab"));
    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export Diagram…"));
    m_exportLadderAction->setText(tr("Export &Ladder Diagram…"));
    m_exportAnimationAction->setText(tr("Export &Animation…"));
    m_openExerciseAction->setText(tr("&Open Exercise…"));
    m_saveExerciseAction->setText(tr("Save E&xercise…"));
    m_exerciseResultsAction->setText(tr("Export Exercise &Results…"));
    m_simulatorDock->setWindowTitle(tr("Simulator"));
    m_watchDock->setWindowTitle(tr("Watch"));
    if (m_labDock)
        m_labDock->setWindowTitle(tr("Live Lab"));
    if (m_wireDock)
        m_wireDock->setWindowTitle(tr("Wire"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy Diagram"));
    m_clearAction->setText(tr("C&lear Highlights"));
    m_viewMenu->setTitle(tr("&View"));
    m_presentAction->setText(tr("&Presentation Mode"));
    m_leaveAction->setText(tr("Leave Presentation Mode"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Fit Whole Diagram"));
    if (m_explorerAction)
        m_explorerAction->setText(tr("State × Segment &Explorer…"));
    m_diagramTableAction->setText(tr("Diagram as a &Table…"));
    m_panelsMenu->setTitle(tr("P&anels"));
    if (m_labPanelAction)
        m_labPanelAction->setText(tr("&Live Lab Panel"));
    m_watchPanelAction->setText(tr("&Watch Panel"));
    m_simulatorPanelAction->setText(tr("&Simulator Panel"));
    if (m_wirePanelAction)
        m_wirePanelAction->setText(tr("W&ire Panel"));
    m_nextPanelAction->setText(tr("&Next Panel"));
    m_previousPanelAction->setText(tr("&Previous Panel"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_lightAction->setText(tr("&Light"));
    m_darkAction->setText(tr("&Dark"));
    m_printAction->setText(tr("&Print (black on white)"));
    m_pathsAction->setText(tr("Mark Client and Server &Paths"));
    m_resetEdgesAction->setText(tr("Show &RST and ABORT Edges"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("&System Default"));
    m_labMenu->setTitle(tr("&Lab"));
    if (m_reachAction) {
        m_reachAction->setText(tr("&Reach and Hold the Chosen State"));
        m_runAction->setText(tr("R&un the Chosen Scenario"));
        m_releaseAction->setText(tr("Re&lease the Held Sockets"));
    }
    m_watchAction->setText(tr("Start or Stop &Watching"));
    m_simulatorMenu->setTitle(tr("&Simulator"));
    m_stepForwardAction->setText(tr("Step &Forward"));
    m_stepBackAction->setText(tr("Step &Back"));
    m_playAction->setText(tr("&Play or Pause"));
    m_resetAction->setText(tr("&Reset to the Start"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About TCP State Lab"));
    m_hint->setText(defaultHint());
    applyDiagramSettings(); // state subtitles depend on the language
}

QString MainWindow::defaultHint() const
{
    if (m_presenting && m_wireDock)
        return tr("Presentation mode: Esc leaves. Ctrl+1 … Ctrl+4 show or hide a panel; → steps the simulator.");
    if (m_presenting)
        return tr("Presentation mode: Esc leaves. Ctrl+1, Ctrl+2, Ctrl+3 show or hide a panel; → steps the simulator.");
    return tr("Point at a state or an edge to see what it means; click to highlight it.");
}

void MainWindow::applyDiagramSettings()
{
    const DiagramTheme theme = m_settings.theme();
    DiagramStyle style{theme, m_settings.showPaths()};
    style.highContrast = m_presenting;
    m_diagram->setStyle(style);
    m_diagram->setFonts(m_presenting ? DiagramFonts::presentation() : DiagramFonts::standard());
    m_simulator->setTheme(theme);
#ifdef TSL_HAVE_LIVE_LAB
    if (m_explorer)
        m_explorer->setTheme(theme);
#endif
    DiagramOptions options;
    options.showResetEdges = m_settings.showResetEdges();
    options.showLocalNames = Translations::current() != QLatin1String("en");
    m_diagram->setOptions(options);
    // The theme is the whole window's: panels, menus and dialogs go dark with the diagram.
    QApplication::setPalette(windowPalette(theme, m_presenting, m_systemPalette));
}

void MainWindow::applyPanelFonts()
{
    QFont font = m_systemFont;
    if (m_presenting) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * kPresentationFontScale);
        else
            font.setPixelSize(int(std::lround(font.pixelSize() * kPresentationFontScale)));
    }
    for (QDockWidget* dock : panels()) {
        dock->setFont(m_presenting ? font : QFont()); // the title
        panelOf(dock)->setStyleSheet(panelStyleSheet(m_systemFont, m_presenting));
    }
    statusBar()->setFont(m_presenting ? font : QFont());
}

void MainWindow::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    m_presentAction->setChecked(on);
    if (on) {
        m_stateBeforePresenting = saveState();
        m_maximizedBeforePresenting = isMaximized();
        menuBar()->hide();
        // The diagram takes the whole screen; Ctrl+1/2/3 bring a panel back beside it.
        for (QDockWidget* dock : panels())
            dock->hide();
        showFullScreen();
        m_diagram->setFocusItem(std::nullopt); // → steps the simulator, as the hint says
        m_diagram->setFocus(Qt::OtherFocusReason);
    } else {
        menuBar()->show();
        restoreState(m_stateBeforePresenting);
        if (m_maximizedBeforePresenting)
            showMaximized();
        else
            showNormal();
    }
    applyDiagramSettings();
    applyPanelFonts();
    updateFirstRunHint();
    m_hint->setText(defaultHint());
    QTimer::singleShot(0, this, &MainWindow::balancePanels);
}

void MainWindow::updateFirstRunHint()
{
    m_firstRunHint->setVisible(!m_settings.firstRunHintDone() && !m_presenting);
}

LadderWidget* MainWindow::ladder() const { return m_simulator->findChild<LadderWidget*>(); }

bool MainWindow::ladderHasFocus() const
{
    for (const QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (w == ladder())
            return true;
    }
    return false;
}

void MainWindow::showFitted()
{
    QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen->availableGeometry();
    const bool restored = restoreGeometry(m_settings.windowGeometry());
    if (restored && available.contains(frameGeometry())) {
        restoreState(m_settings.windowState());
        show();
        return;
    }
    // First launch, or a screen smaller than last time: fill it (a projector), or take a
    // comfortable part of a large monitor.
    restoreState(m_settings.windowState());
    const bool smallScreen = available.width() <= 1920 || available.height() <= 1200;
    const QSize size = smallScreen ? available.size() : available.size() * 0.8;
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    if (smallScreen)
        showMaximized();
    else
        show();
    QTimer::singleShot(0, this, &MainWindow::balancePanels);
}

void MainWindow::setLanguage(const QString& language)
{
    m_settings.setLanguage(language);
    Translations::install(language); // posts LanguageChange; changeEvent() retranslates
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideDialog(keyboardActions(), this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showExplorer()
{
#ifdef TSL_HAVE_LIVE_LAB
    if (!m_explorer) {
        m_explorer = new ExplorerDialog(this);
        m_explorer->setTheme(m_settings.theme());
    }
    m_explorer->show();
    m_explorer->raise();
    m_explorer->activateWindow();
#endif
}

void MainWindow::showDiagramTable()
{
    if (!m_diagramTable)
        m_diagramTable = new DiagramTableDialog(m_diagram->board(), this);
    m_diagramTable->show();
    m_diagramTable->raise();
    m_diagramTable->activateWindow();
}

void MainWindow::stepFromDiagram()
{
    if (currentPanel() == m_simulatorDock || m_diagram->board()->shownSource() == TokenSource::Simulator) {
        m_simulator->stepForward();
        return;
    }
    if (m_diagram->followFocusedEdge())
        return;
    m_hint->setText(tr("Space steps the simulator when its panel is in front; on an edge, it follows the edge."));
}

void MainWindow::showExplorerCell(TcpState state, quint8 flags)
{
    showExplorer();
#ifdef TSL_HAVE_LIVE_LAB
    m_explorer->showCell(state, flags);
#else
    Q_UNUSED(state)
    Q_UNUSED(flags)
#endif
}

QString MainWindow::askExportPath(const QString& title, const QString& fileName)
{
    QString directory = m_settings.lastExportDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG vector image (*.svg)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString selectedFilter = pngFilter;
    QString path = QFileDialog::getSaveFileName(this, title, directory + QLatin1Char('/') + fileName,
                                                QStringList{pngFilter, svgFilter, pdfFilter}.join(QStringLiteral(";;")),
                                                &selectedFilter);
    if (path.isEmpty())
        return {};
    if (!DiagramExporter::formatForPath(path)) {
        // No or another extension typed: take the one of the chosen filter.
        path += selectedFilter == svgFilter   ? QStringLiteral(".svg")
                : selectedFilter == pdfFilter ? QStringLiteral(".pdf")
                                              : QStringLiteral(".png");
    }
    m_settings.setLastExportDirectory(QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::exportDiagram()
{
    QString directory = m_settings.lastExportDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QPageSize::PageSizeId page =
        DiagramExporter::parsePage(m_settings.exportPage()).value_or(DiagramExporter::defaultPage());
    DiagramExportDialog dialog(directory + QStringLiteral("/tcp-states.pdf"), page, m_settings.exportIncludesTokens(),
                               m_diagram->board()->tokenCount(m_diagram->board()->shownSource()), m_settings.exportPrintColours(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    DiagramExporter::Request request;
    request.path = dialog.path();
    request.size = QSize(kExportWidth, 0);
    request.style = m_diagram->diagramStyle();
    request.style.highContrast = false; // paper is not a projector
    if (dialog.printColours())
        request.style.theme = DiagramTheme::Print;
    m_settings.setExportPrintColours(dialog.printColours());
    request.options = m_diagram->options();
    request.includeTokens = dialog.includeTokens();
    request.page = dialog.page();
    m_settings.setLastExportDirectory(QFileInfo(request.path).absolutePath());
    m_settings.setExportPage(DiagramExporter::pageName(dialog.page()));
    if (dialog.tokensBox()->isEnabled())
        m_settings.setExportIncludesTokens(dialog.includeTokens());
    const QString error = DiagramExporter::exportToFile(request, m_diagram->board());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Diagram written to %1").arg(QDir::toNativeSeparators(request.path)), 5000);
}

void MainWindow::exportLadder()
{
    const QString path = askExportPath(tr("Export Ladder Diagram"), m_simulator->scenario() + QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    const QString error = LadderExporter::exportToFile(path, m_simulator->simulator(), m_settings.theme(), 1600,
                                                       m_simulator->handoutOptions());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Ladder diagram written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportAnimation()
{
    AnimationScript script;
    QString source;
    QString name;
#ifdef TSL_HAVE_LIVE_LAB
    const bool wireInFront = m_wire && (currentPanel() == m_wireDock || m_diagram->board()->shownSource() == TokenSource::Network);
    if (wireInFront) {
        const WireLab* lab = m_wire->lab();
        script = WireScript::fromSession(lab->events(), lab->ladder(), lab->scenario());
        source = tr("The Wire panel's session: %1, %n step(s)", nullptr, int(script.steps.size())).arg(script.title);
        name = lab->scenario().isEmpty() ? QStringLiteral("wire-session") : lab->scenario();
    }
#else
    const bool wireInFront = false;
#endif
    if (!wireInFront) {
        script = AnimationScript::fromSimulator(m_simulator->simulator(), m_simulator->scenario());
        source = tr("The simulator: %1, %n step(s)", nullptr, int(script.steps.size())).arg(script.title);
        name = m_simulator->scenario().isEmpty() ? QStringLiteral("simulation") : m_simulator->scenario();
    }
    if (script.steps.empty()) {
        QMessageBox::information(this, tr("Export Animation"),
                                 wireInFront ? tr("The Wire panel's session has no steps yet: run a scenario or make a call first.")
                                             : tr("The simulator has no steps yet: load a scenario or take a step first."));
        return;
    }
    QString directory = m_settings.lastExportDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    AnimationOptions options;
    options.theme = m_settings.theme();
    AnimationExportDialog dialog(std::move(script), source, directory + QLatin1Char('/') + name + QStringLiteral(".gif"), options, this);
    connect(&dialog, &AnimationExportDialog::exported, this, [this](const QString& path) {
        m_settings.setLastExportDirectory(QFileInfo(path).absolutePath());
        statusBar()->showMessage(tr("Animation written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    dialog.exec();
}

QString MainWindow::openExercise(const QString& path)
{
    const auto read = exercise::ExerciseFile::read(path);
    if (!read.exercise)
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), read.error);
    if (read.exercise->source == exercise::SourceKind::Scenario) {
        if (currentPanel() != m_simulatorDock)
            togglePanel(m_simulatorDock);
        m_simulator->openExercise(*read.exercise);
    } else {
        if (!m_wire)
            return tr("%1: a wire exercise needs the Wire panel, which this build does not have.").arg(QDir::toNativeSeparators(path));
        if (currentPanel() != m_wireDock)
            togglePanel(m_wireDock);
        m_wire->openExercise(*read.exercise);
    }
    const QString title = QString::fromStdString(read.exercise->title);
    statusBar()->showMessage(title.isEmpty() ? tr("Exercise opened: press Forward (→) for the first question.")
                                             : tr("Exercise “%1” opened: press Forward (→) for the first question.").arg(title),
                             8000);
    return {};
}

void MainWindow::askOpenExercise()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Exercise"), m_settings.lastExportDirectory(),
                                                      tr("Exercises (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = openExercise(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Open Exercise"), error);
}

void MainWindow::saveExercise()
{
    // The panel in front says which story: the Wire panel's scenario, or the simulator's.
    const bool wire = m_wire && currentPanel() == m_wireDock;
    if (wire && m_wire->stepCauses().isEmpty()) {
        QMessageBox::information(this, tr("Save Exercise"), tr("Choose a scenario in the Wire panel first."));
        return;
    }
    ExerciseDialog dialog(wire ? m_wire->currentExercise() : m_simulator->currentExercise(),
                          wire ? m_wire->stepCauses() : m_simulator->stepCauses(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString directory = m_settings.lastExportDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Exercise"),
                                                directory + QLatin1Char('/') + QString::fromStdString(dialog.exercise().scenario) + QStringLiteral(".exercise.json"),
                                                tr("Exercises (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    m_settings.setLastExportDirectory(QFileInfo(path).absolutePath());
    const QString error = exercise::ExerciseFile::write(dialog.exercise(), path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save Exercise"), error);
        return;
    }
    statusBar()->showMessage(tr("Exercise written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportExerciseResults()
{
    PredictBox* box = m_wire && currentPanel() == m_wireDock ? m_wire->predictBox() : m_simulator->predictBox();
    if (box->session().rows().empty()) {
        QMessageBox::information(this, tr("Export Exercise Results"),
                                 tr("No answers yet: switch Predict on in the Simulator or the Wire panel and answer a question first."));
        return;
    }
    box->exportResults();
}

void MainWindow::copyDiagram()
{
    const QSize size = DiagramExporter::resolvedSize(QSize(kExportWidth, 0));
    QApplication::clipboard()->setImage(m_diagram->renderImage(size));
    statusBar()->showMessage(tr("Diagram copied to the clipboard (%1×%2 pixels).")
                                 .arg(size.width())
                                 .arg(size.height()),
                             4000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About TCP State Lab"),
        tr("<h3>TCP State Lab %1</h3><p>TCP's eleven connection states (RFC 9293), drawn as "
           "the classic diagram.</p><p>Point at any state or edge for an explanation; export "
           "the diagram as PNG, SVG or PDF for slides and handouts.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_presenting)
        setPresenting(false); // remember the window, not the full screen
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace tsl
