#include "wirepanel.h"

#include "predictbox.h"

#include "exercise/exercisefile.h"
#include "exercise/netrunsteps.h"

#include "craftsegmentdialog.h"
#include "heldsegmentlist.h"
#include "ladder/ladderexport.h"
#include "ladder/ladderpainter.h"
#include "ladderwidget.h"
#include "text/simtext.h"
#include "text/statetext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <QTimer>

#include <algorithm>

namespace tsl {

namespace {

QString chipText(const net::CapturedSegment& c)
{
    const QString text = QStringLiteral("#%1  %2→%3  %4  seq=%5 ack=%6 len=%7")
                             .arg(c.id)
                             .arg(QLatin1String(net::wireEndName(c.from)), QLatin1String(net::wireEndName(c.to)),
                                  QString::fromStdString(net::flagsText(c.segment.flags)))
                             .arg(c.relativeSeq)
                             .arg(c.relativeAck)
                             .arg(qulonglong(c.segment.payloadLength));
    // Held retransmissions stay on the wire beside the original: say which is which, as the
    // ladder does.
    return c.retransmission ? LadderLayout::tr("%1 (again)").arg(text) : text;
}

QPushButton* smallButton(QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return button;
}

} // namespace

WirePanel::WirePanel(TokenBoard* board, QWidget* parent)
    : QWidget(parent), m_lab(new WireLab(board, this)), m_board(board), m_twin(new WireTwin(m_lab, board, this))
{
    // The main window puts the panel in a scroll area of its own (as every panel).
    QWidget* content = this;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4); // two host columns fit 40 % of a 1024 px screen

