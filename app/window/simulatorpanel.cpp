#include "simulatorpanel.h"

#include "craftsegmentdialog.h"
#include "ladderwidget.h"
#include "predictbox.h"

#include "exercise/exercisefile.h"
#include "exercise/simulatorsteps.h"
#include "diagram/tokenboard.h"
#include "text/statetext.h"
#include "model/transitiontable.h"
#include "sim/simscenarios.h"
#include "sim/usercalls.h"
#include "text/simtext.h"
#include "controllers/simulationcontroller.h"

#include <QComboBox>
#include <QEvent>
#include <QResizeEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <initializer_list>

namespace tsl {

namespace {
// A token per side, on the board's simulator layer: A opens actively in every scenario but the
// simultaneous ones, so it takes the client colour and B the server's.
TokenEvent sideToken(sim::Side side, TcpState state, std::vector<std::size_t> path = {})
{
    TokenEvent event;
    event.source = TokenSource::Simulator;
    event.key = QString::fromLatin1(sim::sideName(side));
    event.label = event.key;
    event.role = side == sim::Side::A ? PathRole::Client : PathRole::Server;
    event.state = state;
    event.path = std::move(path);
    event.numbered = false; // "A" and "B" tell them apart
    return event;
}
} // namespace

QString SimulatorPanel::callLabel(sim::CommandKind kind)
{
    switch (kind) {
    case sim::CommandKind::PassiveOpen: return tr("Listen (passive open)");
    case sim::CommandKind::ActiveOpen: return tr("Connect (active open)");
    case sim::CommandKind::Send: return tr("Send 100 bytes");
    case sim::CommandKind::Shutdown: return tr("Shut down writing");
    case sim::CommandKind::Close: return tr("Close");
    case sim::CommandKind::Abort: return tr("Abort (RST)");
    default: return {};
    }
}

SimulatorPanel::SimulatorPanel(TokenBoard* diagram, QWidget* parent)
    : QWidget(parent), m_diagram(diagram), m_controller(new sim::SimulationController(this)),
      m_scenarios(new QComboBox(this)), m_profiles(new QComboBox(this)), m_description(new QLabel(this)), m_reset(new QPushButton(this)),
      m_back(new QPushButton(this)), m_forward(new QPushButton(this)), m_play(new QPushButton(this)),
      m_speed(new QSlider(Qt::Horizontal, this)), m_speedLabel(new QLabel(this)), m_networkLabel(new QLabel(this)),
      m_deliver(new QPushButton(this)), m_deliverLast(new QPushButton(this)), m_drop(new QPushButton(this)),
      m_duplicate(new QPushButton(this)), m_timer(new QPushButton(this)), m_sideA(sideMenu(sim::Side::A)),
      m_sideB(sideMenu(sim::Side::B)), m_craft(new QPushButton(this)), m_position(new QLabel(this)),
      m_explanation(new QTextBrowser(this)),
      m_ladder(new LadderWidget(this)), m_scroll(new QScrollArea(this)), m_predict(new PredictBox(this))
{
    // Titles in the user's language; the identifier (as on the command line) is the item's data.
    for (const sim::SimScenario& scenario : sim::simScenarios()) {
        const QString name = QString::fromLatin1(scenario.name.data(), qsizetype(scenario.name.size()));
        m_scenarios->addItem(sim::SimText::scenarioTitle(name), name);
    }
    for (sim::Profile profile : sim::kProfiles)
        m_profiles->addItem(sim::SimText::profileTitle(profile), int(profile));
    // Texts that change while stepping must not change the panel's width (the diagram would jump).
    m_description->setWordWrap(true);
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_position->setWordWrap(true);
    m_position->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_explanation->setReadOnly(true);
    m_explanation->setOpenLinks(false);
    m_explanation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_explanation->setFixedHeight(m_explanation->fontMetrics().lineSpacing() * 7 + 12);
    m_speed->setRange(1, 10);
    m_speed->setValue(4);
    m_scroll->setWidget(m_ladder);
    m_scroll->setWidgetResizable(true);

    // Two columns throughout: the panel fits the 40 % of a 1024-pixel projector it is given.
    auto* steps = new QGridLayout;
    steps->addWidget(m_reset, 0, 0);
    steps->addWidget(m_play, 0, 1);
    steps->addWidget(m_back, 1, 0);
    steps->addWidget(m_forward, 1, 1);
    auto* speed = new QHBoxLayout;
    speed->addWidget(m_speedLabel);
    speed->addWidget(m_speed, 1);
    auto* network = new QGridLayout;
    network->addWidget(m_networkLabel, 0, 0, 1, 2);
    network->addWidget(m_deliver, 1, 0);
    network->addWidget(m_deliverLast, 1, 1);
    network->addWidget(m_drop, 2, 0);
    network->addWidget(m_duplicate, 2, 1);
    network->addWidget(m_timer, 3, 0);
    network->addWidget(m_craft, 3, 1);
    network->addWidget(m_sideA, 4, 0);
    network->addWidget(m_sideB, 4, 1);
    auto* layout = new QVBoxLayout(this);
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_scenarios, 1);
    chooser->addWidget(m_profiles);
    layout->addLayout(chooser);
    layout->addWidget(m_description);
    layout->addLayout(steps);
    layout->addLayout(speed);
    layout->addLayout(network);
    layout->addWidget(m_position);
    layout->addWidget(m_predict);
    layout->addWidget(m_explanation);
    layout->addWidget(m_scroll, 1);

