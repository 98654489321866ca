// The probe's parsers on recorded kernel replies (tests/data, made by record_states.py): no
// live kernel involved, so these run anywhere, and malformed input must fail cleanly.
#include "kernel/netlinkprobe_linux.h"
#include "kernel/procfsprobe_linux.h"
#include "kernel/tablediff.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <linux/netlink.h>

using namespace tsl;

namespace {

std::vector<std::uint8_t> readBytes(const QString& name)
{
    QFile file(QStringLiteral(TSL_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    return {bytes.begin(), bytes.end()};
}

QString readText(const QString& name)
{
    const auto bytes = readBytes(name);
    return QString::fromLatin1(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

// The ten kernel-visible states, which the recordings hold on ports BASE+1 .. BASE+9.
const QSet<TcpState> kRecordedStates = {
    TcpState::Listen,   TcpState::SynSent,  TcpState::SynReceived, TcpState::Established,
    TcpState::FinWait1, TcpState::FinWait2, TcpState::CloseWait,   TcpState::Closing,
    TcpState::LastAck,  TcpState::TimeWait};

QSet<TcpState> statesOf(const std::vector<SocketRow>& rows, AddressFamily family)
{
    QSet<TcpState> out;
    for (const SocketRow& row : rows) {
        if (row.family() == family)
            out.insert(row.state);
    }
    return out;
}

} // namespace

class TestKernelParsers : public QObject {
    Q_OBJECT

private slots:
    void netlinkRecordingHasEveryState();
    void netlinkRowsAreDecoded();
    void netlinkTruncatedAtEveryLength();
    void netlinkMalformedFiles_data();
    void netlinkMalformedFiles();
    void netlinkErrorsAndDone();
    void netlinkSkipsOtherSequences();
    void bytecodeShape();
    void bothFamiliesInOneDump();
    void dumpAsksForEveryState_data();
    void dumpAsksForEveryState();
    void procfsHasEveryState_data();
    void procfsHasEveryState();
    void procfsAgreesWithNetlink();
    void procfsMalformed_data();
    void procfsMalformed();
    void procfsTruncatedAtEveryLength();
    void tableTrackerReportsChanges();
};

void TestKernelParsers::netlinkRecordingHasEveryState()
{
    netlink::ParseState state;
    netlink::ParseStatus last;
    QVERIFY2(netlink::parseRecording(readBytes("netlink_states.bin"), state, last), state.error.c_str());
    QCOMPARE(last, netlink::ParseStatus::Done);
    QCOMPARE(statesOf(state.rows, AddressFamily::IPv4), kRecordedStates);
    QCOMPARE(statesOf(state.rows, AddressFamily::IPv6), kRecordedStates);
}

void TestKernelParsers::netlinkRowsAreDecoded()
{
    netlink::ParseState state;
    netlink::ParseStatus last;
    QVERIFY(netlink::parseRecording(readBytes("netlink_states.bin"), state, last));
    bool sawListener = false;
    bool sawTimeWait = false;
    bool sawHalfOpen = false;
    for (const SocketRow& row : state.rows) {
        QVERIFY(row.local.isLoopback());
        if (row.state == TcpState::Listen && row.local.port == 47001) {
            QCOMPARE(row.local.text(), std::string("127.0.0.1:47001"));
            QCOMPARE(row.remote.text(), std::string("0.0.0.0:0"));
            sawListener = true;
        }
        if (row.state == TcpState::Listen && row.local.port == 47101)
            QCOMPARE(row.local.text(), std::string("[::1]:47101"));
        if (row.state == TcpState::TimeWait) {
            QCOMPARE(row.timer, TimerKind::TimeWait);
            QVERIFY(row.timerMs > 0 && row.timerMs <= 60000);
            QCOMPARE(row.remote.port % 100, 9);
            sawTimeWait = true;
        }
        if (row.state == TcpState::SynReceived) {
            QVERIFY(row.rawState == 3 || row.rawState == 12); // SYN_RECV or NEW_SYN_RECV
            QCOMPARE(row.local.port % 100, 3);
            sawHalfOpen = true;
        }
        if (row.state == TcpState::CloseWait)
            QVERIFY(row.recvQueue >= 1); // the FIN counts in the receive queue
    }
    QVERIFY(sawListener && sawTimeWait && sawHalfOpen);
}

void TestKernelParsers::netlinkTruncatedAtEveryLength()
{
    // Every prefix of a real datagram either parses or fails with a message: no crash, no read
    // past the end (run under ASan in the dev-asan preset).
    const auto file = readBytes("netlink_states.bin");
    const std::size_t datagramLength = file[11] | file[12] << 8 | file[13] << 16 | std::size_t(file[14]) << 24;
    QVERIFY(datagramLength > 100 && datagramLength + 15 <= file.size());
    const std::uint32_t sequence = file[7] | file[8] << 8 | file[9] << 16 | std::uint32_t(file[10]) << 24;
    for (std::size_t cut = 0; cut < datagramLength; ++cut) {
        std::vector<std::uint8_t> prefix(file.begin() + 15, file.begin() + 15 + std::ptrdiff_t(cut));
        netlink::ParseState state;
        const auto status = netlink::parseDatagram(prefix.data(), prefix.size(), sequence, state);
        if (status == netlink::ParseStatus::Failed)
            QVERIFY(!state.error.empty());
    }
}

void TestKernelParsers::netlinkMalformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << "netlink_truncated.bin" << "truncated";
    QTest::newRow("bad length") << "netlink_bad_length.bin" << "truncated netlink message";
    QTest::newRow("not a recording") << "proc_net_tcp.txt" << "bad magic";
}

void TestKernelParsers::netlinkMalformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    netlink::ParseState state;
    netlink::ParseStatus last;
    QVERIFY(!netlink::parseRecording(readBytes(file), state, last));
    QVERIFY2(QString::fromStdString(state.error).contains(message), state.error.c_str());
}

void TestKernelParsers::netlinkErrorsAndDone()
{
    const auto message = [](std::uint16_t type, std::uint32_t seq, const void* payload, std::size_t size) {
        std::vector<std::uint8_t> out(NLMSG_LENGTH(size));
        nlmsghdr h{};
        h.nlmsg_len = std::uint32_t(out.size());
        h.nlmsg_type = type;
        h.nlmsg_seq = seq;
        std::memcpy(out.data(), &h, sizeof h);
        std::memcpy(out.data() + NLMSG_HDRLEN, payload, size);
        return out;
    };
    {
        const int code = -EINVAL; // NLMSG_DONE carrying an error
        const auto bytes = message(NLMSG_DONE, 7, &code, sizeof code);
        netlink::ParseState state;
        QCOMPARE(netlink::parseDatagram(bytes.data(), bytes.size(), 7, state), netlink::ParseStatus::Failed);
        QCOMPARE(state.errnoValue, EINVAL);
    }
    {
        const int code = 0;
        const auto bytes = message(NLMSG_DONE, 7, &code, sizeof code);
        netlink::ParseState state;
        QCOMPARE(netlink::parseDatagram(bytes.data(), bytes.size(), 7, state), netlink::ParseStatus::Done);
    }
    {
        nlmsgerr error{};
        error.error = -ENOENT;
        const auto bytes = message(NLMSG_ERROR, 7, &error, sizeof error);
        netlink::ParseState state;
        QCOMPARE(netlink::parseDatagram(bytes.data(), bytes.size(), 7, state), netlink::ParseStatus::Failed);
        QCOMPARE(state.errnoValue, ENOENT);
        // A truncated NLMSG_ERROR is reported, not read past.
        auto cut = message(NLMSG_ERROR, 7, &error, 2);
        netlink::ParseState cutState;
        QCOMPARE(netlink::parseDatagram(cut.data(), cut.size(), 7, cutState), netlink::ParseStatus::Failed);
    }
    {
        // A diag message too short for inet_diag_msg.
        const std::uint8_t junk[8] = {AF_INET, 1};
        auto bytes = message(SOCK_DIAG_BY_FAMILY, 7, junk, sizeof junk);
        netlink::ParseState state;
        QCOMPARE(netlink::parseDatagram(bytes.data(), bytes.size(), 7, state), netlink::ParseStatus::Failed);
        QVERIFY(state.rows.empty());
    }
    {
        // NLM_F_DUMP_INTR marks the answer inconsistent.
        inet_diag_msg msg{};
        msg.idiag_family = AF_INET;
        msg.idiag_state = 1;
        auto bytes = message(SOCK_DIAG_BY_FAMILY, 7, &msg, sizeof msg);
        reinterpret_cast<nlmsghdr*>(bytes.data())->nlmsg_flags = NLM_F_MULTI | NLM_F_DUMP_INTR;
        netlink::ParseState state;
        QCOMPARE(netlink::parseDatagram(bytes.data(), bytes.size(), 7, state), netlink::ParseStatus::NeedMore);
        QVERIFY(state.interrupted);
        QCOMPARE(state.rows.size(), std::size_t(1));
        QCOMPARE(state.rows[0].state, TcpState::Established);
    }
}

void TestKernelParsers::netlinkSkipsOtherSequences()
{
    netlink::ParseState state;
    netlink::ParseStatus last;
    auto file = readBytes("netlink_states.bin");
    // Claim every datagram answers request 999999: the parser must take none of its messages.
    for (std::size_t at = 7; at + 8 <= file.size();) {
        const std::size_t length = file[at + 4] | file[at + 5] << 8 | file[at + 6] << 16 | std::size_t(file[at + 7]) << 24;
        file[at] = 0x3f;
        file[at + 1] = 0x42;
        file[at + 2] = 0x0f;
        file[at + 3] = 0;
        at += 8 + length;
    }
    QVERIFY(netlink::parseRecording(file, state, last));
    QVERIFY(state.rows.empty());
    QCOMPARE(last, netlink::ParseStatus::NeedMore);
}

void TestKernelParsers::bytecodeShape()
{
    // Two tests (sport, dport) per port, a JMP between tests: 8 + 4 + 8 + 4 + 8 + 4 + 8 bytes.
    const auto code = netlink::portFilterBytecode({5000, 6000});
    QCOMPARE(code.size(), std::size_t(44));
    inet_diag_bc_op ops[11];
    std::memcpy(ops, code.data(), code.size());
    QCOMPARE(int(ops[0].code), int(INET_DIAG_BC_S_EQ));
    QCOMPARE(int(ops[1].no), 5000);
    QCOMPARE(int(ops[2].code), int(INET_DIAG_BC_JMP));
    QCOMPARE(int(ops[2].no), 44 - 8); // from the JMP exactly to the end: accept
    QCOMPARE(int(ops[3].code), int(INET_DIAG_BC_D_EQ));
    QCOMPARE(int(ops[10].no), 6000);
    QCOMPARE(int(ops[9].no), 12); // the last miss: 4 past the end, reject
    const auto request = netlink::buildDumpRequest(AddressFamily::IPv6, {5000}, 3);
    const auto* header = reinterpret_cast<const nlmsghdr*>(request.data());
    QCOMPARE(std::size_t(header->nlmsg_len), request.size());
    QVERIFY(header->nlmsg_flags & NLM_F_DUMP);
    QCOMPARE(header->nlmsg_seq, 3u);
}

void TestKernelParsers::bothFamiliesInOneDump()
{
    // The request: the old TCPDIAG_GETSOCK (inet_diag_req), a dump, the port bytecode after it.
    const auto request = netlink::buildBothFamiliesDumpRequest({5000}, 9);
    const auto* header = reinterpret_cast<const nlmsghdr*>(request.data());
    QCOMPARE(int(header->nlmsg_type), int(TCPDIAG_GETSOCK));
    QCOMPARE(std::size_t(header->nlmsg_len), request.size());
    QVERIFY(header->nlmsg_flags & NLM_F_DUMP);
    QCOMPARE(header->nlmsg_seq, 9u);
    inet_diag_req body;
    std::memcpy(&body, request.data() + NLMSG_HDRLEN, sizeof body);
    QCOMPARE(body.idiag_states & (1u << 13), 0u); // not TCP_BOUND_INACTIVE
    QCOMPARE(body.idiag_states & (1u << 1), 1u << 1);
    const auto code = netlink::portFilterBytecode({5000});
    QCOMPARE(request.size(), NLMSG_ALIGN(NLMSG_LENGTH(sizeof body)) + NLA_HDRLEN + code.size());
    QVERIFY(std::equal(code.begin(), code.end(), request.end() - std::ptrdiff_t(code.size())));

    // Its reply mixes the families in the kernel's hash order (TCPDIAG_GETSOCK messages): apart,
    // IPv4 rows come first and IPv6 after, as two dumps listed them.
    std::vector<std::uint8_t> datagram;
    const auto put = [&datagram](std::uint8_t family, std::uint16_t port) {
        nlmsghdr h{};
        h.nlmsg_type = TCPDIAG_GETSOCK;
        h.nlmsg_flags = NLM_F_MULTI;
        h.nlmsg_seq = 9;
        h.nlmsg_len = NLMSG_LENGTH(sizeof(inet_diag_msg));
        inet_diag_msg m{};
        m.idiag_family = family;
        m.idiag_state = 1;
        m.id.idiag_sport = htons(port);
        m.id.idiag_dport = htons(5000);
        m.id.idiag_src[0] = htonl(0x7f000001);
        const std::size_t at = datagram.size();
        datagram.resize(at + NLMSG_ALIGN(h.nlmsg_len));
        std::memcpy(datagram.data() + at, &h, sizeof h);
        std::memcpy(datagram.data() + at + NLMSG_HDRLEN, &m, sizeof m);
    };
    put(AF_INET6, 1);
    put(AF_INET, 2);
    put(AF_INET6, 3);
    put(AF_INET, 4);
    netlink::ParseState state;
    state.ipv6Apart = true;
    QCOMPARE(netlink::parseDatagram(datagram.data(), datagram.size(), 9, state), netlink::ParseStatus::NeedMore);
    state.joinFamilies();
    QCOMPARE(state.rows.size(), std::size_t(4));
    QList<int> ports;
    for (const SocketRow& row : state.rows)
        ports << row.local.port;
    QCOMPARE(ports, (QList<int>{2, 4, 1, 3}));
    QCOMPARE(state.rows[0].state, TcpState::Established);
}

void TestKernelParsers::dumpAsksForEveryState_data()
{
    // Linux's state numbers (include/net/tcp_states.h); 13 is TCP_BOUND_INACTIVE (Linux >= 6.8).
    QTest::addColumn<int>("linuxState");
    QTest::addColumn<bool>("asked");
    const char* const names[] = {"ESTABLISHED", "SYN_SENT",  "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT",
                                 "CLOSE",       "CLOSE_WAIT", "LAST_ACK", "LISTEN",    "CLOSING",   "NEW_SYN_RECV"};
    for (int state = 1; state <= 12; ++state)
        QTest::addRow("%s", names[state - 1]) << state << true;
    // Asking for it walks the whole bind hash table on every dump, for sockets ss does not show.
    QTest::addRow("BOUND_INACTIVE") << 13 << false;
}

void TestKernelParsers::dumpAsksForEveryState()
{
    QFETCH(int, linuxState);
    QFETCH(bool, asked);
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        for (const std::vector<std::uint16_t>& ports : {std::vector<std::uint16_t>{}, std::vector<std::uint16_t>{5000}}) {
            const auto request = netlink::buildDumpRequest(family, ports, 1);
            QVERIFY(request.size() >= NLMSG_LENGTH(sizeof(inet_diag_req_v2)));
            inet_diag_req_v2 body;
            std::memcpy(&body, request.data() + NLMSG_HDRLEN, sizeof body);
            QCOMPARE(bool(body.idiag_states & (1u << linuxState)), asked);
        }
    }
}

void TestKernelParsers::procfsHasEveryState_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("family");
    QTest::newRow("tcp") << "proc_net_tcp.txt" << int(AddressFamily::IPv4);
    QTest::newRow("tcp6") << "proc_net_tcp6.txt" << int(AddressFamily::IPv6);
}

