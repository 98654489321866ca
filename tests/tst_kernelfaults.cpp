// Faults an audit found in the kernel probes and the follower built on them, each pinned by a
// test that failed before its fix: batches of exact lookups larger than the socket's receive
// buffer, netlink sequence numbers across the 32-bit wrap, error codes no errno has, table
// files that are not regular files, and probe errors the lab must never swallow.
#include "kernel/netlinkprobe_linux.h"
#include "kernel/procfsprobe_linux.h"
#include "kernel/regularfile.h"
#include "lab/kernelfollower.h"
#include "lab/labengine.h"
#include "controllers/livelab.h"
#include "lab/staterecipes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <climits>
#include <cstring>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tsl;

namespace {

int openFdCount() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size()); }

Endpoint localOf(int fd)
{
    sockaddr_in address{};
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    return Endpoint::ipv4(address.sin_addr.s_addr, ntohs(address.sin_port));
}

// `count` established loopback connections: both ends of each, 2 * count followed endpoints.
struct Connections {
    FileDescriptor listener;
    std::vector<FileDescriptor> sockets;
    std::vector<FourTuple> tuples; // client end, server end, client end, ...

    bool open(int count)
    {
        listener.reset(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(listener.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
            || ::listen(listener.get(), 128) != 0)
            return false;
        const Endpoint server = localOf(listener.get());
        address.sin_port = htons(server.port);
        for (int i = 0; i < count; ++i) {
            FileDescriptor client(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
            if (::connect(client.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
                return false;
            FileDescriptor accepted(::accept4(listener.get(), nullptr, nullptr, SOCK_CLOEXEC));
            if (!accepted.valid())
                return false;
            const Endpoint clientEnd = localOf(client.get());
            tuples.push_back({clientEnd, server});
            tuples.push_back({server, clientEnd});
            sockets.push_back(std::move(client));
            sockets.push_back(std::move(accepted));
        }
        return true;
    }
};

// A probe that cannot read anything, as a kernel that refuses (or a full receive buffer) would.
class FailingProbe final : public KernelProbe {
public:
    ProbeSource source() const override { return ProbeSource::Netlink; }
    ProbeResult query(const ProbeQuery&) override
    {
        ++queries;
        ProbeResult result;
        result.ok = false;
        result.error = "netlink receive failed: No buffer space available";
        return result;
    }
    int queries = 0;
};

std::vector<std::uint8_t> message(std::uint16_t type, std::uint32_t seq, const void* payload, std::size_t size)
{
    std::vector<std::uint8_t> out(NLMSG_LENGTH(size));
    nlmsghdr h{};
    h.nlmsg_len = std::uint32_t(out.size());
    h.nlmsg_type = type;
    h.nlmsg_seq = seq;
    std::memcpy(out.data(), &h, sizeof h);
    std::memcpy(out.data() + NLMSG_HDRLEN, payload, size);
    return out;
}

} // namespace

class TestKernelFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void lookupManyFollowsTwoThousand_data();
    void lookupManyFollowsTwoThousand();
    void sequenceNumbersWrap();
    void batchIndexIsWrapAware_data();
    void batchIndexIsWrapAware();
    void errorCodesNoErrnoHas_data();
    void errorCodesNoErrnoHas();
    void procfsRefusesWhatIsNotATable_data();
    void procfsRefusesWhatIsNotATable();
    void followerSaysWhyItCannotRead();
    void labLogsTheProbeErrorOnceAndStopsWaiting();
    void recipeSaysWhatFailedAtOnce();
    void windowIsToldTheKernelCannotBeRead();
    void recordingWriterRoundTrips();

private:
    std::unique_ptr<netlink::NetlinkProbe> m_netlink;
};

void TestKernelFaults::initTestCase()
{
    m_netlink = std::make_unique<netlink::NetlinkProbe>();
    // 2,000 endpoints are 2,000 fds (and a few): raise the soft limit to the hard one.
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
}

void TestKernelFaults::lookupManyFollowsTwoThousand_data()
{
    QTest::addColumn<int>("connections");
    QTest::addRow("one batch (40 endpoints)") << 20;
    QTest::addRow("over the old ~170 limit (400 endpoints)") << 200;
    QTest::addRow("2,000 endpoints") << 1000;
}

void TestKernelFaults::lookupManyFollowsTwoThousand()
{
    QFETCH(int, connections);
    if (!m_netlink->isOpen())
        QSKIP("no sock_diag netlink here");
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < rlim_t(2 * connections + 64))
        QSKIP("the fd limit is too low for this many sockets");
    const int fdsBefore = openFdCount();
    {
        Connections c;
        QVERIFY(c.open(connections));
        std::vector<std::optional<SocketRow>> rows;
        std::string error;
        // Several polls: the batch must keep working, not just once.
        for (int poll = 0; poll < 3; ++poll) {
            QVERIFY2(m_netlink->lookupMany(c.tuples, rows, error), error.c_str());
            QCOMPARE(rows.size(), c.tuples.size());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                QVERIFY2(rows[i], qPrintable(QStringLiteral("endpoint %1 not found").arg(i)));
                QCOMPARE(rows[i]->state, TcpState::Established);
                QVERIFY(rows[i]->local == c.tuples[i].local);
            }
        }
        // Through the follower, as the lab polls: everything seen, no error.
        KernelFollower follower(*m_netlink);
        for (const FourTuple& tuple : c.tuples)
            follower.follow("endpoint", tuple, TcpState::Closed);
        const auto transitions = follower.poll();
        QVERIFY2(follower.probeError().empty(), follower.probeError().c_str());
        for (std::size_t i = 0; i < c.tuples.size(); ++i)
            QCOMPARE(follower.state(int(i)), TcpState::Established);
        QVERIFY(transitions.size() >= c.tuples.size());
    }
    QCOMPARE(openFdCount(), fdsBefore);
}

