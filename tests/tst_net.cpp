// The private network: built without root, every segment held on the wire and delivered by
// hand, crafted segments that the real kernel answers, the scenarios of `net run` with each
// host's state sequence, pcap export — and, after every test, nothing left behind: no fd, no
// process, no namespace, no interface in the host's network. The key checks run once more as
// uid 65534 when the suite runs as root.
#include "asunprivileged.h"
#include "kernel/netlinkprobe_linux.h"
#include "lab/netscenarios.h"
#include "model/platformstates.h"
#include "net/netavailability.h"
#include "net/pcapwriter.h"
#include "net/privatenetwork.h"
#include "net/relativeseq.h"
#include "net/tcpsegment.h"
#include "net/wire.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pcap/pcap.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tsl;
using namespace tsl::net;

Q_DECLARE_METATYPE(tsl::net::IpFamily)

namespace {

int openFdCount() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size()); }

// The interfaces of the test's own (the host's) network namespace.
QStringList hostInterfaces()
{
    QStringList names;
    if (struct if_nameindex* list = ::if_nameindex()) {
        for (struct if_nameindex* i = list; i->if_index != 0; ++i)
            names << QString::fromLocal8Bit(i->if_name);
        ::if_freenameindex(list);
    }
    names.sort();
    return names;
}

// Named namespaces (`ip netns`) and every network namespace some process is in.
QStringList namedNamespaces()
{
    QStringList names = QDir(QStringLiteral("/run/netns")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    names.sort();
    return names;
}

// The network namespaces of this test and of every process it started (the helper among them):
// other programs on a shared machine make and drop namespaces of their own, which say nothing
// about this test.
QSet<quint64> processNamespaces()
{
    QHash<qint64, qint64> parentOf;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses; the last ')' ends it.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(pid.toLongLong(), fields.at(1).toLongLong());
    }
    const qint64 self = ::getpid();
    QSet<quint64> inodes;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        qint64 ancestor = it.key();
        for (int depth = 0; depth < 64 && ancestor > 1 && ancestor != self; ++depth)
            ancestor = parentOf.value(ancestor, 0);
        if (ancestor != self)
            continue;
        struct stat info{};
        if (::stat(QStringLiteral("/proc/%1/ns/net").arg(it.key()).toLocal8Bit().constData(), &info) == 0)
            inodes.insert(quint64(info.st_ino));
    }
    return inodes;
}

// The inode of the network namespace a socket lives in.
quint64 namespaceOf(int fd)
{
    const int ns = ::ioctl(fd, SIOCGSKNS);
    if (ns < 0)
        return 0;
    struct stat info{};
    ::fstat(ns, &info);
    ::close(ns);
    return quint64(info.st_ino);
}

sockaddr_storage socketAddress(Host host, IpFamily family, std::uint16_t port, socklen_t& length)
{
    sockaddr_storage storage{};
    if (family == IpFamily::V4) {
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        std::memcpy(&in->sin_addr, hostIpv4(host).data(), 4);
        length = sizeof(sockaddr_in);
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        std::memcpy(&in6->sin6_addr, hostIpv6(host).data(), 16);
        length = sizeof(sockaddr_in6);
    }
    return storage;
}

TcpState socketState(int fd)
{
    tcp_info info{};
    socklen_t length = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return TcpState::Unknown;
    return stateFromLinux(info.tcpi_state);
}

// A listener in B on port 5000 and a non-blocking client in A connecting to it.
struct Pair {
    FileDescriptor listener;
    FileDescriptor client;
    FileDescriptor server; // after accept
};

