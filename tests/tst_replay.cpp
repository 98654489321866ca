// tcpstatelab replay: captures made here — the private network's (where sock_diag gave both
// ends' true states), real loopback sockets captured with libpcap (root only), and frames built
// by hand for every link type — read back, both ends inferred and compared with the truth;
// completeness compared with tshark's; bad files answered with a message, never a crash.

#include "clirunner.h"

#include "capture/capturereplay.h"
#include "capture/completeness.h"
#include "capture/linklayer.h"
#include "lab/netscenarios.h"
#include "model/tcpstate.h"
#include "net/netlayout.h"
#include "net/pcapwriter.h"
#include "net/privatenetwork.h"
#include "net/tcpsegment.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pcap/pcap.h>
#include <sys/socket.h>
#include <unistd.h>

#include <map>

using namespace tsl;
using capture::ReplayOptions;
using capture::ReplayResult;
using capture::ReplayStep;

Q_DECLARE_METATYPE(std::vector<std::uint8_t>)

namespace {

QString pathText(const std::vector<TcpState>& path)
{
    QStringList words;
    for (TcpState s : path)
        words << QString::fromLatin1(stateToken(s).data());
    return words.join(QStringLiteral(" → "));
}

// tshark's tcp.completeness per stream (two passes: the stream's final value), or nullopt
// without tshark.
std::optional<std::map<int, int>> tsharkCompleteness(const QString& path)
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(tshark, {QStringLiteral("-2"), QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"),
                           QStringLiteral("-e"), QStringLiteral("tcp.stream"), QStringLiteral("-e"), QStringLiteral("tcp.completeness")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return std::nullopt;
    std::map<int, int> streams;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 2)
            streams[fields[0].toInt()] = std::max(streams[fields[0].toInt()], fields[1].toInt());
    }
    return streams;
}

// A pcap written with libpcap's own writer: `frames` of link type `linkType`.
bool writeFrames(const QString& path, int linkType, const std::vector<std::vector<std::uint8_t>>& frames, int snaplen = 65535)
{
    pcap_t* dead = pcap_open_dead(linkType, snaplen);
    pcap_dumper_t* dumper = pcap_dump_open(dead, path.toLocal8Bit().constData());
    if (!dumper) {
        pcap_close(dead);
        return false;
    }
    std::int64_t us = 1000000;
    for (const auto& frame : frames) {
        pcap_pkthdr header{};
        header.ts.tv_sec = time_t(us / 1000000);
        header.ts.tv_usec = suseconds_t(us % 1000000);
        header.len = bpf_u_int32(frame.size());
        header.caplen = bpf_u_int32(std::min<std::size_t>(frame.size(), std::size_t(snaplen)));
        pcap_dump(reinterpret_cast<u_char*>(dumper), &header, frame.data());
        us += 1000;
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
    return true;
}

net::TcpSegment segment(bool fromA, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack, std::size_t payload = 0,
                        net::IpFamily family = net::IpFamily::V4)
{
    net::TcpSegment s;
    s.family = family;
    if (family == net::IpFamily::V4) {
        const auto a = net::hostIpv4(net::Host::A), b = net::hostIpv4(net::Host::B);
        std::copy(a.begin(), a.end(), (fromA ? s.source : s.destination).begin());
        std::copy(b.begin(), b.end(), (fromA ? s.destination : s.source).begin());
    } else {
        s.source = net::hostIpv6(fromA ? net::Host::A : net::Host::B);
        s.destination = net::hostIpv6(fromA ? net::Host::B : net::Host::A);
    }
    s.sourcePort = fromA ? 40000 : 80;
    s.destinationPort = fromA ? 80 : 40000;
    s.seq = seq;
    s.ack = ack;
    s.flags = flags;
    s.window = 1000;
    s.payloadLength = payload;
    return s;
}

// A whole connection: handshake, 100 bytes from A, both close (A first).
std::vector<std::vector<std::uint8_t>> ethernetConnection(net::IpFamily family = net::IpFamily::V4)
{
    using namespace net::tcpflag;
    const std::vector<net::TcpSegment> segments{
        segment(true, kSyn, 100, 0, 0, family),           segment(false, kSyn | kAck, 500, 101, 0, family),
        segment(true, kAck, 101, 501, 0, family),         segment(true, kAck | kPsh, 101, 501, 100, family),
        segment(false, kAck, 501, 201, 0, family),        segment(true, kFin | kAck, 201, 501, 0, family),
        segment(false, kAck, 501, 202, 0, family),        segment(false, kFin | kAck, 501, 202, 0, family),
        segment(true, kAck, 202, 502, 0, family)};
    std::vector<std::vector<std::uint8_t>> frames;
    for (const net::TcpSegment& s : segments)
        frames.push_back(net::buildFrame(s, net::hostMac(net::Host::A), net::hostMac(net::Host::B)));
    return frames;
}

ReplayResult replay(const QString& path, std::vector<ReplayStep>* steps = nullptr, ReplayOptions options = {})
{
    return capture::replayCapture(path.toStdString(), options, [steps](const ReplayStep& step) {
        if (steps)
            steps->push_back(step);
    });
}

QString tempPath(QTemporaryDir& dir, const char* name) { return dir.filePath(QString::fromLatin1(name)); }

} // namespace

