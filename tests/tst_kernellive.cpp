// The probe against the live kernel: real loopback sockets held in each state, seen through
// netlink AND procfs, compared with what `ss` says, and no fd leaks.
#include "kernel/kernelprobe.h"
#include "kernel/netlinkprobe_linux.h"
#include "kernel/procfsprobe_linux.h"
#include "kernel/filedescriptor.h"
#include "lab/staterecipes.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>

using namespace tsl;

Q_DECLARE_METATYPE(tsl::TcpState)
Q_DECLARE_METATYPE(tsl::AddressFamily)

namespace {

int openFdCount() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size()); }

QString rowKey(const std::string& local, const std::string& remote, TcpState state)
{
    return QString::fromStdString(local + ' ' + remote + ' ' + std::string(stateToken(state)));
}

// What `ss` reports for the given ports, as "local remote STATE" keys.
QSet<QString> ssRows(const std::vector<std::uint16_t>& ports, bool* ran)
{
    QStringList filter;
    for (std::uint16_t p : ports)
        filter << QStringLiteral("sport = :%1 or dport = :%1").arg(p);
    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-Htan"), QStringLiteral("( %1 )").arg(filter.join(QStringLiteral(" or ")))});
    *ran = ss.waitForFinished(10000) && ss.exitCode() == 0;
    QSet<QString> out;
    const QStringList lines = QString::fromUtf8(ss.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList f = line.simplified().split(' ');
        if (f.size() < 5)
            continue;
        const auto state = parseState(f[0].toStdString());
        auto endpoint = [](QString text) {
            text.replace(QStringLiteral("[::ffff:"), QStringLiteral("["));
            if (text.startsWith('[') && !text.contains(QStringLiteral("]:")))
                return text;
            if (text.endsWith(QStringLiteral(":*")))
                text.chop(1), text += '0';
            // ss writes mapped IPv4 as [127.0.0.1]:P after the replace above: unwrap it.
            if (text.startsWith('[') && text.indexOf('.') > 0)
                text = text.mid(1).replace(QStringLiteral("]:"), QStringLiteral(":"));
            return text;
        };
        out.insert(QStringLiteral("%1 %2 %3").arg(endpoint(f[3]), endpoint(f[4]),
                                                  QString::fromLatin1(state ? stateToken(*state).data() : "UNKNOWN")));
    }
    return out;
}

} // namespace

class TestKernelLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eachStateThroughBothSources_data();
    void eachStateThroughBothSources();
    void portQueryMatchesSs_data();
    void portQueryMatchesSs();
    void exactLookupMissOnListenerIsEmpty();
    void boundOnlySocketIsNotListed();
    void timeWaitComesFromTheTable();
    void noFdLeaksAcrossPolls();
    void fallbackWithoutNetlink();

private:
    std::unique_ptr<netlink::NetlinkProbe> m_netlink;
};

void TestKernelLive::initTestCase()
{
    m_netlink = std::make_unique<netlink::NetlinkProbe>();
    if (!m_netlink->isOpen())
        QSKIP(qPrintable(QStringLiteral("no sock_diag netlink here: ") + QString::fromStdString(m_netlink->error())));
}

void TestKernelLive::eachStateThroughBothSources_data()
{
    QTest::addColumn<TcpState>("state");
    QTest::addColumn<AddressFamily>("family");
    for (TcpState s : reachableStates()) {
        QTest::addRow("%s ipv4", stateToken(s).data()) << s << AddressFamily::IPv4;
        QTest::addRow("%s ipv6", stateToken(s).data()) << s << AddressFamily::IPv6;
    }
}

