// The Simulator panel: its width does not follow the explanation's length, the A:/B: menus offer
// only the calls that apply, scenario names are shown translated, and "Craft a segment" builds
// the Inject command the user chose.
#include "window/craftsegmentdialog.h"
#include "window/simulatorpanel.h"

#include "diagram/tokenboard.h"
#include "sim/simscenarios.h"
#include "text/simtext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace tsl;

namespace {
QPushButton* buttonWithText(QWidget& parent, const QString& text)
{
    for (QPushButton* b : parent.findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QToolButton* sideButton(QWidget& parent, const QString& side)
{
    for (QToolButton* b : parent.findChildren<QToolButton*>()) {
        if (b->text().startsWith(side + QLatin1Char(':')))
            return b;
    }
    return nullptr;
}
} // namespace

class TestSimulatorPanel : public QObject {
    Q_OBJECT

private slots:
    void widthDoesNotFollowTheExplanation();
    void menusOfferOnlyWhatApplies();
    void scenarioNamesAreTitles();
    void profileChooserReplaysUnderLinux();
    void craftDialogBuildsTheInjectCommand();
    void slotsForTheWindowsShortcuts();
};

void TestSimulatorPanel::widthDoesNotFollowTheExplanation()
{
    TokenBoard diagram;
    SimulatorPanel panel(&diagram);
    panel.resize(420, 700);
    panel.show();
    auto* scenarios = panel.findChild<QComboBox*>();
    QVERIFY(scenarios);
    QPushButton* forward = buttonWithText(panel, SimulatorPanel::tr("Forward ▶"));
    QVERIFY(forward);
    const int minimum = panel.minimumSizeHint().width();
    const int hint = panel.sizeHint().width();
    for (int i = 0; i < scenarios->count(); ++i) {
        scenarios->setCurrentIndex(i);
        while (forward->isEnabled()) {
            forward->click();
            QCOMPARE(panel.minimumSizeHint().width(), minimum);
            QCOMPARE(panel.sizeHint().width(), hint);
        }
    }
}

void TestSimulatorPanel::menusOfferOnlyWhatApplies()
{
    TokenBoard diagram;
    SimulatorPanel panel(&diagram);
    auto* scenarios = panel.findChild<QComboBox*>();
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("three-way-handshake")));
    QPushButton* forward = buttonWithText(panel, SimulatorPanel::tr("Forward ▶"));
    const auto enabled = [&](const QString& side) {
        QStringList out;
        for (QAction* action : sideButton(panel, side)->menu()->actions()) {
            if (action->isEnabled())
                out << action->text();
        }
        return out;
    };
    // At the start both are CLOSED: only the opens.
    const QStringList opens{SimulatorPanel::tr("Listen (passive open)"), SimulatorPanel::tr("Connect (active open)")};
    QCOMPARE(enabled(QStringLiteral("A")), opens);
    while (forward->isEnabled())
        forward->click();
    QCOMPARE(panel.simulator().state().a.state, TcpState::Established);
    const QStringList established{SimulatorPanel::tr("Send 100 bytes"), SimulatorPanel::tr("Shut down writing"),
                                  SimulatorPanel::tr("Close"), SimulatorPanel::tr("Abort (RST)")};
    QCOMPARE(enabled(QStringLiteral("A")), established);
    QCOMPARE(enabled(QStringLiteral("B")), established);
}

void TestSimulatorPanel::scenarioNamesAreTitles()
{
    TokenBoard diagram;
    SimulatorPanel panel(&diagram);
    auto* scenarios = panel.findChild<QComboBox*>();
    QCOMPARE(std::size_t(scenarios->count()), sim::scenarioNames().size());
    for (int i = 0; i < scenarios->count(); ++i) {
        const QString name = scenarios->itemData(i).toString();
        QCOMPARE(scenarios->itemText(i), sim::SimText::scenarioTitle(name));
        QVERIFY(scenarios->itemText(i) != name);
    }
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("syn-flood")));
    QCOMPARE(panel.scenario(), QStringLiteral("syn-flood"));
    QCOMPARE(panel.handoutOptions().title, sim::SimText::scenarioTitle(QStringLiteral("syn-flood")));
    QCOMPARE(panel.handoutOptions().description, sim::SimText::scenarioDescription(QStringLiteral("syn-flood")));
}

