// The stepping simulator: segment handling against a state x segment table written from
// RFC 9293, stepping forwards and backwards, every edge of the model taken, determinism, crafted
// segments, the words of each step.
#include "i18n/translations.h"
#include "text/labtext.h"
#include "model/transitiontable.h"
#include "sim/simscenarios.h"
#include "text/simtext.h"
#include "controllers/simulationcontroller.h"
#include "sim/craftedsegment.h"
#include "sim/usercalls.h"
#include "text/statetext.h"

#include <QSignalSpy>

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace tsl;
using namespace tsl::sim;

Q_DECLARE_METATYPE(tsl::TcpState)
Q_DECLARE_METATYPE(tsl::sim::Note)

namespace {

Command cmd(CommandKind kind, Side side = Side::A, std::uint32_t bytes = 0, std::size_t index = 0)
{
    Command c;
    c.kind = kind;
    c.side = side;
    c.bytes = bytes;
    c.index = index;
    return c;
}

QString str(std::string_view v) { return QString::fromLatin1(v.data(), qsizetype(v.size())); }

void settle(Simulator& s)
{
    for (int i = 0; i < 64 && !s.state().network.empty(); ++i)
        s.apply(cmd(CommandKind::Deliver));
}

void dropAll(Simulator& s)
{
    while (!s.state().network.empty())
        s.apply(cmd(CommandKind::Drop));
}

void handshake(Simulator& s)
{
    s.apply(cmd(CommandKind::PassiveOpen, Side::B));
    s.apply(cmd(CommandKind::ActiveOpen, Side::A));
    settle(s);
}

// Brings B into `state`, with nothing left in flight.
void bringBInto(Simulator& s, TcpState state)
{
    switch (state) {
    case TcpState::Closed: break;
    case TcpState::Listen: s.apply(cmd(CommandKind::PassiveOpen, Side::B)); break;
    case TcpState::SynSent: s.apply(cmd(CommandKind::ActiveOpen, Side::B)); break;
    case TcpState::SynReceived:
        s.apply(cmd(CommandKind::PassiveOpen, Side::B));
        s.apply(cmd(CommandKind::ActiveOpen, Side::A));
        s.apply(cmd(CommandKind::Deliver));
        break;
    case TcpState::Established: handshake(s); break;
    case TcpState::FinWait1: handshake(s); s.apply(cmd(CommandKind::Shutdown, Side::B)); break;
    case TcpState::FinWait2: handshake(s); s.apply(cmd(CommandKind::Shutdown, Side::B)); settle(s); break;
    case TcpState::CloseWait: handshake(s); s.apply(cmd(CommandKind::Shutdown, Side::A)); settle(s); break;
    case TcpState::Closing:
        handshake(s);
        s.apply(cmd(CommandKind::Shutdown, Side::A));
        s.apply(cmd(CommandKind::Shutdown, Side::B));
        s.apply(cmd(CommandKind::Deliver)); // A's FIN reaches B in FIN_WAIT_1
        break;
    case TcpState::LastAck:
        handshake(s);
        s.apply(cmd(CommandKind::Shutdown, Side::A));
        settle(s);
        s.apply(cmd(CommandKind::Shutdown, Side::B));
        break;
    case TcpState::TimeWait:
        handshake(s);
        s.apply(cmd(CommandKind::Shutdown, Side::B));
        settle(s);
        s.apply(cmd(CommandKind::Shutdown, Side::A));
        settle(s);
        break;
    case TcpState::Unknown: break;
    }
    dropAll(s);
}

QString responseOf(const StepRecord& r)
{
    QStringList flags;
    for (const Segment& s : r.sent)
        flags << QString::fromStdString(s.flags());
    return flags.isEmpty() ? QStringLiteral("-") : flags.join('+');
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void stateSegmentTable_data();
    void stateSegmentTable();
    void profilesPlayEveryScenario_data();
    void profilesPlayEveryScenario();
    void profileChangeReplaysAtTheSameStep();
    void everyScenarioRoundTrips_data();
    void everyScenarioRoundTrips();
    void everyEdgeIsTaken();
    void deterministic();
    void simultaneousCloseSequenceNumbers();
    void lostFinalAckRestartsTimeWait();
    void synFloodWithAndWithoutCookies();
    void explanationsAreTranslated();
    void newStepAfterStepBackReplacesTheFuture();
    void labPointsToASimulatorScenarioForEveryState();
    void controllerStepsPlaysAndTakesOver();
    void timeWaitExpiryShowsTwoMsl();
    void timerOfAGivenSideFires();
    void cookieStepMatchesItsEdges();
    void spoofedSynsAreRecorded();
    void applicationCallsApplyAsTheTableSays_data();
    void applicationCallsApplyAsTheTableSays();
    void callsOfferedInEstablished();
    void windowPositionsResolve_data();
    void windowPositionsResolve();
    void craftedSegmentInEstablished_data();
    void craftedSegmentInEstablished();
    void craftedSegmentIsExplained();
    void scenarioRegistryIsTranslated();
    void stepTextsHaveNoEnglishInGerman();
    void shutdownInSynSentIsSentOnceEstablished();
};

void TestSimulator::stateSegmentTable_data()
{
    // B is in the state; A's segment carries SEQ = B's RCV.NXT (in the window) and, where it has
    // ACK, ACK = B's SND.NXT (it acknowledges all B sent). Response: the flags B sends back.
    QTest::addColumn<TcpState>("state");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("response");
    QTest::addColumn<TcpState>("next");
    using S = TcpState;
    const char* kinds[] = {"SYN", "SYN+ACK", "SYN+FIN", "ACK", "FIN", "FIN+ACK", "RST", "RST+ACK"};
    struct Row {
        S state;
        const char* responses[8];
        S next[8];
    };
    const Row table[] = {
        // §3.10.7.1: no TCB: a RST for everything but a RST.
        {S::Closed, {"RST,ACK", "RST", "RST,ACK", "RST", "RST,ACK", "RST", "-", "-"},
         {S::Closed, S::Closed, S::Closed, S::Closed, S::Closed, S::Closed, S::Closed, S::Closed}},
        // §3.10.7.2: RST ignored; ACK draws a RST; SYN opens (a FIN with it is not processed yet).
        {S::Listen, {"SYN,ACK", "RST", "SYN,ACK", "RST", "-", "RST", "-", "-"},
         {S::SynReceived, S::Listen, S::SynReceived, S::Listen, S::Listen, S::Listen, S::Listen, S::Listen}},
        // §3.10.7.3: SYN alone: simultaneous open; SYN,ACK: established; RST needs an acceptable ACK.
        {S::SynSent, {"SYN,ACK", "ACK", "SYN,ACK", "-", "-", "-", "-", "-"},
         {S::SynReceived, S::Established, S::SynReceived, S::SynSent, S::SynSent, S::SynSent, S::SynSent, S::Closed}},
        // §3.10.7.4: a SYN of any kind in the window returns a passive SYN_RECEIVED to LISTEN
        // (fourth check); no ACK bit: dropped; ACK of the SYN: established; RST: back to LISTEN.
        {S::SynReceived, {"-", "-", "-", "-", "-", "ACK", "-", "-"},
         {S::Listen, S::Listen, S::Listen, S::Established, S::SynReceived, S::CloseWait, S::Listen, S::Listen}},
        {S::Established, {"ACK", "ACK", "ACK", "-", "-", "ACK", "-", "-"},
         {S::Established, S::Established, S::Established, S::Established, S::Established, S::CloseWait, S::Closed, S::Closed}},
        // FIN_WAIT_1: the ACK of our FIN -> FIN_WAIT_2; FIN with it -> TIME_WAIT.
        {S::FinWait1, {"ACK", "ACK", "ACK", "-", "-", "ACK", "-", "-"},
         {S::FinWait1, S::FinWait1, S::FinWait1, S::FinWait2, S::FinWait1, S::TimeWait, S::Closed, S::Closed}},
        {S::FinWait2, {"ACK", "ACK", "ACK", "-", "-", "ACK", "-", "-"},
         {S::FinWait2, S::FinWait2, S::FinWait2, S::FinWait2, S::FinWait2, S::TimeWait, S::Closed, S::Closed}},
        // CLOSE_WAIT: a further FIN is acknowledged and changes nothing.
        {S::CloseWait, {"ACK", "ACK", "ACK", "-", "-", "ACK", "-", "-"},
         {S::CloseWait, S::CloseWait, S::CloseWait, S::CloseWait, S::CloseWait, S::CloseWait, S::Closed, S::Closed}},
        // CLOSING: the ACK of our FIN -> TIME_WAIT; a FIN+ACK's FIN is then acknowledged again (eighth).
        {S::Closing, {"ACK", "ACK", "ACK", "-", "-", "ACK", "-", "-"},
         {S::Closing, S::Closing, S::Closing, S::TimeWait, S::Closing, S::TimeWait, S::Closed, S::Closed}},
        // LAST_ACK: the ACK of our FIN deletes the TCB.
        {S::LastAck, {"ACK", "ACK", "ACK", "-", "-", "-", "-", "-"},
         {S::LastAck, S::LastAck, S::LastAck, S::Closed, S::LastAck, S::Closed, S::Closed, S::Closed}},
        // TIME_WAIT: a FIN is acknowledged (and 2MSL restarts); a RST ends it early (RFC 9293;
        // RFC 1337 would ignore it).
        {S::TimeWait, {"ACK", "ACK", "ACK", "-", "-", "ACK", "-", "-"},
         {S::TimeWait, S::TimeWait, S::TimeWait, S::TimeWait, S::TimeWait, S::TimeWait, S::Closed, S::Closed}},
    };
    for (const Row& row : table) {
        for (int k = 0; k < 8; ++k)
            QTest::addRow("%s %s", stateToken(row.state).data(), kinds[k]) << row.state << QString::fromLatin1(kinds[k])
                                                                             << QString::fromLatin1(row.responses[k]) << row.next[k];
    }
}

void TestSimulator::stateSegmentTable()
{
    QFETCH(TcpState, state);
    QFETCH(QString, kind);
    QFETCH(QString, response);
    QFETCH(TcpState, next);
    Simulator s;
    bringBInto(s, state);
    QCOMPARE(s.state().b.state, state);
    const Tcb& b = s.state().b;
    Command inject = cmd(CommandKind::Inject, Side::B);
    Segment& seg = inject.segment;
    seg.syn = kind.contains("SYN");
    seg.fin = kind.contains("FIN");
    seg.rst = kind.contains("RST");
    seg.ack = kind.contains("ACK");
    const bool synchronizedOrHalf = state != TcpState::Closed && state != TcpState::Listen && state != TcpState::SynSent;
    seg.seq = synchronizedOrHalf ? b.rcvNxt : 5000;
    seg.ackNo = state == TcpState::Closed || state == TcpState::Listen ? 7777 : b.sndNxt;
    seg.window = 65535;
    const StepRecord& r = s.apply(inject);
    QCOMPARE(responseOf(r), response);
    QCOMPARE(s.state().b.state, next);
    // Every change went through the model's table.
    for (const StateChange& c : r.changes) {
        QCOMPARE(transitions()[c.transition].from, c.from);
        QCOMPARE(transitions()[c.transition].to, c.to);
    }
}

void TestSimulator::everyScenarioRoundTrips_data()
{
    QTest::addColumn<QString>("scenario");
    for (const std::string& name : scenarioNames())
        QTest::addRow("%s", name.c_str()) << QString::fromStdString(name);
}

void TestSimulator::everyScenarioRoundTrips()
{
    QFETCH(QString, scenario);
    Simulator s;
    QVERIFY(buildScenario(scenario.toStdString(), s));
    const int steps = s.recordedSteps();
    QVERIFY(steps > 0);
    std::vector<SimState> forward{SimState{}};
    s.jumpTo(0);
    QCOMPARE(s.state(), SimState{});
    while (s.stepForward())
        forward.push_back(s.state());
    QCOMPARE(int(forward.size()), steps + 1);
    // Back, one step at a time, to the start: each state as it was going forward.
    for (int n = steps; n > 0; --n) {
        QVERIFY(s.stepBack());
        QVERIFY2(s.state() == forward[std::size_t(n - 1)], qPrintable(QStringLiteral("step %1").arg(n - 1)));
    }
    QVERIFY(!s.stepBack());
    // And forward again: exactly the same.
    for (int n = 1; n <= steps; ++n) {
        QVERIFY(s.stepForward());
        QVERIFY(s.state() == forward[std::size_t(n)]);
    }
    s.jumpTo(steps / 2);
    QVERIFY(s.state() == forward[std::size_t(steps / 2)]);
}

void TestSimulator::everyEdgeIsTaken()
{
    QSet<std::size_t> taken;
    for (const std::string& name : scenarioNames()) {
        Simulator s;
        buildScenario(name, s);
        for (const StepRecord& r : s.records())
            for (const StateChange& c : r.changes)
                taken.insert(c.transition);
    }
    QStringList missing;
    for (std::size_t i = 0; i < transitions().size(); ++i) {
        if (!taken.contains(i))
            missing << QString::fromLatin1(transitions()[i].id.data());
    }
    QVERIFY2(missing.isEmpty(), qPrintable("edges no scenario takes: " + missing.join(", ")));
}

void TestSimulator::deterministic()
{
    for (const std::string& name : scenarioNames()) {
        Simulator first;
        Simulator second;
        buildScenario(name, first);
        buildScenario(name, second);
        QCOMPARE(first.recordedSteps(), second.recordedSteps());
        QVERIFY(first.state() == second.state());
        for (std::size_t i = 0; i < first.records().size(); ++i)
            QCOMPARE(first.records()[i].sent, second.records()[i].sent);
    }
}

void TestSimulator::simultaneousCloseSequenceNumbers()
{
    Simulator s;
    QVERIFY(buildScenario("simultaneous-close", s));
    QStringList a{"CLOSED"};
    QStringList b{"CLOSED"};
    bool sawFin = false;
    for (const StepRecord& r : s.records()) {
        for (const StateChange& c : r.changes)
            (c.side == Side::A ? a : b) << QString::fromLatin1(stateToken(c.to).data());
        for (const Segment& seg : r.sent) {
            if (seg.fin && seg.from == Side::A) {
                QCOMPARE(seg.seq, 1001u); // after the SYN (ISS 1000)
                QCOMPARE(seg.ackNo, 2001u);
                QCOMPARE(QString::fromStdString(seg.flags()), QStringLiteral("FIN,ACK"));
                sawFin = true;
            }
        }
    }
    QVERIFY(sawFin);
    const QStringList close{"FIN_WAIT_1", "CLOSING", "TIME_WAIT", "CLOSED"};
    QCOMPARE(a.mid(a.size() - 4), close);
    QCOMPARE(b.mid(b.size() - 4), close);
}

void TestSimulator::lostFinalAckRestartsTimeWait()
{
    Simulator s;
    QVERIFY(buildScenario("lost-final-ack", s));
    bool restarted = false;
    bool retransmitted = false;
    for (const StepRecord& r : s.records()) {
        for (Note n : r.notes) {
            restarted = restarted || n == Note::TimeWaitRestarted;
            retransmitted = retransmitted || (n == Note::Retransmitted && r.timerSide == Side::B);
        }
    }
    QVERIFY(retransmitted); // LAST_ACK retransmits its FIN
    QVERIFY(restarted);     // TIME_WAIT acknowledges it again
    QCOMPARE(s.state().a.state, TcpState::Closed);
    QCOMPARE(s.state().b.state, TcpState::Closed);
}

void TestSimulator::synFloodWithAndWithoutCookies()
{
    Simulator s;
    QVERIFY(buildScenario("syn-flood", s));
    QCOMPARE(s.state().listener.halfOpen, 4u);  // the backlog filled
    QVERIFY(s.state().listener.dropped >= 3);   // 2 spoofed + A's first SYN(s)
    QVERIFY(s.state().listener.cookies >= 1);    // then a cookie let A in
    QCOMPARE(s.state().a.state, TcpState::Established);
    QCOMPARE(s.state().b.state, TcpState::Established);
}

void TestSimulator::explanationsAreTranslated()
{
    Simulator s;
    QVERIFY(buildScenario("active-close", s));
    QStringList english;
    for (const StepRecord& r : s.records()) {
        const QString text = SimText::explanation(r);
        QVERIFY2(text.size() > 20, qPrintable(SimText::commandText(r)));
        english << text;
    }
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    for (std::size_t i = 0; i < s.records().size(); ++i)
        QVERIFY(SimText::explanation(s.records()[i]) != english[qsizetype(i)]);
}

void TestSimulator::newStepAfterStepBackReplacesTheFuture()
{
    Simulator s;
    QVERIFY(buildScenario("three-way-handshake", s));
    s.jumpTo(2); // B listens, A has sent its SYN
    s.apply(cmd(CommandKind::Drop));
    QCOMPARE(s.recordedSteps(), 3);
    QCOMPARE(s.state().b.state, TcpState::Listen);
    QVERIFY(!s.stepForward());
}

void TestSimulator::labPointsToASimulatorScenarioForEveryState()
{
    // Where the live lab cannot hold a state, it names a simulator scenario that passes it.
    const auto names = scenarioNames();
    for (TcpState state : kAllStates) {
        const QString scenario = LabText::simulatorScenarioFor(state);
        QVERIFY(std::find(names.begin(), names.end(), scenario.toStdString()) != names.end());
        Simulator s;
        QVERIFY(buildScenario(scenario.toStdString(), s));
        bool passes = state == TcpState::Closed;
        for (const StepRecord& r : s.records())
            for (const StateChange& c : r.changes)
                passes = passes || c.to == state;
        QVERIFY2(passes, stateToken(state).data());
        QVERIFY(LabText::unsupportedHere(state).contains(scenario));
    }
}

void TestSimulator::controllerStepsPlaysAndTakesOver()
{
    SimulationController controller;
    QSignalSpy steps(&controller, &SimulationController::stepChanged);
    QSignalSpy playing(&controller, &SimulationController::playingChanged);
    QVERIFY(!controller.load("no-such-scenario"));
    QVERIFY(controller.load("three-way-handshake"));
    QCOMPARE(controller.simulator().currentStep(), 0);
    QVERIFY(controller.stepForward());
    QCOMPARE(steps.last().at(0).toInt(), 1);
    QVERIFY(steps.last().at(1).toBool()); // a forward step: the GUI animates it
    QVERIFY(controller.stepBack());
    QVERIFY(!steps.last().at(1).toBool());
    controller.setPlayInterval(50);
    controller.play();
    QVERIFY(controller.isPlaying());
    QTRY_COMPARE(controller.simulator().currentStep(), controller.simulator().recordedSteps());
    QTRY_VERIFY(!controller.isPlaying()); // stops by itself at the end
    QCOMPARE(playing.count(), 2);
    // Taking over: after stepping back, the user's own step replaces what followed.
    controller.jumpTo(2); // A's SYN in flight
    Command drop;
    drop.kind = CommandKind::Drop;
    controller.apply(drop);
    QCOMPARE(controller.simulator().recordedSteps(), 3);
    QCOMPARE(controller.simulator().state().a.state, TcpState::SynSent);
    Command timer;
    timer.kind = CommandKind::Timer;
    controller.apply(timer); // A retransmits its SYN
    QCOMPARE(controller.simulator().state().network.size(), std::size_t(1));
    QVERIFY(controller.simulator().state().network.front().syn);
}

void TestSimulator::timerOfAGivenSideFires()
{
    // Both sides wait on a retransmission: A's SYN and B's SYN,ACK are held. A twin following a
    // kernel fires the timer of the side whose kernel retransmitted, whichever comes sooner here.
    Simulator s;
    s.apply(cmd(CommandKind::PassiveOpen, Side::B));
    s.apply(cmd(CommandKind::ActiveOpen, Side::A));
    s.apply(cmd(CommandKind::Deliver)); // B answers SYN,ACK, which stays in flight
    QCOMPARE(s.state().b.state, TcpState::SynReceived);
    QCOMPARE(s.state().timers.size(), std::size_t(2));
    for (const Side side : {Side::B, Side::A, Side::B}) {
        Command timer = cmd(CommandKind::Timer, side);
        timer.timer = SimTimerKind::Retransmit;
        const std::size_t inFlight = s.state().network.size();
        const StepRecord& step = s.apply(timer);
        QVERIFY(step.timerFired);
        QCOMPARE(*step.timerFired, SimTimerKind::Retransmit);
        QCOMPARE(step.timerSide, side);
        QCOMPARE(s.state().network.size(), inFlight + 1);
        QCOMPARE(s.state().network.back().from, side);
        QCOMPARE(s.state().network.back().ack, side == Side::B); // SYN,ACK from B, bare SYN from A
    }
    // A timer the side does not run fires nothing.
    Command none = cmd(CommandKind::Timer, Side::A);
    none.timer = SimTimerKind::TimeWait;
    QVERIFY(!s.apply(none).timerFired);
    // Replays the same way (the history replays commands).
    const int steps = s.currentStep();
    s.jumpTo(3);
    s.jumpTo(steps);
    QCOMPARE(s.records()[std::size_t(steps - 3)].timerSide, Side::A); // step 5: the second timer, A's
}

void TestSimulator::timeWaitExpiryShowsTwoMsl()
{
    Simulator s;
    QVERIFY(buildScenario("time-wait-expiry", s));
    const StepRecord& last = s.records().back();
    QVERIFY(last.timerFired);
    QCOMPARE(*last.timerFired, SimTimerKind::TimeWait);
    QCOMPARE(last.changes.size(), std::size_t(1));
    QCOMPARE(str(transitions()[last.changes[0].transition].id), QStringLiteral("timewait-timeout"));
    QCOMPARE(last.nowMs, Simulator::kTwoMslMs);
    bool finAck = false;
    for (const StepRecord& r : s.records()) {
        for (const Segment& seg : r.sent)
            QVERIFY2(!seg.rst, "nothing cuts TIME_WAIT short");
        for (const StateChange& c : r.changes)
            finAck = finAck || transitions()[c.transition].id == "finwait1-rcv-finack";
    }
    QVERIFY(finAck); // as the description says: FIN_WAIT_1 straight to TIME_WAIT
    QVERIFY(SimText::scenarioDescription(QStringLiteral("time-wait-expiry")).contains(QLatin1String("2MSL")));
}

void TestSimulator::cookieStepMatchesItsEdges()
{
    // The token walks LISTEN -> SYN_RECEIVED -> ESTABLISHED; the text must say the same.
    Simulator s;
    QVERIFY(buildScenario("syn-flood", s));
    const auto cookie = std::find_if(s.records().begin(), s.records().end(), [](const StepRecord& r) {
        return std::find(r.notes.begin(), r.notes.end(), Note::CookieAccepted) != r.notes.end();
    });
    QVERIFY(cookie != s.records().end());
    QCOMPARE(cookie->changes.size(), std::size_t(2));
    QCOMPARE(cookie->changes[0].to, TcpState::SynReceived);
    QCOMPARE(cookie->changes[1].to, TcpState::Established);
    const QString text = SimText::explanation(*cookie);
    QVERIFY2(text.contains(QLatin1String("SYN_RECEIVED")) && text.contains(QLatin1String("ESTABLISHED")), qPrintable(text));
    // No SYN,ACK goes out at this step, so the listener's "answers with SYN,ACK" edge text is not used.
    QVERIFY(cookie->sent.empty());
    QVERIFY(!text.contains(StateText::edgeExplanation(transitions()[cookie->changes[0].transition])));
}

void TestSimulator::spoofedSynsAreRecorded()
{
    Simulator s;
    QVERIFY(buildScenario("syn-flood", s));
    int spoofed = 0;
    for (const StepRecord& r : s.records()) {
        if (r.command.kind != CommandKind::SpoofedSyn)
            continue;
        ++spoofed;
        QVERIFY(r.handled && r.handled->spoofed && r.handled->syn);
        const bool dropped = std::find(r.notes.begin(), r.notes.end(), Note::SynDroppedQueueFull) != r.notes.end();
        // Queued: B answers into the void; dropped: no answer. Nothing enters the A-B network.
        QCOMPARE(r.sent.size(), std::size_t(dropped ? 0 : 1));
        for (const Segment& answer : r.sent)
            QVERIFY(answer.spoofed && answer.syn && answer.ack && answer.ackNo == r.handled->seq + 1);
        QVERIFY(SimText::commandText(r).contains(QLatin1String("seq=")));
    }
    QCOMPARE(spoofed, 6);
}

void TestSimulator::applicationCallsApplyAsTheTableSays_data()
{
    QTest::addColumn<TcpState>("state");
    for (TcpState state : kAllStates)
        QTest::addRow("%s", stateToken(state).data()) << state;
}

void TestSimulator::applicationCallsApplyAsTheTableSays()
{
    // What the menus offer (callApplies) is exactly what does something when applied.
    QFETCH(TcpState, state);
    for (CommandKind call : kApplicationCalls) {
        Simulator s;
        bringBInto(s, state);
        QCOMPARE(s.state().b.state, state);
        const bool offered = callApplies(s.state().b, call);
        const StepRecord& r = s.apply(cmd(call, Side::B, 10));
        const bool nothing = std::find(r.notes.begin(), r.notes.end(), Note::NothingToDo) != r.notes.end();
        QVERIFY2(offered != nothing, commandToken(call));
        for (const StateChange& c : r.changes) { // and every change is a table edge from there
            QCOMPARE(transitions()[c.transition].from, c.from);
            QCOMPARE(transitions()[c.transition].to, c.to);
        }
    }
}

void TestSimulator::callsOfferedInEstablished()
{
    Simulator s;
    handshake(s);
    QStringList offered;
    for (CommandKind call : kApplicationCalls) {
        if (callApplies(s.state().a, call))
            offered << QString::fromLatin1(commandToken(call));
    }
    QCOMPARE(offered, QStringList({"send", "shutdown", "close", "abort"}));
    Simulator fresh;
    QVERIFY(callApplies(fresh.state().a, CommandKind::ActiveOpen));
    QVERIFY(!callApplies(fresh.state().a, CommandKind::Close));
    QVERIFY(!callApplies(fresh.state().a, CommandKind::Abort));
}

void TestSimulator::windowPositionsResolve_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("offset"); // from B's RCV.NXT (1001) or SND.NXT (2001)
    QTest::addColumn<bool>("isSeq");
    QTest::addColumn<bool>("acceptable"); // for a zero-length segment
    QTest::addRow("rcv.nxt-1") << "rcv.nxt-1" << qint64(-1) << true << false;
    QTest::addRow("rcv.nxt") << "rcv.nxt" << qint64(0) << true << true;
    QTest::addRow("rcv.nxt+1") << "rcv.nxt+1" << qint64(1) << true << true;
    QTest::addRow("rcv.nxt+wnd-1") << "rcv.nxt+wnd-1" << qint64(65534) << true << true;
    QTest::addRow("rcv.nxt+wnd") << "rcv.nxt+wnd" << qint64(65535) << true << false;
    QTest::addRow("snd.una-1") << "snd.una-1" << qint64(-1) << false << false;
    QTest::addRow("snd.una") << "snd.una" << qint64(0) << false << false;
    QTest::addRow("snd.nxt") << "snd.nxt" << qint64(0) << false << false;
    QTest::addRow("snd.nxt+1") << "snd.nxt+1" << qint64(1) << false << false;
}