void TestKernelLive::eachStateThroughBothSources()
{
    QFETCH(TcpState, state);
    QFETCH(AddressFamily, family);
    std::string error;
    auto held = reachState(state, family, *m_netlink, error);
    QVERIFY2(held, error.c_str());
    const RecipeEndpoint& target = held->targetEndpoint();

    procfs::ProcfsProbe procfsProbe;
    for (KernelProbe* probe : std::initializer_list<KernelProbe*>{m_netlink.get(), &procfsProbe}) {
        const char* source = sourceToken(probe->source());
        // Exact lookup.
        const ProbeResult exact = probe->query(ProbeQuery::exact(target.tuple));
        QVERIFY2(exact.ok, exact.error.c_str());
        QVERIFY2(exact.rows.size() == 1, source);
        QCOMPARE(exact.rows[0].state, state);
        QCOMPARE(exact.rows[0].local, target.tuple.local);
        QCOMPARE(exact.rows[0].remote, target.tuple.remote);
        QCOMPARE(exact.rows[0].family(), family);
        // Port query: every endpoint of the recipe, in its expected state.
        const ProbeResult byPort = probe->query(ProbeQuery::forPorts({target.tuple.local.port}));
        QVERIFY2(byPort.ok, byPort.error.c_str());
        for (const RecipeEndpoint& endpoint : held->endpoints) {
            if (endpoint.expected == TcpState::Closed)
                continue;
            const bool samePort = endpoint.tuple.local.port == target.tuple.local.port
                                  || endpoint.tuple.remote.port == target.tuple.local.port;
            if (!samePort)
                continue;
            bool found = false;
            for (const SocketRow& row : byPort.rows)
                found = found || (row.local == endpoint.tuple.local && row.remote == endpoint.tuple.remote && row.state == endpoint.expected);
            QVERIFY2(found, qPrintable(QStringLiteral("%1: %2 %3 not seen by %4").arg(
                                 QString::fromStdString(endpoint.role), QString::fromStdString(endpoint.tuple.local.text()),
                                 QString::fromLatin1(stateToken(endpoint.expected).data()), QString::fromLatin1(source))));
        }
    }
    held->release();
}

void TestKernelLive::portQueryMatchesSs_data() { eachStateThroughBothSources_data(); }

void TestKernelLive::portQueryMatchesSs()
{
    QFETCH(TcpState, state);
    QFETCH(AddressFamily, family);
    if (QStandardPaths::findExecutable(QStringLiteral("ss")).isEmpty())
        QSKIP("ss (iproute2) is not installed");
    std::string error;
    auto held = reachState(state, family, *m_netlink, error);
    QVERIFY2(held, error.c_str());
    std::vector<std::uint16_t> ports;
    for (const RecipeEndpoint& e : held->endpoints)
        if (held->lab().hasSocket(e.endpoint) && e.role.find("listener") != std::string::npos)
            ports.push_back(e.tuple.local.port);
    if (ports.empty())
        ports.push_back(held->targetEndpoint().tuple.remote.port ? held->targetEndpoint().tuple.remote.port
                                                                 : held->targetEndpoint().tuple.local.port);
    // Held states are stable: ss and the probe must agree exactly (TIME_WAIT of earlier rounds
    // lives on other ports).
    bool ran = false;
    const QSet<QString> fromSs = ssRows(ports, &ran);
    QVERIFY(ran);
    const RecipeEndpoint& target = held->targetEndpoint();
    QVERIFY2(fromSs.contains(rowKey(target.tuple.local.text(), target.tuple.remote.text(), state)),
             qPrintable(QStringList(fromSs.values()).join(QStringLiteral("; "))));
    const ProbeResult result = m_netlink->query(ProbeQuery::forPorts(ports));
    QSet<QString> fromProbe;
    for (const SocketRow& row : result.rows)
        fromProbe.insert(rowKey(row.local.text(), row.remote.text(), row.state));
    QCOMPARE(fromProbe, fromSs);
    held->release();
}

void TestKernelLive::exactLookupMissOnListenerIsEmpty()
{
    std::string error;
    auto held = reachState(TcpState::Listen, AddressFamily::IPv4, *m_netlink, error);
    QVERIFY2(held, error.c_str());
    FourTuple missing = held->targetEndpoint().tuple;
    missing.remote = LoopbackSocket::loopback(AddressFamily::IPv4, 1); // no such connection
    // The kernel answers with the listener; the probe must not pass that off as a match.
    const ProbeResult result = m_netlink->query(ProbeQuery::exact(missing));
    QVERIFY(result.ok);
    QVERIFY(result.rows.empty());
    held->release();
}

