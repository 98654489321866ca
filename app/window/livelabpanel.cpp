#include "livelabpanel.h"

#include "errorlabel.h"
#include "labhanddrive.h"

#include "diagram/tokenboard.h"
#include "input/labaddress.h"
#include "text/labtext.h"
#include "controllers/livelab.h"
#include "lab/scenarios.h"
#include "lab/staterecipes.h"
#include "text/statetext.h"
#include "model/transitiontable.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace tsl {

namespace {
// A splitter that asks for no more height than its parts' minimum: the dock's scroll area sizes
// the panel by what it asks for, so a tall hand drive made the whole panel scroll and put the
// log under the fold. It takes whatever height the dock has and shares it.
class SharingSplitter : public QSplitter {
public:
    using QSplitter::QSplitter;
    QSize sizeHint() const override { return QSplitter::sizeHint().boundedTo(QSize(QWIDGETSIZE_MAX, minimumSizeHint().height())); }
};

// The log's part of the splitter: never shorter than its note, wrapped at the width the part has,
// over the log's own minimum. A word-wrapped label asks for one line at least, whatever its
// width, so where a language or the desktop's fonts made the note wrap to three lines the
// splitter squeezed the log under it (three lines of log in German at 1024x768).
class LogPart : public QWidget {
public:
    LogPart(QLabel* note, QList<QWidget*> beside, QWidget* log, QWidget* parent)
        : QWidget(parent), m_note(note), m_beside(std::move(beside)), m_log(log)
    {
    }

    QSize minimumSizeHint() const override
    {
        QSize size = QWidget::minimumSizeHint();
        size.setHeight(std::max(size.height(), neededHeight(width())));
        return size;
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QWidget::resizeEvent(event);
        const int needed = neededHeight(width());
        if (needed != m_lastNeeded) { // the splitter asks again only when told
            m_lastNeeded = needed;
            updateGeometry();
        }
    }

private:
    int neededHeight(int width) const
    {
        const int spacing = std::max(0, layout() ? layout()->spacing() : 0);
        int besideWidth = 0;
        int rowHeight = 0;
        for (const QWidget* widget : m_beside) {
            besideWidth += widget->sizeHint().width() + spacing;
            rowHeight = std::max(rowHeight, widget->sizeHint().height());
        }
        const int note = m_note->heightForWidth(std::max(1, width - besideWidth));
        return std::max(note, rowHeight) + spacing + m_log->minimumHeight();
    }

    QLabel* m_note;
    QList<QWidget*> m_beside;
    QWidget* m_log;
    int m_lastNeeded = -1;
};
} // namespace