class TestReplay : public QObject {
    Q_OBJECT

private slots:
    void wireScenariosMatchTheKernel_data();
    void wireScenariosMatchTheKernel();
    void loopbackSocketsMatchTheKernel();
    void everyLinkTypeReadsAlike_data();
    void everyLinkTypeReadsAlike();
    void midStreamStartsUnknown();
    void newSynAfterCloseIsANewConnection();
    void completenessIsWiresharks();
    void filterSelectsThroughLibpcap();
    void badInputIsAnsweredNotCrashed();
    void commandLineTableAndJson();
};

void TestReplay::wireScenariosMatchTheKernel_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("ipv6");
    for (const std::string& name : netScenarioNames()) {
        if (name == "time-wait-expiry")
            continue; // the same segments as active-close; its 60 s of TIME_WAIT end with no segment
        QTest::addRow("%s", name.c_str()) << QString::fromStdString(name) << false;
    }
    QTest::addRow("active-close-ipv6") << QStringLiteral("active-close") << true;
}

void TestReplay::wireScenariosMatchTheKernel()
{
    QFETCH(QString, scenario);
    QFETCH(bool, ipv6);
    std::string error;
    auto network = net::PrivateNetwork::create(error);
    if (!network)
        QSKIP(qPrintable(QStringLiteral("no private network here: ") + QString::fromStdString(error)));
    NetRunOptions options;
    options.family = ipv6 ? AddressFamily::IPv6 : AddressFamily::IPv4;
    const NetRunResult run = runNetScenario(scenario.toStdString(), options, *network);
    QVERIFY2(run.ok, run.error.c_str());
    QTemporaryDir dir;
    const QString path = tempPath(dir, "wire.pcap");
    QVERIFY2(net::writePcap(path.toStdString(), run.captures, error), error.c_str());

    for (sim::Profile profile : sim::kProfiles) {
        ReplayOptions replayOptions;
        replayOptions.profile = profile;
        std::vector<ReplayStep> steps;
        const ReplayResult result = replay(path, &steps, replayOptions);
        QVERIFY(result.opened);
        QCOMPARE(result.counts.tcp, std::uint64_t(run.captures.size()));
        QCOMPARE(steps.size(), run.captures.size());
        for (std::size_t i = 1; i < steps.size(); ++i)
            QVERIFY(steps[i - 1].frame < steps[i].frame); // file order
        // The connection between the real hosts (the flood's spoofed ones have no kernel side).
        const std::string hostA = net::hostAddressText(net::Host::A, ipv6 ? net::IpFamily::V6 : net::IpFamily::V4);
        const capture::ConnectionSummary* real = nullptr;
        for (const capture::ConnectionSummary& c : result.connections) {
            if (capture::addressText(c.a) == hostA)
                real = &c;
        }
        QVERIFY(real);
        const std::vector<TcpState> kernelA = run.pathOf("A");
        std::vector<TcpState> kernelB = run.pathOf("B");
        if (kernelB.empty())
            kernelB = {TcpState::Closed}; // no socket at all: nothing listened
        QVERIFY2(real->pathA == kernelA, qPrintable(QStringLiteral("%1 A: inferred %2, kernel %3")
                                                      .arg(QString::fromLatin1(sim::profileToken(profile)), pathText(real->pathA), pathText(kernelA))));
        QVERIFY2(real->pathB == kernelB, qPrintable(QStringLiteral("%1 B: inferred %2, kernel %3")
                                                      .arg(QString::fromLatin1(sim::profileToken(profile)), pathText(real->pathB), pathText(kernelB))));
        QCOMPARE(real->endA, kernelA.back());
        QCOMPARE(real->endB, kernelB.back());
        QVERIFY(real->capturePoint != capture::CapturePoint::SameHost); // the wire holds every segment
    }
    ReplayOptions summaryOnly;
    summaryOnly.steps = false;
    const ReplayResult summary = capture::replayCapture(path.toStdString(), summaryOnly);
    if (const auto tshark = tsharkCompleteness(path)) {
        QCOMPARE(tshark->size(), summary.connections.size());
        for (const capture::ConnectionSummary& c : summary.connections)
            QCOMPARE(int(c.completeness), tshark->at(int(c.index - 1)));
    }
}