void TestKernelLive::boundOnlySocketIsNotListed()
{
    // A socket bound and never listened or connected is not in the table ss and /proc/net/tcp
    // show. Linux >= 6.8 reports it when a dump asks for TCP_BOUND_INACTIVE, at the price of a
    // walk over the whole bind hash table on every dump: the probe does not ask.
    FileDescriptor bound(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    QVERIFY(bound.valid());
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(bound.get(), reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(bound.get(), reinterpret_cast<sockaddr*>(&address), &length), 0);
    const std::uint16_t port = ntohs(address.sin_port);

    const ProbeResult byPort = m_netlink->query(ProbeQuery::forPorts({port}));
    QVERIFY2(byPort.ok, byPort.error.c_str());
    QCOMPARE(byPort.rows.size(), std::size_t(0));
    procfs::ProcfsProbe procfsProbe;
    const ProbeResult fromProcfs = procfsProbe.query(ProbeQuery::forPorts({port}));
    QVERIFY2(fromProcfs.ok, fromProcfs.error.c_str());
    QCOMPARE(fromProcfs.rows.size(), std::size_t(0));
    if (!QStandardPaths::findExecutable(QStringLiteral("ss")).isEmpty()) {
        bool ran = false;
        QCOMPARE(ssRows({port}, &ran), QSet<QString>());
        QVERIFY(ran);
    }
}

void TestKernelLive::timeWaitComesFromTheTable()
{
    std::string error;
    auto held = reachState(TcpState::TimeWait, AddressFamily::IPv4, *m_netlink, error);
    QVERIFY2(held, error.c_str());
    const ProbeResult result = m_netlink->query(ProbeQuery::exact(held->targetEndpoint().tuple));
    QCOMPARE(result.rows.size(), std::size_t(1));
    QCOMPARE(result.rows[0].timer, TimerKind::TimeWait);
    QVERIFY(result.rows[0].timerMs > 50000 && result.rows[0].timerMs <= 60000);
    held->release();
}

void TestKernelLive::noFdLeaksAcrossPolls()
{
    std::string error;
    auto held = reachState(TcpState::Established, AddressFamily::IPv4, *m_netlink, error);
    QVERIFY2(held, error.c_str());
    const int before = openFdCount();
    procfs::ProcfsProbe procfsProbe;
    for (int i = 0; i < 1000; ++i) {
        m_netlink->query(ProbeQuery::exact(held->targetEndpoint().tuple));
        m_netlink->query(ProbeQuery::forPorts({held->targetEndpoint().tuple.local.port}));
        if (i % 10 == 0)
            procfsProbe.query(ProbeQuery::forPorts({held->targetEndpoint().tuple.local.port}));
        ProbeCreation created = createProbe(SourcePreference::Auto); // opened and closed again
        QVERIFY(created.probe);
    }
    QCOMPARE(openFdCount(), before);
    held->release();
    QCOMPARE(openFdCount(), before - 2);
}

void TestKernelLive::fallbackWithoutNetlink()
{
    qputenv("TCPSTATELAB_NO_NETLINK", "1");
    ProbeCreation automatic = createProbe(SourcePreference::Auto);
    ProbeCreation forced = createProbe(SourcePreference::Netlink);
    qunsetenv("TCPSTATELAB_NO_NETLINK");
    QVERIFY(automatic.probe);
    QCOMPARE(automatic.probe->source(), ProbeSource::Procfs);
    QVERIFY(automatic.fellBack);
    QVERIFY(QString::fromStdString(automatic.error).contains("/proc/net/tcp"));
    QVERIFY(!forced.probe);
    QVERIFY(QString::fromStdString(forced.error).contains("netlink is not available"));
}

QTEST_GUILESS_MAIN(TestKernelLive)
#include "tst_kernellive.moc"