std::string connectPair(PrivateNetwork& network, IpFamily family, Pair& pair)
{
    std::string error;
    pair.listener = network.tcpSocket(Host::B, family, error);
    pair.client = network.tcpSocket(Host::A, family, error);
    if (!pair.listener.valid() || !pair.client.valid())
        return error;
    const int on = 1;
    ::setsockopt(pair.listener.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    socklen_t length;
    sockaddr_storage server = socketAddress(Host::B, family, 5000, length);
    if (::bind(pair.listener.get(), reinterpret_cast<sockaddr*>(&server), length) != 0 || ::listen(pair.listener.get(), 8) != 0)
        return std::string("listen: ") + std::strerror(errno);
    ::fcntl(pair.client.get(), F_SETFL, O_NONBLOCK);
    ::fcntl(pair.listener.get(), F_SETFL, O_NONBLOCK);
    if (::connect(pair.client.get(), reinterpret_cast<sockaddr*>(&server), length) != 0 && errno != EINPROGRESS)
        return std::string("connect: ") + std::strerror(errno);
    return {};
}

#define CHECK(condition, message)                                                                                    \
    do {                                                                                                             \
        if (!(condition))                                                                                            \
            return std::string(message) + " (" #condition ")";                                                       \
    } while (false)

// The handshake, one held segment at a time: each state only changes when its segment is
// delivered. Returns an error text, empty on success (also used by the unprivileged child).
std::string heldHandshake(IpFamily family)
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    CHECK(network, "private network: " + error);
    auto wire = Wire::open(*network, error);
    EngineText wireError;
    CHECK(wire, "wire: " + error);
    Pair pair;
    error = connectPair(*network, family, pair);
    CHECK(error.empty(), error);

    CHECK(wire->waitForHeld([](const CapturedSegment& c) { return c.segment.flags == tcpflag::kSyn; }, 2000), "no SYN held");
    const CapturedSegment syn = *wire->held().front();
    CHECK(syn.from == WireEnd::A && syn.to == WireEnd::B && syn.relativeSeq == 0 && syn.segment.options.mss, "SYN");
    CHECK(socketState(pair.client.get()) == TcpState::SynSent, "A is not in SYN_SENT");
    wire->pump(30); // nothing moves while the SYN is held
    CHECK(wire->held().size() == 1, "something passed a held SYN");
    CHECK(::accept(pair.listener.get(), nullptr, nullptr) < 0, "B accepted before the SYN arrived");

    CHECK(wire->deliver(syn.id, wireError), wireError.english());
    CHECK(wire->waitForHeld([](const CapturedSegment& c) { return c.segment.flags == (tcpflag::kSyn | tcpflag::kAck); }, 2000),
          "no SYN,ACK held");
    const CapturedSegment synAck = *wire->firstHeldFrom(WireEnd::B);
    CHECK(synAck.relativeSeq == 0 && synAck.relativeAck == 1 && synAck.segment.ack == syn.segment.seq + 1, "SYN,ACK numbers");
    CHECK(socketState(pair.client.get()) == TcpState::SynSent, "A left SYN_SENT before the SYN,ACK arrived");

    CHECK(wire->deliver(synAck.id, wireError), wireError.english());
    CHECK(wire->waitForHeld([](const CapturedSegment& c) { return c.segment.flags == tcpflag::kAck; }, 2000), "no ACK held");
    CHECK(socketState(pair.client.get()) == TcpState::Established, "A is not ESTABLISHED after the SYN,ACK");
    CHECK(::accept(pair.listener.get(), nullptr, nullptr) < 0, "B accepted before the final ACK");
    const CapturedSegment ack = *wire->firstHeldFrom(WireEnd::A);
    CHECK(ack.relativeSeq == 1 && ack.relativeAck == 1, "ACK numbers");

    CHECK(wire->deliver(ack.id, wireError), wireError.english());
    wire->pump(20);
    pair.server.reset(::accept(pair.listener.get(), nullptr, nullptr));
    CHECK(pair.server.valid(), "B did not accept after the final ACK");
    CHECK(socketState(pair.server.get()) == TcpState::Established, "B is not ESTABLISHED");
    CHECK(namespaceOf(pair.client.get()) != namespaceOf(pair.server.get()), "A and B share a namespace");
    return {};
}