namespace {

// The state of the socket bound to `port` on loopback as the kernel's table shows it
// (/proc/net/tcp: also the TIME_WAIT left once the application's socket is gone).
std::optional<TcpState> procState(std::uint16_t localPort, std::uint16_t remotePort)
{
    QFile file(QStringLiteral("/proc/net/tcp"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    static constexpr TcpState kLinux[] = {TcpState::Unknown,   TcpState::Established, TcpState::SynSent,
                                          TcpState::SynReceived, TcpState::FinWait1,  TcpState::FinWait2,
                                          TcpState::TimeWait,  TcpState::Closed,      TcpState::CloseWait,
                                          TcpState::LastAck,   TcpState::Listen,      TcpState::Closing};
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 4 || !f[1].contains(':'))
            continue;
        const int local = f[1].split(':').last().toInt(nullptr, 16);
        const int remote = f[2].split(':').last().toInt(nullptr, 16);
        const int state = f[3].toInt(nullptr, 16);
        if (local == localPort && remote == remotePort && state > 0 && state < 12)
            return kLinux[state];
    }
    return TcpState::Closed; // gone from the table
}

struct LoopbackCapture {
    pcap_t* live = nullptr;
    pcap_dumper_t* dumper = nullptr;
    int packets = 0;
    ~LoopbackCapture()
    {
        if (dumper)
            pcap_dump_close(dumper);
        if (live)
            pcap_close(live);
    }
    void drain()
    {
        for (int i = 0; i < 50; ++i) {
            const int n = pcap_dispatch(live, -1, [](u_char* user, const pcap_pkthdr* h, const u_char* bytes) {
                auto* self = reinterpret_cast<LoopbackCapture*>(user);
                pcap_dump(reinterpret_cast<u_char*>(self->dumper), h, bytes);
                ++self->packets;
            }, reinterpret_cast<u_char*>(this));
            if (n <= 0)
                usleep(2000);
        }
        pcap_dump_flush(dumper);
    }
};

} // namespace