    connect(m_scenarios, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_controller->load(m_scenarios->itemData(index).toString()); });
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_controller->setProfile(sim::Profile(m_profiles->itemData(index).toInt()));
    });
    connect(m_controller, &sim::SimulationController::profileChanged, this, [this](sim::Profile profile) {
        const QSignalBlocker blocker(m_profiles);
        m_profiles->setCurrentIndex(m_profiles->findData(int(profile)));
        m_ladder->setSimulator(&simulator()); // the steps may differ now
        storyChanged();
    });
    connect(m_predict, &PredictBox::switched, this, [this](bool on) {
        m_controller->pause();
        if (on)
            m_predict->setExercise(currentExercise()); // a fresh score
        else
            m_predict->cancel();
        m_revealedStep = -1;
        showStep(simulator().currentStep(), false);
    });
    connect(m_predict, &PredictBox::levelChanged, this, [this](exercise::Level level) {
        if (m_opened)
            m_opened->level = level;
        m_predict->setExercise(currentExercise());
        m_revealedStep = -1;
        updateButtons();
    });
    connect(m_predict, &PredictBox::answered, this, &SimulatorPanel::answerGiven);
    connect(m_craft, &QPushButton::clicked, this, &SimulatorPanel::craftSegment);
    connect(m_reset, &QPushButton::clicked, this, &SimulatorPanel::reset);
    connect(m_back, &QPushButton::clicked, this, &SimulatorPanel::stepBack);
    connect(m_forward, &QPushButton::clicked, this, &SimulatorPanel::stepForward);
    connect(m_play, &QPushButton::clicked, this, &SimulatorPanel::togglePlay);
    connect(m_speed, &QSlider::valueChanged, this, [this](int v) { m_controller->setPlayInterval(2400 / v); });
    m_controller->setPlayInterval(2400 / m_speed->value());
    connect(m_deliver, &QPushButton::clicked, this, [this] { applyCommand(sim::CommandKind::Deliver); });
    connect(m_deliverLast, &QPushButton::clicked, this, [this] {
        const std::size_t n = simulator().state().network.size();
        applyCommand(sim::CommandKind::Deliver, sim::Side::A, 0, n ? n - 1 : 0);
    });
    connect(m_drop, &QPushButton::clicked, this, [this] { applyCommand(sim::CommandKind::Drop); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { applyCommand(sim::CommandKind::Duplicate); });
    connect(m_timer, &QPushButton::clicked, this, [this] { applyCommand(sim::CommandKind::Timer); });
    connect(m_controller, &sim::SimulationController::stepChanged, this, [this](int step, bool forward) {
        m_diagram->setShownSource(TokenSource::Simulator); // stepping shows the simulator's story
        showStep(step, forward);
    });
    connect(m_controller, &sim::SimulationController::playingChanged, this, [this] { retranslate(); });
    connect(m_controller, &sim::SimulationController::scenarioLoaded, this, [this](const QString& name) {
        m_description->setText(sim::SimText::scenarioDescription(name));
        m_diagram->clear(TokenSource::Simulator); // a new scenario starts clean
        fitLabelHeights();
        const QSignalBlocker blocker(m_scenarios); // the chooser follows; it must not load again
        m_scenarios->setCurrentIndex(m_scenarios->findData(name));
        m_ladder->setSimulator(&simulator());
        storyChanged();
    });

    m_ladder->setSimulator(&simulator());
    retranslate();
    m_controller->load(m_scenarios->currentData().toString());
}

