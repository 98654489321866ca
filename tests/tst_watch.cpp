// The Watch panel's engine: the watcher turns polls into events with the model's implied paths,
// the table model keeps rows in order and updates them in place, ports parse as people type
// them; and against the live kernel, a real connection is followed from LISTEN to TIME_WAIT.
#include "model/transitiontable.h"
#include "input/portlist.h"
#include "watch/sockettablemodel.h"
#include "watch/socketwatcher.h"

#ifdef __linux__
#include "kernel/netlinkprobe_linux.h"
#include "lab/loopbacksocket.h"
#include <QDir>
#endif

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QThread>
#include <QTest>

#include <deque>
#include <mutex>

using namespace tsl;

namespace {

SocketRow row(const char* local, std::uint16_t localPort, const char* remote, std::uint16_t remotePort, TcpState state)
{
    SocketRow r;
    r.local = *Endpoint::parse(local, localPort);
    r.remote = *Endpoint::parse(remote, remotePort);
    r.state = state;
    return r;
}

// Answers each query with the next scripted table; records what it was asked.
class ScriptedProbe final : public KernelProbe {
public:
    std::deque<ProbeResult> script;
    std::vector<ProbeQuery> asked;

    ProbeSource source() const override { return ProbeSource::Procfs; }
    ProbeResult query(const ProbeQuery& query) override
    {
        asked.push_back(query);
        if (script.empty())
            return {};
        ProbeResult next = std::move(script.front());
        script.pop_front();
        return next;
    }
    void push(std::vector<SocketRow> rows)
    {
        ProbeResult result;
        result.rows = std::move(rows);
        script.push_back(std::move(result));
    }
};

// The same table on every query, until the test sets another (the watcher asks from its thread).
class StandingProbe final : public KernelProbe {
public:
    ProbeSource source() const override { return ProbeSource::Netlink; }
    ProbeResult query(const ProbeQuery&) override
    {
        std::lock_guard lock(m_mutex);
        ProbeResult result;
        result.rows = m_rows;
        return result;
    }
    void set(std::vector<SocketRow> rows)
    {
        std::lock_guard lock(m_mutex);
        m_rows = std::move(rows);
    }

private:
    std::mutex m_mutex;
    std::vector<SocketRow> m_rows;
};

QStringList pathText(const std::vector<std::size_t>& path)
{
    QStringList out;
    const auto table = transitions();
    for (std::size_t edge : path)
        out << QString::fromLatin1(table[edge].id.data());
    return out;
}

std::vector<WatchEvent> eventsOf(const QSignalSpy& spy)
{
    std::vector<WatchEvent> out;
    for (const QList<QVariant>& signal : spy) {
        for (const WatchEvent& e : signal.at(0).value<QList<WatchEvent>>())
            out.push_back(e);
    }
    return out;
}

} // namespace

class TestWatch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<WatchEvent>(); }
    void watcherReportsChangesWithImpliedPaths();
    void acceptedConnectionsTakeTheServerPath();
    void watcherAsksTheKernelToFilter();
    void failureStopsTheWatch();
    void tableKeepsOrderAndUpdatesInPlace();
    void tableAnnouncesRunsOnce();
    void tableTimerAndCounts();
    void countdownsAreAnnouncedOnceASecond_data();
    void countdownsAreAnnouncedOnceASecond();
    void countsFollowEveryChange();
    void portLists_data();
    void portLists();
    void liveConnectionIsFollowed();
    void noFdLeaks();
    void standingTableWakesNobody();
};

void TestWatch::standingTableWakesNobody()
{
    // 20,000 idle connections polled at 10 Hz: a poll that finds the table exactly as the one
    // before hands nothing to the window (no sort, no copy of the rows, no wake-up); the next
    // change is handed out as usual.
    auto probe = std::make_unique<StandingProbe>();
    StandingProbe& table = *probe;
    const SocketRow a = row("127.0.0.1", 40000, "127.0.0.1", 5000, TcpState::Established);
    const SocketRow b = row("127.0.0.1", 40001, "127.0.0.1", 5000, TcpState::Established);
    table.set({a, b});
    SocketWatcher watcher(std::move(probe));
    watcher.setInterval(1);
    QSignalSpy polled(&watcher, &SocketWatcher::polled);
    QSignalSpy changed(&watcher, &SocketWatcher::changed);
    watcher.start();
    QTRY_COMPARE(watcher.rows().size(), std::size_t(2));
    const std::uint64_t reads = watcher.kernelReads();
    const qsizetype handedOut = polled.count();
    QTest::qWait(200);
    QVERIFY2(watcher.kernelReads() - reads > 20, "the watch keeps reading the kernel");
    QCOMPARE(polled.count(), handedOut);
    QCOMPARE(changed.count(), 1); // the table at the start

    SocketRow closing = b;
    closing.state = TcpState::FinWait1;
    table.set({a, closing});
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(polled.count() > handedOut);
    QCOMPARE(watcher.rows().back().state, TcpState::FinWait1);
    watcher.stop();
}

