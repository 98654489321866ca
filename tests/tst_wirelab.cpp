// The Wire panel's engine and controller on the real kernel: a NetSession driven by hand and
// step by step, WireLab on its worker thread feeding the token board and the live ladder.

#include "controllers/wirelab.h"
#include "controllers/wiretwin.h"
#include "diagram/tokenboard.h"
#include "lab/netsession.h"
#include "ladder/ladderexport.h"
#include "ladder/ladderpainter.h"
#include "net/privatenetwork.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace tsl;
using net::Host;

Q_DECLARE_METATYPE(tsl::AddressFamily)

namespace {

int openFdCount() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size()); }

bool waitIdle(WireLab& lab, int timeoutMs = 15000)
{
    QElapsedTimer clock;
    clock.start();
    while (lab.isBusy() && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    QTest::qWait(20); // the last batch
    return !lab.isBusy();
}

// The oldest held segment with exactly these flags from `from`; 0 when none is held.
std::uint64_t heldId(const WireLab& lab, net::WireEnd from, std::uint8_t flags)
{
    for (const net::CapturedSegment& c : lab.held()) {
        if (c.from == from && c.segment.flags == flags)
            return c.id;
    }
    return 0;
}

constexpr std::uint8_t kSyn = net::tcpflag::kSyn;
constexpr std::uint8_t kAck = net::tcpflag::kAck;
constexpr std::uint8_t kFin = net::tcpflag::kFin;

} // namespace

class TestWireLab : public QObject {
    Q_OBJECT

private slots:
    void sessionPlaysAScenarioStepByStep();
    void handshakeHeldSegmentBySegment_data();
    void handshakeHeldSegmentBySegment();
    void droppedFinIsRetransmitted();
    void scenarioStepsThroughSimultaneousClose();
    void ladderMarksAreKept();
    void twinAgreesOnAHeldHandshake();
    void textbookTwinMarksTheAbort();
    void resetCutsALongWaitShort();
};