LiveLabPanel::LiveLabPanel(TokenBoard* diagram, Settings& settings, QWidget* parent)
    : QWidget(parent), m_diagram(diagram), m_settings(settings), m_states(new QComboBox(this)), m_scenarios(new QComboBox(this)),
      m_address(new QComboBox(this)), m_port(new QSpinBox(this)), m_interval(new QSpinBox(this)), m_reach(new QPushButton(this)),
      m_release(new QPushButton(this)), m_run(new QPushButton(this)), m_stateLabel(new QLabel(this)),
      m_scenarioLabel(new QLabel(this)), m_addressLabel(new QLabel(this)), m_portLabel(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_intervalLabel(new QLabel(this)), m_source(new QLabel(this)), m_flood(new QLabel(this)), m_scenarioDescription(new QLabel(this)),
      m_logNote(new QLabel(this)), m_clear(new QPushButton(this)), m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)), m_export(new QPushButton(this)), m_log(new FollowingLog(this)),
      m_hand(nullptr)
{
    m_hand = new LabHandDrive(
        [this](bool newListener) {
            LabHandDrive::Target target;
            if (newListener) {
                const auto endpoint = chosenEndpoint();
                if (!endpoint)
                    return target;
                target.family = endpoint->first;
                target.port = endpoint->second;
            }
            showError({});
            target.lab = ensureLab();
            return target;
        },
        this);
    connect(m_hand, &LabHandDrive::failed, this, &LiveLabPanel::showError);
    for (TcpState s : reachableStates())
        m_states->addItem(StateText::token(s), int(s));
    for (const LabScenario& scenario : labScenarios())
        m_scenarios->addItem(QString::fromLatin1(scenario.name.data(), qsizetype(scenario.name.size())));
    // Editable, so a typed address meets the same loopback-only rule as the command line's.
    m_address->setEditable(true);
    m_address->addItem(LabAddress::text(AddressFamily::IPv4));
    m_address->addItem(LabAddress::text(AddressFamily::IPv6));
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->setCurrentText(m_settings.labAddress());
    m_port->setRange(0, 65535);
    m_port->setValue(m_settings.labPort());
    m_interval->setRange(1, 1000);
    m_interval->setValue(m_settings.labIntervalMs());
    m_interval->setSuffix(QStringLiteral(" ms"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(m_entries.capacity());
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long lines wrap, never scroll sideways
    m_source->setWordWrap(true);
    m_flood->setWordWrap(true);
    m_scenarioDescription->setWordWrap(true);
    connect(m_scenarios, &QComboBox::currentIndexChanged, this, [this] {
        m_scenarioDescription->setText(LabText::scenarioDescription(m_scenarios->currentText()));
    });
    m_flood->hide();
    m_logNote->setWordWrap(true);

    // Narrow enough for the 40 % of a 1024-pixel projector: the buttons go under their chooser.
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_stateLabel, m_states);
    auto* reachRow = new QHBoxLayout;
    reachRow->addWidget(m_reach);
    reachRow->addWidget(m_release);
    reachRow->addStretch(1);
    form->addRow(QString(), reachRow);
    form->addRow(m_scenarioLabel, m_scenarios);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addStretch(1);
    form->addRow(QString(), runRow);
    form->addRow(QString(), m_scenarioDescription); // what the chosen scenario shows, in one line
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_intervalLabel, m_interval);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_progress, 1);
    busyRow->addWidget(m_cancel);
    layout->addLayout(busyRow);
    layout->addWidget(m_error);
    layout->addWidget(m_source);
    layout->addWidget(m_flood);
    // The hand drive and the log share what is left, split by a handle: on a 768-pixel screen
    // the hand drive scrolls in its part and the log stays in view (below them both, it was
    // under the fold), on a tall screen both show whole.
    auto* handArea = new QScrollArea(this);
    handArea->setFrameShape(QFrame::NoFrame);
    handArea->setWidgetResizable(true);
    handArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    handArea->setWidget(m_hand);
    handArea->setMinimumHeight(fontMetrics().height() * 6);
    auto* logPart = new LogPart(m_logNote, {m_clear, m_export}, m_log, this);
    auto* logLayout = new QVBoxLayout(logPart);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto* logBar = new QHBoxLayout;
    logBar->addWidget(m_logNote, 1);
    logBar->addWidget(m_clear);
    logBar->addWidget(m_export);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_log, 1); // the log is what a run shows: it gets the room
    m_log->setMinimumHeight(QFontMetrics(m_log->font()).lineSpacing() * 5);
    auto* split = new SharingSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(handArea);
    split->addWidget(logPart);
    split->setStretchFactor(0, 0); // the hand drive whole where it fits, the log the rest
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_reach, &QPushButton::clicked, this, &LiveLabPanel::reach);
    connect(m_release, &QPushButton::clicked, this, &LiveLabPanel::release);
    connect(m_run, &QPushButton::clicked, this, &LiveLabPanel::runScenario);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int ms) {
        m_settings.setLabIntervalMs(ms);
        if (m_lab)
            m_lab->setPollInterval(ms);
    });
    m_progress->setRange(0, 0); // the engine says when it is done, not how far it is
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &LiveLabPanel::cancel);
    connect(m_clear, &QPushButton::clicked, this, &LiveLabPanel::clearLog);
    connect(m_export, &QPushButton::clicked, this, &LiveLabPanel::exportLog);
    m_release->setEnabled(false);
    retranslate();
}

LiveLabPanel::~LiveLabPanel()
{
    release();     // on the lab's thread, queued after a job under way
    m_lab.reset(); // waits for both: the sockets are the lab's
}

bool LiveLabPanel::isFollowing() const { return m_lab && m_lab->isRunning(); }