// Crafted RSTs at three positions (RFC 5961): far outside the window (ignored), inside but not
// at RCV.NXT (a challenge ACK), exactly at RCV.NXT (the connection is reset).
std::string craftedRst(IpFamily family)
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    CHECK(network, "private network: " + error);
    auto wire = Wire::open(*network, error);
    EngineText wireError;
    CHECK(wire, "wire: " + error);
    wire->setMode(WireMode::Flow);
    Pair pair;
    error = connectPair(*network, family, pair);
    CHECK(error.empty(), error);
    for (int i = 0; i < 100 && !pair.server.valid(); ++i) {
        wire->pump(10);
        pair.server.reset(::accept(pair.listener.get(), nullptr, nullptr));
    }
    CHECK(pair.server.valid(), "no connection through the wire in flow mode");
    wire->pump(20);
    wire->setMode(WireMode::Hold);

    // B's numbers as the wire saw them: RSTs are written relative to B's RCV.NXT.
    const CapturedSegment* fromA = nullptr;
    const CapturedSegment* fromB = nullptr;
    for (const CapturedSegment& c : wire->captures())
        (c.from == WireEnd::A ? fromA : fromB) = &c;
    CHECK(fromA && fromB, "the wire saw no traffic in both directions");
    const auto aSide = wire->view(fromA->segment, true);
    const auto bSide = wire->view(fromB->segment, true);
    CHECK(aSide && bSide, "the wire saw nothing of the connection");
    const ReceiverNumbers b = ReceiverNumbers::from(*bSide, *aSide);
    const auto at = [&b](const char* expression) { std::string ignored; return *resolveRelative(expression, b, ignored); };
    TcpSegment rst = fromA->segment; // A's addresses and ports
    rst.flags = tcpflag::kRst;
    rst.ack = 0;
    rst.payloadLength = 0;
    rst.options = {};
    rst.window = 0;

    rst.seq = at("rcv.nxt+100000000");
    CHECK(wire->inject(Host::B, rst, wireError), wireError.english());
    wire->pump(50);
    CHECK(wire->held().empty(), "B answered an RST far outside its window");
    CHECK(socketState(pair.server.get()) == TcpState::Established, "an RST outside the window reset B");

    rst.seq = at("rcv.nxt+1");
    CHECK(wire->inject(Host::B, rst, wireError), wireError.english());
    CHECK(wire->waitForHeld([](const CapturedSegment& c) { return c.from == WireEnd::B && c.segment.flags == tcpflag::kAck; }, 2000),
          "no challenge ACK for an in-window RST");
    CHECK(socketState(pair.server.get()) == TcpState::Established, "an in-window RST not at RCV.NXT reset B");
    CHECK(wire->releaseAll(wireError), wireError.english());
    wire->pump(20);

    rst.seq = at("rcv.nxt");
    CHECK(wire->inject(Host::B, rst, wireError), wireError.english());
    wire->pump(20);
    char byte;
    CHECK(::recv(pair.server.get(), &byte, 1, MSG_DONTWAIT) < 0 && errno == ECONNRESET, "B was not reset by an exact RST");
    CHECK(socketState(pair.server.get()) == TcpState::Closed, "B is not CLOSED after the RST");
    return {};
}

} // namespace

class TestNet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void flagsParseAndPrint_data();
    void flagsParseAndPrint();
    void craftedFrameParsesBack_data();
    void craftedFrameParsesBack();
    void relativeExpressions_data();
    void relativeExpressions();
    void helperBuildsThreeNamespaces();
    void ownerKilledTakesEverythingAlong();
    void flowModeDelaysEverySegment();
    void settingsArePerNamespace();
    void heldHandshakeSegmentBySegment_data();
    void heldHandshakeSegmentBySegment();
    void craftedRstAtThreePositions_data();
    void craftedRstAtThreePositions();
    void dropDuplicateAndRelease();
    void pcapOpensInLibpcap();
    void scenarioStateSequences_data();
    void scenarioStateSequences();
    void synFloodWithoutCookiesDropsTheRealClient();
    void unknownScenarioIsAnError();
    void unprivilegedChildDoesTheSame();

private:
    int m_fds = 0;
    QStringList m_interfaces;
    QStringList m_named;
    QSet<quint64> m_namespaces;
};

void TestNet::initTestCase()
{
    const NetAvailability availability = checkAvailability();
    if (!availability.available)
        QSKIP(qPrintable(QStringLiteral("no private network here: %1 (%2)")
                             .arg(QString::fromStdString(availability.reason), QString::fromStdString(availability.fix))));
}

void TestNet::init()
{
    m_fds = openFdCount();
    m_interfaces = hostInterfaces();
    m_named = namedNamespaces();
    m_namespaces = processNamespaces();
}

void TestNet::cleanup()
{
    QCOMPARE(openFdCount(), m_fds);
    QCOMPARE(hostInterfaces(), m_interfaces);
    QCOMPARE(namedNamespaces(), m_named);
    // The helper is gone with its namespaces: neither this test nor anything it started is in
    // a network namespace that was not there before.
    const QSet<quint64> now = processNamespaces();
    QVERIFY2((now - m_namespaces).isEmpty(), "a network namespace outlived its test");
}