void TestSimulatorPanel::profileChooserReplaysUnderLinux()
{
    TokenBoard diagram;
    SimulatorPanel panel(&diagram);
    const auto combos = panel.findChildren<QComboBox*>(QString(), Qt::FindDirectChildrenOnly); // not Predict's level
    QCOMPARE(combos.size(), 2);
    QComboBox* scenarios = combos[0];
    QComboBox* profiles = combos[1];
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(profiles->itemText(0), sim::SimText::profileTitle(sim::Profile::Rfc9293));
    QCOMPARE(panel.simulator().profile(), sim::Profile::Rfc9293);
    // In resets-and-aborts an orphaned FIN_WAIT_2 dies on a RST: under Linux, a timewait socket.
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("resets-and-aborts")));
    const auto linuxNoteSomewhere = [&panel] {
        for (const sim::StepRecord& r : panel.simulator().records()) {
            if (std::any_of(r.notes.begin(), r.notes.end(), sim::noteNamesLinuxBehaviour))
                return true;
        }
        return false;
    };
    QVERIFY(!linuxNoteSomewhere());
    profiles->setCurrentIndex(profiles->findData(int(sim::Profile::Linux)));
    QCOMPARE(panel.simulator().profile(), sim::Profile::Linux);
    QCOMPARE(panel.simulator().currentStep(), 0);
    QVERIFY(linuxNoteSomewhere());
    // A new scenario keeps the chosen profile.
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("abort")));
    QCOMPARE(panel.simulator().profile(), sim::Profile::Linux);
}

void TestSimulatorPanel::craftDialogBuildsTheInjectCommand()
{
    sim::Simulator s;
    QVERIFY(sim::buildScenario("three-way-handshake", s));
    CraftSegmentDialog dialog(s.state(), sim::Side::B);
    const auto boxes = dialog.findChildren<QCheckBox*>();
    for (QCheckBox* box : boxes) {
        if (box->text() == QLatin1String("SYN"))
            box->setChecked(true);
        if (box->text() == QLatin1String("ACK"))
            box->setChecked(false);
    }
    const auto combos = dialog.findChildren<QComboBox*>();
    QCOMPARE(combos.size(), 3); // receiver, seq, ack
    QComboBox* seq = combos[1];
    seq->setCurrentIndex(seq->findData(int(sim::SeqPosition::RcvNxtPlus1)));
    QVERIFY(seq->currentText().contains(QLatin1String("RCV.NXT+1")));
    QVERIFY(seq->currentText().contains(QLatin1String("1002")));
    QVERIFY(!combos[2]->isEnabled()); // no ACK flag, no acknowledgement number
    const sim::Command command = dialog.command();
    QCOMPARE(command.kind, sim::CommandKind::Inject);
    QCOMPARE(command.side, sim::Side::B);
    QVERIFY(command.segment.syn && !command.segment.ack);
    QCOMPARE(command.segment.seq, 1002u);
    QCOMPARE(command.seqPosition, sim::SeqPosition::RcvNxtPlus1);
    // Another receiver: the same choice, A's numbers.
    combos[0]->setCurrentIndex(0);
    QCOMPARE(dialog.command().segment.seq, s.state().a.rcvNxt + 1);
}

void TestSimulatorPanel::slotsForTheWindowsShortcuts()
{
    TokenBoard diagram;
    SimulatorPanel panel(&diagram);
    QCOMPARE(panel.simulator().currentStep(), 0);
    panel.stepForward();
    panel.stepForward();
    QCOMPARE(panel.simulator().currentStep(), 2);
    panel.stepBack();
    QCOMPARE(panel.simulator().currentStep(), 1);
    panel.togglePlay();
    QTRY_COMPARE(panel.simulator().currentStep(), panel.simulator().recordedSteps());
    panel.reset();
    QCOMPARE(panel.simulator().currentStep(), 0);
}

QTEST_MAIN(TestSimulatorPanel)
#include "tst_simulatorpanel.moc"