const sim::Simulator& SimulatorPanel::simulator() const { return m_controller->simulator(); }

QString SimulatorPanel::scenario() const { return m_controller->scenario(); }

LadderOptions SimulatorPanel::handoutOptions() const
{
    LadderOptions options;
    options.title = sim::SimText::scenarioTitle(scenario());
    options.description = sim::SimText::scenarioDescription(scenario());
    return options;
}

void SimulatorPanel::setTheme(DiagramTheme theme) { m_ladder->setTheme(theme); }

void SimulatorPanel::stepForward()
{
    if (m_predict->isAsking())
        return; // the answer first
    const int next = simulator().currentStep() + 1;
    if (next <= int(m_steps.size()) && m_predict->wantsToAsk(next)) {
        m_controller->pause();
        const exercise::ExerciseStep& step = m_steps[std::size_t(next - 1)];
        m_predict->ask(step.start, &step, sim::SimText::commandText(simulator().records()[std::size_t(next - 1)]));
        m_explanation->setPlainText(tr("Your prediction: click an answer or press its number. Back leaves the question."));
        updateButtons();
        return;
    }
    m_controller->stepForward();
}

void SimulatorPanel::answerGiven()
{
    const int next = simulator().currentStep() + 1;
    if (next > int(m_steps.size()))
        return;
    m_revealed = m_predict->reveal(m_steps[std::size_t(next - 1)]);
    m_revealedStep = next;
    m_controller->stepForward();
}

void SimulatorPanel::stepBack()
{
    if (m_predict->isAsking()) { // back from the question: the step stays untaken
        m_predict->cancel();
        updateButtons();
        return;
    }
    m_controller->stepBack();
}

void SimulatorPanel::storyChanged()
{
    m_steps = exercise::exerciseSteps(simulator());
    m_revealedStep = -1;
    const exercise::Exercise wanted = currentExercise();
    if (m_opened && (wanted.scenario != m_opened->scenario || wanted.profile != m_opened->profile))
        m_opened.reset(); // another scenario: the teacher's exercise is over
    m_predict->setExercise(currentExercise());
}

exercise::Exercise SimulatorPanel::currentExercise() const
{
    if (m_opened && m_opened->scenario == scenario().toStdString() && m_opened->profile == m_controller->profile())
        return *m_opened;
    return exercise::ExerciseFile::wholeScenario(exercise::SourceKind::Scenario, scenario(), m_controller->profile(),
                                                 m_predict->level());
}

void SimulatorPanel::openExercise(const exercise::Exercise& exercise)
{
    m_opened = exercise;
    m_controller->setProfile(exercise.profile);
    const QString name = QString::fromStdString(exercise.scenario);
    if (name != scenario())
        m_controller->load(name);
    m_opened = exercise; // loading may have dropped it as another scenario's
    storyChanged();
    m_controller->reset();
    m_predict->setOn(true);
    m_predict->setExercise(currentExercise());
    showStep(0, false);
}