void TestSimulator::windowPositionsResolve()
{
    QFETCH(QString, token);
    QFETCH(qint64, offset);
    QFETCH(bool, isSeq);
    QFETCH(bool, acceptable);
    Simulator s;
    handshake(s);
    const Tcb& b = s.state().b;
    QCOMPARE(b.rcvNxt, 1001u);
    QCOMPARE(b.sndNxt, 2001u);
    if (isSeq) {
        const auto position = parseSeqPosition(token.toStdString());
        QVERIFY(position);
        QCOMPARE(QString::fromLatin1(seqPositionToken(*position)), token);
        QCOMPARE(resolveSeq(b, *position), std::uint32_t(1001 + offset));
        QCOMPARE(inWindow(b, *position, 0), acceptable);
    } else {
        const auto position = parseAckPosition(token.toStdString());
        QVERIFY(position);
        QCOMPARE(QString::fromLatin1(ackPositionToken(*position)), token);
        // After the handshake SND.UNA == SND.NXT == 2001.
        QCOMPARE(resolveAck(b, *position), std::uint32_t(2001 + offset));
    }
    QVERIFY(!parseSeqPosition("rcv.nxt+2"));
    QVERIFY(!parseAckPosition(""));
}

void TestSimulator::craftedSegmentInEstablished_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("ack");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("response");
    QTest::addColumn<Note>("note");
    QTest::addColumn<TcpState>("next");
    using S = TcpState;
    QTest::addRow("SYN at RCV.NXT: challenge ACK") << "SYN" << "rcv.nxt" << "-" << 0 << "ACK" << Note::ChallengeAck << S::Established;
    QTest::addRow("RST at RCV.NXT: reset") << "RST" << "rcv.nxt" << "-" << 0 << "-" << Note::None << S::Closed;
    QTest::addRow("RST at RCV.NXT+1: challenge ACK") << "RST" << "rcv.nxt+1" << "-" << 0 << "ACK" << Note::ChallengeAck << S::Established;
    QTest::addRow("RST at the window's end: challenge ACK") << "RST" << "rcv.nxt+wnd-1" << "-" << 0 << "ACK" << Note::ChallengeAck << S::Established;
    QTest::addRow("RST outside: ignored") << "RST" << "rcv.nxt+wnd" << "-" << 0 << "-" << Note::RstIgnored << S::Established;
    QTest::addRow("ACK outside: ACK") << "ACK" << "rcv.nxt+wnd" << "snd.nxt" << 0 << "ACK" << Note::UnacceptableAcked << S::Established;
    QTest::addRow("ACK of unsent data: ACK") << "ACK" << "rcv.nxt" << "snd.nxt+1" << 0 << "ACK" << Note::UnacceptableAcked << S::Established;
    QTest::addRow("data in order") << "ACK" << "rcv.nxt" << "snd.nxt" << 100 << "ACK" << Note::DataAccepted << S::Established;
    QTest::addRow("data out of order") << "ACK" << "rcv.nxt+1" << "snd.nxt" << 100 << "ACK" << Note::OutOfOrderDropped << S::Established;
    QTest::addRow("FIN in order") << "FIN+ACK" << "rcv.nxt" << "snd.nxt" << 0 << "ACK" << Note::None << S::CloseWait;
    QTest::addRow("old duplicate") << "ACK" << "rcv.nxt-1" << "snd.una" << 0 << "ACK" << Note::UnacceptableAcked << S::Established;
}