void TestKernelFaults::sequenceNumbersWrap()
{
    if (!m_netlink->isOpen())
        QSKIP("no sock_diag netlink here");
    Connections c;
    QVERIFY(c.open(40));
    // Numbered from 2^32 - 10: the first batch crosses the wrap.
    netlink::NetlinkProbe probe(0xffffffffu - 10);
    QVERIFY(probe.isOpen());
    QElapsedTimer clock;
    clock.start();
    for (int poll = 0; poll < 4; ++poll) {
        std::vector<std::optional<SocketRow>> rows;
        std::string error;
        QVERIFY2(probe.lookupMany(c.tuples, rows, error), error.c_str());
        for (const auto& row : rows)
            QVERIFY(row && row->state == TcpState::Established);
        // Single lookups and dumps across the wrap too.
        const ProbeResult one = probe.query(ProbeQuery::exact(c.tuples.front()));
        QVERIFY2(one.ok, one.error.c_str());
        QCOMPARE(one.rows.size(), std::size_t(1));
    }
    QVERIFY2(clock.elapsed() < 1500, "a stale-answer filter made the batch wait for its timeout");
}

void TestKernelFaults::batchIndexIsWrapAware_data()
{
    QTest::addColumn<quint32>("sequence");
    QTest::addColumn<quint32>("base");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index"); // -1: not of this batch
    QTest::addRow("first") << 100u << 100u << 5 << 0;
    QTest::addRow("last") << 104u << 100u << 5 << 4;
    QTest::addRow("one past") << 105u << 100u << 5 << -1;
    QTest::addRow("stale") << 99u << 100u << 5 << -1;
    QTest::addRow("base at the top") << 0xffffffffu << 0xffffffffu << 5 << 0;
    QTest::addRow("after the wrap") << 2u << 0xfffffffeu << 5 << 4;
    QTest::addRow("stale across the wrap") << 0xfffffff0u << 2u << 5 << -1;
}

void TestKernelFaults::batchIndexIsWrapAware()
{
    QFETCH(quint32, sequence);
    QFETCH(quint32, base);
    QFETCH(int, count);
    QFETCH(int, index);
    const auto got = netlink::batchIndex(sequence, base, std::size_t(count));
    QCOMPARE(got ? int(*got) : -1, index);
}