QStringList SimulatorPanel::stepCauses() const
{
    QStringList causes;
    for (const sim::StepRecord& record : simulator().records())
        causes << sim::SimText::commandText(record);
    return causes;
}

void SimulatorPanel::togglePlay() { m_controller->isPlaying() ? m_controller->pause() : m_controller->play(); }

void SimulatorPanel::reset() { m_controller->reset(); }

QToolButton* SimulatorPanel::sideMenu(sim::Side side)
{
    auto* button = new QToolButton(this);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(new QMenu(button));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    Q_UNUSED(side);
    return button;
}

void SimulatorPanel::applyCommand(sim::CommandKind kind, sim::Side side, std::uint32_t bytes, std::size_t index)
{
    sim::Command c;
    c.kind = kind;
    c.side = side;
    c.bytes = bytes;
    c.index = index;
    m_controller->apply(c);
}

void SimulatorPanel::retranslate()
{
    m_reset->setText(tr("⏮ Reset"));
    m_back->setText(tr("◀ Back"));
    m_forward->setText(tr("Forward ▶"));
    m_play->setText(m_controller->isPlaying() ? tr("⏸ Pause") : tr("⏵ Play"));
    m_speedLabel->setText(tr("Speed"));
    m_networkLabel->setText(tr("Take over (replaces the steps after this one):"));
    m_deliver->setText(tr("Deliver next"));
    m_deliverLast->setText(tr("Deliver newest first"));
    m_drop->setText(tr("Drop next"));
    m_duplicate->setText(tr("Duplicate next"));
    m_timer->setText(tr("Next timer"));
    m_craft->setText(tr("Craft a segment…"));
    m_craft->setToolTip(tr("What if this segment arrived? Choose flags, seq and ack relative to the receiver's window."));
    for (const auto& [button, side] : {std::pair{m_sideA, sim::Side::A}, std::pair{m_sideB, sim::Side::B}}) {
        const QString name = QString::fromLatin1(sim::sideName(side));
        button->setText(tr("%1: application…").arg(name));
        QMenu* menu = button->menu();
        menu->clear();
        auto& calls = side == sim::Side::A ? m_callsA : m_callsB;
        calls.clear();
        for (sim::CommandKind kind : sim::kApplicationCalls) {
            QAction* action = menu->addAction(callLabel(kind), this, [this, kind, side = side] {
                applyCommand(kind, side, kind == sim::CommandKind::Send ? 100 : 0);
            });
            calls.emplace_back(action, kind);
        }
    }
    for (int i = 0; i < m_scenarios->count(); ++i)
        m_scenarios->setItemText(i, sim::SimText::scenarioTitle(m_scenarios->itemData(i).toString()));
    for (int i = 0; i < m_profiles->count(); ++i) {
        const auto profile = sim::Profile(m_profiles->itemData(i).toInt());
        m_profiles->setItemText(i, sim::SimText::profileTitle(profile));
        m_profiles->setItemData(i, sim::SimText::profileDescription(profile), Qt::ToolTipRole);
    }
    m_profiles->setToolTip(tr("Which TCP the simulator plays: RFC 9293 as written, or Linux where the real kernel answers differently"));
    m_description->setText(sim::SimText::scenarioDescription(m_controller->scenario()));
    for (int i = 0; i < m_scenarios->count(); ++i)
        m_scenarios->setItemData(i, sim::SimText::scenarioDescription(m_scenarios->itemData(i).toString()), Qt::ToolTipRole);
    showStep(simulator().currentStep(), false);
}

void SimulatorPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitLabelHeights();
}

void SimulatorPanel::fitLabelHeights()
{
    // Their width is ignored (so text cannot widen the panel); their height follows the wrap.
    for (QLabel* label : {m_description, m_position}) {
        label->setMinimumHeight(0); // heightForWidth() would answer with the old minimum
        label->setMinimumHeight(std::max(0, label->heightForWidth(label->width())));
    }
}

void SimulatorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SimulatorPanel::showStep(int step, bool forward)
{
    const sim::Simulator& s = simulator();
    const sim::SimState& state = s.state();
    m_position->setText(tr("Step %1 of %2   ·   t = %3 ms   ·   A: %4   ·   B: %5")
                            .arg(step)
                            .arg(s.recordedSteps())
                            .arg(state.nowMs)
                            .arg(StateText::token(state.a.state), StateText::token(state.b.state)));
    if (step == 0) {
        m_explanation->setPlainText(m_predict->isOn() ? tr("Predict: press Forward for the first question.")
                                                      : tr("Press Forward to take the first step."));
    } else {
        const sim::StepRecord& record = s.records()[std::size_t(step - 1)];
        // In Predict mode the verdicts come first, then what happened and why.
        const QString verdicts = step == m_revealedStep ? m_revealed : QString();
        m_explanation->setHtml(verdicts + QStringLiteral("<b>%1</b><br>%2").arg(sim::SimText::commandText(record).toHtmlEscaped(),
                                                                                 sim::SimText::explanation(record).toHtmlEscaped()));
    }

    // The state diagram follows: tokens glide along the edges a forward step took.
    if (forward && step > 0) {
        const sim::StepRecord& record = s.records()[std::size_t(step - 1)];
        std::vector<TokenEvent> moves;
        for (const sim::StateChange& change : record.changes)
            moves.push_back(sideToken(change.side, transitions()[change.transition].to, {change.transition}));
        m_diagram->apply(moves);
        if (m_diagram->shownSource() == TokenSource::Simulator)
            m_diagram->setHighlightedEdge(record.changes.empty() ? std::nullopt
                                                                 : std::optional<std::size_t>(record.changes.back().transition));
    } else {
        m_diagram->apply(std::vector<TokenEvent>{sideToken(sim::Side::A, state.a.state), sideToken(sim::Side::B, state.b.state)});
        if (m_diagram->shownSource() == TokenSource::Simulator)
            m_diagram->setHighlightedEdge(std::nullopt);
    }

    fitLabelHeights();
    m_ladder->refresh();
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    updateButtons();
}

void SimulatorPanel::updateButtons()
{
    const sim::Simulator& s = simulator();
    const int step = s.currentStep();
    const bool inFlight = !s.state().network.empty();
    // In Predict mode the story is the scenario's: no playing past the questions, no taking over.
    const bool predicting = m_predict->isOn();
    const bool asking = m_predict->isAsking();
    m_back->setEnabled(step > 0 || asking);
    m_reset->setEnabled(step > 0 && !asking);
    m_forward->setEnabled(step < s.recordedSteps() && !asking);
    m_play->setEnabled(!predicting && (m_controller->isPlaying() || step < s.recordedSteps()));
    m_deliver->setEnabled(!predicting && inFlight);
    m_deliverLast->setEnabled(!predicting && s.state().network.size() > 1);
    m_drop->setEnabled(!predicting && inFlight);
    m_duplicate->setEnabled(!predicting && inFlight);
    m_timer->setEnabled(!predicting && !s.state().timers.empty());
    // Hidden rather than only disabled: the question needs the room at 1024x768.
    for (QWidget* takeOver : std::initializer_list<QWidget*>{m_networkLabel, m_deliver, m_deliverLast, m_drop, m_duplicate,
                                                             m_timer, m_craft, m_sideA, m_sideB})
        takeOver->setVisible(!predicting);
    m_scenarios->setEnabled(!asking);
    m_profiles->setEnabled(!asking);
    for (const auto& [calls, side] : {std::pair{&m_callsA, sim::Side::A}, std::pair{&m_callsB, sim::Side::B}}) {
        for (const auto& [action, kind] : *calls)
            action->setEnabled(sim::callApplies(s.state().tcb(side), kind));
    }
}

void SimulatorPanel::craftSegment()
{
    if (m_predict->isOn())
        return; // Predict mode plays the scenario's own steps
    m_controller->pause();
    CraftSegmentDialog dialog(simulator().state(), sim::Side::B, this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->apply(dialog.command());
}

} // namespace tsl
