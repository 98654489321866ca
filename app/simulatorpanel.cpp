#include "simulatorpanel.h"

#include "ladderwidget.h"

#include "diagram/diagramscene.h"
#include "model/statetext.h"
#include "sim/simscenarios.h"
#include "sim/simtext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QVBoxLayout>

namespace tsl {

namespace {
const QString kTokenA = QStringLiteral("sim-A");
const QString kTokenB = QStringLiteral("sim-B");
const QColor kColourA(0x1f, 0x6f, 0xd1);
const QColor kColourB(0xc8, 0x5a, 0x14);
} // namespace

SimulatorPanel::SimulatorPanel(DiagramScene* diagram, QWidget* parent)
    : QWidget(parent), m_diagram(diagram), m_scenarios(new QComboBox(this)), m_description(new QLabel(this)),
      m_reset(new QPushButton(this)), m_back(new QPushButton(this)), m_forward(new QPushButton(this)),
      m_play(new QPushButton(this)), m_speed(new QSlider(Qt::Horizontal, this)), m_speedLabel(new QLabel(this)),
      m_position(new QLabel(this)), m_explanation(new QLabel(this)), m_ladder(new LadderWidget(this)),
      m_scroll(new QScrollArea(this))
{
    for (const std::string& name : sim::scenarioNames())
        m_scenarios->addItem(QString::fromStdString(name));
    m_description->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setMinimumHeight(72);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(6);
    m_speed->setRange(1, 10);
    m_speed->setValue(4);
    m_scroll->setWidget(m_ladder);
    m_scroll->setWidgetResizable(true);
    m_ladder->setSimulator(&m_simulator);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_reset, m_back, m_forward, m_play})
        buttons->addWidget(b);
    auto* speed = new QHBoxLayout;
    speed->addWidget(m_speedLabel);
    speed->addWidget(m_speed, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scenarios);
    layout->addWidget(m_description);
    layout->addLayout(buttons);
    layout->addLayout(speed);
    layout->addWidget(m_position);
    layout->addWidget(m_explanation);
    layout->addWidget(m_scroll, 1);

    connect(m_scenarios, &QComboBox::currentTextChanged, this, &SimulatorPanel::loadScenario);
    connect(m_reset, &QPushButton::clicked, this, &SimulatorPanel::reset);
    connect(m_back, &QPushButton::clicked, this, &SimulatorPanel::stepBack);
    connect(m_forward, &QPushButton::clicked, this, &SimulatorPanel::stepForward);
    connect(m_play, &QPushButton::clicked, this, &SimulatorPanel::togglePlay);
    connect(m_speed, &QSlider::valueChanged, this, [this](int v) { m_timer.setInterval(2400 / v); });
    m_timer.setInterval(2400 / m_speed->value());
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_simulator.currentStep() >= m_simulator.recordedSteps())
            togglePlay();
        else
            stepForward();
    });

    retranslate();
    loadScenario(m_scenarios->currentText());
}

QString SimulatorPanel::scenario() const { return m_scenarios->currentText(); }

void SimulatorPanel::setTheme(DiagramTheme theme) { m_ladder->setTheme(theme); }

void SimulatorPanel::retranslate()
{
    m_reset->setText(tr("⏮ Reset"));
    m_back->setText(tr("◀ Back"));
    m_forward->setText(tr("Forward ▶"));
    m_play->setText(m_timer.isActive() ? tr("⏸ Pause") : tr("⏵ Play"));
    m_speedLabel->setText(tr("Speed"));
    m_description->setText(sim::SimText::scenarioDescription(m_scenarios->currentText()));
    for (int i = 0; i < m_scenarios->count(); ++i)
        m_scenarios->setItemData(i, sim::SimText::scenarioDescription(m_scenarios->itemText(i)), Qt::ToolTipRole);
    showStep(false);
}

void SimulatorPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SimulatorPanel::loadScenario(const QString& name)
{
    m_timer.stop();
    sim::buildScenario(name.toStdString(), m_simulator);
    m_simulator.jumpTo(0);
    m_description->setText(sim::SimText::scenarioDescription(name));
    m_diagram->removeTokens(QStringLiteral("lab-")); // one story on the diagram at a time
    m_diagram->removeToken(kTokenA);
    m_diagram->removeToken(kTokenB);
    m_diagram->placeToken(kTokenA, QStringLiteral("A"), kColourA, TcpState::Closed);
    m_diagram->placeToken(kTokenB, QStringLiteral("B"), kColourB, TcpState::Closed);
    showStep(false);
}

void SimulatorPanel::stepForward()
{
    if (m_simulator.stepForward())
        showStep(true);
}

void SimulatorPanel::stepBack()
{
    if (m_simulator.stepBack())
        showStep(false);
}

void SimulatorPanel::reset()
{
    m_timer.stop();
    m_simulator.jumpTo(0);
    showStep(false);
}

void SimulatorPanel::togglePlay()
{
    if (m_timer.isActive())
        m_timer.stop();
    else if (m_simulator.currentStep() < m_simulator.recordedSteps())
        m_timer.start();
    m_play->setText(m_timer.isActive() ? tr("⏸ Pause") : tr("⏵ Play"));
}

void SimulatorPanel::showStep(bool animate)
{
    const int step = m_simulator.currentStep();
    const int total = m_simulator.recordedSteps();
    const sim::SimState& state = m_simulator.state();
    m_position->setText(tr("Step %1 of %2   ·   t = %3 ms   ·   A: %4   ·   B: %5")
                            .arg(step)
                            .arg(total)
                            .arg(state.nowMs)
                            .arg(StateText::token(state.a.state), StateText::token(state.b.state)));
    if (step == 0) {
        m_explanation->setText(tr("Press Forward to take the first step."));
    } else {
        const sim::StepRecord& record = m_simulator.records()[std::size_t(step - 1)];
        m_explanation->setText(QString::fromStdString(record.command.text()) + QStringLiteral(" — ")
                               + sim::SimText::explanation(record));
    }

    // The state diagram follows: tokens glide along the edges a forward step took.
    if (animate && step > 0) {
        const sim::StepRecord& record = m_simulator.records()[std::size_t(step - 1)];
        for (const sim::StateChange& change : record.changes)
            m_diagram->moveToken(change.side == sim::Side::A ? kTokenA : kTokenB, change.transition);
        m_diagram->setHighlightedEdge(record.changes.empty() ? std::nullopt
                                                             : std::optional<std::size_t>(record.changes.back().transition));
    } else {
        m_diagram->placeToken(kTokenA, QStringLiteral("A"), kColourA, state.a.state);
        m_diagram->placeToken(kTokenB, QStringLiteral("B"), kColourB, state.b.state);
        m_diagram->setHighlightedEdge(std::nullopt);
    }

    m_ladder->refresh();
    // Keep the newest step in view.
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    updateButtons();
}

void SimulatorPanel::updateButtons()
{
    const int step = m_simulator.currentStep();
    m_back->setEnabled(step > 0);
    m_reset->setEnabled(step > 0);
    m_forward->setEnabled(step < m_simulator.recordedSteps());
    m_play->setEnabled(m_timer.isActive() || step < m_simulator.recordedSteps());
}

} // namespace tsl