void TestSimulator::craftedSegmentInEstablished()
{
    QFETCH(QString, flags);
    QFETCH(QString, seq);
    QFETCH(QString, ack);
    QFETCH(int, length);
    QFETCH(QString, response);
    QFETCH(Note, note);
    QFETCH(TcpState, next);
    Simulator s;
    handshake(s);
    SegmentDraft draft;
    draft.to = Side::B;
    draft.syn = flags.contains(QLatin1String("SYN"));
    draft.fin = flags.contains(QLatin1String("FIN"));
    draft.rst = flags.contains(QLatin1String("RST"));
    draft.ack = flags.contains(QLatin1String("ACK"));
    draft.seq = *parseSeqPosition(seq.toStdString());
    if (draft.ack)
        draft.ackAt = *parseAckPosition(ack.toStdString());
    draft.len = std::uint32_t(length);
    const Command command = craftSegment(s.state(), draft);
    QCOMPARE(command.kind, CommandKind::Inject);
    QCOMPARE(command.segment.seq, resolveSeq(s.state().b, draft.seq));
    const StepRecord& r = s.apply(command);
    QCOMPARE(responseOf(r), response);
    if (note != Note::None)
        QVERIFY2(std::find(r.notes.begin(), r.notes.end(), note) != r.notes.end(), qPrintable(SimText::explanation(r)));
    QCOMPARE(s.state().b.state, next);
    // Undo and redo give the same step: the command carries the resolved numbers.
    QVERIFY(s.stepBack());
    QVERIFY(s.stepForward());
    QCOMPARE(s.state().b.state, next);
}

