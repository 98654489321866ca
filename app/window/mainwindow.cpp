#include "mainwindow.h"

#include "diagramwidget.h"
#include "simulatorpanel.h"
#include "watchpanel.h"
#ifdef TSL_HAVE_LIVE_LAB
#include "livelabpanel.h"
#endif

#include "ladder/ladderexport.h"

#include "diagram/diagramexport.h"
#include "i18n/translations.h"
#include "settings/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace tsl {

namespace {
constexpr int kExportWidth = 2400; // crisp on slides and 4K screens
}

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_diagram(new DiagramWidget(this)),
      m_hint(new QLabel(this)), m_simulator(nullptr), m_simulatorDock(new QDockWidget(this))
{
    setCentralWidget(m_diagram);
    m_simulator = new SimulatorPanel(m_diagram->scene(), m_simulatorDock);
    m_simulatorDock->setObjectName(QStringLiteral("simulatorDock"));
    m_simulatorDock->setWidget(m_simulator);
    addDockWidget(Qt::RightDockWidgetArea, m_simulatorDock);
    m_watchDock = new QDockWidget(this);
    m_watchDock->setObjectName(QStringLiteral("watchDock"));
    m_watchDock->setWidget(new WatchPanel(m_diagram->scene(), m_settings, m_watchDock));
    addDockWidget(Qt::RightDockWidgetArea, m_watchDock);
    // Tabs in the order a lesson goes: make states (Live Lab), watch any sockets, then slow
    // everything down in the simulator.
#ifdef TSL_HAVE_LIVE_LAB
    m_labDock = new QDockWidget(this);
    m_labDock->setObjectName(QStringLiteral("liveLabDock"));
    m_labDock->setWidget(new LiveLabPanel(m_diagram->scene(), m_settings, m_labDock));
    addDockWidget(Qt::RightDockWidgetArea, m_labDock);
    tabifyDockWidget(m_labDock, m_watchDock);
#endif
    tabifyDockWidget(m_watchDock, m_simulatorDock);
    (m_labDock ? m_labDock : m_watchDock)->raise();
    m_hint->setWordWrap(false);
    statusBar()->addWidget(m_hint, 1);
    connect(m_diagram, &DiagramWidget::hoverExplanation, this, [this](const QString& text) {
        m_hint->setText(text.isEmpty() ? defaultHint() : text);
    });

    createActions();
    applyDiagramSettings();
    retranslate();

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1200, 900);
    restoreState(m_settings.windowState());
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportDiagram);
    m_exportAction->setShortcut(QKeySequence::Save);
    m_exportLadderAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportLadder);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_copyAction = m_editMenu->addAction(QString(), this, &MainWindow::copyDiagram);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_clearAction = m_editMenu->addAction(QString(), this, [this] {
        m_diagram->scene()->setHighlightedStates({});
        m_diagram->scene()->setHighlightedEdge(std::nullopt);
    });
    m_clearAction->setShortcut(Qt::Key_Escape);

    m_viewMenu = menuBar()->addMenu(QString());
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
    if (m_labDock)
        m_viewMenu->addAction(m_labDock->toggleViewAction());
    m_viewMenu->addAction(m_watchDock->toggleViewAction());
    m_viewMenu->addAction(m_simulatorDock->toggleViewAction());
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

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("TCP State Lab"));
    m_fileMenu->setTitle(tr("&File"));
    m_exportAction->setText(tr("&Export Diagram…"));
    m_exportLadderAction->setText(tr("Export &Ladder Diagram…"));
    m_simulatorDock->setWindowTitle(tr("Simulator"));
    m_watchDock->setWindowTitle(tr("Watch"));
    if (m_labDock)
        m_labDock->setWindowTitle(tr("Live Lab"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy Diagram"));
    m_clearAction->setText(tr("C&lear Highlights"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_lightAction->setText(tr("&Light"));
    m_darkAction->setText(tr("&Dark"));
    m_printAction->setText(tr("&Print (black on white)"));
    m_pathsAction->setText(tr("Mark Client and Server &Paths"));
    m_resetEdgesAction->setText(tr("Show &RST and ABORT Edges"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("&System Default"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About TCP State Lab"));
    m_hint->setText(defaultHint());
    applyDiagramSettings(); // state subtitles depend on the language
}

QString MainWindow::defaultHint() const
{
    return tr("Point at a state or an edge to see what it means; click to highlight it.");
}

void MainWindow::applyDiagramSettings()
{
    m_diagram->setStyle({m_settings.theme(), m_settings.showPaths()});
    m_simulator->setTheme(m_settings.theme());
    DiagramOptions options;
    options.showResetEdges = m_settings.showResetEdges();
    options.showLocalNames = Translations::current() != QLatin1String("en");
    m_diagram->setOptions(options);
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
    const QString path = askExportPath(tr("Export Diagram"), QStringLiteral("tcp-states.png"));
    if (path.isEmpty())
        return;

    DiagramExporter::Request request;
    request.path = path;
    request.size = QSize(kExportWidth, 0);
    request.style = m_diagram->diagramStyle();
    request.options = m_diagram->options();
    const QString error = DiagramExporter::exportToFile(request, m_diagram->scene());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Diagram written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportLadder()
{
    const QString path = askExportPath(tr("Export Ladder Diagram"), m_simulator->scenario() + QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    const QString error = LadderExporter::exportToFile(path, m_simulator->simulator(), m_settings.theme(), 1600);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Ladder diagram written to %1").arg(QDir::toNativeSeparators(path)), 5000);
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
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace tsl