void TestReplay::loopbackSocketsMatchTheKernel()
{
    char message[PCAP_ERRBUF_SIZE] = {};
    LoopbackCapture capture;
    capture.live = pcap_open_live("lo", 256, 0, 1, message);
    if (!capture.live)
        QSKIP(qPrintable(QStringLiteral("capture on lo is not permitted here: ") + QString::fromLocal8Bit(message)));
    QVERIFY(pcap_setnonblock(capture.live, 1, message) == 0);
    // A listener on an ephemeral port; the filter takes its connection only.
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QVERIFY(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    QVERIFY(::listen(listener, 4) == 0);
    socklen_t length = sizeof address;
    QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    const std::uint16_t serverPort = ntohs(address.sin_port);
    bpf_program program{};
    const QByteArray filter = "tcp port " + QByteArray::number(serverPort);
    QVERIFY(pcap_compile(capture.live, &program, filter.constData(), 1, PCAP_NETMASK_UNKNOWN) == 0);
    QVERIFY(pcap_setfilter(capture.live, &program) == 0);
    pcap_freecode(&program);
    QTemporaryDir dir;
    const QString path = tempPath(dir, "loopback.pcap");
    capture.dumper = pcap_dump_open(capture.live, path.toLocal8Bit().constData());
    QVERIFY(capture.dumper);

    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(::connect(client, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    const int server = ::accept(listener, nullptr, nullptr);
    QVERIFY(server >= 0);
    sockaddr_in clientAddress{};
    length = sizeof clientAddress;
    QVERIFY(::getsockname(client, reinterpret_cast<sockaddr*>(&clientAddress), &length) == 0);
    const std::uint16_t clientPort = ntohs(clientAddress.sin_port);

    // Checkpoints: after each, how many segments were captured and what the kernel says.
    struct Checkpoint {
        int packets;
        TcpState client, server;
    };
    std::vector<Checkpoint> truth;
    const auto checkpoint = [&]() {
        capture.drain();
        truth.push_back({capture.packets, *procState(clientPort, serverPort), *procState(serverPort, clientPort)});
    };
    checkpoint(); // established
    const char data[300] = {};
    QCOMPARE(::send(client, data, sizeof data, 0), ssize_t(sizeof data));
    char buffer[512];
    QCOMPARE(::recv(server, buffer, sizeof data, MSG_WAITALL), ssize_t(sizeof data));
    checkpoint();
    QVERIFY(::shutdown(client, SHUT_WR) == 0);
    QCOMPARE(::recv(server, buffer, sizeof buffer, 0), ssize_t(0)); // end of file: the FIN arrived
    checkpoint(); // FIN_WAIT_2 / CLOSE_WAIT
    ::close(server);
    checkpoint(); // TIME_WAIT / CLOSED
    ::close(client);
    ::close(listener);

    std::vector<ReplayStep> steps;
    const ReplayResult result = replay(path, &steps);
    QVERIFY(result.opened);
    QCOMPARE(result.connections.size(), std::size_t(1));
    QCOMPARE(int(steps.size()), capture.packets);
    QCOMPARE(result.connections.front().capturePoint, capture::CapturePoint::SameHost);
    for (const Checkpoint& point : truth) {
        QVERIFY(point.packets > 0);
        const ReplayStep& step = steps[std::size_t(point.packets - 1)];
        QCOMPARE(step.afterA, point.client);
        QCOMPARE(step.afterB, point.server);
    }
    QCOMPARE(truth.back().client, TcpState::TimeWait);
    if (const auto tshark = tsharkCompleteness(path))
        QCOMPARE(int(result.connections.front().completeness), tshark->at(0));
    QCOMPARE(int(result.connections.front().completeness), 31);
}

void TestReplay::everyLinkTypeReadsAlike_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("header");  // replaces the Ethernet header (14 bytes)
    QTest::addColumn<bool>("ipv6");
    QByteArray sll(16, 0);
    sll[14] = char(0x08);
    QByteArray sll2(20, 0);
    sll2[0] = char(0x08);
    QByteArray vlan = QByteArray::fromHex("020000000002020000000001" "8100" "0064" "8100" "00c8" "0800");
    QByteArray null4(4, 0);
    null4[0] = 2; // AF_INET, little-endian host
    QByteArray loop6 = QByteArray::fromHex("0000001e"); // AF_INET6 on macOS, network order
    QTest::addRow("ethernet") << DLT_EN10MB << QByteArray() << false;
    QTest::addRow("ethernet-ipv6") << DLT_EN10MB << QByteArray() << true;
    QTest::addRow("sll") << DLT_LINUX_SLL << sll << false;
    QTest::addRow("sll2") << DLT_LINUX_SLL2 << sll2 << false;
    QTest::addRow("raw") << DLT_RAW << QByteArray("") << false;
    QTest::addRow("vlan-qinq") << DLT_EN10MB << vlan << false;
    QTest::addRow("null") << DLT_NULL << null4 << false;
    QTest::addRow("loop-ipv6") << DLT_LOOP << loop6 << true;
}

void TestReplay::everyLinkTypeReadsAlike()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, header);
    QFETCH(bool, ipv6);
    std::vector<std::vector<std::uint8_t>> frames = ethernetConnection(ipv6 ? net::IpFamily::V6 : net::IpFamily::V4);
    const bool replaceHeader = linkType != DLT_EN10MB || !header.isEmpty();
    if (replaceHeader) {
        for (auto& frame : frames) {
            std::vector<std::uint8_t> cut(header.begin(), header.end());
            if (ipv6 && linkType == DLT_LINUX_SLL)
                cut[14] = 0x86, cut[15] = 0xdd;
            cut.insert(cut.end(), frame.begin() + 14, frame.end());
            frame = cut;
        }
    }
    QTemporaryDir dir;
    const QString path = tempPath(dir, "link.pcap");
    QVERIFY(writeFrames(path, linkType, frames));
    std::vector<ReplayStep> steps;
    const ReplayResult result = replay(path, &steps);
    QVERIFY(result.opened);
    QCOMPARE(result.connections.size(), std::size_t(1));
    const capture::ConnectionSummary& c = result.connections.front();
    QCOMPARE(c.endA, TcpState::TimeWait);
    QCOMPARE(c.endB, TcpState::Closed);
    QCOMPARE(c.payloadAToB, std::uint64_t(100));
    QCOMPARE(int(c.completeness), 31);
    QCOMPARE(c.a.port, std::uint16_t(40000));
    QCOMPARE(steps[3].relativeSeq, std::uint32_t(1));
    QCOMPARE(steps[3].afterB, TcpState::Established);
    QCOMPARE(steps.size(), std::size_t(9));
    // Snap length 54 keeps only the headers: the same states.
    const QString cutPath = tempPath(dir, "cut.pcap");
    QVERIFY(writeFrames(cutPath, linkType, frames, 96));
    const ReplayResult cut = replay(cutPath);
    QCOMPARE(cut.connections.size(), std::size_t(1));
    QCOMPARE(cut.connections.front().endA, TcpState::TimeWait);
    QCOMPARE(cut.connections.front().payloadAToB, std::uint64_t(100));
}

