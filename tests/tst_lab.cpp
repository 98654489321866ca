// The live socket lab: recipes that hold every state, scenarios that walk a path, the follower
// that turns polls into transitions, and the promise that nothing leaks.
#include "kernel/netlinkprobe_linux.h"
#include "kernel/procfsprobe_linux.h"
#include "input/labaddress.h"
#include "i18n/translations.h"
#include "lab/labengine.h"
#include "text/labtext.h"
#include "controllers/livelab.h"
#include "lab/scenarios.h"
#include "lab/staterecipes.h"
#include "model/observedpath.h"
#include "model/transitiontable.h"

#include <QDir>
#include <QSignalSpy>
#include <QThread>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <deque>
#include <map>
#include <new>
#include <thread>

using namespace tsl;

// Every allocation of this test program is counted: a poller at 1 kHz must not allocate once warm.
namespace {
std::atomic<long> g_allocations{0};
}
void* operator new(std::size_t size)
{
    ++g_allocations;
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

Q_DECLARE_METATYPE(tsl::TcpState)
Q_DECLARE_METATYPE(tsl::AddressFamily)

namespace {

int openFdCount() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size()); }

QStringList names(const std::vector<TcpState>& states)
{
    QStringList out;
    for (TcpState s : states)
        out << QString::fromLatin1(stateToken(s).data());
    return out;
}

// A probe that answers from a script: one table per poll.
class ScriptedProbe final : public KernelProbe {
public:
    std::deque<std::vector<SocketRow>> polls;
    ProbeSource source() const override { return ProbeSource::Procfs; }
    ProbeResult query(const ProbeQuery& query) override
    {
        ProbeResult result;
        result.source = ProbeSource::Procfs;
        if (polls.empty())
            return result;
        for (const SocketRow& row : polls.front())
            if (query.matches(row))
                result.rows.push_back(row);
        polls.pop_front();
        return result;
    }
};

SocketRow row(const FourTuple& t, TcpState state)
{
    SocketRow r;
    r.local = t.local;
    r.remote = t.remote;
    r.state = state;
    return r;
}


// A table that stands still: every tuple asked for is there in `state`, and a listener's port
// query finds `strangers`. It counts the port queries (dumps) and allocates nothing itself once
// its caller's vectors have their capacity.
class StillTable final : public KernelProbe {
public:
    TcpState state = TcpState::Established;
    std::uint32_t acceptQueue = 0; // a listener's receive queue, as the kernel reports it
    std::vector<SocketRow> strangers;
    int dumps = 0;

    ProbeSource source() const override { return ProbeSource::Netlink; }
    ProbeResult query(const ProbeQuery& query) override
    {
        ++dumps;
        ProbeResult result;
        for (const SocketRow& r : strangers)
            if (query.matches(r))
                result.rows.push_back(r);
        return result;
    }
    bool lookupMany(const std::vector<FourTuple>& tuples, std::vector<std::optional<SocketRow>>& rows, std::string&) override
    {
        rows.resize(tuples.size());
        for (std::size_t i = 0; i < tuples.size(); ++i) {
            SocketRow& r = rows[i].emplace();
            r.local = tuples[i].local;
            r.remote = tuples[i].remote;
            r.state = tuples[i].remote.isUnspecified() ? TcpState::Listen : state;
            r.recvQueue = tuples[i].remote.isUnspecified() ? acceptQueue : 0;
        }
        return true;
    }
};

// The kernel's table as a scripted test says it is now, by lab endpoint: the lab's real loopback
// sockets carry out the operations, this probe alone tells the follower what the kernel shows.
class TableNow final : public KernelProbe {
public:
    const LabEngine* lab = nullptr;
    std::map<int, TcpState> states;

    ProbeSource source() const override { return ProbeSource::Procfs; }
    ProbeResult query(const ProbeQuery& query) override
    {
        ProbeResult result;
        for (const auto& [endpoint, state] : states) {
            const SocketRow found = rowOf(endpoint, state);
            if (query.matches(found))
                result.rows.push_back(found);
        }
        return result;
    }
    bool lookupMany(const std::vector<FourTuple>& tuples, std::vector<std::optional<SocketRow>>& rows, std::string&) override
    {
        rows.assign(tuples.size(), std::nullopt);
        for (std::size_t i = 0; i < tuples.size(); ++i) {
            for (const auto& [endpoint, state] : states) {
                const FourTuple& known = lab->follower().tuple(endpoint);
                if (known.local == tuples[i].local && known.remote == tuples[i].remote)
                    rows[i] = rowOf(endpoint, state);
            }
        }
        return true;
    }

private:
    SocketRow rowOf(int endpoint, TcpState state) const { return row(lab->follower().tuple(endpoint), state); }
};

// One step of a recorded run: a lab operation, or the table the next poll shows.
struct LabStep {
    enum class Do {
        Listen,         // a listener (backlog 4)
        ListenDeferred, // a listener with TCP_DEFER_ACCEPT (half-open requests stay half-open)
        Connect,        // to the listener `endpoint`: the client, then its server end
        ConnectRefused, // to a port nobody listens on, until the socket says ECONNREFUSED
        ConnectToSelf,
        Accept,
        ShutdownWrite,
        Close,
        Abort,
        Table, // the kernel shows `table` from now on; one poll
        Shows, // the kernel shows `table` from now on; the next call's own poll sees it
    };
    Do what;
    int endpoint = -1;
    std::map<int, TcpState> table = {};
};

LabStep listenStep() { return {LabStep::Do::Listen}; }
LabStep listenDeferred() { return {LabStep::Do::ListenDeferred}; }
LabStep connectTo(int listener) { return {LabStep::Do::Connect, listener}; }
LabStep connectRefused() { return {LabStep::Do::ConnectRefused}; }
LabStep connectToSelf() { return {LabStep::Do::ConnectToSelf}; }
LabStep acceptOn(int listener) { return {LabStep::Do::Accept, listener}; }
LabStep shutdownWrite(int endpoint) { return {LabStep::Do::ShutdownWrite, endpoint}; }
LabStep closeEndpoint(int endpoint) { return {LabStep::Do::Close, endpoint}; }
LabStep abortEndpoint(int endpoint) { return {LabStep::Do::Abort, endpoint}; }
LabStep table(std::map<int, TcpState> states) { return {LabStep::Do::Table, -1, std::move(states)}; }
LabStep kernelShows(std::map<int, TcpState> states) { return {LabStep::Do::Shows, -1, std::move(states)}; }

// "role FROM>TO edge", with " unseen" for a state passed between two polls and "unknown path"
// where the rule claims none.
QString eventText(const ObservedTransition& t)
{
    QString text = QStringLiteral("%1 %2>%3").arg(QString::fromStdString(t.role), QLatin1String(stateToken(t.from)),
                                                  QLatin1String(stateToken(t.to)));
    if (!t.pathKnown)
        return text + QStringLiteral(" unknown path");
    text += QLatin1Char(' ') + QLatin1String(transitions()[*t.transition].id);
    return t.seen ? text : text + QStringLiteral(" unseen");
}

using S = TcpState;

} // namespace

Q_DECLARE_METATYPE(std::vector<LabStep>)