bool LiveLabPanel::isBusy() const { return m_lab && m_lab->isBusy(); }

void LiveLabPanel::retranslate()
{
    m_stateLabel->setText(tr("State:"));
    m_scenarioLabel->setText(tr("Scenario:"));
    m_addressLabel->setText(tr("Address:"));
    m_portLabel->setText(tr("Server port:"));
    m_port->setSpecialValueText(tr("any free port"));
    m_address->setToolTip(tr("127.0.0.1 or ::1: lab sockets bind loopback only."));
    m_port->setToolTip(tr("The port of the recipe's or scenario's listener."));
    m_intervalLabel->setText(tr("Poll every:"));
    m_reach->setText(tr("Reach and hold"));
    m_release->setText(tr("Release"));
    m_run->setText(tr("Run"));
    m_clear->setText(tr("Clear"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stops waiting for the job: the lab lets its sockets go, the window is free at once."));
    m_clear->setToolTip(tr("Empties the log and takes the lab's tokens off the diagram (Ctrl+L). The lab goes on."));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Saves the log as CSV or JSON lines, with the fields of “lab run --json”."));
    m_logNote->setText(tr("Log: ms since the run started, then the clock. The newest %1 lines are kept.")
                           .arg(m_entries.capacity()));
    for (int i = 0; i < m_states->count(); ++i)
        m_states->setItemData(i, LabText::recipeDescription(TcpState(m_states->itemData(i).toInt())), Qt::ToolTipRole);
    for (int i = 0; i < m_scenarios->count(); ++i)
        m_scenarios->setItemData(i, LabText::scenarioDescription(m_scenarios->itemText(i)), Qt::ToolTipRole);
    m_scenarioDescription->setText(LabText::scenarioDescription(m_scenarios->currentText()));
    showSource();
}

void LiveLabPanel::showSource()
{
    if (m_sourceName.isEmpty())
        m_source->setText(tr("Real sockets on loopback (127.0.0.1 and ::1 only), their states read from the kernel."));
    else if (!m_sourceFallback.isEmpty())
        m_source->setText(tr("Source: %1 (%2)").arg(m_sourceName, m_sourceFallback));
    else
        m_source->setText(tr("Source: %1").arg(m_sourceName));
}

void LiveLabPanel::showEvent(QShowEvent* event)
{
    // The panel in front shows its tokens; the others keep following theirs.
    m_diagram->setShownSource(TokenSource::Lab);
    QWidget::showEvent(event);
}

void LiveLabPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Tabbed panels stay "visible" to Qt when their tab is not selected (no show event); the
    // main window enables exactly the panel whose tab is selected: that one shows its tokens.
    if (event->type() == QEvent::EnabledChange && isEnabled() && isVisible())
        m_diagram->setShownSource(TokenSource::Lab);
    QWidget::changeEvent(event);
}

void LiveLabPanel::log(const QString& line)
{
    LabLogEntry entry;
    entry.kind = LabLogEntry::Kind::Note;
    entry.timeMs = m_runClock.isValid() ? double(m_runClock.nsecsElapsed()) / 1e6 : 0;
    entry.clock = QTime::currentTime();
    entry.text = line;
    appendToLog({entry});
}

void LiveLabPanel::appendToLog(const QList<LabLogEntry>& entries)
{
    if (entries.isEmpty())
        return;
    m_entries.append(entries);
    QStringList lines;
    lines.reserve(entries.size());
    for (const LabLogEntry& entry : entries)
        lines << LabLog::displayLine(entry);
    m_log->appendLines(lines.join(QLatin1Char('\n'))); // one append per poll
}

void LiveLabPanel::beginRun(const QString& name)
{
    LabLogEntry entry;
    entry.kind = LabLogEntry::Kind::Run;
    entry.clock = QTime::currentTime();
    m_runClock.start();
    entry.operation = name;
    entry.text = name;
    appendToLog({entry});
}

void LiveLabPanel::apply(const LabBatch& batch)
{
    m_diagram->apply(batch.tokens);
    appendToLog(batch.entries);
    if (batch.flood)
        showFlood(*batch.flood); // rising as the scenario runs
    if (!batch.kernelError.isEmpty())
        showError(batch.kernelError);
}

void LiveLabPanel::clearLog()
{
    m_entries.clear();
    m_log->clearLines();
    m_diagram->clear(TokenSource::Lab);
    m_flood->hide();
}

void LiveLabPanel::exportLog()
{
    const QString csv = tr("CSV (*.csv)");
    const QString jsonLines = tr("JSON lines (*.jsonl)");
    QString filter = csv;
    QString directory = m_settings.lastExportDirectory();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Log"), directory + QStringLiteral("/lab-log.csv"),
                                                QStringList{csv, jsonLines}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    auto format = LabLog::formatForPath(path);
    if (!format) {
        format = filter == jsonLines ? LabLog::Format::JsonLines : LabLog::Format::Csv;
        path += *format == LabLog::Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl");
    }
    QString error;
    if (!m_entries.exportTo(path, *format, &error)) {
        showError(error);
        return;
    }
    m_settings.setLastExportDirectory(QFileInfo(path).absolutePath());
    m_error->setMessage({});
}

void LiveLabPanel::showFlood(const LabFacts& flood)
{
    const QString cookies = !flood.synCookies ? tr("unknown") : *flood.synCookies ? tr("on") : tr("off");
    m_flood->setText(tr("SYN flood: half-open (SYN_RECEIVED) %1 · dropped SYNs (clients left in SYN_SENT) %2 · "
                        "established %3 of %4 · SYN cookies: %5")
                         .arg(flood.halfOpen)
                         .arg(flood.droppedSyns)
                         .arg(flood.established)
                         .arg(flood.clients)
                         .arg(cookies));
    m_flood->show();
}

void LiveLabPanel::showError(const QString& message)
{
    m_error->setMessage(message);
    if (!message.isEmpty())
        log(message);
}

std::optional<std::pair<AddressFamily, quint16>> LiveLabPanel::chosenEndpoint()
{
    QString error;
    const auto family = LabAddress::parse(m_address->currentText(), &error);
    if (!family) {
        showError(error);
        return std::nullopt;
    }
    m_settings.setLabAddress(m_address->currentText().trimmed());
    m_settings.setLabPort(m_port->value());
    return std::pair{*family, quint16(m_port->value())};
}

bool LiveLabPanel::startLab()
{
    showError({});
    release();
    m_hand->setLab(nullptr);
    LiveLab::retire(std::move(m_lab)); // a job still under way finishes on its own thread
    m_diagram->clear(TokenSource::Lab); // a new run starts clean
    m_diagram->setShownSource(TokenSource::Lab);
    m_flood->hide();
    ProbeCreation creation = createProbe(SourcePreference::Auto);
    if (!creation.probe) {
        showError(tr("The lab cannot follow the kernel: %1").arg(QString::fromStdString(creation.error)));
        return false;
    }
    m_sourceName = QString::fromLatin1(sourceToken(creation.probe->source()));
    m_sourceFallback = creation.fellBack ? QString::fromStdString(creation.error) : QString();
    showSource();
    m_lab = std::make_unique<LiveLab>(std::move(creation.probe));
    m_lab->setPollInterval(m_interval->value());
    connect(m_lab.get(), &LiveLab::batchReady, this, &LiveLabPanel::apply);
    connect(m_lab.get(), &LiveLab::busyChanged, this, &LiveLabPanel::setBusy);
    m_lab->start();
    m_hand->setLab(m_lab.get());
    return true;
}

LiveLab* LiveLabPanel::ensureLab()
{
    if (!m_lab)
        return startLab() ? m_lab.get() : nullptr;
    m_diagram->setShownSource(TokenSource::Lab);
    if (!m_lab->isRunning())
        m_lab->start();
    return m_lab.get();
}

void LiveLabPanel::showToken(int endpoint, const std::string& role, std::uint16_t localPort, TcpState at)
{
    TokenEvent event;
    event.source = TokenSource::Lab;
    event.key = QString::number(endpoint);
    event.role = LiveLab::pathRole(role);
    event.label = LiveLab::tokenLabel(role, localPort);
    event.state = at;
    m_diagram->apply(event);
}

void LiveLabPanel::setBusy(bool busy)
{
    if (!busy)
        m_job.clear();
    m_progress->setFormat(m_job);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_reach), static_cast<QWidget*>(m_run), static_cast<QWidget*>(m_hand)})
        w->setEnabled(!busy);
    m_release->setEnabled(!busy && m_held);
}