void TestReplay::midStreamStartsUnknown()
{
    using namespace net::tcpflag;
    std::vector<std::vector<std::uint8_t>> frames;
    for (const net::TcpSegment& s : {segment(true, kAck | kPsh, 5000, 9000, 10), segment(false, kAck, 9000, 5010),
                                      segment(false, kFin | kAck, 9000, 5010), segment(true, kAck, 5010, 9001)})
        frames.push_back(net::buildFrame(s, net::hostMac(net::Host::A), net::hostMac(net::Host::B)));
    QTemporaryDir dir;
    const QString path = tempPath(dir, "mid.pcap");
    QVERIFY(writeFrames(path, DLT_EN10MB, frames));
    std::vector<ReplayStep> steps;
    const ReplayResult result = replay(path, &steps);
    QCOMPARE(result.connections.size(), std::size_t(1));
    QVERIFY(result.connections.front().midStream);
    QVERIFY(steps.front().statesStartHere);
    QCOMPARE(steps.front().beforeA, TcpState::Unknown);
    QCOMPARE(steps.front().beforeB, TcpState::Unknown);
    QCOMPARE(steps.front().afterA, TcpState::Established);
    QCOMPARE(steps.front().relativeSeq, std::uint32_t(1));
    // B (port 80) closes first: B is the active closer.
    QCOMPARE(result.connections.front().endB, TcpState::FinWait2);
    QCOMPARE(result.connections.front().endA, TcpState::CloseWait);
}