class TestLab : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRecipeHoldsThroughBothSources_data();
    void everyRecipeHoldsThroughBothSources();
    void scenarioPaths_data();
    void scenarioPaths();
    void synFloodFillsTheBacklog();
    void timeWaitAccumulates();
    void unknownScenarioListsTheNames();
    void followerMarksSkippedStatesUnseen();
    void recordedRunsFollowTheRule_data();
    void recordedRunsFollowTheRule();
    void ruleExplainsJumps_data();
    void ruleExplainsJumps();
    void followerFollowsClosedFdsUntilGone();
    void listenerDiscoversStrangers();
    void discoverySweepsAtItsInterval();
    void followerPollAllocatesNothingOnceWarm();
    void liveLabIsQuietWhileNothingChanges();
    void tokensTakeTheirSocketsPath_data();
    void tokensTakeTheirSocketsPath();
    void noLeaksAcrossHundredCycles();
    void nonLoopbackIsRefused();
    void typedAddressesAreLoopbackOnly_data();
    void typedAddressesAreLoopbackOnly();
    void busyPortIsAClearError();
    void liveLabSignalsEveryTransition();
    void eventsAreSaidInTheUserLanguage();
    void endpointsKnowWhetherTheyCanBeDriven();

private:
    std::unique_ptr<netlink::NetlinkProbe> m_probe;
};

void TestLab::initTestCase()
{
    qRegisterMetaType<tsl::TcpState>();
    m_probe = std::make_unique<netlink::NetlinkProbe>();
    if (!m_probe->isOpen())
        QSKIP("no sock_diag netlink here");
}

void TestLab::everyRecipeHoldsThroughBothSources_data()
{
    QTest::addColumn<AddressFamily>("family");
    QTest::newRow("ipv4") << AddressFamily::IPv4;
    QTest::newRow("ipv6") << AddressFamily::IPv6;
}

void TestLab::everyRecipeHoldsThroughBothSources()
{
    // All ten states at once, then one second later: still there, through netlink and procfs.
    QFETCH(AddressFamily, family);
    std::vector<HeldState> held;
    for (TcpState state : reachableStates()) {
        std::string error;
        auto h = reachState(state, family, *m_probe, error);
        QVERIFY2(h, qPrintable(QString::fromLatin1(stateToken(state).data()) + ": " + QString::fromStdString(error)));
        held.push_back(std::move(*h));
    }
    QTest::qWait(1000);
    procfs::ProcfsProbe procfsProbe;
    for (const HeldState& h : held) {
        for (KernelProbe* probe : std::initializer_list<KernelProbe*>{m_probe.get(), &procfsProbe}) {
            const ProbeResult r = probe->query(ProbeQuery::exact(h.targetEndpoint().tuple));
            QVERIFY2(r.rows.size() == 1 && r.rows[0].state == h.target,
                     qPrintable(QStringLiteral("%1 via %2").arg(QLatin1String(stateToken(h.target)), QLatin1String(sourceToken(probe->source())))));
        }
    }
    for (HeldState& h : held)
        h.release();
}