void TestWireLab::sessionPlaysAScenarioStepByStep()
{
    // The engine alone: the same steps `net run` plays, one at a time, with the session's own
    // by-hand calls in between — and no fd left behind.
    const int fdsBefore = openFdCount();
    {
        std::string error;
        auto network = net::PrivateNetwork::create(error);
        QVERIFY2(network, error.c_str());
        NetSession session(*network, AddressFamily::IPv4);
        QVERIFY2(session.attempt([](NetSession& s) { s.open({}); }, error), error.c_str());
        const auto steps = netScenarioSteps("three-way-handshake");
        QVERIFY(steps);
        QCOMPARE(steps->size(), std::size_t(6));
        for (const NetScenarioStep& step : *steps) {
            QVERIFY(step.label && *step.label);
            bool goOn = false;
            QVERIFY2(session.attempt([&](NetSession& s) { goOn = step.run(s); }, error), error.c_str());
            QVERIFY(goOn);
        }
        QCOMPARE(session.connectionState(Host::A), TcpState::Established);
        QCOMPARE(session.connectionState(Host::B), TcpState::Established);
        // By hand from here: A sends 1000 bytes; the data segment waits until delivered.
        QVERIFY2(session.attempt([](NetSession& s) { s.send(Host::A, 1000); }, error), error.c_str());
        const auto held = session.held();
        QCOMPARE(held.size(), std::size_t(1));
        QCOMPARE(held.front()->segment.payloadLength, std::size_t(1000));
        QVERIFY2(session.attempt([&](NetSession& s) { s.deliver(held.front()->id); }, error), error.c_str());
        // A wrong id is an error, not a crash.
        QVERIFY(!session.attempt([](NetSession& s) { s.deliver(999999); }, error));
        QVERIFY(!error.empty());
        // Each operation is a step of its own: the events' step numbers only grow.
        std::uint64_t last = 0;
        for (const NetRunEvent& event : session.events()) {
            QVERIFY(event.step >= last);
            last = event.step;
        }
        QVERIFY(!netScenarioSteps("no-such-scenario"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), fdsBefore, 5000);
}

void TestWireLab::handshakeHeldSegmentBySegment_data()
{
    QTest::addColumn<AddressFamily>("family");
    QTest::addRow("ipv4") << AddressFamily::IPv4;
    QTest::addRow("ipv6") << AddressFamily::IPv6;
}

void TestWireLab::handshakeHeldSegmentBySegment()
{
    QFETCH(AddressFamily, family);
    const int fdsBefore = openFdCount();
    {
        TokenBoard board;
        board.setAnimationDuration(0);
        WireLab lab(&board);
        QSignalSpy failures(&lab, &WireLab::failed);
        lab.start(family);
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 15000);
        QVERIFY(waitIdle(lab));

        lab.listen(Host::B);
        QVERIFY(waitIdle(lab));
        lab.connectTo(Host::A);
        QVERIFY(waitIdle(lab));
        QCOMPARE(lab.state(Host::A), TcpState::SynSent);
        // The SYN waits on the wire; deliver it and each answer in turn.
        for (const auto& [from, flags] : {std::pair{net::WireEnd::A, kSyn}, std::pair{net::WireEnd::B, std::uint8_t(kSyn | kAck)},
                                          std::pair{net::WireEnd::A, kAck}}) {
            QTRY_VERIFY_WITH_TIMEOUT(heldId(lab, from, flags) != 0, 3000);
            lab.deliver(heldId(lab, from, flags));
            QVERIFY(waitIdle(lab));
        }
        QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(lab.state(Host::A), TcpState::Established, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(lab.state(Host::B), TcpState::Established, 2000);
        // The tokens: A and B on ESTABLISHED (the listener stays on LISTEN).
        QVERIFY(board.token(TokenSource::Network, QStringLiteral("A")));
        QCOMPARE(board.token(TokenSource::Network, QStringLiteral("A"))->state, TcpState::Established);
        QCOMPARE(board.token(TokenSource::Network, QStringLiteral("B"))->state, TcpState::Established);
        QCOMPARE(board.token(TokenSource::Network, QStringLiteral("B listener"))->state, TcpState::Listen);
        // The ladder: listen, connect, three deliveries — five rows, three delivered arrows.
        const LadderTrace& trace = lab.ladder().trace();
        QCOMPARE(trace.rows, 5);
        QCOMPARE(int(trace.arrows.size()), 3);
        for (const LadderTrace::Arrow& arrow : trace.arrows)
            QCOMPARE(arrow.end, LadderTrace::Arrow::End::Delivered);
        QCOMPARE(trace.arrows[0].segment.flags(), std::string("SYN"));
        QCOMPARE(trace.arrows[1].segment.flags(), std::string("SYN,ACK"));
        QCOMPARE(trace.arrows[1].segment.ackNo, 1u); // relative: the SYN's one
        QCOMPARE(trace.arrows[2].endRow, 5);
        // The states beside the timelines: A ends in ESTABLISHED on row 4, B on row 5.
        const auto stateAt = [&](sim::Side side, TcpState state) {
            for (const auto& change : trace.states) {
                if (change.side == side && change.state == state)
                    return change.row;
            }
            return -1;
        };
        QCOMPARE(stateAt(sim::Side::A, TcpState::Established), 4);
        QCOMPARE(stateAt(sim::Side::B, TcpState::Established), 5);
        QCOMPARE(stateAt(sim::Side::B, TcpState::Listen), 1);
        QVERIFY(lab.held().empty());
        QCOMPARE(int(lab.captures().size()), 3);
        // The capture as pcap.
        const QString pcap = QDir::temp().filePath(QStringLiteral("tst_wirelab-%1.pcap").arg(::getpid()));
        QCOMPARE(lab.exportPcap(pcap), QString());
        QVERIFY(QFileInfo(pcap).size() > 24 + 3 * 16);
        QFile::remove(pcap);
    }
    QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), fdsBefore, 5000);
}