void TestNet::flagsParseAndPrint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("printed");
    QTest::addRow("SYN") << "SYN" << int(tcpflag::kSyn) << "SYN";
    QTest::addRow("SYN+ACK") << "SYN+ACK" << int(tcpflag::kSyn | tcpflag::kAck) << "SYN,ACK";
    QTest::addRow("SYN,ACK") << "SYN,ACK" << int(tcpflag::kSyn | tcpflag::kAck) << "SYN,ACK";
    QTest::addRow("syn+fin") << "syn+fin" << int(tcpflag::kSyn | tcpflag::kFin) << "SYN,FIN";
    QTest::addRow("RST+ACK") << "RST+ACK" << int(tcpflag::kRst | tcpflag::kAck) << "RST,ACK";
    QTest::addRow("FIN+ACK") << "FIN+ACK" << int(tcpflag::kFin | tcpflag::kAck) << "FIN,ACK";
    QTest::addRow("twice") << "ACK+ACK" << -1 << "";
    QTest::addRow("unknown") << "SYNACK" << -1 << "";
    QTest::addRow("empty part") << "SYN+" << -1 << "";
}

void TestNet::flagsParseAndPrint()
{
    QFETCH(QString, text);
    QFETCH(int, flags);
    QFETCH(QString, printed);
    const auto parsed = parseFlags(text.toStdString());
    QCOMPARE(parsed ? int(*parsed) : -1, flags);
    if (parsed)
        QCOMPARE(QString::fromStdString(flagsText(*parsed)), printed);
}

void TestNet::craftedFrameParsesBack_data()
{
    QTest::addColumn<IpFamily>("family");
    QTest::addRow("ipv4") << IpFamily::V4;
    QTest::addRow("ipv6") << IpFamily::V6;
}

void TestNet::craftedFrameParsesBack()
{
    QFETCH(IpFamily, family);
    TcpSegment segment;
    segment.family = family;
    if (family == IpFamily::V4) {
        std::memcpy(segment.source.data(), spoofedIpv4(7).data(), 4);
        std::memcpy(segment.destination.data(), hostIpv4(Host::B).data(), 4);
    } else {
        std::memcpy(segment.source.data(), spoofedIpv6(7).data(), 16);
        std::memcpy(segment.destination.data(), hostIpv6(Host::B).data(), 16);
    }
    segment.sourcePort = 1234;
    segment.destinationPort = 5000;
    segment.seq = 0xfffffff0u;
    segment.ack = 17;
    segment.flags = tcpflag::kSyn | tcpflag::kAck;
    segment.window = 4321;
    segment.payloadLength = 33;
    segment.options.mss = 1400;
    segment.options.sackPermitted = true;
    segment.options.windowScale = 7;
    segment.options.timestamps = std::make_pair(11u, 22u);
    std::vector<std::uint8_t> frame = buildFrame(segment, hostMac(Host::A), hostMac(Host::B));
    const auto parsed = parseFrame(frame.data(), frame.size());
    QVERIFY(parsed);
    QCOMPARE(parsed->seq, segment.seq);
    QCOMPARE(parsed->ack, segment.ack);
    QCOMPARE(parsed->flags, segment.flags);
    QCOMPARE(parsed->window, segment.window);
    QCOMPARE(parsed->payloadLength, segment.payloadLength);
    QCOMPARE(parsed->sourcePort, segment.sourcePort);
    QVERIFY(parsed->source == segment.source && parsed->destination == segment.destination);
    QCOMPARE(parsed->options.texts(), (std::vector<std::string>{"mss 1400", "sackOK", "TS", "wscale 7"}));
    QCOMPARE(parsed->sequenceLength(), 34u);
    QVERIFY(isSpoofed(parsed->source.data(), family));
    // The checksums are complete: recomputing them changes nothing.
    const std::vector<std::uint8_t> before = frame;
    QVERIFY(completeChecksums(frame.data(), frame.size()));
    QVERIFY(frame == before);
    // Every truncation is refused, never read past the end.
    for (std::size_t cut = 0; cut + 33 < frame.size(); ++cut)
        QVERIFY(!parseFrame(frame.data(), cut));
}