void TestLab::scenarioPaths_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<AddressFamily>("family");
    QTest::addColumn<QStringList>("client");
    QTest::addColumn<QStringList>("server");
    const QStringList handshakeClient{"CLOSED", "SYN_SENT", "ESTABLISHED"};
    const QStringList handshakeServer{"LISTEN", "SYN_RECEIVED", "ESTABLISHED"};
    struct Row {
        const char* name;
        QStringList client;
        QStringList server;
    };
    const Row rows[] = {
        {"three-way-handshake", handshakeClient, handshakeServer},
        {"active-close", handshakeClient + QStringList{"FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"},
         handshakeServer + QStringList{"CLOSE_WAIT", "LAST_ACK", "CLOSED"}},
        {"simultaneous-close", handshakeClient + QStringList{"FIN_WAIT_1", "CLOSING", "TIME_WAIT"},
         handshakeServer + QStringList{"FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"}},
        {"half-close", handshakeClient + QStringList{"FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"},
         handshakeServer + QStringList{"CLOSE_WAIT", "LAST_ACK", "CLOSED"}},
        {"abort", handshakeClient + QStringList{"CLOSED"}, handshakeServer + QStringList{"CLOSED"}},
        {"connect-refused", {"CLOSED", "SYN_SENT", "CLOSED"}, {}},
        {"simultaneous-open", {"CLOSED", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED"}, {}},
    };
    for (const Row& r : rows) {
        QTest::addRow("%s ipv4", r.name) << r.name << AddressFamily::IPv4 << r.client << r.server;
        QTest::addRow("%s ipv6", r.name) << r.name << AddressFamily::IPv6 << r.client << r.server;
    }
}

void TestLab::scenarioPaths()
{
    QFETCH(QString, scenario);
    QFETCH(AddressFamily, family);
    QFETCH(QStringList, client);
    QFETCH(QStringList, server);
    LabEngine lab(*m_probe);
    int transitionsSeen = 0;
    lab.onTransition([&](const ObservedTransition& t) {
        ++transitionsSeen;
        // Every reported step is an edge of the model, or a jump it could not explain.
        if (t.transition) {
            QCOMPARE(transitions()[*t.transition].from, t.from);
            QCOMPARE(transitions()[*t.transition].to, t.to);
        }
    });
    const ScenarioOutcome outcome = runLabScenario(scenario.toStdString(), family, lab);
    QVERIFY2(outcome.ok, outcome.error.c_str());
    QVERIFY(transitionsSeen > 0);
    QVERIFY(!outcome.paths.empty());
    QCOMPARE(names(outcome.paths[0].second), client);
    if (!server.isEmpty()) {
        QCOMPARE(outcome.paths.size(), std::size_t(2));
        QCOMPARE(names(outcome.paths[1].second), server);
    }
}

void TestLab::synFloodFillsTheBacklog()
{
    LabEngine lab(*m_probe);
    std::vector<LabEvent> status;
    lab.onEvent([&](const LabEvent& e) {
        if (e.kind == LabOperation::FloodStatus)
            status.push_back(e);
    });
    const ScenarioOutcome outcome = runLabScenario("syn-flood", AddressFamily::IPv4, lab);
    QVERIFY2(outcome.ok, outcome.error.c_str());
    QVERIFY(outcome.syncookies.has_value());
    QCOMPARE(outcome.flood.size(), std::size_t(16));
    const FloodStep& first = outcome.flood.front();
    const FloodStep& last = outcome.flood.back();
    QCOMPARE(first.synReceived, 1); // the first client is half-open on the server at once
    QVERIFY(last.synReceived >= 4);  // the backlog's worth of half-open connections
    QVERIFY(last.synSent > first.synSent); // then SYNs are dropped: clients stuck in SYN_SENT
    QCOMPARE(last.synSent + last.established, 16);

    // Said as it happens: one status per client, the same figures, SYN cookies as the sysctl says.
    QCOMPARE(status.size(), outcome.flood.size());
    for (std::size_t i = 0; i < status.size(); ++i) {
        QCOMPARE(status[i].facts.clients, outcome.flood[i].clients);
        QCOMPARE(status[i].facts.halfOpen, outcome.flood[i].synReceived);
        QCOMPARE(status[i].facts.droppedSyns, outcome.flood[i].synSent);
        QCOMPARE(status[i].facts.synCookies, std::optional<bool>(*outcome.syncookies != 0));
    }
    Translations::install(QStringLiteral("en"));
    QVERIFY(LabText::detail(status.back()).contains(QStringLiteral("%1 SYNs dropped").arg(last.synSent)));

    // A dropped SYN makes no server socket: the server ends the kernel reported are exactly the
    // clients that got through; the listener never left LISTEN.
    int serverEnds = 0;
    int clientsThrough = 0;
    for (std::size_t i = 0; i < lab.follower().size(); ++i) {
        const int id = int(i);
        if (lab.follower().listenerOf(id) >= 0)
            serverEnds += lab.follower().reported(id) ? 1 : 0;
        else if (lab.follower().role(id) == "client")
            clientsThrough += lab.follower().state(id) == TcpState::Established ? 1 : 0;
    }
    QCOMPARE(serverEnds, clientsThrough);
    QCOMPARE(names(lab.path(0)), (QStringList{"CLOSED", "LISTEN"}));
}

void TestLab::timeWaitAccumulates()
{
    LabEngine lab(*m_probe);
    const ScenarioOutcome outcome = runLabScenario("time-wait-accumulation", AddressFamily::IPv4, lab);
    QVERIFY2(outcome.ok, outcome.error.c_str());
    QVERIFY(outcome.timeWait.has_value());
    const TimeWaitFigures& f = *outcome.timeWait;
    QCOMPARE(f.timeWait, f.connections);
    QVERIFY(f.shortestMs > 55000 && f.longestMs <= 60000); // Linux's 60 s, counting down
    QCOMPARE(f.timeWaitAfterLingerZero, 0);
    QVERIFY(!f.rebindWithoutReuseAddr);
    QVERIFY(QString::fromStdString(f.rebindError).contains("already in use"));
    QVERIFY(f.rebindWithReuseAddr);
}

void TestLab::unknownScenarioListsTheNames()
{
    LabEngine lab(*m_probe);
    const ScenarioOutcome outcome = runLabScenario("no-such-thing", AddressFamily::IPv4, lab);
    QVERIFY(!outcome.ok);
    QVERIFY(QString::fromStdString(outcome.error).contains("three-way-handshake"));
}

void TestLab::followerMarksSkippedStatesUnseen()
{
    ScriptedProbe probe;
    const FourTuple t{*Endpoint::parse("127.0.0.1", 40000), *Endpoint::parse("127.0.0.1", 5000)};
    probe.polls = {{row(t, TcpState::Established)}, {row(t, TcpState::FinWait2)}, {row(t, TcpState::TimeWait)}, {}};
    KernelFollower follower(probe);
    const int id = follower.follow("client", t, TcpState::Established);
    QVERIFY(follower.poll().empty()); // no change
    auto jump = follower.poll();      // ESTABLISHED -> FIN_WAIT_2 skips FIN_WAIT_1
    QCOMPARE(jump.size(), std::size_t(2));
    QCOMPARE(jump[0].to, TcpState::FinWait1);
    QVERIFY(!jump[0].seen); // passed between two polls: never claimed as seen
    QCOMPARE(jump[1].to, TcpState::FinWait2);
    QVERIFY(jump[1].seen);
    QCOMPARE(QString::fromLatin1(transitions()[*jump[0].transition].id.data()), QStringLiteral("estab-close"));
    auto step = follower.poll();
    QCOMPARE(step.size(), std::size_t(1));
    QCOMPARE(step[0].to, TcpState::TimeWait);
    auto gone = follower.poll(); // leaving the table is CLOSED
    QCOMPARE(gone.size(), std::size_t(1));
    QCOMPARE(gone[0].to, TcpState::Closed);
    QCOMPARE(QString::fromLatin1(transitions()[*gone[0].transition].id.data()), QStringLiteral("timewait-timeout"));
    QCOMPARE(follower.state(id), TcpState::Closed);
    QVERIFY(!follower.anyActive());
}

void TestLab::recordedRunsFollowTheRule_data()
{
    // Every scenario and every recipe, as the lab drives it, with the kernel's table scripted
    // poll by poll (often coarser than a real 1 ms poll, so that states are skipped): the exact
    // events the one rule reports. Endpoint ids are the lab's: a listener, then each client
    // followed by its server end.
    QTest::addColumn<std::vector<LabStep>>("steps");
    QTest::addColumn<QStringList>("events");
    const std::vector<LabStep> handshake = {listenStep(), table({{0, S::Listen}}), connectTo(0), acceptOn(0),
                                            table({{0, S::Listen}, {1, S::Established}, {2, S::Established}})};
    const QStringList handshakeEvents = {"listener CLOSED>LISTEN closed-passive-open",
                                         "client CLOSED>SYN_SENT closed-active-open unseen",
                                         "client SYN_SENT>ESTABLISHED synsent-rcv-synack",
                                         "server LISTEN>SYN_RECEIVED listen-rcv-syn unseen",
                                         "server SYN_RECEIVED>ESTABLISHED synrcvd-rcv-ack"};
    const auto after = [](std::vector<LabStep> first, const std::vector<LabStep>& then) {
        first.insert(first.end(), then.begin(), then.end());
        return first;
    };

    QTest::newRow("scenario three-way-handshake") << handshake << handshakeEvents;
    QTest::newRow("scenario active-close")
        << after(handshake, {closeEndpoint(1), table({{0, S::Listen}, {1, S::FinWait2}, {2, S::CloseWait}}), closeEndpoint(2),
                             table({{0, S::Listen}, {1, S::TimeWait}})})
        << handshakeEvents + QStringList{"client ESTABLISHED>FIN_WAIT_1 estab-close unseen",
                                         "client FIN_WAIT_1>FIN_WAIT_2 finwait1-rcv-ack",
                                         "server ESTABLISHED>CLOSE_WAIT estab-rcv-fin",
                                         "client FIN_WAIT_2>TIME_WAIT finwait2-rcv-fin",
                                         "server CLOSE_WAIT>LAST_ACK closewait-close unseen",
                                         "server LAST_ACK>CLOSED lastack-rcv-ack"};
    QTest::newRow("scenario simultaneous-close")
        << after(handshake, {shutdownWrite(1), shutdownWrite(2), table({{0, S::Listen}, {1, S::FinWait1}, {2, S::FinWait1}}),
                             table({{0, S::Listen}, {1, S::Closing}, {2, S::FinWait2}}),
                             table({{0, S::Listen}, {1, S::TimeWait}, {2, S::TimeWait}})})
        << handshakeEvents + QStringList{"client ESTABLISHED>FIN_WAIT_1 estab-close",
                                         "server ESTABLISHED>FIN_WAIT_1 estab-close",
                                         "client FIN_WAIT_1>CLOSING finwait1-rcv-fin",
                                         "server FIN_WAIT_1>FIN_WAIT_2 finwait1-rcv-ack",
                                         "client CLOSING>TIME_WAIT closing-rcv-ack",
                                         "server FIN_WAIT_2>TIME_WAIT finwait2-rcv-fin"};
    QTest::newRow("scenario simultaneous-open")
        << std::vector<LabStep>{connectToSelf(), table({{0, S::Established}})}
        << QStringList{"socket CLOSED>SYN_SENT closed-active-open unseen", "socket SYN_SENT>SYN_RECEIVED synsent-rcv-syn unseen",
                       "socket SYN_RECEIVED>ESTABLISHED synrcvd-rcv-ack"};
    QTest::newRow("scenario half-close")
        << after(handshake, {shutdownWrite(1), table({{0, S::Listen}, {1, S::FinWait2}, {2, S::CloseWait}}), closeEndpoint(2),
                             table({{0, S::Listen}, {1, S::TimeWait}})})
        << handshakeEvents + QStringList{"client ESTABLISHED>FIN_WAIT_1 estab-close unseen",
                                         "client FIN_WAIT_1>FIN_WAIT_2 finwait1-rcv-ack",
                                         "server ESTABLISHED>CLOSE_WAIT estab-rcv-fin",
                                         "client FIN_WAIT_2>TIME_WAIT finwait2-rcv-fin",
                                         "server CLOSE_WAIT>LAST_ACK closewait-close unseen",
                                         "server LAST_ACK>CLOSED lastack-rcv-ack"};
    QTest::newRow("scenario abort")
        << after(handshake, {abortEndpoint(1), table({{0, S::Listen}})})
        << handshakeEvents + QStringList{"client ESTABLISHED>CLOSED estab-abort", "server ESTABLISHED>CLOSED estab-rcv-rst"};
    QTest::newRow("scenario connect-refused")
        << std::vector<LabStep>{connectRefused()}
        << QStringList{"client CLOSED>SYN_SENT closed-active-open unseen", "client SYN_SENT>CLOSED synsent-rcv-rst"};
    // Three clients against a deferred listener: two get through and stay half-open on the
    // server, the third's SYN is dropped: it retries in SYN_SENT and no server socket exists.
    QTest::newRow("scenario syn-flood")
        << std::vector<LabStep>{listenDeferred(), table({{0, S::Listen}}), connectTo(0), connectTo(0), connectTo(0),
                                table({{0, S::Listen}, {1, S::Established}, {2, S::SynReceived}, {3, S::Established},
                                       {4, S::SynReceived}, {5, S::SynSent}}),
                                table({{0, S::Listen}, {1, S::Established}, {2, S::SynReceived}, {3, S::Established},
                                       {4, S::Established}, {5, S::SynSent}})}
        << QStringList{"listener CLOSED>LISTEN closed-passive-open",
                       "client CLOSED>SYN_SENT closed-active-open unseen",
                       "client SYN_SENT>ESTABLISHED synsent-rcv-synack",
                       "server LISTEN>SYN_RECEIVED listen-rcv-syn",
                       "client CLOSED>SYN_SENT closed-active-open unseen",
                       "client SYN_SENT>ESTABLISHED synsent-rcv-synack",
                       "server LISTEN>SYN_RECEIVED listen-rcv-syn",
                       "client CLOSED>SYN_SENT closed-active-open",
                       "server SYN_RECEIVED>ESTABLISHED synrcvd-rcv-ack"};
    // Short connections polled coarsely (the reproduction: no server socket may go
    // LISTEN -> CLOSED), one aborted with SO_LINGER 0, then the listener closes. The lab polls
    // right before each call it makes: the table is what the kernel shows at that moment.
    QTest::newRow("scenario time-wait-accumulation")
        << std::vector<LabStep>{listenStep(), table({{0, S::Listen}}), connectTo(0), acceptOn(0),
                                kernelShows({{0, S::Listen}, {1, S::Established}, {2, S::Established}}), closeEndpoint(1),
                                kernelShows({{0, S::Listen}, {1, S::FinWait2}, {2, S::CloseWait}}), closeEndpoint(2),
                                table({{0, S::Listen}, {1, S::TimeWait}}), connectTo(0), acceptOn(0),
                                kernelShows({{0, S::Listen}, {1, S::TimeWait}, {3, S::Established}, {4, S::Established}}),
                                abortEndpoint(3), kernelShows({{0, S::Listen}, {1, S::TimeWait}}), closeEndpoint(4),
                                closeEndpoint(0), table({{1, S::TimeWait}})}
        << QStringList{"listener CLOSED>LISTEN closed-passive-open",
                       "client CLOSED>SYN_SENT closed-active-open unseen",
                       "client SYN_SENT>ESTABLISHED synsent-rcv-synack",
                       "server LISTEN>SYN_RECEIVED listen-rcv-syn unseen",
                       "server SYN_RECEIVED>ESTABLISHED synrcvd-rcv-ack",
                       "client ESTABLISHED>FIN_WAIT_1 estab-close unseen",
                       "client FIN_WAIT_1>FIN_WAIT_2 finwait1-rcv-ack",
                       "server ESTABLISHED>CLOSE_WAIT estab-rcv-fin",
                       "client FIN_WAIT_2>TIME_WAIT finwait2-rcv-fin",
                       "server CLOSE_WAIT>LAST_ACK closewait-close unseen",
                       "server LAST_ACK>CLOSED lastack-rcv-ack",
                       "client CLOSED>SYN_SENT closed-active-open unseen",
                       "client SYN_SENT>ESTABLISHED synsent-rcv-synack",
                       "server LISTEN>SYN_RECEIVED listen-rcv-syn unseen",
                       "server SYN_RECEIVED>ESTABLISHED synrcvd-rcv-ack",
                       "client ESTABLISHED>CLOSED estab-abort",
                       "server ESTABLISHED>CLOSED estab-rcv-rst",
                       "listener LISTEN>CLOSED listen-close"};

    // The recipes, each up to the state it holds, then released (every socket aborted).
    const std::vector<LabStep> pair = {listenStep(), table({{0, S::Listen}}), connectTo(0), acceptOn(0),
                                       table({{0, S::Listen}, {1, S::Established}, {2, S::Established}}), closeEndpoint(0),
                                       table({{1, S::Established}, {2, S::Established}})};
    const QStringList pairEvents = {"listener CLOSED>LISTEN closed-passive-open",
                                    "client CLOSED>SYN_SENT closed-active-open unseen",
                                    "client SYN_SENT>ESTABLISHED synsent-rcv-synack",
                                    "server LISTEN>SYN_RECEIVED listen-rcv-syn unseen",
                                    "server SYN_RECEIVED>ESTABLISHED synrcvd-rcv-ack",
                                    "listener LISTEN>CLOSED listen-close"};
    QTest::newRow("recipe LISTEN") << std::vector<LabStep>{listenStep(), table({{0, S::Listen}}), abortEndpoint(0), table({})}
                                   << QStringList{"listener CLOSED>LISTEN closed-passive-open", "listener LISTEN>CLOSED listen-abort"};
    QTest::newRow("recipe SYN_SENT")
        << std::vector<LabStep>{listenStep(), table({{0, S::Listen}}), connectTo(0),
                                table({{0, S::Listen}, {1, S::Established}, {2, S::Established}}), connectTo(0),
                                table({{0, S::Listen}, {1, S::Established}, {2, S::Established}, {3, S::SynSent}})}
        << QStringList{"listener CLOSED>LISTEN closed-passive-open",
                       "client CLOSED>SYN_SENT closed-active-open unseen",
                       "client SYN_SENT>ESTABLISHED synsent-rcv-synack",
                       "server LISTEN>SYN_RECEIVED listen-rcv-syn unseen",
                       "server SYN_RECEIVED>ESTABLISHED synrcvd-rcv-ack",
                       "client CLOSED>SYN_SENT closed-active-open"};
    QTest::newRow("recipe SYN_RECEIVED")
        << std::vector<LabStep>{listenDeferred(), table({{0, S::Listen}}), connectTo(0),
                                table({{0, S::Listen}, {1, S::Established}, {2, S::SynReceived}}), abortEndpoint(1),
                                table({{0, S::Listen}})}
        << QStringList{"listener CLOSED>LISTEN closed-passive-open",
                       "client CLOSED>SYN_SENT closed-active-open unseen",
                       "client SYN_SENT>ESTABLISHED synsent-rcv-synack",
                       "server LISTEN>SYN_RECEIVED listen-rcv-syn",
                       "client ESTABLISHED>CLOSED estab-abort",
                       "server SYN_RECEIVED>LISTEN synrcvd-rcv-rst"};
    QTest::newRow("recipe ESTABLISHED")
        << after(pair, {abortEndpoint(1), table({}), abortEndpoint(2)})
        << pairEvents + QStringList{"client ESTABLISHED>CLOSED estab-abort", "server ESTABLISHED>CLOSED estab-rcv-rst"};
    QTest::newRow("recipe FIN_WAIT_1")
        << after(pair, {shutdownWrite(1), table({{1, S::FinWait1}, {2, S::Established}})})
        << pairEvents + QStringList{"client ESTABLISHED>FIN_WAIT_1 estab-close"};
    QTest::newRow("recipe FIN_WAIT_2 and CLOSE_WAIT")
        << after(pair, {shutdownWrite(1), table({{1, S::FinWait2}, {2, S::CloseWait}})})
        << pairEvents + QStringList{"client ESTABLISHED>FIN_WAIT_1 estab-close unseen",
                                    "client FIN_WAIT_1>FIN_WAIT_2 finwait1-rcv-ack",
                                    "server ESTABLISHED>CLOSE_WAIT estab-rcv-fin"};
    QTest::newRow("recipe CLOSING")
        << after(pair, {shutdownWrite(1), table({{1, S::FinWait1}, {2, S::Established}}), shutdownWrite(2),
                        table({{1, S::Closing}, {2, S::FinWait2}})})
        << pairEvents + QStringList{"client ESTABLISHED>FIN_WAIT_1 estab-close",
                                    "client FIN_WAIT_1>CLOSING finwait1-rcv-fin",
                                    "server ESTABLISHED>FIN_WAIT_1 estab-close unseen",
                                    "server FIN_WAIT_1>FIN_WAIT_2 finwait1-rcv-ack"};
    QTest::newRow("recipe LAST_ACK")
        << after(pair, {shutdownWrite(1), table({{1, S::FinWait2}, {2, S::CloseWait}}), shutdownWrite(2),
                        table({{1, S::FinWait2}, {2, S::LastAck}})})
        << pairEvents + QStringList{"client ESTABLISHED>FIN_WAIT_1 estab-close unseen",
                                    "client FIN_WAIT_1>FIN_WAIT_2 finwait1-rcv-ack",
                                    "server ESTABLISHED>CLOSE_WAIT estab-rcv-fin",
                                    "server CLOSE_WAIT>LAST_ACK closewait-close"};
    QTest::newRow("recipe TIME_WAIT")
        << after(pair, {shutdownWrite(1), table({{1, S::FinWait2}, {2, S::CloseWait}}), closeEndpoint(2),
                        table({{1, S::TimeWait}}), abortEndpoint(1), table({{1, S::TimeWait}})})
        << pairEvents + QStringList{"client ESTABLISHED>FIN_WAIT_1 estab-close unseen",
                                    "client FIN_WAIT_1>FIN_WAIT_2 finwait1-rcv-ack",
                                    "server ESTABLISHED>CLOSE_WAIT estab-rcv-fin",
                                    "client FIN_WAIT_2>TIME_WAIT finwait2-rcv-fin",
                                    "server CLOSE_WAIT>LAST_ACK closewait-close unseen",
                                    "server LAST_ACK>CLOSED lastack-rcv-ack"};
}

void TestLab::recordedRunsFollowTheRule()
{
    QFETCH(std::vector<LabStep>, steps);
    QFETCH(QStringList, events);
    TableNow kernel;
    LabEngine lab(kernel);
    kernel.lab = &lab;
    QStringList reported;
    lab.onTransition([&](const ObservedTransition& t) {
        reported << eventText(t);
        if (t.transition) { // every step is an edge of the model
            QCOMPARE(transitions()[*t.transition].from, t.from);
            QCOMPARE(transitions()[*t.transition].to, t.to);
        }
    });
    std::optional<LoopbackSocket> closedPort;
    for (const LabStep& step : steps) {
        switch (step.what) {
        case LabStep::Do::Listen:
        case LabStep::Do::ListenDeferred:
            QVERIFY(lab.listen(AddressFamily::IPv4, 0, 4, step.what == LabStep::Do::ListenDeferred) >= 0);
            break;
        case LabStep::Do::Connect:
            QVERIFY(lab.connect(AddressFamily::IPv4, lab.follower().tuple(step.endpoint).local) >= 0);
            break;
        case LabStep::Do::ConnectRefused: {
            std::string error;
            closedPort = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
            QVERIFY2(closedPort, error.c_str());
            const int client = lab.connect(AddressFamily::IPv4, closedPort->localEndpoint());
            QVERIFY(client >= 0);
            int socketError = 0; // reading SO_ERROR clears it: read until it says something
            for (int i = 0; i < 1000 && socketError == 0; ++i) {
                socketError = lab.socketError(client);
                QTest::qWait(1);
            }
            QCOMPARE(socketError, ECONNREFUSED);
            lab.report(client, TcpState::Closed, true, "ECONNREFUSED");
            break;
        }
        case LabStep::Do::ConnectToSelf:
            QVERIFY(lab.connectToSelf(AddressFamily::IPv4) >= 0);
            break;
        case LabStep::Do::Accept:
            QVERIFY(lab.accept(step.endpoint) >= 0);
            break;
        case LabStep::Do::ShutdownWrite:
            QVERIFY(lab.shutdownWrite(step.endpoint));
            break;
        case LabStep::Do::Close:
            QVERIFY(lab.close(step.endpoint));
            break;
        case LabStep::Do::Abort:
            QVERIFY(lab.abort(step.endpoint));
            break;
        case LabStep::Do::Table:
            kernel.states = step.table;
            lab.poll();
            break;
        case LabStep::Do::Shows:
            kernel.states = step.table;
            break;
        }
    }
    if (reported != events)
        qWarning().noquote() << "reported:\n " << reported.join(QStringLiteral("\n  "));
    QCOMPARE(reported, events);
}

void TestLab::ruleExplainsJumps_data()
{
    // The rule alone: the watch asks it knowing only whether a listener holds the port
    // ("child"); the lab adds what its log says ("calls": every call is logged, "closed",
    // "aborted"; "peer": the peer's calls too, "peerListening", "peerClosed", "peerAborted";
    // "established": accept() returned it or its peer).
    QTest::addColumn<TcpState>("from");
    QTest::addColumn<TcpState>("to");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QStringList>("edges"); // empty: unknown path
    QTest::newRow("accepted, then vanished: passive close or RST") << S::Established << S::Closed << "child" << QStringList{};
    QTest::newRow("client vanished: active close's end or RST") << S::Established << S::Closed << "" << QStringList{};
    QTest::newRow("CLOSE_WAIT vanished") << S::CloseWait << S::Closed << "" << QStringList{};
    QTest::newRow("one state, three edges: the ACK") << S::LastAck << S::Closed << "" << QStringList{"lastack-rcv-ack"};
    QTest::newRow("TIME_WAIT ends by its timer") << S::TimeWait << S::Closed << "" << QStringList{"timewait-timeout"};
    QTest::newRow("a child starts with the listener's SYN") << S::Listen << S::Established << "child"
                                                          << QStringList{"listen-rcv-syn", "synrcvd-rcv-ack"};
    QTest::newRow("a child seen in CLOSE_WAIT passed ESTABLISHED")
        << S::Listen << S::CloseWait << "child" << QStringList{"listen-rcv-syn", "synrcvd-rcv-ack", "estab-rcv-fin"};
    QTest::newRow("a child in FIN_WAIT_1 was accepted, not closed half-open")
        << S::Listen << S::FinWait1 << "child" << QStringList{"listen-rcv-syn", "synrcvd-rcv-ack", "estab-close"};
    QTest::newRow("a client's own open") << S::Closed << S::Established << "" << QStringList{"closed-active-open", "synsent-rcv-synack"};
    QTest::newRow("a client first seen in FIN_WAIT_1")
        << S::Closed << S::FinWait1 << "" << QStringList{"closed-active-open", "synsent-rcv-synack", "estab-close"};
    QTest::newRow("FIN and ACK in one") << S::Established << S::TimeWait << "" << QStringList{"estab-close", "finwait1-rcv-finack"};
    QTest::newRow("a listener never leaves LISTEN but by closing") << S::Listen << S::Closed << "" << QStringList{"listen-close"};

    // With the lab's log.
    QTest::newRow("log: the peer closed, then we did: passive close")
        << S::Established << S::Closed << "child calls closed peer peerClosed" << QStringList{"estab-rcv-fin", "closewait-close", "lastack-rcv-ack"};
    QTest::newRow("log: the peer aborted: its RST, whatever we did after")
        << S::Established << S::Closed << "child calls closed peer peerAborted" << QStringList{"estab-rcv-rst"};
    QTest::newRow("log: we aborted") << S::Established << S::Closed << "calls aborted peer" << QStringList{"estab-abort"};
    QTest::newRow("log: nothing explains it") << S::Established << S::Closed << "calls peer" << QStringList{};
    QTest::newRow("log: accepted and gone before any poll")
        << S::Listen << S::Closed << "child established calls closed peer peerClosed"
        << QStringList{"listen-rcv-syn", "synrcvd-rcv-ack", "estab-rcv-fin", "closewait-close", "lastack-rcv-ack"};
    QTest::newRow("log: a request reset while half-open ends back in LISTEN")
        << S::SynReceived << S::Closed << "child calls peer peerAborted" << QStringList{"synrcvd-rcv-rst"};
    QTest::newRow("log: a client refused, gone before any poll") << S::Closed << S::Closed << "calls open"
                                                                << QStringList{"closed-active-open", "synsent-rcv-rst"};
    QTest::newRow("log: aborted after the peer accepted, gone before any poll")
        << S::Closed << S::Closed << "calls open established aborted peer peerListening"
        << QStringList{"closed-active-open", "synsent-rcv-synack", "estab-abort"};
    QTest::newRow("log: connected to itself") << S::Closed << S::Established << "calls open self peer"
                                              << QStringList{"closed-active-open", "synsent-rcv-syn", "synrcvd-rcv-ack"};
    QTest::newRow("log: closing in TIME_WAIT is no abort") << S::TimeWait << S::Closed << "calls peer"
                                                          << QStringList{"timewait-timeout"};
}

void TestLab::ruleExplainsJumps()
{
    QFETCH(TcpState, from);
    QFETCH(TcpState, to);
    QFETCH(QString, evidence);
    QFETCH(QStringList, edges);
    const QStringList facts = evidence.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PathEvidence known;
    known.listenerChild = facts.contains(QStringLiteral("child"));
    known.established = facts.contains(QStringLiteral("established"));
    known.knowsCalls = facts.contains(QStringLiteral("calls"));
    known.closed = facts.contains(QStringLiteral("closed"));
    known.aborted = facts.contains(QStringLiteral("aborted"));
    known.knowsPeer = facts.contains(QStringLiteral("peer"));
    known.peerListening = facts.contains(QStringLiteral("peerListening"));
    known.peerClosed = facts.contains(QStringLiteral("peerClosed"));
    known.peerAborted = facts.contains(QStringLiteral("peerAborted"));
    if (facts.contains(QStringLiteral("open")))
        known.proven.push_back(*transitionIndex("closed-active-open"));
    if (facts.contains(QStringLiteral("self")))
        known.proven.push_back(*transitionIndex("synsent-rcv-syn"));
    const ExplainedJump jump = explainJump(from, to, known);
    QStringList ids;
    for (std::size_t edge : jump.edges)
        ids << QLatin1String(transitions()[edge].id);
    QCOMPARE(ids, edges);
    QCOMPARE(jump.known, !edges.isEmpty());
}

void TestLab::followerFollowsClosedFdsUntilGone()
{
    // An orphaned FIN_WAIT_2 (the fd closed) stays followed; TIME_WAIT too, with its countdown.
    LabEngine lab(*m_probe);
    const int listener = lab.listen(AddressFamily::IPv4, 0, 4);
    const int client = lab.connect(AddressFamily::IPv4, lab.follower().tuple(listener).local);
    const int server = lab.accept(listener);
    QVERIFY(client >= 0 && server >= 0);
    QVERIFY(lab.close(client)); // no fd any more
    QVERIFY(lab.waitFor(client, TcpState::FinWait2));
    QVERIFY(lab.close(server));
    QVERIFY(lab.waitFor(client, TcpState::TimeWait));
    QVERIFY(lab.follower().lastRow(client)->timerMs > 50000);
    QVERIFY(lab.waitFor(server, TcpState::Closed));
}

void TestLab::listenerDiscoversStrangers()
{
    // A client the lab knows nothing about connects to a lab listener with deferred accept:
    // the port query finds its half-open request, which is then followed like any endpoint.
    LabEngine lab(*m_probe);
    const int listener = lab.listen(AddressFamily::IPv4, 0, 4, true);
    QVERIFY(lab.waitFor(listener, TcpState::Listen));
    std::string error;
    auto stranger = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    QVERIFY(stranger && stranger->connect(lab.follower().tuple(listener).local, error));
    const Endpoint strangerEnd = stranger->localEndpoint();
    int discovered = -1;
    for (int i = 0; i < 500 && discovered < 0; ++i) {
        lab.poll();
        for (std::size_t e = 0; e < lab.follower().size(); ++e) {
            if (lab.follower().tuple(int(e)).remote == strangerEnd)
                discovered = int(e);
        }
        QTest::qWait(1);
    }
    QVERIFY(discovered >= 0);
    QCOMPARE(QString::fromStdString(lab.follower().role(discovered)), QStringLiteral("server (half-open)"));
    QVERIFY(lab.waitFor(discovered, TcpState::SynReceived));
    stranger->send(10); // data completes a deferred accept
    QVERIFY(lab.waitFor(discovered, TcpState::Established));
    QCOMPARE(names(lab.path(discovered)), (QStringList{"LISTEN", "SYN_RECEIVED", "ESTABLISHED"}));
}

void TestLab::discoverySweepsAtItsInterval()
{
    // A 1 kHz poller cannot dump the listener's port on every poll (the kernel walks its whole
    // table for each dump): it sweeps at the discovery interval, and at once when the
    // listener's accept queue moved.
    StillTable table;
    KernelFollower follower(table);
    const Endpoint local = *Endpoint::parse("127.0.0.1", 40000);
    const int listener = follower.follow("listener", {local, Endpoint::unspecified(AddressFamily::IPv4)}, TcpState::Listen);
    follower.watchListener(listener);
    follower.setDiscoveryInterval(std::chrono::seconds(60));
    for (int i = 0; i < 50; ++i)
        follower.poll();
    QCOMPARE(table.dumps, 1); // the first poll sweeps, the next 49 do not

    // A connection completed: the accept queue says so, the next poll sweeps and finds it.
    SocketRow stranger;
    stranger.local = local;
    stranger.remote = *Endpoint::parse("127.0.0.1", 50000);
    stranger.state = TcpState::Established;
    table.strangers.push_back(stranger);
    table.acceptQueue = 1;
    follower.poll(); // the listener's lookup shows the queue
    follower.poll(); // which makes this poll sweep
    QCOMPARE(table.dumps, 2);
    QCOMPARE(follower.size(), std::size_t(2));
    QCOMPARE(follower.role(1), std::string("server (half-open)"));
    follower.poll();
    QCOMPARE(table.dumps, 2);

    // Without an interval (the default: the private network's scenarios), every poll sweeps.
    KernelFollower everyPoll(table);
    everyPoll.watchListener(everyPoll.follow("listener", {local, Endpoint::unspecified(AddressFamily::IPv4)}, TcpState::Listen));
    for (int i = 0; i < 5; ++i)
        everyPoll.poll();
    QCOMPARE(table.dumps, 7);
}

void TestLab::followerPollAllocatesNothingOnceWarm()
{
    // Six sockets that stand still, polled as the lab polls them at 1 kHz: after the first few
    // polls nothing is allocated (the vectors keep their capacity, no transition is made).
    StillTable table;
    LabEngine lab(table);
    KernelFollower& follower = lab.follower();
    for (std::uint16_t port = 40000; port < 40006; ++port)
        follower.follow("client", {*Endpoint::parse("127.0.0.1", port), *Endpoint::parse("127.0.0.1", 41000)},
                        TcpState::Established);
    for (int i = 0; i < 10; ++i)
        lab.poll();
    const long before = g_allocations;
    for (int i = 0; i < 1000; ++i)
        lab.poll();
    QCOMPARE(g_allocations - before, 0L);
}

void TestLab::liveLabIsQuietWhileNothingChanges()
{
    // At 1 kHz most polls change nothing: then no batch is handed to the window (no signal,
    // no wake-up of the GUI thread), while the lab keeps polling.
    auto owned = std::make_unique<StillTable>();
    LiveLab live(std::move(owned));
    live.setPollInterval(1);
    QSignalSpy batches(&live, &LiveLab::batchReady);
    live.run(this, [](LabEngine& lab) -> LiveLab::Continuation {
        lab.follower().follow("client", {*Endpoint::parse("127.0.0.1", 40000), *Endpoint::parse("127.0.0.1", 41000)},
                              TcpState::SynSent);
        return {};
    });
    live.start();
    QTRY_VERIFY(!live.sockets().empty() && live.sockets().front().state == TcpState::Established);
    QTest::qWait(50);
    const qsizetype settled = batches.size();
    const std::uint64_t polls = live.polls();
    QTest::qWait(300);
    QVERIFY2(live.polls() - polls > 50, "the lab keeps polling");
    QCOMPARE(batches.size(), settled);
    live.stop();
}

void TestLab::tokensTakeTheirSocketsPath_data()
{
    // The legend: client path blue, server path orange. Every role the lab gives its sockets.
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("serverPath");
    QTest::addRow("listener") << "listener" << true;
    QTest::addRow("server") << "server" << true;
    QTest::addRow("server (half-open)") << "server (half-open)" << true;
    QTest::addRow("server (not reading)") << "server (not reading)" << true;
    QTest::addRow("client") << "client" << false;
    QTest::addRow("client (not reading)") << "client (not reading)" << false;
    QTest::addRow("socket (simultaneous open: an active open)") << "socket" << false;
}

void TestLab::tokensTakeTheirSocketsPath()
{
    QFETCH(QString, role);
    QFETCH(bool, serverPath);
    QCOMPARE(LiveLab::pathRole(role.toStdString()) == PathRole::Server, serverPath);
}

void TestLab::noLeaksAcrossHundredCycles()
{
    const int before = openFdCount();
    std::vector<FourTuple> tuples;
    for (int cycle = 0; cycle < 100; ++cycle) {
        for (TcpState state : reachableStates()) {
            std::string error;
            auto held = reachState(state, AddressFamily::IPv4, *m_probe, error);
            QVERIFY2(held, error.c_str());
            if (cycle == 99) {
                for (const RecipeEndpoint& e : held->endpoints)
                    tuples.push_back(e.tuple);
            }
            held->release();
        }
    }
    QCOMPARE(openFdCount(), before);
    // Nothing of the lab remains in the kernel's table but TIME_WAIT.
    QTest::qWait(100);
    for (const FourTuple& t : tuples) {
        const ProbeResult r = m_probe->query(ProbeQuery::exact(t));
        for (const SocketRow& row : r.rows)
            QVERIFY2(row.state == TcpState::TimeWait, qPrintable(QString::fromStdString(t.local.text() + " " + std::string(stateToken(row.state)))));
    }
}

void TestLab::nonLoopbackIsRefused()
{
    // TEST-NET-1 and a global IPv6 documentation address: refused before any packet is sent.
    std::string error;
    QVERIFY(!LoopbackSocket::bound(*Endpoint::parse("192.0.2.1", 0), error));
    QVERIFY(QString::fromStdString(error).contains("not a loopback address"));
    QVERIFY(!LoopbackSocket::bound(*Endpoint::parse("2001:db8::1", 0), error));
    LabEngine lab(*m_probe);
    QCOMPARE(lab.connect(AddressFamily::IPv4, *Endpoint::parse("192.0.2.1", 80)), -1);
    QVERIFY(QString::fromStdString(lab.error()).contains("not a loopback address"));
    QVERIFY(LoopbackSocket::bound(*Endpoint::parse("127.0.0.2", 0), error)); // all of 127/8 is loopback
}

void TestLab::typedAddressesAreLoopbackOnly_data()
{
    // What a person may type into --address or the panel's address box. -1: refused, with the
    // message part that says why.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("why");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << int(AddressFamily::IPv4) << QString();
    QTest::newRow("localhost") << " LocalHost " << int(AddressFamily::IPv4) << QString();
    QTest::newRow("::1") << "::1" << int(AddressFamily::IPv6) << QString();
    QTest::newRow("[::1]") << "[::1]" << int(AddressFamily::IPv6) << QString();
    QTest::newRow("long ::1") << "0:0:0:0:0:0:0:1" << int(AddressFamily::IPv6) << QString();
    QTest::newRow("mapped") << "::ffff:127.0.0.1" << int(AddressFamily::IPv4) << QString();
    QTest::newRow("lan") << "192.168.1.10" << -1 << "not a loopback address";
    QTest::newRow("any") << "0.0.0.0" << -1 << "not a loopback address";
    QTest::newRow("any6") << "::" << -1 << "not a loopback address";
    QTest::newRow("global6") << "2001:db8::1" << -1 << "not a loopback address";
    QTest::newRow("mapped lan") << "::ffff:10.0.0.1" << -1 << "not a loopback address";
    QTest::newRow("other 127/8") << "127.0.0.2" << -1 << "127.0.0.1 or ::1 only";
    QTest::newRow("name") << "example.org" << -1 << "not an IP address";
    QTest::newRow("empty") << "" << -1 << "not an IP address";
    QTest::newRow("with port") << "127.0.0.1:5000" << -1 << "not an IP address";
}

void TestLab::typedAddressesAreLoopbackOnly()
{
    QFETCH(QString, text);
    QFETCH(int, family);
    QFETCH(QString, why);
    QString error;
    const auto parsed = LabAddress::parse(text, &error);
    if (family < 0) {
        QVERIFY2(!parsed, qPrintable(text));
        QVERIFY2(error.contains(why), qPrintable(error));
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(int(*parsed), family);
        QVERIFY(error.isEmpty());
    }
}

void TestLab::busyPortIsAClearError()
{
    LabEngine lab(*m_probe);
    const int first = lab.listen(AddressFamily::IPv4, 0, 4);
    QVERIFY(first >= 0);
    const std::uint16_t port = lab.follower().tuple(first).local.port;
    QCOMPARE(lab.listen(AddressFamily::IPv4, port, 4), -1);
    QCOMPARE(QString::fromStdString(lab.error()), QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(port));
    std::string error;
    QVERIFY(!reachState(TcpState::Listen, AddressFamily::IPv4, *m_probe, error, 1000, port));
    QVERIFY(QString::fromStdString(error).contains("already in use"));
}

void TestLab::liveLabSignalsEveryTransition()
{
    // The engine lives on the lab's own thread: jobs run there, batches come back here.
    LiveLab live(std::make_unique<netlink::NetlinkProbe>());
    live.setPollInterval(1);
    QSignalSpy batches(&live, &LiveLab::batchReady);
    live.start();
    int listener = -1;
    int client = -1;
    bool offThread = false;
    QThread* gui = QThread::currentThread();
    live.run(this, [&listener, &client, &offThread, gui](LabEngine& lab) -> LiveLab::Continuation {
        const bool elsewhere = QThread::currentThread() != gui;
        const int l = lab.listen(AddressFamily::IPv4, 0, 4);
        const int c = lab.connect(AddressFamily::IPv4, lab.follower().tuple(l).local);
        return [&, l, c, elsewhere] {
            listener = l;
            client = c;
            offThread = elsewhere;
        };
    });
    QTRY_VERIFY(client >= 0);
    QVERIFY(offThread);
    const auto stateOf = [&](int endpoint) {
        const auto& sockets = live.sockets();
        return std::size_t(endpoint) < sockets.size() ? sockets[std::size_t(endpoint)].state : TcpState::Unknown;
    };
    QTRY_COMPARE(stateOf(client), TcpState::Established);
    QVERIFY(live.sockets()[std::size_t(listener)].listener);
    QVERIFY(live.sockets()[std::size_t(client)].held);
    live.run(this, [client](LabEngine& lab) -> LiveLab::Continuation {
        lab.abort(client);
        return {};
    });
    QTRY_COMPARE(stateOf(client), TcpState::Closed);
    int operations = 0;
    QStringList clientPath;
    QStringList tokenPath;
    for (const QList<QVariant>& signal : batches) {
        const auto batch = signal.at(0).value<LabBatch>();
        for (const LabLogEntry& entry : batch.entries) {
            operations += entry.kind == LabLogEntry::Kind::Operation ? 1 : 0;
            if (entry.kind == LabLogEntry::Kind::Transition && entry.endpoint == client)
                clientPath << QString::fromLatin1(stateToken(entry.to).data());
        }
        for (const TokenEvent& token : batch.tokens) {
            if (token.key == QString::number(client))
                tokenPath << QString::fromLatin1(stateToken(token.state).data());
        }
    }
    QVERIFY(operations >= 3); // listen, connect, abort
    QCOMPARE(clientPath, (QStringList{"SYN_SENT", "ESTABLISHED", "CLOSED"}));
    QCOMPARE(tokenPath, clientPath); // the board hears what the log says
}

void TestLab::eventsAreSaidInTheUserLanguage()
{
    LabEngine lab(*m_probe);
    std::vector<LabEvent> events;
    lab.onEvent([&](const LabEvent& e) { events.push_back(e); });
    const int listener = lab.listen(AddressFamily::IPv4, 0, 4);
    const int client = lab.connect(AddressFamily::IPv4, lab.follower().tuple(listener).local);
    QVERIFY(lab.waitFor(client, TcpState::Established));
    QVERIFY(lab.send(client, 1000));
    QVERIFY(lab.abort(client));
    QVERIFY(!lab.send(client, 10)); // its socket is gone
    const auto find = [&](LabOperation kind, bool ok) {
        for (const LabEvent& e : events) {
            if (e.kind == kind && e.ok == ok)
                return e;
        }
        return LabEvent{};
    };
    const LabEvent listen = find(LabOperation::Listen, true);
    const LabEvent send = find(LabOperation::Send, true);
    const LabEvent refused = find(LabOperation::Send, false);
    const QString port = QString::number(lab.follower().tuple(listener).local.port);

    Translations::install(QStringLiteral("en"));
    QCOMPARE(LabText::operation(listen), QStringLiteral("listen (backlog 4)"));
    QCOMPARE(LabText::detail(listen), QStringLiteral("on 127.0.0.1:") + port);
    QCOMPARE(LabText::operation(send), QStringLiteral("send 1000 bytes"));
    QCOMPARE(LabText::detail(send), QStringLiteral("1000 bytes sent"));
    QCOMPARE(LabText::role(send.role), QStringLiteral("client"));
    QCOMPARE(LabText::detail(refused), QStringLiteral("the client has no open socket")); // the lab's own words
    QCOMPARE(send.operation, std::string("send 1000")); // the English form scripts read stays as it was

    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(LabText::operation(send), QStringLiteral("1000 Bytes senden"));
    QCOMPARE(LabText::detail(send), QStringLiteral("1000 Bytes gesendet"));
    QCOMPARE(LabText::role("server (half-open)"), QStringLiteral("Server (halb offen)"));
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(LabText::detail(listen), QStringLiteral("于 127.0.0.1:") + port);
    QCOMPARE(LabText::role("client"), QStringLiteral("客户端"));
    Translations::install(QStringLiteral("en"));
}

void TestLab::endpointsKnowWhetherTheyCanBeDriven()
{
    // What the panel's "by hand" buttons rely on: which endpoints hold an fd, which listen.
    LabEngine lab(*m_probe);
    const int listener = lab.listen(AddressFamily::IPv6, 0, 4);
    const int client = lab.connect(AddressFamily::IPv6, lab.follower().tuple(listener).local);
    QVERIFY(lab.waitFor(client, TcpState::Established));
    QVERIFY(lab.isListener(listener));
    QVERIFY(lab.hasSocket(listener));
    QVERIFY(lab.hasSocket(client));
    QVERIFY(!lab.isListener(client));
    const int server = lab.accept(listener);
    QVERIFY(server >= 0 && lab.hasSocket(server));
    QVERIFY(lab.close(server));
    QVERIFY(!lab.hasSocket(server)); // closed: followed to CLOSED, no longer driven
    QVERIFY(!lab.close(server));      // and a second close is refused, with the reason
    QVERIFY(QString::fromStdString(lab.error()).contains("has no open socket"));
    QVERIFY(!lab.hasSocket(-1));
    QVERIFY(!lab.hasSocket(1000));
    QVERIFY(!lab.isListener(1000));
}

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