    m_unavailable = new QLabel(content);
    m_unavailable->setWordWrap(true);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unavailable->setFrameShape(QFrame::StyledPanel);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);

    // Scenarios.
    auto* scenarioRow = new QHBoxLayout;
    m_scenarioLabel = new QLabel(content);
    m_scenario = new QComboBox(content);
    m_scenario->addItem(QString());
    for (const std::string& name : netScenarioNames())
        m_scenario->addItem(QString::fromStdString(name), QString::fromStdString(name));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenario->setMinimumContentsLength(12);
    scenarioRow->addWidget(m_scenarioLabel);
    scenarioRow->addWidget(m_scenario, 1);
    layout->addLayout(scenarioRow);
    auto* stepRow = new QHBoxLayout;
    m_next = smallButton(content);
    m_runToEnd = smallButton(content);
    m_reset = smallButton(content);
    m_next->setObjectName(QStringLiteral("next"));
    m_runToEnd->setObjectName(QStringLiteral("runToEnd"));
    m_reset->setObjectName(QStringLiteral("reset"));
    stepRow->addWidget(m_next);
    stepRow->addWidget(m_runToEnd);
    stepRow->addWidget(m_reset);
    layout->addLayout(stepRow);
    m_nextStep = new QLabel(content);
    m_nextStep->setWordWrap(true);
    layout->addWidget(m_nextStep);
    m_predict = new PredictBox(content);
    layout->addWidget(m_predict);
    m_verdicts = new QLabel(content);
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextFormat(Qt::RichText);
    m_verdicts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_verdicts->hide();
    layout->addWidget(m_verdicts);

    // The simulator as a twin: off until asked for. The panel's first job is the real kernel;
    // a class meets the kernel's own tokens first, and the teacher turns the twin on when the
    // lesson compares the textbook with Linux (the ghosts and marks then replay the session).
    auto* twinRow = new QHBoxLayout;
    m_twinSwitch = new QCheckBox(content);
    m_twinSwitch->setObjectName(QStringLiteral("twinSwitch"));
    m_twinProfile = new QComboBox(content);
    m_twinProfile->setObjectName(QStringLiteral("twinProfile"));
    // The textbook first: where it parts from the kernel is what the twin is for.
    for (const sim::Profile profile : {sim::Profile::Rfc9293, sim::Profile::Linux})
        m_twinProfile->addItem(QString(), QVariant::fromValue(int(profile)));
    m_twinProfile->setCurrentIndex(m_twinProfile->findData(int(m_twin->profile())));
    twinRow->addWidget(m_twinSwitch);
    twinRow->addWidget(m_twinProfile);
    twinRow->addStretch(1);
    layout->addLayout(twinRow);
    m_twinSummary = new QLabel(content);
    m_twinSummary->setObjectName(QStringLiteral("twinSummary"));
    m_twinSummary->setWordWrap(true);
    m_twinSummary->hide();
    layout->addWidget(m_twinSummary);

    // The two hosts.
    auto* hosts = new QHBoxLayout;
    hosts->setSpacing(4);
    hosts->addWidget(makeHost(net::Host::A));
    hosts->addWidget(makeHost(net::Host::B));
    layout->addLayout(hosts);

    // The wire.
    m_wireBox = new QGroupBox(content);
    auto* wire = new QVBoxLayout(m_wireBox);
    auto* modeRow = new QHBoxLayout;
    m_hold = new QRadioButton(m_wireBox);
    m_flow = new QRadioButton(m_wireBox);
    m_hold->setChecked(true);
    m_delay = new QSlider(Qt::Horizontal, m_wireBox);
    m_delay->setRange(0, 2000);
    m_delay->setSingleStep(50);
    m_delay->setPageStep(250);
    m_delayLabel = new QLabel(m_wireBox);
    modeRow->addWidget(m_hold);
    modeRow->addWidget(m_flow);
    modeRow->addWidget(m_delay, 1);
    modeRow->addWidget(m_delayLabel);
    wire->addLayout(modeRow);
    m_held = new HeldSegmentList(m_wireBox);
    m_held->setMinimumHeight(70);
    m_held->setMaximumHeight(110);
    m_held->installEventFilter(this);
    wire->addWidget(m_held);
    auto* actions = new QGridLayout;
    m_deliver = smallButton(m_wireBox);
    m_drop = smallButton(m_wireBox);
    m_duplicate = smallButton(m_wireBox);
    m_outOfOrder = smallButton(m_wireBox);
    m_releaseAll = smallButton(m_wireBox);
    m_deliver->setObjectName(QStringLiteral("deliver"));
    m_drop->setObjectName(QStringLiteral("drop"));
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_outOfOrder->setObjectName(QStringLiteral("outOfOrder"));
    m_releaseAll->setObjectName(QStringLiteral("releaseAll"));
    actions->addWidget(m_deliver, 0, 0);
    actions->addWidget(m_drop, 0, 1);
    actions->addWidget(m_duplicate, 0, 2);
    actions->addWidget(m_outOfOrder, 1, 0, 1, 2);
    actions->addWidget(m_releaseAll, 1, 2);
    wire->addLayout(actions);
    layout->addWidget(m_wireBox);

    // Ladder, settings, log.
    // Ladder, settings and log share the space below the wire; three toggle buttons pick one.
    auto* pageRow = new QHBoxLayout;
    pageRow->setSpacing(2);
    m_pages = new QStackedWidget(content);
    for (int i = 0; i < 3; ++i) {
        m_pageButtons[i] = new QToolButton(content);
        m_pageButtons[i]->setCheckable(true);
        m_pageButtons[i]->setAutoExclusive(true);
        m_pageButtons[i]->setToolButtonStyle(Qt::ToolButtonTextOnly);
        pageRow->addWidget(m_pageButtons[i]);
        connect(m_pageButtons[i], &QToolButton::toggled, this, [this, i](bool on) {
            if (on)
                m_pages->setCurrentIndex(i);
        });
    }
    m_pageButtons[0]->setChecked(true);
    pageRow->addStretch(1);
    m_ladderArea = new QScrollArea(m_pages);
    m_ladderArea->setWidgetResizable(true);
    m_ladder = new LadderWidget(m_ladderArea);
    m_ladder->setTrace(&m_lab->ladder().trace());
    m_ladder->setMouseTracking(true);
    m_ladder->installEventFilter(this);
    m_ladderArea->setWidget(m_ladder);
    m_ladderArea->setMinimumHeight(300);
    m_pages->addWidget(m_ladderArea);
    m_ladderWindowButton = new QToolButton(content);
    layout->addLayout(pageRow);
    connect(m_ladderWindowButton, &QPushButton::clicked, this, &WirePanel::showLadderWindow);

    m_settingsPage = new QWidget(m_pages);
    auto* settings = new QGridLayout(m_settingsPage);
    m_settingLabel = new QLabel(m_settingsPage);
    m_setting = new QComboBox(m_settingsPage);
    for (const NetSetting& setting : netSettings())
        m_setting->addItem(QString::fromStdString(setting.name));
    m_settingValue = new QSpinBox(m_settingsPage);
    m_applySetting = new QPushButton(m_settingsPage);
    m_settingExplanation = new QLabel(m_settingsPage);
    m_settingExplanation->setWordWrap(true);
    m_settingsNote = new QLabel(m_settingsPage);
    m_settingsNote->setWordWrap(true);
    settings->addWidget(m_settingLabel, 0, 0);
    settings->addWidget(m_setting, 0, 1, 1, 2);
    settings->addWidget(m_settingValue, 1, 1);
    settings->addWidget(m_applySetting, 1, 2);
    settings->addWidget(m_settingExplanation, 2, 0, 1, 3);
    settings->addWidget(m_settingsNote, 3, 0, 1, 3);
    settings->setRowStretch(4, 1);
    m_pages->addWidget(m_settingsPage);

    m_log = new QPlainTextEdit(m_pages);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pages->addWidget(m_log);
    layout->addWidget(m_pages, 1);

    auto* exports = new QHBoxLayout;
    m_exportPcap = smallButton(content);
    m_exportLadder = smallButton(content);
    exports->addWidget(m_ladderWindowButton);
    exports->addWidget(m_exportPcap);
    exports->addWidget(m_exportLadder);
    layout->addLayout(exports);
    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Wiring.
    connect(m_lab, &WireLab::changed, this, &WirePanel::refresh);
    connect(m_lab, &WireLab::busyChanged, this, &WirePanel::updateEnabled);
    connect(m_lab, &WireLab::ready, this, [this] {
        m_unavailable->hide();
        refresh();
    });
    connect(m_lab, &WireLab::unavailable, this, [this](const QString& reason, const QString& fix) {
        m_unavailable->setText(tr("<b>The private network is not available here.</b><br>Why: %1<br>How to allow it: %2<br>"
                                  "Everything else works: the Simulator panel (Ctrl+3) plays the same scenarios.")
                                   .arg(reason.toHtmlEscaped(), fix.isEmpty() ? tr("see the reason") : fix.toHtmlEscaped()));
        m_unavailable->show();
        updateEnabled();
    });
    connect(m_lab, &WireLab::failed, this, [this](const QString& error) { m_status->setText(error); });
    connect(m_scenario, &QComboBox::activated, this, [this](int index) {
        m_opened.reset();
        m_lab->loadScenario(m_scenario->itemData(index).toString());
        m_board->setShownSource(TokenSource::Network);
        m_predict->setExercise(currentExercise());
        m_predictStep = 0;
        m_verdicts->hide();
    });
    connect(m_next, &QPushButton::clicked, this, &WirePanel::nextStep);
    connect(m_predict, &PredictBox::switched, this, [this](bool on) {
        if (on)
            m_predict->setExercise(currentExercise());
        else
            m_predict->cancel();
        m_verdicts->setVisible(false);
        updateEnabled();
    });
    connect(m_predict, &PredictBox::levelChanged, this, [this](exercise::Level level) {
        if (m_opened)
            m_opened->level = level;
        m_predict->setExercise(currentExercise());
    });
    connect(m_predict, &PredictBox::answered, this, [this] {
        m_predictStep = m_lab->stepsDone() + 1;
        m_eventsBefore = m_lab->events().size();
        m_lab->next();
        updateEnabled();
    });
    connect(m_lab, &WireLab::changed, this, &WirePanel::revealIfDone);
    connect(m_lab, &WireLab::busyChanged, this, [this](bool busy) {
        // The step's last events may be posted just after its job: grade a moment later.
        if (!busy && m_predictStep)
            QTimer::singleShot(300, this, &WirePanel::revealIfDone);
    });
    connect(m_lab, &WireLab::cleared, this, [this] {
        m_eventsBefore = 0;
        if (m_predictStep) { // reset under a question: it is no longer graded
            m_predictStep = 0;
        }
    });
    connect(m_runToEnd, &QPushButton::clicked, this, [this] {
        m_board->setShownSource(TokenSource::Network);
        m_lab->runToEnd();
    });
    connect(m_reset, &QPushButton::clicked, m_lab, &WireLab::reset);
    connect(m_twinSwitch, &QCheckBox::toggled, this, [this](bool on) {
        m_twin->setEnabled(on);
        if (on)
            m_board->setShownSource(TokenSource::Network);
    });
    connect(m_twinProfile, &QComboBox::activated, this, [this](int index) {
        m_twin->setProfile(sim::Profile(m_twinProfile->itemData(index).toInt()));
    });
    connect(m_twin, &WireTwin::changed, this, &WirePanel::refreshTwin);
    connect(m_hold, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_lab->mode() != net::WireMode::Hold)
            m_lab->setMode(net::WireMode::Hold);
    });
    connect(m_flow, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_lab->mode() != net::WireMode::Flow)
            m_lab->setMode(net::WireMode::Flow);
    });
    connect(m_delay, &QSlider::valueChanged, this, [this](int ms) {
        m_delayLabel->setText(tr("%1 ms").arg(ms));
    });
    connect(m_delay, &QSlider::sliderReleased, this, [this] { m_lab->setFlowDelayMs(m_delay->value()); });
    connect(m_deliver, &QPushButton::clicked, this, [this] { actOnSelected(&WireLab::deliver); });
    connect(m_drop, &QPushButton::clicked, this, [this] { actOnSelected(&WireLab::drop); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { actOnSelected(&WireLab::duplicate); });
    connect(m_outOfOrder, &QPushButton::clicked, this, [this] { actOnSelected(&WireLab::deliverOutOfOrder); });
    connect(m_releaseAll, &QPushButton::clicked, m_lab, &WireLab::releaseAll);
    // Drag: a chip dropped on its receiving host is delivered; on Deliver, Drop, Duplicate or
    // Out of order, that button's action applies to it.
    for (QWidget* target : {static_cast<QWidget*>(m_hosts[0].box), static_cast<QWidget*>(m_hosts[1].box),
                            static_cast<QWidget*>(m_deliver), static_cast<QWidget*>(m_drop),
                            static_cast<QWidget*>(m_duplicate), static_cast<QWidget*>(m_outOfOrder)}) {
        target->setAcceptDrops(true);
        target->installEventFilter(this);
    }
    connect(m_held, &QListWidget::itemDoubleClicked, this, [this] { actOnSelected(&WireLab::deliver); });
    connect(m_held, &QListWidget::currentRowChanged, this, &WirePanel::updateEnabled);
    connect(m_setting, &QComboBox::currentIndexChanged, this, &WirePanel::updateSettingRow);
    connect(m_applySetting, &QPushButton::clicked, this, [this] {
        m_lab->applySetting(m_setting->currentText(), m_settingValue->value());
    });
    connect(m_exportPcap, &QPushButton::clicked, this, &WirePanel::exportPcap);
    connect(m_exportLadder, &QPushButton::clicked, this, &WirePanel::exportLadder);

    retranslate();
    updateSettingRow();
    refresh();
}