void TestNet::relativeExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<qlonglong>("value"); // -1: refused
    QTest::addRow("rcv.nxt") << "rcv.nxt" << 1000ll;
    QTest::addRow("rcv.nxt+1") << "rcv.nxt+1" << 1001ll;
    QTest::addRow("rcv.nxt-1") << "rcv.nxt-1" << 999ll;
    QTest::addRow("rcv.nxt+wnd-1") << "rcv.nxt+wnd-1" << 1199ll;
    QTest::addRow("rcv.nxt+wnd") << "rcv.nxt+wnd" << 1200ll;
    QTest::addRow("snd.una") << "snd.una" << 5000ll;
    QTest::addRow("snd.nxt") << "snd.nxt" << 5010ll;
    QTest::addRow("snd.nxt+1") << "snd.nxt+1" << 5011ll;
    QTest::addRow("irs") << "irs" << 999ll;
    QTest::addRow("iss") << "iss" << 4999ll;
    QTest::addRow("rcv.nxt+1000") << "rcv.nxt+1000" << 2000ll;
    QTest::addRow("plain") << "42" << 42ll;
    QTest::addRow("spaces and case") << " RCV.NXT + 1 " << 1001ll;
    QTest::addRow("wraps") << "rcv.nxt-2000" << qlonglong(0x100000000ll - 1000);
    QTest::addRow("largest") << "4294967295" << 4294967295ll;
    QTest::addRow("empty") << "" << -1ll;
    QTest::addRow("unknown name") << "rcv" << -1ll;
    QTest::addRow("dangling sign") << "rcv.nxt+" << -1ll;
    QTest::addRow("times") << "rcv.nxt*2" << -1ll;
    QTest::addRow("not a number") << "snd.nxt+x" << -1ll;
    QTest::addRow("too large") << "4294967296" << -1ll;
    QTest::addRow("negative") << "-5" << -1ll;
}

void TestNet::relativeExpressions()
{
    QFETCH(QString, expression);
    QFETCH(qlonglong, value);
    ReceiverNumbers numbers;
    numbers.rcvNxt = 1000;
    numbers.sndUna = 5000;
    numbers.sndNxt = 5010;
    numbers.window = 200;
    numbers.irs = 999;
    numbers.iss = 4999;
    std::string error;
    const auto resolved = resolveRelative(expression.toStdString(), numbers, error);
    QCOMPARE(resolved ? qlonglong(*resolved) : -1ll, value);
    QCOMPARE(error.empty(), value >= 0);
    if (resolved) {
        // Written back with the names, it reads the same value.
        const std::string described = describeRelative(*resolved, numbers, 100000);
        std::string ignored;
        QCOMPARE(qlonglong(*resolveRelative(described, numbers, ignored)), value);
    }
}

void TestNet::ownerKilledTakesEverythingAlong()
{
    // An owner that dies without a word (SIGKILL) leaves nothing: its helper sees the end of
    // the socketpair and exits, and the namespaces go with the last fd.
    int pipeFds[2];
    QCOMPARE(::pipe2(pipeFds, O_CLOEXEC), 0);
    const pid_t owner = ::fork();
    QVERIFY(owner >= 0);
    if (owner == 0) {
        std::string error;
        auto network = PrivateNetwork::create(error);
        const pid_t helper = network ? network->helperPid() : -1;
        ::write(pipeFds[1], &helper, sizeof helper);
        ::pause();
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    pid_t helper = -1;
    QCOMPARE(::read(pipeFds[0], &helper, sizeof helper), ssize_t(sizeof helper));
    ::close(pipeFds[0]);
    QVERIFY(helper > 0);
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(helper)));
    ::kill(owner, SIGKILL);
    int status = 0;
    QCOMPARE(::waitpid(owner, &status, 0), owner);
    // The orphaned helper is reaped by whoever adopts it; it must at least stop running.
    const auto running = [helper] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(helper));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        return close > 0 && text.size() > close + 2 && text[close + 2] != 'Z';
    };
    QTRY_VERIFY_WITH_TIMEOUT(!running(), 5000);
}

void TestNet::flowModeDelaysEverySegment()
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    auto wire = Wire::open(*network, error);
    QVERIFY2(wire, error.c_str());
    wire->setMode(WireMode::Flow);
    wire->setFlowDelayMs(40);
    std::vector<std::pair<WireAction, std::int64_t>> actions;
    wire->onEvent([&actions](const WireEvent& event, const CapturedSegment&) { actions.emplace_back(event.action, event.timeUs); });
    Pair pair;
    QCOMPARE(QString::fromStdString(connectPair(*network, IpFamily::V6, pair)), QString());
    QElapsedTimer clock;
    clock.start();
    while (!pair.server.valid() && clock.elapsed() < 3000) {
        wire->pump(5);
        pair.server.reset(::accept(pair.listener.get(), nullptr, nullptr));
    }
    QVERIFY(pair.server.valid());
    // SYN, SYN,ACK and ACK each waited 40 ms on the wire: the handshake took at least 120 ms.
    QVERIFY2(clock.elapsed() >= 115, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(wire->held().empty()); // flow mode holds nothing for the user
    QCOMPARE(std::count_if(actions.begin(), actions.end(), [](const auto& a) { return a.first == WireAction::Delivered; }), 3);
    QCOMPARE(wire->captures().size(), std::size_t(3));
    QVERIFY(wire->captures()[1].kernelTimeNs - wire->captures()[0].kernelTimeNs >= 39000000);
}