void TestKernelFaults::errorCodesNoErrnoHas_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("errnoValue");
    QTest::addRow("DONE INT_MIN") << int(NLMSG_DONE) << INT_MIN << EPROTO;
    QTest::addRow("ERROR INT_MIN") << int(NLMSG_ERROR) << INT_MIN << EPROTO;
    QTest::addRow("ERROR positive") << int(NLMSG_ERROR) << 5 << EPROTO;
    QTest::addRow("ERROR INT_MAX") << int(NLMSG_ERROR) << INT_MAX << EPROTO;
    QTest::addRow("DONE -4096") << int(NLMSG_DONE) << -4096 << EPROTO;
    QTest::addRow("DONE -EINVAL") << int(NLMSG_DONE) << -EINVAL << EINVAL;
    QTest::addRow("ERROR -ENOENT") << int(NLMSG_ERROR) << -ENOENT << ENOENT;
    QTest::addRow("ERROR -4095") << int(NLMSG_ERROR) << -4095 << 4095;
}

void TestKernelFaults::errorCodesNoErrnoHas()
{
    QFETCH(int, type);
    QFETCH(int, code);
    QFETCH(int, errnoValue);
    nlmsgerr error{};
    error.error = code;
    const auto bytes = type == NLMSG_ERROR ? message(std::uint16_t(type), 3, &error, sizeof error)
                                           : message(std::uint16_t(type), 3, &code, sizeof code);
    netlink::ParseState state;
    QCOMPARE(netlink::parseDatagram(bytes.data(), bytes.size(), 3, state), netlink::ParseStatus::Failed);
    QCOMPARE(state.errnoValue, errnoValue);
    QVERIFY(!state.error.empty());
    if (errnoValue == EPROTO)
        QVERIFY2(state.error.find("invalid error code") != std::string::npos, state.error.c_str());
}

void TestKernelFaults::procfsRefusesWhatIsNotATable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("/dev/zero") << QStringLiteral("zero") << QStringLiteral("not a regular file");
    QTest::addRow("a FIFO") << QStringLiteral("fifo") << QStringLiteral("not a regular file");
    QTest::addRow("a directory") << QStringLiteral("directory") << QStringLiteral("not a regular file");
    QTest::addRow("a huge file") << QStringLiteral("huge") << QStringLiteral("larger than 256 MiB");
}

void TestKernelFaults::procfsRefusesWhatIsNotATable()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkdir(QStringLiteral("net")));
    const QByteArray table = (root.path() + QStringLiteral("/net/tcp")).toLocal8Bit();
    if (kind == QLatin1String("zero"))
        QVERIFY(::symlink("/dev/zero", table.constData()) == 0);
    else if (kind == QLatin1String("fifo"))
        QVERIFY(::mkfifo(table.constData(), 0600) == 0);
    else if (kind == QLatin1String("directory"))
        QVERIFY(::mkdir(table.constData(), 0700) == 0);
    else {
        QFile huge(QString::fromLocal8Bit(table));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(procfs::kMaxTableBytes) + 1)); // sparse: no disk used
    }
    const int fdsBefore = openFdCount();
    procfs::ProcfsProbe probe(root.path().toStdString());
    QVERIFY(probe.isAvailable());
    QElapsedTimer clock;
    clock.start();
    const ProbeResult result = probe.query(ProbeQuery::all());
    QVERIFY(clock.elapsed() < 2000); // neither blocked on the FIFO nor read /dev/zero for long
    QVERIFY(!result.ok);
    QVERIFY2(QString::fromStdString(result.error).contains(message), result.error.c_str());
    QVERIFY2(QString::fromStdString(result.error).contains(QStringLiteral("/net/tcp")), result.error.c_str());
    QCOMPARE(openFdCount(), fdsBefore);
}

void TestKernelFaults::followerSaysWhyItCannotRead()
{
    FailingProbe probe;
    KernelFollower follower(probe);
    const Endpoint local = *Endpoint::parse("127.0.0.1", 40000);
    const int id = follower.follow("client", {local, *Endpoint::parse("127.0.0.1", 40001)}, TcpState::Established);
    const auto transitions = follower.poll();
    QVERIFY(transitions.empty());                            // nothing is known of this moment...
    QCOMPARE(follower.state(id), TcpState::Established);     // ...so nothing moved
    QVERIFY(follower.anyActive());
    QCOMPARE(follower.probeError(), std::string("netlink receive failed: No buffer space available"));

    // A listener's discovery query failing is reported the same way.
    KernelFollower withListener(probe);
    withListener.watchListener(withListener.follow("listener", {local, Endpoint::unspecified(AddressFamily::IPv4)}, TcpState::Listen));
    withListener.poll();
    QVERIFY(!withListener.probeError().empty());
}