QWidget* WirePanel::makeHost(net::Host host)
{
    HostControls& c = m_hosts[host == net::Host::A ? 0 : 1];
    c.box = new QGroupBox(this);
    auto* grid = new QGridLayout(c.box);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(4);
    c.state = new QLabel(c.box);
    c.state->setAlignment(Qt::AlignCenter);
    QFont bold = c.state->font();
    bold.setBold(true);
    c.state->setFont(bold);
    grid->addWidget(c.state, 0, 0, 1, 2);
    c.listen = smallButton(c.box);
    c.connect = smallButton(c.box);
    c.accept = smallButton(c.box);
    c.send = smallButton(c.box);
    c.bytes = new QSpinBox(c.box);
    c.bytes->setRange(1, 65535);
    c.bytes->setValue(1000);
    c.bytes->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    c.bytes->setMinimumWidth(c.bytes->fontMetrics().horizontalAdvance(QStringLiteral("65535")) + 28);
    c.read = smallButton(c.box);
    c.stopReading = smallButton(c.box);
    c.shutdown = smallButton(c.box);
    c.close = smallButton(c.box);
    c.abort = smallButton(c.box);
    c.craft = smallButton(c.box);
    // Two narrow columns per host (both hosts fit 40 % of a 1024 px screen); the long names
    // get a row of their own.
    grid->addWidget(c.listen, 1, 0);
    grid->addWidget(c.connect, 1, 1);
    grid->addWidget(c.accept, 2, 0);
    grid->addWidget(c.read, 2, 1);
    grid->addWidget(c.send, 3, 0);
    grid->addWidget(c.bytes, 3, 1);
    grid->addWidget(c.stopReading, 4, 0, 1, 2);
    grid->addWidget(c.shutdown, 5, 0, 1, 2);
    grid->addWidget(c.close, 6, 0);
    grid->addWidget(c.abort, 6, 1);
    grid->addWidget(c.craft, 7, 0, 1, 2);
    // Names for tests and accessibility tools: "listenA", "connectB", ...
    const QString suffix = QLatin1String(net::hostName(host));
    c.listen->setObjectName(QStringLiteral("listen") + suffix);
    c.connect->setObjectName(QStringLiteral("connect") + suffix);
    c.accept->setObjectName(QStringLiteral("accept") + suffix);
    c.send->setObjectName(QStringLiteral("send") + suffix);
    c.read->setObjectName(QStringLiteral("read") + suffix);
    c.stopReading->setObjectName(QStringLiteral("stopReading") + suffix);
    c.shutdown->setObjectName(QStringLiteral("shutdown") + suffix);
    c.close->setObjectName(QStringLiteral("close") + suffix);
    c.abort->setObjectName(QStringLiteral("abort") + suffix);
    c.craft->setObjectName(QStringLiteral("craft") + suffix);
    const auto hand = [this](auto action) {
        return [this, action] {
            m_board->setShownSource(TokenSource::Network);
            action();
        };
    };
    connect(c.listen, &QPushButton::clicked, this, hand([this, host] { m_lab->listen(host); }));
    connect(c.connect, &QPushButton::clicked, this, hand([this, host] { m_lab->connectTo(host); }));
    connect(c.accept, &QPushButton::clicked, this, hand([this, host] { m_lab->accept(host); }));
    connect(c.send, &QPushButton::clicked, this, hand([this, host, &c] { m_lab->send(host, c.bytes->value()); }));
    connect(c.read, &QPushButton::clicked, this, hand([this, host] { m_lab->read(host); }));
    connect(c.stopReading, &QPushButton::clicked, this, hand([this, host] { m_lab->stopReading(host); }));
    connect(c.shutdown, &QPushButton::clicked, this, hand([this, host] { m_lab->shutdownWrite(host); }));
    connect(c.close, &QPushButton::clicked, this, hand([this, host] { m_lab->close(host); }));
    connect(c.abort, &QPushButton::clicked, this, hand([this, host] { m_lab->abort(host); }));
    connect(c.craft, &QPushButton::clicked, this, [this, host] { craftInto(host); });
    return c.box;
}