void TestReplay::newSynAfterCloseIsANewConnection()
{
    using namespace net::tcpflag;
    std::vector<std::vector<std::uint8_t>> frames = ethernetConnection();
    const std::vector<std::vector<std::uint8_t>> again = ethernetConnection();
    frames.push_back(net::buildFrame(segment(true, kSyn, 100, 0), net::hostMac(net::Host::A), net::hostMac(net::Host::B))); // a retransmission? no: after the close
    // The same tuple with a new initial sequence number.
    frames.push_back(net::buildFrame(segment(true, kSyn, 90000, 0), net::hostMac(net::Host::A), net::hostMac(net::Host::B)));
    frames.push_back(net::buildFrame(segment(false, kRst | kAck, 0, 90001), net::hostMac(net::Host::A), net::hostMac(net::Host::B)));
    QTemporaryDir dir;
    const QString path = tempPath(dir, "reuse.pcap");
    QVERIFY(writeFrames(path, DLT_EN10MB, frames));
    const ReplayResult result = replay(path);
    QCOMPARE(result.connections.size(), std::size_t(2));
    QCOMPARE(result.connections[1].firstFrame, std::uint64_t(11));
    QCOMPARE(result.connections[1].endA, TcpState::Closed);
    QCOMPARE(int(result.connections[1].completeness), capture::completeness::kSyn | capture::completeness::kAck | capture::completeness::kRst);
    QVERIFY(!again.empty());
}

void TestReplay::completenessIsWiresharks()
{
    QCOMPARE(int(capture::completeness::kSyn), 1);
    QCOMPARE(int(capture::completeness::kSynAck), 2);
    QCOMPARE(int(capture::completeness::kAck), 4);
    QCOMPARE(int(capture::completeness::kData), 8);
    QCOMPARE(int(capture::completeness::kFin), 16);
    QCOMPARE(int(capture::completeness::kRst), 32);
    QCOMPARE(QString::fromStdString(capture::completenessFlags(31)), QStringLiteral("·FDASS"));
    QCOMPARE(QString::fromStdString(capture::completenessFlags(37)), QStringLiteral("R··A·S"));
    // Several conversations of two or more segments, against tshark where it is installed.
    using namespace net::tcpflag;
    const auto frame = [](const net::TcpSegment& s) { return net::buildFrame(s, net::hostMac(net::Host::A), net::hostMac(net::Host::B)); };
    std::vector<std::vector<std::uint8_t>> frames = ethernetConnection();
    auto port = [](net::TcpSegment s, std::uint16_t p) {
        (s.sourcePort == 80 ? s.destinationPort : s.sourcePort) = p;
        return s;
    };
    frames.push_back(frame(port(segment(true, kSyn, 1, 0), 41000)));
    frames.push_back(frame(port(segment(false, kRst | kAck, 0, 2), 41000)));
    frames.push_back(frame(port(segment(true, kAck, 10, 20), 42000)));
    frames.push_back(frame(port(segment(false, kAck | kPsh, 20, 10, 5), 42000)));
    frames.push_back(frame(port(segment(false, kSyn | kAck, 20, 10), 43000)));
    frames.push_back(frame(port(segment(true, kAck, 10, 21), 43000)));
    QTemporaryDir dir;
    const QString path = tempPath(dir, "complete.pcap");
    QVERIFY(writeFrames(path, DLT_EN10MB, frames));
    const ReplayResult result = replay(path);
    QCOMPARE(result.connections.size(), std::size_t(4));
    QCOMPARE(int(result.connections[0].completeness), 31);
    QCOMPARE(int(result.connections[1].completeness), 37);
    QCOMPARE(int(result.connections[2].completeness), 12);
    QCOMPARE(int(result.connections[3].completeness), 6);
    const auto tshark = tsharkCompleteness(path);
    if (!tshark)
        QSKIP("tshark is not installed: compared with the definition only");
    QCOMPARE(tshark->size(), std::size_t(4));
    for (const capture::ConnectionSummary& c : result.connections)
        QCOMPARE(int(c.completeness), tshark->at(int(c.index - 1)));
}

