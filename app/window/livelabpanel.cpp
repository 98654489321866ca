#include "livelabpanel.h"

#include "errorlabel.h"
#include "labhanddrive.h"

#include "diagram/diagramscene.h"
#include "input/labaddress.h"
#include "text/labtext.h"
#include "controllers/livelab.h"
#include "lab/scenarios.h"
#include "lab/staterecipes.h"
#include "text/statetext.h"
#include "model/transitiontable.h"
#include "settings/settings.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace tsl {

namespace {
const QString kPrefix = QStringLiteral("lab-");
const QColor kColours[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                           QColor(0xad, 0x14, 0x57), QColor(0x45, 0x5a, 0x64), QColor(0xef, 0x6c, 0x00)};
} // namespace

LiveLabPanel::LiveLabPanel(DiagramScene* diagram, Settings& settings, QWidget* parent)
    : QWidget(parent), m_diagram(diagram), m_settings(settings), m_states(new QComboBox(this)), m_scenarios(new QComboBox(this)),
      m_address(new QComboBox(this)), m_port(new QSpinBox(this)), m_interval(new QSpinBox(this)), m_reach(new QPushButton(this)),
      m_release(new QPushButton(this)), m_run(new QPushButton(this)), m_stateLabel(new QLabel(this)),
      m_scenarioLabel(new QLabel(this)), m_addressLabel(new QLabel(this)), m_portLabel(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_intervalLabel(new QLabel(this)), m_source(new QLabel(this)), m_log(new QPlainTextEdit(this)),
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
    m_log->setMaximumBlockCount(2000);
    m_source->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* reachRow = new QHBoxLayout;
    reachRow->addWidget(m_states, 1);
    reachRow->addWidget(m_reach);
    reachRow->addWidget(m_release);
    form->addRow(m_stateLabel, reachRow);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_scenarios, 1);
    runRow->addWidget(m_run);
    form->addRow(m_scenarioLabel, runRow);
    form->addRow(m_addressLabel, m_address);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_intervalLabel, m_interval);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_source);
    layout->addWidget(m_hand, 2);
    layout->addWidget(m_log, 1);

    connect(m_reach, &QPushButton::clicked, this, &LiveLabPanel::reach);
    connect(m_release, &QPushButton::clicked, this, &LiveLabPanel::release);
    connect(m_run, &QPushButton::clicked, this, &LiveLabPanel::runScenario);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int ms) {
        m_settings.setLabIntervalMs(ms);
        if (m_lab)
            m_lab->setPollInterval(ms);
    });
    connect(m_diagram, &DiagramScene::tokensClaimed, this, [this](const QString& owner) {
        if (owner != kPrefix && m_lab && m_lab->isRunning()) {
            m_lab->stop(); // its tokens are gone; held sockets stay held until Release
            log(tr("The diagram now shows another panel; the lab stopped following the kernel."));
        }
    });
    m_release->setEnabled(false);
    retranslate();
}

LiveLabPanel::~LiveLabPanel()
{
    if (m_held)
        m_held->release();
}

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
    for (int i = 0; i < m_states->count(); ++i)
        m_states->setItemData(i, LabText::recipeDescription(TcpState(m_states->itemData(i).toInt())), Qt::ToolTipRole);
    for (int i = 0; i < m_scenarios->count(); ++i)
        m_scenarios->setItemData(i, LabText::scenarioDescription(m_scenarios->itemText(i)), Qt::ToolTipRole);
    if (!m_lab)
        m_source->setText(tr("Real sockets on loopback (127.0.0.1 and ::1 only), their states read from the kernel."));
}

void LiveLabPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LiveLabPanel::log(const QString& line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz  ")) + line);
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
    m_lab.reset();
    m_diagram->claimTokens(kPrefix); // one story on the diagram at a time
    m_diagram->removeTokens(kPrefix);
    m_colour = 0;
    ProbeCreation creation = createProbe(SourcePreference::Auto);
    if (!creation.probe) {
        showError(tr("The lab cannot follow the kernel: %1").arg(QString::fromStdString(creation.error)));
        return false;
    }
    const QString source = QString::fromLatin1(sourceToken(creation.probe->source()));
    m_source->setText(creation.fellBack ? tr("Source: %1 (%2)").arg(source, QString::fromStdString(creation.error))
                                        : tr("Source: %1").arg(source));
    m_lab = std::make_unique<LiveLab>(std::move(creation.probe));
    m_lab->setPollInterval(m_interval->value());
    connect(m_lab.get(), &LiveLab::transitionObserved, this,
            [this](int endpoint, const QString& role, TcpState from, TcpState to, int transition, bool seen, double,
                   bool pathKnown) {
                const QString id = kPrefix + QString::number(endpoint);
                if (!m_diagram->token(id))
                    showToken(endpoint, from);
                if (transition >= 0)
                    m_diagram->moveToken(id, std::size_t(transition));
                else
                    m_diagram->setTokenState(id, to);
                const QString note = LabText::pathNote(seen, pathKnown);
                log(QStringLiteral("%1 :%2  %3 → %4%5")
                        .arg(role)
                        .arg(m_lab->engine().follower().tuple(endpoint).local.port)
                        .arg(StateText::token(from), StateText::token(to), note.isEmpty() ? QString() : QStringLiteral("  ") + note));
            });
    connect(m_lab.get(), &LiveLab::operationLogged, this,
            [this](int, const QString& role, const QString& operation, bool ok, const QString& detail, double) {
                log(QStringLiteral("%1: %2%3%4").arg(role, operation, detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail,
                                                      ok ? QString() : QStringLiteral("  ✗")));
            });
    connect(m_lab.get(), &LiveLab::kernelUnreadable, this, &LiveLabPanel::showError);
    m_lab->start();
    m_hand->setLab(m_lab.get());
    return true;
}

LiveLab* LiveLabPanel::ensureLab()
{
    if (!m_lab)
        return startLab() ? m_lab.get() : nullptr;
    if (!m_lab->isRunning()) {
        // Back from another panel: the lab's sockets take the diagram again, where they stand.
        m_diagram->claimTokens(kPrefix);
        KernelFollower& follower = m_lab->engine().follower();
        for (std::size_t i = 0; i < follower.size(); ++i) {
            const TcpState state = follower.state(int(i));
            if (state == TcpState::Closed)
                continue;
            showToken(int(i), state);
        }
        m_lab->start();
    }
    return m_lab.get();
}

void LiveLabPanel::showToken(int endpoint, TcpState at)
{
    const KernelFollower& follower = m_lab->engine().follower();
    const QString label = QStringLiteral("%1 :%2").arg(LabText::role(follower.role(endpoint))).arg(follower.tuple(endpoint).local.port);
    const QColor colour = kColours[m_colour++ % std::size(kColours)];
    m_diagram->placeToken(kPrefix + QString::number(endpoint), label, colour, at);
}

void LiveLabPanel::reach()
{
    const auto endpoint = chosenEndpoint();
    if (!endpoint || !startLab())
        return;
    const TcpState state = TcpState(m_states->currentData().toInt());
    std::string error;
    // The recipe drives its sockets through the lab: each one's story reaches the diagram and
    // the log like any other lab operation.
    auto held = reachState(state, endpoint->first, m_lab->engine(), error, 5000, endpoint->second);
    if (!held) {
        showError(tr("Could not reach %1: %2").arg(StateText::token(state), QString::fromStdString(error)));
        return;
    }
    m_held = std::make_unique<HeldState>(std::move(*held));
    log(tr("%1 reached and held.").arg(StateText::token(state)));
    m_diagram->setHighlightedStates({state});
    m_release->setEnabled(true);
}

void LiveLabPanel::release()
{
    if (!m_held)
        return;
    // Release aborts every socket (RST): the lab's log says so, and that explains their way to CLOSED.
    m_held->release(); // the lab's tokens walk to CLOSED (TIME_WAIT waits its 60 s)
    m_held.reset();
    m_release->setEnabled(false);
    log(tr("Released."));
}

void LiveLabPanel::runScenario()
{
    const auto endpoint = chosenEndpoint();
    if (!endpoint || !startLab())
        return;
    const QString name = m_scenarios->currentText();
    log(tr("Running %1 …").arg(name));
    // The scenario runs at once; its transitions queue up as token moves that play one by one.
    const ScenarioOutcome outcome = runLabScenario(name.toStdString(), endpoint->first, m_lab->engine(), endpoint->second);
    if (!outcome.ok)
        showError(tr("Scenario %1 failed: %2").arg(name, QString::fromStdString(outcome.error)));
    for (const auto& [role, states] : outcome.paths) {
        QStringList names;
        for (TcpState s : states)
            names << StateText::token(s);
        log(QStringLiteral("%1: %2").arg(LabText::role(role), names.join(QStringLiteral(" → "))));
    }
    m_diagram->setHighlightedStates({});
}

} // namespace tsl