void TestKernelParsers::procfsHasEveryState()
{
    QFETCH(QString, file);
    QFETCH(int, family);
    std::vector<SocketRow> rows;
    std::string error;
    QVERIFY2(procfs::parse(readText(file).toStdString(), AddressFamily(family), 100, rows, error), error.c_str());
    QCOMPARE(statesOf(rows, AddressFamily(family)), kRecordedStates);
    for (const SocketRow& row : rows) {
        QVERIFY(row.local.isLoopback());
        if (row.state == TcpState::Listen)
            QVERIFY(row.remote.isUnspecified() && row.remote.port == 0);
        if (row.state == TcpState::TimeWait)
            QCOMPARE(row.timer, TimerKind::TimeWait);
        QVERIFY(row.inode.has_value());
    }
}

void TestKernelParsers::procfsAgreesWithNetlink()
{
    // Recorded at the same moment: the same connections in the same states.
    netlink::ParseState state;
    netlink::ParseStatus last;
    QVERIFY(netlink::parseRecording(readBytes("netlink_states.bin"), state, last));
    std::vector<SocketRow> proc;
    std::string error;
    QVERIFY(procfs::parse(readText("proc_net_tcp.txt").toStdString(), AddressFamily::IPv4, 100, proc, error));
    QVERIFY(procfs::parse(readText("proc_net_tcp6.txt").toStdString(), AddressFamily::IPv6, 100, proc, error));
    QSet<QString> fromNetlink;
    QSet<QString> fromProc;
    const auto key = [](const SocketRow& r) {
        return QString::fromStdString(r.local.text() + ' ' + r.remote.text() + ' ' + std::string(stateToken(r.state)));
    };
    for (const SocketRow& r : state.rows)
        fromNetlink.insert(key(r));
    for (const SocketRow& r : proc)
        fromProc.insert(key(r));
    QCOMPARE(fromProc, fromNetlink);
}