void TestNet::helperBuildsThreeNamespaces()
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    FileDescriptor a = network->tcpSocket(Host::A, IpFamily::V4, error);
    FileDescriptor b = network->tcpSocket(Host::B, IpFamily::V6, error);
    FileDescriptor wire = network->packetSocket(Host::A, error);
    FileDescriptor diag = network->sockDiagSocket(Host::B, error);
    QVERIFY(a.valid() && b.valid() && wire.valid() && diag.valid());
    const QSet<quint64> spaces{namespaceOf(a.get()), namespaceOf(b.get()), namespaceOf(wire.get())};
    QCOMPARE(spaces.size(), 3);
    FileDescriptor mine(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    QVERIFY(!spaces.contains(namespaceOf(mine.get())));
    QCOMPARE(namespaceOf(diag.get()), namespaceOf(b.get()));
    // A's address exists only inside A.
    socklen_t length;
    sockaddr_storage address = socketAddress(Host::A, IpFamily::V4, 0, length);
    QCOMPARE(::bind(a.get(), reinterpret_cast<sockaddr*>(&address), length), 0);
    QVERIFY(::bind(mine.get(), reinterpret_cast<sockaddr*>(&address), length) != 0);
    const pid_t helper = network->helperPid();
    network.reset();
    QVERIFY(::kill(helper, 0) != 0); // reaped
}

void TestNet::settingsArePerNamespace()
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    QFile host(QStringLiteral("/proc/sys/net/ipv4/tcp_syncookies"));
    QVERIFY(host.open(QIODevice::ReadOnly));
    const QByteArray hostValue = host.readAll().trimmed();
    QVERIFY2(network->writeSysctl(Host::A, "net/ipv4/tcp_syncookies", "2", error), error.c_str());
    QVERIFY2(network->writeSysctl(Host::B, "net/ipv4/tcp_syncookies", "0", error), error.c_str());
    QCOMPARE(network->readSysctl(Host::A, "net/ipv4/tcp_syncookies", error).value_or(""), std::string("2"));
    QCOMPARE(network->readSysctl(Host::B, "net/ipv4/tcp_syncookies", error).value_or(""), std::string("0"));
    host.seek(0);
    QCOMPARE(host.readAll().trimmed(), hostValue);
    // Only the network's own settings, never a path out of /proc/sys/net.
    QVERIFY(!network->writeSysctl(Host::A, "kernel/hostname", "x", error));
    QVERIFY(!network->writeSysctl(Host::A, "net/../kernel/hostname", "x", error));
    QVERIFY(network->setRtoMin(1500, error));
    QCOMPARE(network->rtoMin(), 1500u);
}

void TestNet::heldHandshakeSegmentBySegment_data() { craftedFrameParsesBack_data(); }

void TestNet::heldHandshakeSegmentBySegment()
{
    QFETCH(IpFamily, family);
    const std::string error = heldHandshake(family);
    QVERIFY2(error.empty(), error.c_str());
}

void TestNet::craftedRstAtThreePositions_data() { craftedFrameParsesBack_data(); }

void TestNet::craftedRstAtThreePositions()
{
    QFETCH(IpFamily, family);
    const std::string error = craftedRst(family);
    QVERIFY2(error.empty(), error.c_str());
}

void TestNet::dropDuplicateAndRelease()
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    auto wire = Wire::open(*network, error);
    EngineText wireError;
    QVERIFY2(wire, error.c_str());
    std::vector<WireAction> actions;
    wire->onEvent([&actions](const WireEvent& event, const CapturedSegment&) { actions.push_back(event.action); });
    Pair pair;
    QCOMPARE(QString::fromStdString(connectPair(*network, IpFamily::V4, pair)), QString());
    QVERIFY(wire->waitForHeld([](const CapturedSegment&) { return true; }, 2000));
    const std::uint64_t syn = wire->held().front()->id;
    // A duplicated SYN reaches B twice; B answers each with a SYN,ACK.
    QVERIFY(wire->duplicate(syn, wireError));
    QVERIFY(wire->deliver(syn, wireError));
    QVERIFY(!wire->deliver(syn, wireError)); // no longer held
    QVERIFY(!wireError.empty());
    QVERIFY(wire->waitForHeld([&wire](const CapturedSegment&) {
        int synAcks = 0;
        for (const CapturedSegment* held : wire->held())
            synAcks += held->segment.flags == (tcpflag::kSyn | tcpflag::kAck);
        return synAcks >= 2;
    }, 2000));
    const auto held = wire->held();
    QVERIFY(held[1]->retransmission);
    QVERIFY(wire->drop(held[0]->id, wireError));
    QVERIFY(wire->releaseAll(wireError));
    QVERIFY(wire->held().empty());
    wire->pump(20);
    QVERIFY(wire->releaseAll(wireError));
    QCOMPARE(socketState(pair.client.get()), TcpState::Established);
    const std::vector<WireAction> start{WireAction::Held, WireAction::Duplicated, WireAction::Delivered};
    QVERIFY(std::equal(start.begin(), start.end(), actions.begin()));
    QVERIFY(std::count(actions.begin(), actions.end(), WireAction::Dropped) == 1);
}