void TestWatch::watcherReportsChangesWithImpliedPaths()
{
    auto probe = std::make_unique<ScriptedProbe>();
    ScriptedProbe& script = *probe;
    const SocketRow established = row("127.0.0.1", 40000, "127.0.0.1", 5000, TcpState::Established);
    SocketRow timeWait = established;
    timeWait.state = TcpState::TimeWait;
    script.push({established});
    script.push({established});
    script.push({timeWait}); // FIN_WAIT_1 and FIN_WAIT_2 passed between two polls
    script.push({});         // the 2MSL timer ran out
    SocketWatcher watcher(std::move(probe));
    QSignalSpy changed(&watcher, &SocketWatcher::changed);
    QSignalSpy polled(&watcher, &SocketWatcher::polled);
    for (int i = 0; i < 4; ++i)
        QVERIFY(watcher.poll());
    QCOMPARE(polled.count(), 4);
    QCOMPARE(changed.count(), 3); // the unchanged poll says nothing
    const std::vector<WatchEvent> events = eventsOf(changed);
    QCOMPARE(events.size(), std::size_t(3));

    QVERIFY(events[0].initial);
    QCOMPARE(events[0].change.kind, TableChange::Kind::Appeared);
    QCOMPARE(events[0].change.to, TcpState::Established);

    QVERIFY(!events[1].initial);
    QCOMPARE(events[1].change.kind, TableChange::Kind::Changed);
    // The fewest ordinary edges that explain the jump: CLOSE, then the peer's FIN with the ACK
    // of ours (the states in between were not seen, so the watch claims no more).
    QCOMPARE(pathText(events[1].path), (QStringList{"estab-close", "finwait1-rcv-finack"}));

    QCOMPARE(events[2].change.kind, TableChange::Kind::Left);
    QCOMPARE(pathText(events[2].path), (QStringList{"timewait-timeout"}));
    QCOMPARE(events[2].key, events[0].key);
    QVERIFY(watcher.rows().empty());
}

void TestWatch::acceptedConnectionsTakeTheServerPath()
{
    auto probe = std::make_unique<ScriptedProbe>();
    ScriptedProbe& script = *probe;
    const SocketRow listener = row("0.0.0.0", 5000, "0.0.0.0", 0, TcpState::Listen);
    script.push({listener});
    script.push({listener, row("127.0.0.1", 5000, "127.0.0.1", 40000, TcpState::Established),
                 row("127.0.0.1", 40000, "127.0.0.1", 5000, TcpState::Established)});
    SocketWatcher watcher(std::move(probe));
    QSignalSpy changed(&watcher, &SocketWatcher::changed);
    watcher.poll();
    watcher.poll();
    const std::vector<WatchEvent> events = eventsOf(changed);
    QCOMPARE(events.size(), std::size_t(3));
    QCOMPARE(events[0].start, TcpState::Closed); // the listener itself
    QCOMPARE(pathText(events[0].path), (QStringList{"closed-passive-open"}));
    std::map<std::uint16_t, const WatchEvent*> byLocalPort;
    for (const WatchEvent& e : events)
        byLocalPort[e.change.row.local.port] = &e;
    // The server end: accepted by the listener (LISTEN, SYN_RCVD unseen, ESTABLISHED).
    QCOMPARE(byLocalPort[5000]->start, TcpState::Listen);
    QCOMPARE(pathText(byLocalPort[5000]->path), (QStringList{"listen-rcv-syn", "synrcvd-rcv-ack"}));
    // The client end: its own active open.
    QCOMPARE(byLocalPort[40000]->start, TcpState::Closed);
    QCOMPARE(pathText(byLocalPort[40000]->path), (QStringList{"closed-active-open", "synsent-rcv-synack"}));
}