void WirePanel::showLadderWindow()
{
    // The ladder as big as a projector needs: a window of its own that follows the same trace.
    if (!m_ladderWindow) {
        m_ladderWindow = new QDialog(this, Qt::Window);
        auto* layout = new QVBoxLayout(m_ladderWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        m_bigLadderArea = new QScrollArea(m_ladderWindow);
        m_bigLadderArea->setWidgetResizable(true);
        m_bigLadder = new LadderWidget(m_bigLadderArea);
        m_bigLadder->setTrace(&m_lab->ladder().trace());
        m_bigLadderArea->setWidget(m_bigLadder);
        layout->addWidget(m_bigLadderArea);
        m_ladderWindow->resize(760, 700);
    }
    m_ladderWindow->setWindowTitle(tr("Wire — ladder"));
    m_ladderWindow->show();
    m_ladderWindow->raise();
    m_bigLadder->refresh();
}

void WirePanel::ensureStarted()
{
    if (m_started)
        return;
    m_started = true;
    m_lab->start();
}

void WirePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureStarted();
}

void WirePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool WirePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_held && event->type() == QEvent::KeyPress) {
        // Keyboard: Enter delivers, Delete drops, D duplicates, O delivers out of order, R releases all.
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: actOnSelected(&WireLab::deliver); return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace: actOnSelected(&WireLab::drop); return true;
        case Qt::Key_D: actOnSelected(&WireLab::duplicate); return true;
        case Qt::Key_O: actOnSelected(&WireLab::deliverOutOfOrder); return true;
        case Qt::Key_R: m_lab->releaseAll(); return true;
        default: break;
        }
    }
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop) {
        if (auto action = dropAction(watched, static_cast<QDropEvent*>(event)->mimeData())) {
            auto* drop = static_cast<QDropEvent*>(event);
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop && !m_lab->isBusy()) {
                m_board->setShownSource(TokenSource::Network);
                (m_lab->*action->first)(action->second);
            }
            return true;
        }
    }
    if (watched == m_ladder && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        // A row's mark explains itself; any other row says what happened in it.
        QString text = m_ladder->markAt(help->pos());
        if (text.isEmpty())
            text = m_lab->ladder().rowText(m_ladder->rowAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_ladder);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

exercise::Exercise WirePanel::currentExercise() const
{
    if (m_opened && QString::fromStdString(m_opened->scenario) == m_lab->scenario())
        return *m_opened;
    return exercise::ExerciseFile::wholeScenario(exercise::SourceKind::Wire, m_lab->scenario(), sim::Profile::Rfc9293,
                                                 m_predict->level());
}

QStringList WirePanel::stepCauses() const
{
    QStringList causes;
    if (const auto steps = netScenarioSteps(m_lab->scenario().toStdString())) {
        for (const NetScenarioStep& step : *steps)
            causes << WireLab::stepText(step.label);
    }
    return causes;
}

void WirePanel::openExercise(const exercise::Exercise& exercise)
{
    ensureStarted();
    const QString name = QString::fromStdString(exercise.scenario);
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(name)));
    m_lab->loadScenario(name);
    m_board->setShownSource(TokenSource::Network);
    m_opened = exercise;
    m_predictStep = 0;
    m_verdicts->hide();
    m_predict->setOn(true);
    m_predict->setExercise(currentExercise());
}