void TestSimulator::craftedSegmentIsExplained()
{
    Simulator s;
    handshake(s);
    SegmentDraft draft;
    draft.to = Side::B;
    draft.syn = true;
    draft.ack = false;
    const StepRecord& r = s.apply(craftSegment(s.state(), draft));
    const QString text = SimText::explanation(r);
    QVERIFY2(text.contains(QLatin1String("RCV.NXT")) && text.contains(QLatin1String("RFC 5961")), qPrintable(text));
    QVERIFY(SimText::commandText(r).contains(QLatin1String("SYN seq=1001")));
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    const QString german = SimText::explanation(r);
    QVERIFY(german != text && german.contains(QLatin1String("RFC 5961")));
}

void TestSimulator::scenarioRegistryIsTranslated()
{
    QStringList english;
    for (const SimScenario& scenario : simScenarios()) {
        const QString name = QString::fromLatin1(scenario.name.data(), qsizetype(scenario.name.size()));
        QVERIFY(!SimText::scenarioTitle(name).isEmpty() && SimText::scenarioTitle(name) != name);
        QVERIFY(SimText::scenarioDescription(name).size() > 20);
        english << SimText::scenarioTitle(name) + SimText::scenarioDescription(name);
    }
    QCOMPARE(std::size_t(english.size()), scenarioNames().size());
    QCOMPARE(SimText::scenarioTitle(QStringLiteral("no-such")), QStringLiteral("no-such"));
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
        QCOMPARE(Translations::install(language), language);
        qsizetype i = 0;
        for (const SimScenario& scenario : simScenarios()) {
            const QString name = QString::fromLatin1(scenario.name.data(), qsizetype(scenario.name.size()));
            QVERIFY2(SimText::scenarioTitle(name) + SimText::scenarioDescription(name) != english[i++], scenario.name.data());
        }
    }
}