void LiveLabPanel::cancel()
{
    if (!m_lab || !m_lab->isBusy())
        return;
    log(tr("Cancelled: %1. The lab lets its sockets go.").arg(m_job));
    release();
    m_hand->setLab(nullptr);
    LiveLab::retire(std::move(m_lab));
    setBusy(false);
}

void LiveLabPanel::reach()
{
    const auto endpoint = chosenEndpoint();
    if (!endpoint || !startLab())
        return;
    const TcpState state = TcpState(m_states->currentData().toInt());
    beginRun(tr("Reach and hold %1").arg(StateText::token(state)));
    m_job = tr("Reaching %1 …").arg(StateText::token(state));
    const AddressFamily family = endpoint->first;
    const std::uint16_t port = endpoint->second;
    // Reaching a state may take seconds (a FIN behind a full window): the lab's thread waits.
    m_lab->run(this, [this, state, family, port](LabEngine& engine) -> LiveLab::Continuation {
        std::string error;
        // The recipe drives its sockets through the lab: each one's story reaches the diagram
        // and the log like any other lab operation.
        auto held = reachState(state, family, engine, error, 5000, port);
        if (!held) {
            return [this, state, error] {
                showError(tr("Could not reach %1: %2").arg(StateText::token(state), QString::fromStdString(error)));
            };
        }
        auto shared = std::make_shared<HeldState>(std::move(*held));
        return [this, state, shared] {
            m_held = shared;
            log(tr("%1 reached and held.").arg(StateText::token(state)));
            for (const RecipeEndpoint& e : shared->endpoints) {
                log(QStringLiteral("%1 %2 → %3  %4").arg(LabText::role(e.role), QString::fromStdString(e.tuple.local.text()),
                                                         QString::fromStdString(e.tuple.remote.peerText()),
                                                         StateText::token(e.expected)));
            }
            m_diagram->setHighlightedStates({state});
            m_release->setEnabled(true);
        };
    });
    setBusy(m_lab->isBusy());
}