void TestNet::pcapOpensInLibpcap()
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    NetRunOptions options;
    const NetRunResult result = runNetScenario("active-close", options, *network);
    QVERIFY2(result.ok, result.error.c_str());
    QVERIFY(result.captures.size() >= 7);
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("capture.pcap")).toStdString();
    QVERIFY2(writePcap(path, result.captures, error), error.c_str());
    char pcapError[PCAP_ERRBUF_SIZE];
    pcap_t* capture = pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO, pcapError);
    QVERIFY2(capture, pcapError);
    QCOMPARE(pcap_datalink(capture), DLT_EN10MB);
    pcap_pkthdr* header;
    const u_char* data;
    std::size_t count = 0;
    std::int64_t previous = 0;
    while (pcap_next_ex(capture, &header, &data) == 1) {
        const CapturedSegment& expected = result.captures[count];
        QCOMPARE(std::size_t(header->caplen), expected.frame.size());
        QVERIFY(std::memcmp(data, expected.frame.data(), header->caplen) == 0);
        const std::int64_t ns = std::int64_t(header->ts.tv_sec) * 1000000000 + header->ts.tv_usec;
        QCOMPARE(ns, expected.kernelTimeNs);
        QVERIFY(ns >= previous);
        previous = ns;
        ++count;
    }
    pcap_close(capture);
    QCOMPARE(count, result.captures.size());
    QVERIFY(!writePcap("/nonexistent-dir/x.pcap", result.captures, error));
}

void TestNet::scenarioStateSequences_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<IpFamily>("family");
    QTest::addColumn<QStringList>("pathA");
    QTest::addColumn<QStringList>("pathB");
    QTest::addColumn<QStringList>("retransmitted"); // "A FIN": a retransmission of A's FIN was captured
    const QStringList open{"CLOSED", "SYN_SENT", "ESTABLISHED"};
    const QStringList accepted{"LISTEN", "SYN_RECEIVED", "ESTABLISHED"};
    const QStringList activeClose = open + QStringList{"FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT"};
    const QStringList passiveClose = accepted + QStringList{"CLOSE_WAIT", "LAST_ACK", "CLOSED"};
    const QStringList crossed{"CLOSED", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED"};
    struct Row {
        const char* name;
        QStringList a;
        QStringList b;
        QStringList retransmitted;
    };
    const Row rows[] = {
        {"three-way-handshake", open, accepted, {}},
        {"active-close", activeClose, passiveClose, {}},
        {"simultaneous-open", crossed, crossed, {}},
        {"simultaneous-close", open + QStringList{"FIN_WAIT_1", "CLOSING", "TIME_WAIT"},
         accepted + QStringList{"FIN_WAIT_1", "CLOSING", "TIME_WAIT"}, {}},
        {"half-close", activeClose, passiveClose, {}},
        {"abort", open + QStringList{"CLOSED"}, accepted + QStringList{"CLOSED"}, {}},
        {"connect-refused", {"CLOSED", "SYN_SENT", "CLOSED"}, {}, {}},
        {"lost-syn", open, accepted, {"A SYN"}},
        {"lost-fin", activeClose, passiveClose, {"A FIN,ACK"}},
        {"lost-final-ack", activeClose, passiveClose, {"B FIN,ACK"}},
        {"syn-flood", open, accepted, {}},
    };
    for (IpFamily family : {IpFamily::V4, IpFamily::V6}) {
        for (const Row& row : rows) {
            QTest::addRow("%s %s", row.name, family == IpFamily::V4 ? "ipv4" : "ipv6")
                << QString::fromLatin1(row.name) << family << row.a << row.b << row.retransmitted;
        }
    }
}