void TestKernelParsers::procfsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated file") << readText("proc_net_tcp_truncated.txt") << "truncated";
    QTest::newRow("malformed line") << readText("proc_net_tcp_malformed.txt") << "line 3:";
    QTest::newRow("empty") << QString() << "empty file";
    QTest::newRow("no header") << QString("hello world\n") << "not a /proc/net/tcp header";
    QTest::newRow("bad address")
        << QString("  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
                   "   0: 0100007G:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1\n")
        << "line 2: bad address";
    QTest::newRow("few fields")
        << QString("  sl  local_address\n   0: 0100007F:1F90 00000000:0000 0A\n") << "line 2: too few fields";
}

void TestKernelParsers::procfsMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    std::vector<SocketRow> rows;
    std::string error;
    QVERIFY(!procfs::parse(text.toStdString(), AddressFamily::IPv4, 100, rows, error));
    QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
}

void TestKernelParsers::procfsTruncatedAtEveryLength()
{
    const std::string text = readText("proc_net_tcp6.txt").toStdString();
    for (std::size_t cut = 0; cut <= text.size(); cut += 7) {
        std::vector<SocketRow> rows;
        std::string error;
        if (!procfs::parse(std::string_view(text).substr(0, cut), AddressFamily::IPv6, 100, rows, error))
            QVERIFY(!error.empty());
    }
}

void TestKernelParsers::tableTrackerReportsChanges()
{
    TableTracker tracker;
    SocketRow a;
    a.local = *Endpoint::parse("127.0.0.1", 5000);
    a.remote = *Endpoint::parse("127.0.0.1", 40000);
    a.state = TcpState::Established;
    auto changes = tracker.update({a});
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes[0].kind, TableChange::Kind::Appeared);
    QVERIFY(tracker.update({a}).empty());
    a.state = TcpState::FinWait1;
    changes = tracker.update({a});
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes[0].from, TcpState::Established);
    QCOMPARE(changes[0].to, TcpState::FinWait1);
    changes = tracker.update({});
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes[0].kind, TableChange::Kind::Left);
    QCOMPARE(changes[0].from, TcpState::FinWait1);
}

QTEST_GUILESS_MAIN(TestKernelParsers)
#include "tst_kernelparsers.moc"