void LiveLabPanel::release()
{
    if (!m_held)
        return;
    std::shared_ptr<HeldState> held = std::move(m_held);
    m_release->setEnabled(false);
    log(tr("Released."));
    if (!m_lab)
        return; // the lab is gone, and its sockets with it
    // Release aborts every socket (RST) through the lab: its log says so, and that explains
    // their way to CLOSED. On the lab's thread, after whatever it does now, even if cancelled.
    m_lab->run(
        this,
        [held](LabEngine&) -> LiveLab::Continuation {
            held->release(); // the lab's tokens walk to CLOSED (TIME_WAIT waits its 60 s)
            return {};
        },
        false);
}

void LiveLabPanel::runScenario()
{
    const auto endpoint = chosenEndpoint();
    if (!endpoint || !startLab())
        return;
    const QString name = m_scenarios->currentText();
    beginRun(tr("Scenario %1").arg(name));
    m_job = tr("Running %1 …").arg(name);
    const AddressFamily family = endpoint->first;
    const std::uint16_t port = endpoint->second;
    // The scenario runs on the lab's thread; its transitions arrive poll by poll as token moves.
    m_lab->run(this, [this, name, family, port](LabEngine& engine) -> LiveLab::Continuation {
        const ScenarioOutcome outcome = runLabScenario(name.toStdString(), family, engine, port);
        return [this, name, outcome] {
            if (!outcome.ok)
                showError(tr("Scenario %1 failed: %2").arg(name, QString::fromStdString(outcome.error)));
            for (const auto& [role, states] : outcome.paths) {
                QStringList names;
                for (TcpState s : states)
                    names << StateText::token(s);
                log(QStringLiteral("%1: %2").arg(LabText::role(role), names.join(QStringLiteral(" → "))));
            }
        };
    });
    m_diagram->setHighlightedStates({});
    setBusy(m_lab->isBusy());
}

} // namespace tsl