void TestWatch::watcherAsksTheKernelToFilter()
{
    auto probe = std::make_unique<ScriptedProbe>();
    ScriptedProbe& script = *probe;
    SocketWatcher watcher(std::move(probe));
    watcher.setPorts({8080, 5000, 8080});
    watcher.poll();
    watcher.setPorts({});
    watcher.poll();
    QCOMPARE(script.asked.size(), std::size_t(2));
    QCOMPARE(script.asked[0].kind, ProbeQuery::Kind::Ports);
    QCOMPARE(script.asked[0].ports, (std::vector<std::uint16_t>{5000, 8080}));
    QCOMPARE(script.asked[1].kind, ProbeQuery::Kind::All);
    watcher.setInterval(0);
    QCOMPARE(watcher.interval(), 1);
    watcher.setInterval(100000);
    QCOMPARE(watcher.interval(), 60000);
}

void TestWatch::failureStopsTheWatch()
{
    auto probe = std::make_unique<ScriptedProbe>();
    ScriptedProbe& script = *probe;
    script.push({});
    ProbeResult broken;
    broken.ok = false;
    broken.error = "the table went away";
    script.script.push_back(broken);
    SocketWatcher watcher(std::move(probe));
    watcher.setInterval(5);
    QSignalSpy failed(&watcher, &SocketWatcher::failed);
    watcher.start();
    QVERIFY(watcher.isRunning());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the table went away"));
    QVERIFY(!watcher.isRunning());
}

void TestWatch::tableKeepsOrderAndUpdatesInPlace()
{
    SocketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SocketRow a = row("127.0.0.1", 5000, "0.0.0.0", 0, TcpState::Listen);
    const SocketRow b = row("127.0.0.1", 5000, "127.0.0.1", 40000, TcpState::Established);
    const SocketRow c = row("127.0.0.1", 40000, "127.0.0.1", 5000, TcpState::Established);
    const SocketRow v6 = row("::1", 22, "::", 0, TcpState::Listen);
    model.setRows({c, v6, a, b});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, SocketTableModel::LocalColumn).data().toString(), QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(model.index(0, SocketTableModel::RemoteColumn).data().toString(), QStringLiteral("*"));
    QCOMPARE(model.index(1, SocketTableModel::RemoteColumn).data().toString(), QStringLiteral("127.0.0.1:40000"));
    QCOMPARE(model.index(2, SocketTableModel::LocalColumn).data().toString(), QStringLiteral("127.0.0.1:40000"));
    QCOMPARE(model.index(3, SocketTableModel::LocalColumn).data().toString(), QStringLiteral("[::1]:22"));

    // The client moves on, the server end leaves, a new client comes: the client's row is
    // updated where it stands (a selection on it survives), the others are removed and inserted.
    QPersistentModelIndex client = model.index(2, 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    SocketRow c2 = c;
    c2.state = TcpState::FinWait2;
    const SocketRow d = row("127.0.0.1", 40002, "127.0.0.1", 5000, TcpState::SynSent);
    model.setRows({a, c2, v6, d});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(dataChanged.count(), 1);
    QVERIFY(client.isValid());
    QCOMPARE(client.data().toString(), QStringLiteral("FIN_WAIT_2"));
    QCOMPARE(client.data(SocketTableModel::StateRole).toInt(), int(TcpState::FinWait2));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2, SocketTableModel::LocalColumn).data().toString(), QStringLiteral("127.0.0.1:40002"));

    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestWatch::tableAnnouncesRunsOnce()
{
    // 2,000 TIME_WAIT rows whose timers all tick: one dataChanged for the run, not 2,000;
    // the first fill is one reset, not 2,000 inserts.
    SocketTableModel model;
    std::vector<SocketRow> rows;
    for (int i = 0; i < 2000; ++i) {
        SocketRow r = row("127.0.0.1", std::uint16_t(40000 + i), "127.0.0.1", 5000, TcpState::TimeWait);
        r.timer = TimerKind::TimeWait;
        r.timerMs = 60000;
        rows.push_back(r);
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setRows(rows);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 2000);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setCountdownRefreshMs(0); // every countdown change announced
    for (SocketRow& r : rows)
        r.timerMs -= 100;
    rows.erase(rows.begin() + 1000, rows.begin() + 1100); // a hundred leave together
    model.setRows(rows);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(dataChanged.count(), 1); // the countdowns: one announcement for the column
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(), model.index(0, SocketTableModel::TimerColumn));
    QCOMPARE(dataChanged.at(0).at(1).value<QModelIndex>(), model.index(1899, SocketTableModel::TimerColumn));
    QCOMPARE(model.rowCount(), 1900);
    QCOMPARE(model.rows()[1500].timerMs, 59900);
    model.setRows(rows); // nothing changed: nothing announced
    QCOMPARE(dataChanged.count(), 1);
    rows[5].state = TcpState::Closed; // a real change: that row alone, at once
    rows[5].timer = TimerKind::None;
    model.setRows(rows);
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(dataChanged.at(1).at(0).value<QModelIndex>(), model.index(5, 0));
    QCOMPARE(dataChanged.at(1).at(1).value<QModelIndex>(), model.index(5, SocketTableModel::ColumnCount - 1));
}