void TestKernelFaults::labLogsTheProbeErrorOnceAndStopsWaiting()
{
    FailingProbe probe;
    LabEngine lab(probe);
    std::vector<LabEvent> failures;
    lab.onEvent([&](const LabEvent& e) {
        if (!e.ok)
            failures.push_back(e);
    });
    const int listener = lab.listen(AddressFamily::IPv4, 0, 4);
    QVERIFY2(listener >= 0, lab.error().c_str());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!lab.waitFor(listener, TcpState::Listen, 3000));
    QVERIFY2(clock.elapsed() < 1000, "waitFor kept polling a probe that cannot read");
    QVERIFY2(lab.error().find("the kernel could not be read: netlink receive failed") != std::string::npos, lab.error().c_str());
    for (int i = 0; i < 20; ++i)
        lab.poll();
    QCOMPARE(failures.size(), std::size_t(1)); // once per failure, not once per poll
    QCOMPARE(failures.front().kind, LabOperation::ReadKernel);
    QCOMPARE(failures.front().facts.reason, std::string("netlink receive failed: No buffer space available"));
}

void TestKernelFaults::recipeSaysWhatFailedAtOnce()
{
    FailingProbe probe;
    std::string error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!reachState(TcpState::Listen, AddressFamily::IPv4, probe, error, 5000));
    QVERIFY2(clock.elapsed() < 1000, "the recipe waited for its timeout instead of reporting the probe error");
    QVERIFY2(error.find("the kernel could not be read: netlink receive failed") != std::string::npos, error.c_str());
    QVERIFY2(error.find("gone") == std::string::npos, error.c_str());
}

void TestKernelFaults::windowIsToldTheKernelCannotBeRead()
{
    // The Live Lab panel shows a batch's kernelError in its error label: once per failure.
    LiveLab lab(std::make_unique<FailingProbe>());
    QSignalSpy batches(&lab, &LiveLab::batchReady);
    bool done = false;
    lab.run(this, [&done](LabEngine& engine) -> LiveLab::Continuation {
        const bool listening = engine.listen(AddressFamily::IPv4, 0, 4) >= 0;
        for (int i = 0; i < 5; ++i)
            engine.poll();
        return [&done, listening] { done = listening; };
    });
    QTRY_VERIFY(done);
    QTest::qWait(50); // the last batch
    QStringList messages;
    for (const QList<QVariant>& batch : batches) {
        const QString error = batch.first().value<LabBatch>().kernelError;
        if (!error.isEmpty())
            messages << error;
    }
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().startsWith(QStringLiteral("the kernel could not be read: netlink receive failed")),
             qPrintable(messages.first()));
}

void TestKernelFaults::recordingWriterRoundTrips()
{
    QTemporaryDir dir;
    const std::string path = (dir.path() + QStringLiteral("/replies.bin")).toStdString();
    netlink::RecordingWriter writer;
    std::string error;
    QVERIFY2(writer.open(path, error), error.c_str());
    const int code = 0;
    const auto done = message(NLMSG_DONE, 0x01020304, &code, sizeof code);
    QVERIFY(writer.write(0x01020304, done.data(), done.size()));
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const std::vector<std::uint8_t> recorded(bytes.begin(), bytes.end());
    netlink::ParseState state;
    netlink::ParseStatus last;
    QVERIFY2(netlink::parseRecording(recorded, state, last), state.error.c_str());
    QCOMPARE(last, netlink::ParseStatus::Done);
    QCOMPARE(recorded.size(), std::size_t(7 + 8) + done.size());

    netlink::RecordingWriter nowhere;
    QVERIFY(!nowhere.open(dir.path().toStdString() + "/no/such/dir/file", error));
    QVERIFY(!error.empty());
}

QTEST_GUILESS_MAIN(TestKernelFaults)
#include "tst_kernelfaults.moc"