void WirePanel::nextStep()
{
    m_board->setShownSource(TokenSource::Network);
    if (m_predict->isAsking() || m_predictStep)
        return; // the answer first, then the step's outcome
    const int next = m_lab->stepsDone() + 1;
    if (m_predict->wantsToAsk(next)) {
        // The real kernels decide: the choices come from the diagram, the grade after the step.
        const auto& events = m_lab->events();
        m_predictStart = exercise::netStepStart(next, exercise::netSideState(events, sim::Side::A),
                                                exercise::netSideState(events, sim::Side::B));
        m_predict->ask(m_predictStart, nullptr, m_lab->nextStepText());
        m_verdicts->hide();
        updateEnabled();
        return;
    }
    m_lab->next();
}

void WirePanel::revealIfDone()
{
    if (!m_predictStep || m_lab->isBusy() || m_lab->stepsDone() < m_predictStep)
        return;
    const auto& all = m_lab->events();
    const std::vector<NetRunEvent> events(all.begin() + std::ptrdiff_t(std::min(m_eventsBefore, all.size())), all.end());
    const exercise::ExerciseStep step =
        exercise::netExerciseStep(m_predictStart, exercise::netSideState(all, sim::Side::A),
                                  exercise::netSideState(all, sim::Side::B), events);
    m_predictStep = 0;
    m_verdicts->setText(m_predict->reveal(step));
    m_verdicts->show();
    updateEnabled();
}