void TestWireLab::droppedFinIsRetransmitted()
{
    TokenBoard board;
    WireLab lab(&board);
    lab.start();
    QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 15000);
    QVERIFY(waitIdle(lab));
    lab.applySetting(QStringLiteral("rto_min_ms"), 400); // the next connection retransmits soon
    lab.loadScenario(QStringLiteral("three-way-handshake"));
    QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 15000);
    QCOMPARE(lab.settings().at(QStringLiteral("rto_min_ms")), 400);
    // The setting is logged, and applied again to the fresh network of the scenario.
    QVERIFY(lab.log().join(QLatin1Char('\n')).contains(QStringLiteral("rto_min_ms=400")));
    lab.runToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(lab.stepsDone(), lab.stepCount(), 15000);
    QVERIFY(waitIdle(lab));
    QCOMPARE(lab.state(Host::A), TcpState::Established);

    lab.close(Host::A);
    QVERIFY(waitIdle(lab));
    const std::uint64_t fin = heldId(lab, net::WireEnd::A, kFin | kAck);
    QVERIFY(fin != 0);
    lab.drop(fin);
    QVERIFY(waitIdle(lab));
    // The RTO fires: the same FIN again, marked as a retransmission, with the RTO beside A.
    QTRY_VERIFY_WITH_TIMEOUT(heldId(lab, net::WireEnd::A, kFin | kAck) != 0, 8000);
    const auto held = lab.held();
    QVERIFY(held.front().retransmission);
    const LadderTrace& trace = lab.ladder().trace();
    const auto dropped = std::find_if(trace.arrows.begin(), trace.arrows.end(),
                                      [](const auto& a) { return a.end == LadderTrace::Arrow::End::Dropped; });
    QVERIFY(dropped != trace.arrows.end());
    QVERIFY(dropped->segment.fin);
    QVERIFY(trace.arrows.back().retransmission);
    QCOMPARE(trace.arrows.back().end, LadderTrace::Arrow::End::Held);
    std::vector<LadderTrace::Timer> fired;
    std::copy_if(trace.timers.begin(), trace.timers.end(), std::back_inserter(fired), [](const auto& t) { return !t.call; });
    QCOMPARE(fired.size(), std::size_t(1));
    QCOMPARE(fired.front().side, sim::Side::A);
    QVERIFY2(fired.front().name.startsWith(QStringLiteral("RTO ")), qPrintable(fired.front().name));
    // The calls are written beside their timelines too: A's close() among them.
    QVERIFY(std::any_of(trace.timers.begin(), trace.timers.end(),
                        [](const auto& t) { return t.call && t.side == sim::Side::A && t.name == QStringLiteral("close()"); }));
    QCOMPARE(lab.state(Host::A), TcpState::FinWait1);
}

void TestWireLab::twinAgreesOnAHeldHandshake()
{
    // Issue 13 §4: twin on (profile linux) — no disagreement on the handshake; the simulator's
    // ghosts stand on ESTABLISHED beside the kernel's tokens.
    const int fdsBefore = openFdCount();
    {
        TokenBoard board;
        board.setAnimationDuration(0);
        board.setFadeTimes(0, 0);
        WireLab lab(&board);
        WireTwin twin(&lab, &board);
        twin.setProfile(sim::Profile::Linux);
        twin.setEnabled(true);
        QVERIFY(twin.twin());
        lab.start();
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 15000);
        QVERIFY(waitIdle(lab));
        lab.listen(Host::B);
        QVERIFY(waitIdle(lab));
        lab.connectTo(Host::A);
        QVERIFY(waitIdle(lab));
        for (const auto& [from, flags] : {std::pair{net::WireEnd::A, kSyn}, std::pair{net::WireEnd::B, std::uint8_t(kSyn | kAck)},
                                          std::pair{net::WireEnd::A, kAck}}) {
            QTRY_VERIFY_WITH_TIMEOUT(heldId(lab, from, flags) != 0, 3000);
            lab.deliver(heldId(lab, from, flags));
            QVERIFY(waitIdle(lab));
            QCOMPARE(twin.differingSteps(), 0); // after every delivery, not only at the end
        }
        QTRY_COMPARE_WITH_TIMEOUT(lab.state(Host::B), TcpState::Established, 2000);
        QVERIFY(waitIdle(lab));
        // Listen, connect, three deliveries (and the panel's rto_min setting before them).
        const auto& steps = twin.twin()->steps();
        QCOMPARE(std::count_if(steps.begin(), steps.end(), [](const TwinStep& s) { return s.cause != TwinCause::Setting; }), 5);
        QCOMPARE(twin.differingSteps(), 0);
        QVERIFY(twin.markedRows().empty());
        QVERIFY(lab.ladder().trace().marks.empty());
        QCOMPARE(twin.summary(), QStringLiteral("Twin (Linux) agrees with the kernel"));
        for (const sim::Side side : {sim::Side::A, sim::Side::B}) {
            const TokenBoard::Token* ghost = board.token(TokenSource::Network, WireTwin::ghostKey(side));
            QVERIFY(ghost);
            QVERIFY(ghost->ghost);
            QCOMPARE(ghost->state, TcpState::Established);
            QCOMPARE(ghost->role, side == sim::Side::A ? PathRole::Client : PathRole::Server);
        }
        // The kernel's own tokens are still there and no ghosts.
        QVERIFY(!board.token(TokenSource::Network, QStringLiteral("A"))->ghost);
        QCOMPARE(board.token(TokenSource::Network, QStringLiteral("A"))->state, TcpState::Established);

        // Off: the ghosts go. On again mid-session: the session so far is replayed.
        twin.setEnabled(false);
        QVERIFY(!twin.twin());
        QVERIFY(twin.summary().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!board.token(TokenSource::Network, WireTwin::ghostKey(sim::Side::A)), 2000);
        twin.setEnabled(true);
        QCOMPARE(int(twin.twin()->events().size()), int(lab.events().size()));
        QCOMPARE(twin.differingSteps(), 0);
        QCOMPARE(board.token(TokenSource::Network, WireTwin::ghostKey(sim::Side::B))->state, TcpState::Established);
        QVERIFY(lab.log().join(QLatin1Char('\n')).contains(QStringLiteral("replayed")));

        // Reset: a fresh twin, no ghosts, no marks.
        lab.reset();
        QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 15000);
        QVERIFY(waitIdle(lab));
        QVERIFY(twin.twin());
        QVERIFY(twin.twin()->events().size() <= lab.events().size());
        QVERIFY(!board.token(TokenSource::Network, WireTwin::ghostKey(sim::Side::A)));
        QVERIFY(!board.token(TokenSource::Network, WireTwin::ghostKey(sim::Side::B)));
        QVERIFY(twin.markedRows().empty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), fdsBefore, 5000);
}