void TestWatch::countdownsAreAnnouncedOnceASecond_data()
{
    QTest::addColumn<int>("refreshMs");
    QTest::addColumn<int>("polls");
    QTest::addColumn<int>("announcements");
    QTest::addRow("every change") << 0 << 10 << 10;
    QTest::addRow("the default: ten polls within a second") << int(SocketTableModel::kCountdownRefreshMs) << 10 << 0;
}

void TestWatch::countdownsAreAnnouncedOnceASecond()
{
    // TIME_WAIT countdowns move on every poll; the table repaints them once a second, while
    // data() always reads the newest figure and a change of state is announced at once.
    QFETCH(int, refreshMs);
    QFETCH(int, polls);
    QFETCH(int, announcements);
    SocketTableModel model;
    model.setCountdownRefreshMs(refreshMs);
    SocketRow tw = row("127.0.0.1", 40000, "127.0.0.1", 5000, TcpState::TimeWait);
    tw.timer = TimerKind::TimeWait;
    tw.timerMs = 60000;
    model.setRows({tw, row("127.0.0.1", 5000, "0.0.0.0", 0, TcpState::Listen)});
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    for (int poll = 0; poll < polls; ++poll) {
        tw.timerMs -= 100;
        model.setRows({tw, row("127.0.0.1", 5000, "0.0.0.0", 0, TcpState::Listen)});
        QCOMPARE(model.index(1, SocketTableModel::TimerColumn).data().toString(),
                 SocketTableModel::timerText(tw)); // fresh, announced or not
    }
    QCOMPARE(dataChanged.count(), announcements);
    if (refreshMs > 0) {
        // A second later the next poll announces them, in one go for the column.
        model.setCountdownRefreshMs(1);
        QTest::qWait(5);
        tw.timerMs -= 100;
        model.setRows({tw, row("127.0.0.1", 5000, "0.0.0.0", 0, TcpState::Listen)});
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>().column(), int(SocketTableModel::TimerColumn));
    }
}

void TestWatch::countsFollowEveryChange()
{
    // The counts per state are kept by setRows (inserted, removed, changed), not recounted.
    SocketTableModel model;
    const SocketRow listener = row("127.0.0.1", 5000, "0.0.0.0", 0, TcpState::Listen);
    SocketRow a = row("127.0.0.1", 5000, "127.0.0.1", 40000, TcpState::Established);
    const SocketRow b = row("127.0.0.1", 40000, "127.0.0.1", 5000, TcpState::Established);
    model.setRows({listener, a, b});
    QCOMPARE(model.counts(), (std::map<TcpState, int>{{TcpState::Listen, 1}, {TcpState::Established, 2}}));
    a.state = TcpState::CloseWait;
    const SocketRow c = row("127.0.0.1", 40001, "127.0.0.1", 5000, TcpState::SynSent);
    model.setRows({listener, a, c});
    QCOMPARE(model.counts(), (std::map<TcpState, int>{{TcpState::Listen, 1}, {TcpState::SynSent, 1}, {TcpState::CloseWait, 1}}));
    model.setRows({listener});
    QCOMPARE(model.counts(), (std::map<TcpState, int>{{TcpState::Listen, 1}}));
    model.setRows({});
    QVERIFY(model.counts().empty());
}