void TestReplay::filterSelectsThroughLibpcap()
{
    std::vector<std::vector<std::uint8_t>> frames = ethernetConnection();
    QTemporaryDir dir;
    const QString path = tempPath(dir, "filter.pcap");
    QVERIFY(writeFrames(path, DLT_EN10MB, frames));
    ReplayOptions options;
    options.filter = "tcp[tcpflags] & tcp-fin != 0";
    std::vector<ReplayStep> steps;
    const ReplayResult result = replay(path, &steps, options);
    QCOMPARE(steps.size(), std::size_t(2));
    QCOMPARE(steps[0].frame, std::uint64_t(6)); // numbered as in the file
    QCOMPARE(result.counts.packets, std::uint64_t(2));
    options.filter = "tcp port 81";
    QCOMPARE(replay(path, nullptr, options).connections.size(), std::size_t(0));
    options.filter = "tcp port";
    const ReplayResult bad = replay(path, nullptr, options);
    QVERIFY(!bad.opened);
    QCOMPARE(bad.error, capture::CaptureReader::OpenError::BadFilter);
}

void TestReplay::badInputIsAnsweredNotCrashed()
{
    QTemporaryDir dir;
    const QString good = tempPath(dir, "good.pcap");
    QVERIFY(writeFrames(good, DLT_EN10MB, ethernetConnection()));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = goodFile.readAll();

    const auto write = [&dir](const char* name, const QByteArray& content) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    };
    // Zero length and not a capture: nothing can be read (exit 2).
    for (const QString& path : {write("empty.pcap", {}), write("text.pcap", "this is no capture\n")}) {
        const CliResult cli = runCli({QStringLiteral("replay"), path});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("cannot read")), qPrintable(cli.err));
    }
    // Cut in the middle of the sixth packet: a warning and the five before it.
    const qsizetype sixth = 24 + 5 * 16 + 54 * 3 + (54 + 100) + 54 + 20;
    const QString truncated = write("truncated.pcap", bytes.left(sixth));
    const CliResult cut = runCli({QStringLiteral("replay"), truncated, QStringLiteral("--json")});
    QCOMPARE(cut.exitCode, 0);
    QVERIFY2(cut.err.contains(QStringLiteral("warning")), qPrintable(cut.err));
    QCOMPARE(cut.out.count(QStringLiteral("\"type\":\"segment\"")), 5);
    // Every prefix of the file: never a crash.
    for (qsizetype n = 0; n < bytes.size(); n += 7) {
        const QString path = write("prefix.pcap", bytes.left(n));
        const ReplayResult result = replay(path);
        QVERIFY(result.opened || result.error == capture::CaptureReader::OpenError::CannotRead);
    }
    // Snap length 40: the TCP header is cut in every packet; said, and no TCP left (exit 2).
    const QString snap40 = tempPath(dir, "snap40.pcap");
    QVERIFY(writeFrames(snap40, DLT_EN10MB, ethernetConnection(), 40));
    const CliResult snap = runCli({QStringLiteral("replay"), snap40});
    QCOMPARE(snap.exitCode, 2);
    QVERIFY2(snap.err.contains(QStringLiteral("snap length")), qPrintable(snap.err));
    // No TCP: a UDP datagram.
    std::vector<std::uint8_t> udp = ethernetConnection().front();
    udp[14 + 9] = 17;
    const QString noTcp = tempPath(dir, "udp.pcap");
    QVERIFY(writeFrames(noTcp, DLT_EN10MB, {udp}));
    const CliResult none = runCli({QStringLiteral("replay"), noTcp});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("no TCP")), qPrintable(none.err));
    // A pcapng with two interfaces of different link types: the packets of the first are read,
    // then libpcap's reason is a warning.
    const auto block = [](std::uint32_t type, const QByteArray& body) {
        QByteArray padded = body;
        while (padded.size() % 4)
            padded.append('\0');
        const std::uint32_t total = std::uint32_t(12 + padded.size());
        QByteArray out;
        out.append(reinterpret_cast<const char*>(&type), 4);
        out.append(reinterpret_cast<const char*>(&total), 4);
        out.append(padded);
        out.append(reinterpret_cast<const char*>(&total), 4);
        return out;
    };
    const auto u16 = [](std::uint16_t v) { return QByteArray(reinterpret_cast<const char*>(&v), 2); };
    const auto u32 = [](std::uint32_t v) { return QByteArray(reinterpret_cast<const char*>(&v), 4); };
    QByteArray ng = block(0x0a0d0d0a, u32(0x1a2b3c4d) + u16(1) + u16(0) + u32(0xffffffff) + u32(0xffffffff));
    ng += block(1, u16(DLT_EN10MB) + u16(0) + u32(65535));
    for (const auto& frame : ethernetConnection()) {
        const QByteArray data(reinterpret_cast<const char*>(frame.data()), qsizetype(frame.size()));
        ng += block(6, u32(0) + u32(0) + u32(1) + u32(std::uint32_t(frame.size())) + u32(std::uint32_t(frame.size())) + data);
    }
    ng += block(1, u16(101) + u16(0) + u32(65535)); // LINKTYPE_RAW, after the first interface's packets
    const auto frame = ethernetConnection().front();
    ng += block(6, u32(1) + u32(0) + u32(2) + u32(std::uint32_t(frame.size() - 14)) + u32(std::uint32_t(frame.size() - 14))
                       + QByteArray(reinterpret_cast<const char*>(frame.data() + 14), qsizetype(frame.size() - 14)));
    const QString twoInterfaces = write("two.pcapng", ng);
    const CliResult two = runCli({QStringLiteral("replay"), twoInterfaces});
    QVERIFY2(two.exitCode == 0, qPrintable(two.err));
    QVERIFY2(two.out.contains(QStringLiteral("TIME_WAIT")), qPrintable(two.out));
    QVERIFY2(two.err.contains(QStringLiteral("warning")), qPrintable(two.err));
    // A folder, a missing file, a bad profile, a bad connection number.
    QCOMPARE(runCli({QStringLiteral("replay"), dir.path()}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("replay"), dir.filePath(QStringLiteral("missing.pcap"))}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("replay"), good, QStringLiteral("--profile"), QStringLiteral("bsd")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("replay"), good, QStringLiteral("--connection"), QStringLiteral("7")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("replay"), good, QStringLiteral("--filter"), QStringLiteral("tcp port")}).exitCode, 2);
}