void TestWireLab::textbookTwinMarksTheAbort()
{
    // Under profile rfc9293 the abort parts: the kernel's RST acknowledges (RST,ACK), the
    // textbook's does not. The row is marked and explained, the log says so; Linux agrees.
    TokenBoard board;
    board.setAnimationDuration(0);
    WireLab lab(&board);
    WireTwin twin(&lab, &board);
    twin.setProfile(sim::Profile::Rfc9293);
    twin.setEnabled(true);
    lab.loadScenario(QStringLiteral("abort"));
    QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 15000);
    lab.runToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(lab.stepsDone(), lab.stepCount(), 15000);
    QVERIFY(waitIdle(lab));
    QVERIFY(!twin.twin()->steps().empty());
    QVERIFY(twin.twin()->steps().back().closed); // the scenario's end made the last step final
    QCOMPARE(twin.differingSteps(), 1);
    const std::vector<int> rows = twin.markedRows();
    QCOMPARE(rows.size(), std::size_t(1));
    const auto& marks = lab.ladder().trace().marks;
    QCOMPARE(marks.size(), std::size_t(1));
    const auto mark = marks.find(rows.front());
    QVERIFY(mark != marks.end());
    QVERIFY(!mark->second.text.isEmpty());
    QVERIFY2(mark->second.explanation.contains(QStringLiteral("RST")), qPrintable(mark->second.explanation));
    // The marked row is the abort's: the row that shows the RST.
    QVERIFY(std::any_of(lab.ladder().trace().arrows.begin(), lab.ladder().trace().arrows.end(), [&](const auto& arrow) {
        return arrow.row == rows.front() && arrow.segment.rst;
    }) || lab.ladder().rowText(rows.front()).contains(QStringLiteral("abort")));
    QVERIFY(twin.summary().contains(QStringLiteral("1 step differs")));
    QVERIFY2(lab.log().join(QLatin1Char('\n')).contains(QStringLiteral("Twin (RFC 9293) differs at ladder row %1").arg(rows.front())),
             qPrintable(lab.log().join(QLatin1Char('\n'))));
    // The same session under Linux: replayed, no mark left.
    twin.setProfile(sim::Profile::Linux);
    QCOMPARE(twin.differingSteps(), 0);
    QVERIFY(twin.markedRows().empty());
    QVERIFY(lab.ladder().trace().marks.empty());
}