void WirePanel::retranslate()
{
    m_scenarioLabel->setText(tr("Scenario:"));
    m_scenario->setItemText(0, tr("(by hand)"));
    m_scenario->setToolTip(tr("The scenarios of `net run`: each starts on a fresh private network and plays one step per Next."));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Plays the scenario's next step"));
    m_runToEnd->setText(tr("Run to end"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("A fresh private network: new sockets, an empty wire and ladder"));
    for (int i = 0; i < 2; ++i) {
        HostControls& c = m_hosts[i];
        c.box->setTitle(i == 0 ? tr("Host A (192.0.2.1)") : tr("Host B (192.0.2.2)"));
        c.listen->setText(tr("Listen"));
        c.connect->setText(tr("Connect"));
        c.connect->setToolTip(tr("Connects to the other host's port 5000"));
        c.accept->setText(tr("Accept"));
        c.send->setText(tr("Send"));
        c.bytes->setToolTip(tr("How many bytes Send writes"));
        c.read->setText(tr("Read"));
        c.stopReading->setText(tr("Stop reading"));
        c.stopReading->setToolTip(tr("A small receive buffer nobody reads: the window closes"));
        c.shutdown->setText(tr("Shut down writing"));
        c.shutdown->setToolTip(tr("shutdown(SHUT_WR): a FIN, the socket still reads"));
        c.close->setText(tr("Close"));
        c.abort->setText(tr("Abort"));
        c.abort->setToolTip(tr("SO_LINGER 0 and close: a RST"));
        c.craft->setText(tr("Craft a segment…"));
        c.craft->setToolTip(tr("Sends a segment of your own into %1 from the wire").arg(i == 0 ? QStringLiteral("A") : QStringLiteral("B")));
    }
    m_twinSwitch->setText(tr("Simulator as twin"));
    m_twinSwitch->setToolTip(tr("Runs the simulator alongside the real kernel, fed the same calls and wire actions: its states are "
                                "drawn as outlined ghosts beside the kernel's tokens, and every step where the two disagree "
                                "(state or answer) is marked on the ladder — hover a mark for why."));
    m_twinProfile->setToolTip(tr("The rules the twin plays: RFC 9293 (the textbook) shows where Linux parts from it; "
                                 "Linux should agree with the kernel everywhere."));
    for (int i = 0; i < m_twinProfile->count(); ++i) {
        const auto profile = sim::Profile(m_twinProfile->itemData(i).toInt());
        m_twinProfile->setItemText(i, sim::SimText::profileTitle(profile));
        m_twinProfile->setItemData(i, sim::SimText::profileDescription(profile), Qt::ToolTipRole);
    }
    refreshTwin();
    m_wireBox->setTitle(tr("The wire"));
    m_hold->setText(tr("Hold"));
    m_hold->setToolTip(tr("Every segment waits on the wire until you deliver or drop it"));
    m_flow->setText(tr("Flow"));
    m_flow->setToolTip(tr("Segments pass by themselves after the delay"));
    m_delay->setToolTip(tr("Flow mode: how long each segment waits before it passes"));
    m_delayLabel->setText(tr("%1 ms").arg(m_delay->value()));
    m_held->setToolTip(tr("Held segments. Enter delivers, Delete drops, D duplicates, O delivers out of order, R releases all. "
                          "Drag a chip onto its receiving host to deliver it, or onto a button below."));
    m_deliver->setText(tr("Deliver"));
    m_drop->setText(tr("Drop"));
    m_duplicate->setText(tr("Duplicate"));
    m_outOfOrder->setText(tr("Out of order"));
    m_outOfOrder->setToolTip(tr("The next held segment overtakes this one"));
    m_releaseAll->setText(tr("Release all"));
    m_pageButtons[0]->setText(tr("Ladder"));
    m_ladderWindowButton->setText(tr("Bigger…"));
    m_ladderWindowButton->setToolTip(tr("The ladder in a window of its own"));
    m_pageButtons[1]->setText(tr("Kernel settings"));
    m_pageButtons[2]->setText(tr("Log"));
    m_settingLabel->setText(tr("Setting:"));
    m_applySetting->setText(tr("Apply"));
    m_settingsNote->setText(tr("Settings belong to the private network only (both hosts) and apply to the next connection."));
    m_exportPcap->setText(tr("Export capture (pcap)…"));
    m_exportLadder->setText(tr("Export ladder…"));
    updateSettingRow();
    refresh();
}

void WirePanel::updateSettingRow()
{
    const QString name = m_setting->currentText();
    const NetSetting* setting = findNetSetting(name.toStdString());
    if (!setting)
        return;
    m_settingValue->setRange(int(setting->minimum), int(std::min<long>(setting->maximum, 1000000)));
    const auto given = m_lab->settings().find(name);
    if (given != m_lab->settings().end())
        m_settingValue->setValue(int(given->second));
    m_settingExplanation->setText(WireLab::settingExplanation(name));
}

std::optional<std::pair<void (WireLab::*)(std::uint64_t), std::uint64_t>> WirePanel::dropAction(const QObject* target,
                                                                                            const QMimeData* dragged) const
{
    const std::optional<std::uint64_t> id = HeldSegmentList::segmentOf(dragged);
    if (!id)
        return std::nullopt;
    const std::vector<net::CapturedSegment> held = m_lab->held();
    const auto segment = std::find_if(held.begin(), held.end(), [&](const net::CapturedSegment& c) { return c.id == *id; });
    if (segment == held.end())
        return std::nullopt;
    if (target == m_deliver)
        return std::pair{&WireLab::deliver, *id};
    if (target == m_drop)
        return std::pair{&WireLab::drop, *id};
    if (target == m_duplicate)
        return std::pair{&WireLab::duplicate, *id};
    if (target == m_outOfOrder)
        return std::pair{&WireLab::deliverOutOfOrder, *id};
    for (int i = 0; i < 2; ++i) {
        const net::WireEnd end = i == 0 ? net::WireEnd::A : net::WireEnd::B;
        if (target == m_hosts[i].box && segment->to == end) // only where it is addressed
            return std::pair{&WireLab::deliver, *id};
    }
    return std::nullopt;
}

std::uint64_t WirePanel::selectedSegment() const
{
    const QListWidgetItem* item = m_held->currentItem();
    if (!item && m_held->count() > 0)
        item = m_held->item(0);
    return item ? item->data(Qt::UserRole).toULongLong() : 0;
}

void WirePanel::actOnSelected(void (WireLab::*action)(std::uint64_t))
{
    const std::uint64_t id = selectedSegment();
    if (id == 0 || m_lab->isBusy())
        return;
    m_board->setShownSource(TokenSource::Network);
    (m_lab->*action)(id);
}

void WirePanel::refresh()
{
    for (int i = 0; i < 2; ++i) {
        const net::Host host = i == 0 ? net::Host::A : net::Host::B;
        m_hosts[i].state->setText(StateText::token(m_lab->state(host)));
    }
    // The chips: the held segments, the selection kept where possible.
    const std::uint64_t selected = m_held->currentItem() ? m_held->currentItem()->data(Qt::UserRole).toULongLong() : 0;
    m_held->clear();
    for (const net::CapturedSegment& c : m_lab->held()) {
        auto* item = new QListWidgetItem(chipText(c), m_held);
        item->setData(Qt::UserRole, QVariant::fromValue<qulonglong>(c.id));
        if (c.retransmission)
            item->setToolTip(tr("A retransmission: the sender's timer fired"));
        if (c.id == selected)
            m_held->setCurrentItem(item);
    }
    if (!m_held->currentItem() && m_held->count() > 0)
        m_held->setCurrentRow(0);
    // The ladder grows downwards: follow the newest row.
    m_ladder->refresh();
    if (m_bigLadder)
        m_bigLadder->refresh();
    if (m_lab->ladder().rows() != m_shownRows) {
        m_shownRows = m_lab->ladder().rows();
        QMetaObject::invokeMethod(this, [this] {
            m_ladderArea->verticalScrollBar()->setValue(m_ladderArea->verticalScrollBar()->maximum());
            if (m_bigLadderArea)
                m_bigLadderArea->verticalScrollBar()->setValue(m_bigLadderArea->verticalScrollBar()->maximum());
        }, Qt::QueuedConnection);
    }
    const QStringList& lines = m_lab->log();
    if (lines.isEmpty())
        m_log->clear();
    else if (m_log->document()->blockCount() < lines.size() || m_log->toPlainText().isEmpty()) {
        m_log->setPlainText(lines.join(QLatin1Char('\n')));
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    }
    const QString nextText = m_lab->nextStepText();
    if (m_lab->scenario().isEmpty())
        m_nextStep->setText(tr("By hand: use the hosts' buttons and the wire's chips."));
    else if (nextText.isEmpty())
        m_nextStep->setText(tr("%1: done (%2 steps).").arg(m_lab->scenario()).arg(m_lab->stepCount()));
    else
        m_nextStep->setText(tr("Step %1 of %2: %3").arg(m_lab->stepsDone() + 1).arg(m_lab->stepCount()).arg(nextText));
    updateEnabled();
}

void WirePanel::refreshTwin()
{
    m_twinSummary->setVisible(m_twin->isEnabled());
    m_twinSummary->setText(m_twin->summary());
}

void WirePanel::updateEnabled()
{
    const bool ready = m_lab->isReady() && !m_lab->isBusy();
    const bool hasHeld = m_held->count() > 0;
    for (HostControls& c : m_hosts) {
        for (QWidget* w : {static_cast<QWidget*>(c.listen), static_cast<QWidget*>(c.connect), static_cast<QWidget*>(c.accept),
                           static_cast<QWidget*>(c.send), static_cast<QWidget*>(c.bytes), static_cast<QWidget*>(c.read),
                           static_cast<QWidget*>(c.stopReading), static_cast<QWidget*>(c.shutdown),
                           static_cast<QWidget*>(c.close), static_cast<QWidget*>(c.abort), static_cast<QWidget*>(c.craft)})
            w->setEnabled(ready);
    }
    m_deliver->setEnabled(ready && hasHeld);
    m_drop->setEnabled(ready && hasHeld);
    m_duplicate->setEnabled(ready && hasHeld);
    m_outOfOrder->setEnabled(ready && m_held->count() > 1);
    m_releaseAll->setEnabled(ready && hasHeld);
    m_next->setEnabled(ready && !m_lab->nextStepText().isEmpty() && !m_predict->isAsking() && !m_predictStep);
    m_runToEnd->setEnabled(ready && !m_lab->nextStepText().isEmpty());
    m_reset->setEnabled(true); // also while a step waits: it cuts the wait short
    m_scenario->setEnabled(true);
    m_applySetting->setEnabled(ready);
    m_hold->setEnabled(ready);
    m_flow->setEnabled(ready);
    m_exportPcap->setEnabled(!m_lab->captures().empty());
    m_exportLadder->setEnabled(m_lab->ladder().rows() > 0);
}

void WirePanel::craftInto(net::Host host)
{
    // The simulator's dialog, in its wire form: seq/ack relative to the receiver, spoofed sources.
    CraftSegmentDialog dialog(host, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CraftSegmentDialog::WireSegment segment = dialog.wireSegment();
    if (segment.flags == 0) {
        m_status->setText(tr("A segment needs at least one flag."));
        return;
    }
    m_board->setShownSource(TokenSource::Network);
    m_lab->craft(segment.to, segment.flags, segment.seq, segment.ack, segment.length, segment.spoofed, segment.count);
}

void WirePanel::exportPcap()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the capture"), QStringLiteral("wire.pcap"),
                                                      tr("Packet captures (*.pcap)"));
    if (path.isEmpty())
        return;
    const QString error = m_lab->exportPcap(path);
    m_status->setText(error.isEmpty() ? tr("Wrote %1 (opens in Wireshark and tshark).").arg(path) : error);
}

void WirePanel::exportLadder()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the ladder"), QStringLiteral("wire-ladder.png"),
                                                      tr("Images (*.png *.svg *.pdf)"));
    if (path.isEmpty())
        return;
    LadderOptions options;
    options.title = m_lab->scenario().isEmpty() ? tr("The real kernel, one segment at a time") : m_lab->scenario();
    options.description = tr("Two Linux TCP stacks in a private network; every segment held on the wire.");
    const QString error = LadderExporter::exportToFile(path, m_lab->ladder().trace(), DiagramTheme::Light, 0, options);
    m_status->setText(error.isEmpty() ? tr("Wrote %1.").arg(path) : error);
}

} // namespace tsl