void TestWatch::tableTimerAndCounts()
{
    SocketTableModel model;
    SocketRow tw = row("127.0.0.1", 40000, "127.0.0.1", 5000, TcpState::TimeWait);
    tw.timer = TimerKind::TimeWait;
    tw.timerMs = 59240;
    SocketRow tw2 = tw;
    tw2.local.port = 40001;
    model.setRows({tw, tw2, row("127.0.0.1", 5000, "0.0.0.0", 0, TcpState::Listen)});
    QCOMPARE(model.index(1, SocketTableModel::TimerColumn).data().toString(), QStringLiteral("timewait 59.2 s"));
    QCOMPARE(model.index(0, SocketTableModel::TimerColumn).data().toString(), QStringLiteral("-"));
    const auto counts = model.counts();
    QCOMPARE(counts.at(TcpState::TimeWait), 2);
    QCOMPARE(counts.at(TcpState::Listen), 1);
    QCOMPARE(counts.count(TcpState::Established), std::size_t(0));
    QCOMPARE(model.headerData(SocketTableModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    QVERIFY(!model.index(0, SocketTableModel::StateColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.index(0, SocketTableModel::LocalColumn).data(Qt::ToolTipRole).isNull());
}

void TestWatch::portLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("ports"); // empty with a non-empty error: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("one") << "5000" << QList<int>{5000} << QString();
    QTest::newRow("several") << " 5000, 8080 ;9000  22" << QList<int>{5000, 8080, 9000, 22} << QString();
    QTest::newRow("empty") << "  " << QList<int>{} << QString();
    QTest::newRow("zero") << "0" << QList<int>{} << "invalid port \"0\"";
    QTest::newRow("too big") << "5000, 65536" << QList<int>{} << "invalid port \"65536\"";
    QTest::newRow("word") << "http" << QList<int>{} << "from 1 to 65535";
    QTest::newRow("negative") << "-1" << QList<int>{} << "invalid port \"-1\"";
}

void TestWatch::portLists()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, ports);
    QFETCH(QString, error);
    QString message;
    const auto parsed = PortList::parse(text, &message);
    if (!error.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(parsed, qPrintable(message));
    QList<int> got;
    for (std::uint16_t p : *parsed)
        got << p;
    QCOMPARE(got, ports);
}

void TestWatch::liveConnectionIsFollowed()
{
#ifndef __linux__
    QSKIP("the live part needs Linux's loopback sockets");
#else
    auto netlink = std::make_unique<netlink::NetlinkProbe>();
    if (!netlink->isOpen())
        QSKIP("no sock_diag netlink here");
    std::string error;
    auto listener = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    QVERIFY2(listener && listener->listen(4, error), error.c_str());
    const std::uint16_t port = listener->localEndpoint().port;

    SocketWatcher watcher(std::move(netlink));
    watcher.setPorts({port});
    watcher.setInterval(2);
    QSignalSpy changed(&watcher, &SocketWatcher::changed);
    watcher.start();
    QVERIFY(watcher.isRunning());
    // The worker thread reads the kernel; results arrive on this (the GUI) thread.
    bool offThread = false;
    connect(&watcher, &SocketWatcher::polled, this, [&] { offThread = offThread || QThread::currentThread() != thread(); });
    QTRY_COMPARE(watcher.rows().size(), std::size_t(1)); // the listener, at the first poll
    QVERIFY(!offThread);

    auto client = LoopbackSocket::bound(LoopbackSocket::loopback(AddressFamily::IPv4), error);
    QVERIFY(client && client->connect(listener->localEndpoint(), error));
    std::optional<LoopbackSocket> server;
    for (int i = 0; i < 500 && !server; ++i) {
        QTest::qWait(2);
        server = listener->accept(error);
    }
    QVERIFY2(server, error.c_str());
    const std::uint16_t clientPort = client->localEndpoint().port;
    QVERIFY(client->shutdownWrite(error));
    QTest::qWait(20);
    server->close(); // the client's end goes on to TIME_WAIT
    const auto clientState = [&] {
        for (const SocketRow& r : watcher.rows()) {
            if (r.local.port == clientPort)
                return r.state;
        }
        return TcpState::Closed;
    };
    QTRY_COMPARE(clientState(), TcpState::TimeWait);

    // Every event of the client's end, chained: each path starts where the last one ended.
    TcpState at = TcpState::Closed;
    int clientEvents = 0;
    const auto table = transitions();
    for (const WatchEvent& e : eventsOf(changed)) {
        if (e.change.row.local.port != clientPort)
            continue;
        ++clientEvents;
        const TcpState from = e.change.kind == TableChange::Kind::Appeared ? e.start : e.change.from;
        QCOMPARE(from, at);
        for (std::size_t edge : e.path) {
            QCOMPARE(table[edge].from, at);
            at = table[edge].to;
        }
        QCOMPARE(at, e.change.to);
    }
    QVERIFY(clientEvents >= 2);
    QCOMPARE(at, TcpState::TimeWait);
    watcher.stop();
    QVERIFY(!watcher.isRunning());
#endif
}

void TestWatch::noFdLeaks()
{
#ifndef __linux__
    QSKIP("counts /proc/self/fd");
#else
    const auto fds = [] { return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(); };
    const auto before = fds();
    for (int i = 0; i < 200; ++i) {
        ProbeCreation creation = createProbe(SourcePreference::Auto);
        QVERIFY(creation.probe);
        SocketWatcher watcher(std::move(creation.probe));
        watcher.setPorts({5000});
        watcher.start();
        watcher.poll();
    }
    QCOMPARE(fds(), before);
#endif
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