void TestSimulator::stepTextsHaveNoEnglishInGerman()
{
    // "network: deliver — B: Ein SYN…" was English in front of German: every part is translated.
    const QStringList englishWords{QStringLiteral("network"), QStringLiteral("deliver"), QStringLiteral("time passes"),
                                   QStringLiteral("fires"), QStringLiteral("shut down"), QStringLiteral("flood:"),
                                   QStringLiteral("arrives"), QStringLiteral("backlog")};
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    for (const std::string& name : scenarioNames()) {
        Simulator s;
        QVERIFY(buildScenario(name, s));
        for (const StepRecord& r : s.records()) {
            const QString text = SimText::commandText(r) + QLatin1Char(' ') + SimText::explanation(r);
            for (const QString& word : englishWords)
                QVERIFY2(!text.contains(word, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("%1 step %2: %3").arg(QString::fromStdString(name)).arg(r.step).arg(text)));
        }
    }
}

void TestSimulator::shutdownInSynSentIsSentOnceEstablished()
{
    Simulator s;
    s.apply(cmd(CommandKind::PassiveOpen, Side::B));
    s.apply(cmd(CommandKind::ActiveOpen, Side::A));
    const StepRecord& queued = s.apply(cmd(CommandKind::Shutdown, Side::A));
    QVERIFY(std::find(queued.notes.begin(), queued.notes.end(), Note::DataQueued) != queued.notes.end());
    QVERIFY(!callApplies(s.state().a, CommandKind::Shutdown)); // queued once is enough
    settle(s);
    QCOMPARE(s.state().a.state, TcpState::FinWait2);
    QCOMPARE(s.state().b.state, TcpState::CloseWait);
}