void TestNet::scenarioStateSequences()
{
    QFETCH(QString, scenario);
    QFETCH(IpFamily, family);
    QFETCH(QStringList, pathA);
    QFETCH(QStringList, pathB);
    QFETCH(QStringList, retransmitted);
    std::string error;
    auto network = PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    NetRunOptions options;
    options.family = family == IpFamily::V4 ? AddressFamily::IPv4 : AddressFamily::IPv6;
    const NetRunResult result = runNetScenario(scenario.toStdString(), options, *network);
    QVERIFY2(result.ok, result.error.c_str());
    const auto tokens = [](const std::vector<TcpState>& path) {
        QStringList out;
        for (TcpState state : path)
            out << QString::fromLatin1(stateToken(state).data());
        return out;
    };
    QCOMPARE(tokens(result.pathOf("A")), pathA);
    QCOMPARE(tokens(result.pathOf("B")), pathB);
    QStringList seenRetransmissions;
    for (const CapturedSegment& c : result.captures) {
        if (c.retransmission)
            seenRetransmissions << QStringLiteral("%1 %2").arg(QLatin1String(wireEndName(c.from)), QString::fromStdString(flagsText(c.segment.flags)));
    }
    seenRetransmissions.removeDuplicates();
    QCOMPARE(seenRetransmissions, retransmitted);
    // Every segment of the run went over the wire of the right family, and was decided.
    for (const CapturedSegment& c : result.captures)
        QCOMPARE(c.segment.family, family);
    if (scenario == QLatin1String("simultaneous-close")) {
        // Both CLOSING states were seen by a poll, not implied.
        int closingSeen = 0;
        for (const NetRunEvent& event : result.events)
            closingSeen += event.kind == NetRunEvent::Kind::State && event.to == TcpState::Closing && event.seen;
        QCOMPARE(closingSeen, 2);
    }
    if (scenario == QLatin1String("lost-final-ack")) {
        // TIME_WAIT answers the retransmitted FIN with a second ACK.
        int acksFromA = 0;
        for (const CapturedSegment& c : result.captures)
            acksFromA += c.from == WireEnd::A && c.segment.flags == tcpflag::kAck && c.relativeAck == 2;
        QCOMPARE(acksFromA, 2);
    }
    if (scenario == QLatin1String("syn-flood")) {
        int injected = 0;
        int halfOpen = 0;
        for (const NetRunEvent& event : result.events) {
            injected += event.kind == NetRunEvent::Kind::Segment && event.action == WireAction::Injected;
            halfOpen += event.kind == NetRunEvent::Kind::State && event.socket == "half-open" && event.to == TcpState::SynReceived;
        }
        QCOMPARE(injected, 8);
        QVERIFY(halfOpen >= 4);
    }
}

void TestNet::synFloodWithoutCookiesDropsTheRealClient()
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    NetRunOptions options;
    options.settings = {{"tcp_syncookies", 0}};
    const NetRunResult result = runNetScenario("syn-flood", options, *network);
    QVERIFY2(result.ok, result.error.c_str());
    QCOMPARE(result.pathOf("A"), (std::vector<TcpState>{TcpState::Closed, TcpState::SynSent}));
    QVERIFY(result.pathOf("B").empty());
    for (const CapturedSegment& c : result.captures)
        QVERIFY(!(c.from == WireEnd::B && c.to == WireEnd::A)); // B never answered A
}

void TestNet::unknownScenarioIsAnError()
{
    std::string error;
    auto network = PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    const NetRunResult result = runNetScenario("no-such-thing", {}, *network);
    QVERIFY(!result.ok);
    QVERIFY(result.error.find("no-such-thing") != std::string::npos);
    QVERIFY(findNetSetting("tcp_syncookies") && !findNetSetting("tcp_mem"));
}

void TestNet::unprivilegedChildDoesTheSame()
{
    if (::getuid() != 0)
        QSKIP("the suite already runs unprivileged: every test above was the unprivileged check");
    const std::string error = test::runAsUnprivileged([]() -> std::string {
        const NetAvailability availability = checkAvailability();
        if (!availability.available)
            return "net check as uid 65534: " + availability.reason;
        for (IpFamily family : {IpFamily::V4, IpFamily::V6}) {
            if (std::string failed = heldHandshake(family); !failed.empty())
                return failed;
            if (std::string failed = craftedRst(family); !failed.empty())
                return failed;
        }
        return {};
    });
    QVERIFY2(error.empty(), error.c_str());
}

QTEST_GUILESS_MAIN(TestNet)
#include "tst_net.moc"