void TestWireLab::scenarioStepsThroughSimultaneousClose()
{
    TokenBoard board;
    WireLab lab(&board);
    lab.loadScenario(QStringLiteral("simultaneous-close"));
    QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 15000);
    QCOMPARE(lab.stepsDone(), 0);
    QVERIFY(!lab.nextStepText().isEmpty());
    // Next, next, ...: each step a job; both sides pass through CLOSING.
    while (lab.stepsDone() < lab.stepCount()) {
        const int before = lab.stepsDone();
        lab.next();
        QTRY_VERIFY_WITH_TIMEOUT(lab.stepsDone() > before, 15000);
    }
    QVERIFY(lab.nextStepText().isEmpty());
    QSet<QString> closing;
    for (const NetRunEvent& event : lab.events()) {
        if (event.kind == NetRunEvent::Kind::State && event.socket == "connection" && event.to == TcpState::Closing)
            closing.insert(QString::fromStdString(event.side));
    }
    QCOMPARE(closing, (QSet<QString>{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(lab.state(Host::A), TcpState::TimeWait);
    QCOMPARE(lab.state(Host::B), TcpState::TimeWait);
    // Reset: a fresh network, the scenario from its start, the ladder empty.
    lab.reset();
    QCOMPARE(lab.ladder().rows(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(lab.isReady(), 15000);
    QCOMPARE(lab.stepsDone(), 0);
}

void TestWireLab::ladderMarksAreKept()
{
    // What the twin will do: mark a row; the layout paints a marker and keeps the explanation.
    WireLadder ladder;
    NetRunEvent call;
    call.kind = NetRunEvent::Kind::Call;
    call.side = "A";
    call.call = "connect";
    call.step = 7;
    ladder.add(call);
    QCOMPARE(ladder.rows(), 1);
    QCOMPARE(ladder.rowOfStep(7), std::optional<int>(1));
    QVERIFY(!ladder.rowOfStep(8));
    ladder.setMark(1, QStringLiteral("twin: SYN_SENT ≠ CLOSED"), QStringLiteral("why"));
    const LadderLayout layout(ladder.trace());
    QCOMPARE(int(layout.marks().size()), 1);
    QCOMPARE(layout.marks().front().explanation, QStringLiteral("why"));
    QCOMPARE(layout.rowAt(layout.rowY(1)), 1);
    // The ladder of real segments exports like the simulator's.
    for (const char* extension : {"png", "svg", "pdf"}) {
        const QString path = QDir::temp().filePath(QStringLiteral("tst_wirelab-%1.%2").arg(::getpid()).arg(QLatin1String(extension)));
        QCOMPARE(LadderExporter::exportToFile(path, ladder.trace(), DiagramTheme::Light), QString());
        QVERIFY(QFileInfo(path).size() > 100);
        QFile::remove(path);
    }
    ladder.setMark(1, QString());
    QVERIFY(LadderLayout(ladder.trace()).marks().empty());
}

void TestWireLab::resetCutsALongWaitShort()
{
    // time-wait-expiry's last step waits 60 s for TIME_WAIT to end: Reset (and closing the
    // panel) must not wait for it.
    TokenBoard board;
    auto lab = std::make_unique<WireLab>(&board);
    lab->loadScenario(QStringLiteral("time-wait-expiry"));
    QTRY_VERIFY_WITH_TIMEOUT(lab->isReady(), 15000);
    lab->runToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(lab->stepsDone(), lab->stepCount() - 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(lab->state(Host::A), TcpState::TimeWait, 2000);
    QVERIFY(lab->isBusy()); // waiting in TIME_WAIT
    QElapsedTimer clock;
    clock.start();
    lab->reset();
    QTRY_VERIFY_WITH_TIMEOUT(lab->isReady() && !lab->isBusy(), 10000);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(lab->stepsDone(), 0);
    QCOMPARE(lab->ladder().rows(), 0);
    // And once more, the lab itself goes while a step waits.
    lab->runToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(lab->stepsDone(), lab->stepCount() - 1, 20000);
    clock.restart();
    lab.reset();
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_MAIN(TestWireLab)
#include "tst_wirelab.moc"