void TestSimulator::profilesPlayEveryScenario_data()
{
    QTest::addColumn<QString>("scenario");
    for (const std::string& name : sim::scenarioNames())
        QTest::addRow("%s", name.c_str()) << QString::fromStdString(name);
}

void TestSimulator::profilesPlayEveryScenario()
{
    // Every scenario plays under both profiles: each step changes state only along the table's
    // edges, records its profile, and a step of the linux profile that names a Linux behaviour
    // is worded in every language with the Linux code or RFC it follows.
    QFETCH(QString, scenario);
    for (sim::Profile profile : sim::kProfiles) {
        sim::Simulator simulator(profile);
        QVERIFY(sim::buildScenario(scenario.toStdString(), simulator));
        QCOMPARE(simulator.profile(), profile);
        QVERIFY(simulator.recordedSteps() > 0);
        for (const sim::StepRecord& r : simulator.records()) {
            QCOMPARE(r.profile, profile);
            for (const sim::StateChange& c : r.changes)
                QCOMPARE(transitions()[c.transition].from, c.from);
            for (sim::Note n : r.notes) {
                QVERIFY(profile == sim::Profile::Linux || !sim::noteNamesLinuxBehaviour(n));
                if (sim::noteNamesLinuxBehaviour(n))
                    QVERIFY(sim::SimText::note(n, r).contains(QLatin1String("Linux")));
            }
        }
    }
}