void TestReplay::commandLineTableAndJson()
{
    QTemporaryDir dir;
    const QString path = tempPath(dir, "cli.pcap");
    QVERIFY(writeFrames(path, DLT_EN10MB, ethernetConnection()));
    const CliResult table = runCli({QStringLiteral("replay"), path});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("192.0.2.1:40000")), qPrintable(table.out));
    QVERIFY(table.out.contains(QStringLiteral("31 ·FDASS")));
    QVERIFY(table.out.contains(QStringLiteral("TIME_WAIT")));
    const CliResult one = runCli({QStringLiteral("replay"), path, QStringLiteral("--connection"), QStringLiteral("1")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.out.contains(QStringLiteral("A CLOSED → SYN_SENT")), qPrintable(one.out));
    const CliResult json = runCli({QStringLiteral("replay"), path, QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("rfc9293")});
    QCOMPARE(json.exitCode, 0);
    const QStringList lines = json.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 10);
    QVERIFY(lines.first().contains(QStringLiteral("\"a_after\":\"SYN_SENT\"")));
    QVERIFY(lines.first().contains(QStringLiteral("\"sender_call\":\"active-open\"")));
    QVERIFY(lines.last().contains(QStringLiteral("\"type\":\"connection\"")));
    QVERIFY(lines.last().contains(QStringLiteral("\"completeness\":31")));
    QVERIFY(lines.last().contains(QStringLiteral("\"profile\":\"rfc9293\"")));
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