void TestSimulator::profileChangeReplaysAtTheSameStep()
{
    sim::SimulationController controller;
    QVERIFY(controller.load(QStringLiteral("resets-and-aborts")));
    controller.jumpTo(controller.simulator().recordedSteps());
    const int last = controller.simulator().currentStep();
    const std::vector<sim::StepRecord> textbook = controller.simulator().records();
    QSignalSpy changed(&controller, &sim::SimulationController::profileChanged);
    controller.setProfile(sim::Profile::Linux);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(controller.simulator().currentStep(), last);
    QCOMPARE(controller.simulator().recordedSteps(), int(textbook.size()));
    // The orphaned FIN_WAIT_2's RST is the same edge, explained the Linux way.
    bool linuxNamed = false;
    for (const sim::StepRecord& r : controller.simulator().records())
        linuxNamed = linuxNamed || std::any_of(r.notes.begin(), r.notes.end(), sim::noteNamesLinuxBehaviour);
    QVERIFY(linuxNamed);
    controller.setProfile(sim::Profile::Linux);
    QCOMPARE(changed.size(), 1); // no change, no signal
    controller.setProfile(sim::Profile::Rfc9293);
    QCOMPARE(controller.simulator().records().size(), textbook.size());
    for (std::size_t i = 0; i < textbook.size(); ++i)
        QCOMPARE(controller.simulator().records()[i].notes, textbook[i].notes);
    QVERIFY(sim::parseProfile("linux") == sim::Profile::Linux);
    QVERIFY(!sim::parseProfile("Linux")); // the command line lowers it; the engine takes the token
    QCOMPARE(std::string(sim::profileTokenList()), std::string("rfc9293, linux"));
}

QTEST_MAIN(TestSimulator)
#include "tst_simulator.moc"
