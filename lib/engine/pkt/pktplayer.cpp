#include "pktplayer.h"

#include "kernel/netlinkprobe_linux.h"
#include "model/tcpstate.h"
#include "net/netlayout.h"
#include "net/privatenetwork.h"
#include "pktdiag.h"
#include "pktframe.h"
#include "pktsymbols.h"
#include "pktsyscalls.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <fcntl.h>
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tsl::pkt {

namespace {

std::int64_t realtimeNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return std::int64_t(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void sleepUntilRealtime(std::int64_t ns)
{
    timespec due{};
    due.tv_sec = time_t(ns / 1'000'000'000);
    due.tv_nsec = long(ns % 1'000'000'000);
    while (::clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &due, nullptr) == EINTR) {
    }
}

std::string secondsText(std::int64_t us)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", double(us) / 1e6);
    return text;
}

std::string fieldError(const std::string& name, std::uint32_t expected, std::uint32_t actual)
{
    char text[160];
    std::snprintf(text, sizeof text, "live packet field %s: expected: %u (0x%x) vs actual: %u (0x%x)", name.c_str(),
                  expected, expected, actual, actual);
    return text;
}

// packetdrill's built-in defaults when a script calls a defaults.sh that is not there:
// production-like TCP settings, written inside A's namespace.
const char* const kDefaultsScript =
    "w() { echo \"$2\" > /proc/sys/net/$1 2>/dev/null; }\n"
    "w ipv4/tcp_rmem '4096 540000 15728640'\n"
    "w ipv4/tcp_wmem '4096 262144 4194304'\n"
    "w ipv4/tcp_timestamps 1\n"
    "w ipv4/tcp_sack 1\n"
    "w ipv4/tcp_dsack 1\n"
    "w ipv4/tcp_window_scaling 1\n"
    "w ipv4/tcp_syn_retries 5\n"
    "w ipv4/tcp_synack_retries 5\n"
    "w ipv4/tcp_frto 2\n"
    "w ipv4/tcp_early_retrans 3\n"
    "w ipv4/tcp_reordering 3\n"
    "w ipv4/tcp_no_metrics_save 1\n"
    "w ipv4/tcp_ecn 2\n"
    "w ipv4/tcp_fastopen 0\n"
    "w ipv4/tcp_syncookies 1\n"
    "exit 0\n";

// A packet later than its window still gets this long to come, so that the verdict can say
// when it came (a timing error) rather than only that it did not.
constexpr std::int64_t kLateGraceUs = 2'000'000;

} // namespace

// A socket's state and ports, read with TCP_INFO and getsockname/getpeername.
struct tcp_info_state {
    int state = 0;
    std::uint16_t localPort = 0;
    std::uint16_t remotePort = 0;
    bool read(int fd)
    {
        std::uint8_t info[8] = {};
        socklen_t length = sizeof info;
        if (::getsockopt(fd, IPPROTO_TCP, 11 /* TCP_INFO */, info, &length) != 0)
            return false;
        state = info[0];
        sockaddr_storage address{};
        socklen_t size = sizeof address;
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0)
            localPort = portOf(address);
        size = sizeof address;
        if (::getpeername(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0)
            remotePort = portOf(address);
        return true;
    }
    static std::uint16_t portOf(const sockaddr_storage& address)
    {
        return address.ss_family == AF_INET6 ? ntohs(reinterpret_cast<const sockaddr_in6*>(&address)->sin6_port)
                                             : ntohs(reinterpret_cast<const sockaddr_in*>(&address)->sin_port);
    }
};

struct Captured {
    Frame frame;
    std::int64_t realtimeNs = 0;
};

struct PktPlayer::Impl {
    FileDescriptor wire;    // on the wire's end facing A: the `<` packets go in here
    FileDescriptor capture; // inside A on tun0: what A sends, stamped as it leaves
    FileDescriptor diag; // sock_diag inside A, for closed connections' TCP_INFO
    FileDescriptor userNamespace;
    FileDescriptor hostNamespace;
    std::unique_ptr<netlink::NetlinkProbe> probe;
    SyscallRunner calls;
    std::deque<Captured> captured;
    std::array<std::uint8_t, 16> local{};
    std::array<std::uint8_t, 16> remote{};
    std::uint16_t localPort = 8080;
    std::uint16_t remotePort = 46123;
    std::optional<std::uint32_t> localIsn;
    std::map<std::uint32_t, std::uint32_t> tsValues; // the script's TS val -> A's
    std::optional<std::uint32_t> lastTsVal;
    std::int64_t startNs = 0;
    std::int64_t lastTimeUs = 0; // the previous event's time: what +rel counts from
    bool started = false;
    std::vector<std::uint8_t> buffer = std::vector<std::uint8_t>(70000);

    // A's sockets after a line: the script's open ones (TCP_INFO) and the connection on the
    // wire as sock_diag finds it by its four-tuple (also once the script closed it: FIN_WAIT,
    // TIME_WAIT). An exact lookup: a dump walks every socket of the machine.
    std::vector<HostSocket> hostSockets(bool ipv6)
    {
        static const char* const kStates[] = {"UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECEIVED", "FIN_WAIT_1",
                                              "FIN_WAIT_2", "TIME_WAIT", "CLOSED", "CLOSE_WAIT", "LAST_ACK",
                                              "LISTEN", "CLOSING", "SYN_RECEIVED"};
        std::vector<HostSocket> sockets;
        bool flowSeen = false;
        for (const auto& [number, fd] : calls.openDescriptors()) {
            tcp_info_state info{};
            if (!info.read(fd))
                continue;
            HostSocket socket;
            socket.localPort = info.localPort;
            socket.remotePort = info.remotePort;
            socket.state = kStates[info.state < 13 ? info.state : 0];
            socket.fd = number;
            flowSeen = flowSeen || (info.localPort == localPort && (info.remotePort == remotePort || info.state == 2));
            sockets.push_back(socket);
        }
        if (!flowSeen && probe) {
            FourTuple tuple;
            const AddressFamily family = ipv6 ? AddressFamily::IPv6 : AddressFamily::IPv4;
            tuple.local.family = tuple.remote.family = family;
            std::copy(local.begin(), local.end(), tuple.local.address.begin());
            std::copy(remote.begin(), remote.end(), tuple.remote.address.begin());
            tuple.local.port = localPort;
            tuple.remote.port = remotePort;
            const ProbeResult found = probe->query(ProbeQuery::exact(tuple));
            for (const SocketRow& row : found.rows)
                sockets.push_back({row.local.port, row.remote.port, std::string(stateToken(row.state)), -1});
        }
        return sockets;
    }

    std::int64_t nowUs() const { return (realtimeNs() - startNs) / 1000; }

    // Reads every frame waiting on the wire (A's TCP segments to the remote).
    void drain(bool ipv6)
    {
        for (;;) {
            iovec data{buffer.data(), buffer.size()};
            alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec)) + 64];
            sockaddr_ll from{};
            msghdr message{};
            message.msg_name = &from;
            message.msg_namelen = sizeof from;
            message.msg_iov = &data;
            message.msg_iovlen = 1;
            message.msg_control = control;
            message.msg_controllen = sizeof control;
            const ssize_t got = ::recvmsg(capture.get(), &message, MSG_DONTWAIT);
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                break;
            }
            if (from.sll_pkttype != PACKET_OUTGOING)
                continue;
            std::int64_t stamp = realtimeNs();
            for (cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
                if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_TIMESTAMPNS) {
                    timespec value{};
                    std::memcpy(&value, CMSG_DATA(header), sizeof value);
                    stamp = std::int64_t(value.tv_sec) * 1'000'000'000 + value.tv_nsec;
                }
            }
            auto frame = parseTcpFrame(buffer.data(), std::size_t(got));
            const std::size_t addressLength = ipv6 ? 16 : 4;
            if (!frame || frame->ipv6 != ipv6 || std::memcmp(frame->source.data(), local.data(), addressLength) != 0)
                continue;
            captured.push_back({std::move(*frame), stamp});
        }
        // The wire's end reads the same frames again: they go nowhere.
        while (::recv(wire.get(), buffer.data(), buffer.size(), MSG_DONTWAIT) > 0) {
        }
    }

    bool waitForFrame(bool ipv6, std::int64_t untilNs)
    {
        for (;;) {
            drain(ipv6);
            if (!captured.empty())
                return true;
            const std::int64_t left = untilNs - realtimeNs();
            if (left <= 0)
                return false;
            pollfd p{capture.get(), POLLIN, 0};
            ::poll(&p, 1, int(std::min<std::int64_t>(left / 1'000'000 + 1, 1000)));
        }
    }
};

PktPlayer::PktPlayer(const Script& script, net::PrivateNetwork& network, const PlayerSettings& settings)
    : m_script(script), m_network(network), m_settings(settings), m_impl(std::make_unique<Impl>())
{
}

PktPlayer::~PktPlayer() = default;

std::unique_ptr<PktPlayer> PktPlayer::create(const Script& script, net::PrivateNetwork& network,
                                             const PlayerSettings& settings, std::string& error)
{
    const std::int64_t began = realtimeNs();
    std::unique_ptr<PktPlayer> player(new PktPlayer(script, network, settings));
    Impl& impl = *player->m_impl;
    if (!network.usePacketdrillLayout(error))
        return nullptr;
    impl.wire = network.packetSocket(net::Host::A, error);
    if (!impl.wire.valid())
        return nullptr;
    impl.capture = network.hostPacketSocket(net::Host::A, error);
    if (!impl.capture.valid())
        return nullptr;
    const int one = 1;
    const int buffer = 4 * 1024 * 1024;
    if (::setsockopt(impl.wire.get(), SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof one) != 0
        || ::setsockopt(impl.capture.get(), SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one) != 0) {
        error = std::string("cannot set up the wire's socket: ") + std::strerror(errno);
        return nullptr;
    }
    ::setsockopt(impl.capture.get(), SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    impl.diag = network.sockDiagSocket(net::Host::A, error);
    if (!impl.diag.valid())
        return nullptr;
    impl.userNamespace = network.namespaceFd(net::Host::A, false, error);
    impl.hostNamespace = network.namespaceFd(net::Host::A, true, error);
    if (!impl.userNamespace.valid() || !impl.hostNamespace.valid())
        return nullptr;
    for (const auto& [name, value] : settings.sysctls) {
        if (!network.writeSysctl(net::Host::A, name, value, error))
            return nullptr;
    }
    if (settings.readStates) {
        FileDescriptor diag = network.sockDiagSocket(net::Host::A, error);
        if (!diag.valid())
            return nullptr;
        impl.probe = std::make_unique<netlink::NetlinkProbe>(std::move(diag));
    }
    const bool ipv6 = script.options.ipv6;
    if (ipv6) {
        impl.local = net::packetdrillLocalIpv6();
        impl.remote = net::packetdrillRemoteIpv6();
    } else {
        const auto local = net::packetdrillLocalIpv4();
        const auto remote = net::packetdrillRemoteIpv4();
        std::copy(local.begin(), local.end(), impl.local.begin());
        std::copy(remote.begin(), remote.end(), impl.remote.begin());
    }
    impl.localPort = script.options.bindPort;
    SyscallRunner::Context context;
    context.network = &network;
    context.ipv6 = ipv6;
    context.local = impl.local;
    context.remote = impl.remote;
    context.bindPort = script.options.bindPort;
    context.connectPort = script.options.connectPort;
    impl.calls.setContext(context);
    player->m_setupUs = (realtimeNs() - began) / 1000;
    return player;
}

bool PktPlayer::run(const std::function<void(const LineOutcome&)>& each)
{
    while (!m_finished) {
        const LineOutcome outcome = step();
        if (each)
            each(outcome);
    }
    return !m_failed;
}

LineOutcome PktPlayer::step()
{
    Impl& impl = *m_impl;
    if (!impl.started) {
        impl.started = true;
        impl.startNs = realtimeNs();
    }
    LineOutcome outcome;
    auto finishWith = [&](LineOutcome done) {
        if (m_settings.readStates && impl.probe)
            done.hostA = impl.hostSockets(m_script.options.ipv6);
        if (!done.ok)
            m_failed = true;
        if (m_failed)
            m_finished = true;
        return done;
    };
    if (m_finished) {
        outcome.kind = "end";
        outcome.ok = !m_failed;
        return outcome;
    }
    // A blocking call that returned since: its line's verdict first.
    if (auto pending = impl.calls.collect(false, 0)) {
        if (!pending->ok)
            return finishWith(*pending);
    }
    if (m_next >= m_script.events.size()) {
        // The end: a call still blocked gets until its end time (or a moment) to return.
        std::int64_t untilUs = impl.nowUs() + m_script.options.toleranceUs + 1'000'000;
        if (auto due = impl.calls.pendingEndUs())
            untilUs = std::max(impl.nowUs(), *due + m_script.options.toleranceUs);
        if (auto pending = impl.calls.collect(true, untilUs * 1000 + impl.startNs)) {
            if (!pending->ok) {
                m_finished = true;
                return finishWith(*pending);
            }
        }
        m_finished = true;
        outcome.kind = "end";
        outcome.ok = !m_failed;
        outcome.line = m_script.lineCount;
        return finishWith(outcome);
    }
    const Event& event = m_script.events[m_next];
    outcome = runEvent(event);
    outcome.eventIndex = m_next;
    ++m_next;
    return finishWith(outcome);
}

LineOutcome PktPlayer::runEvent(const Event& event)
{
    Impl& impl = *m_impl;
    LineOutcome outcome;
    outcome.line = event.position.line;
    outcome.text = event.text;
    const ScriptOptions& options = m_script.options;
    const bool ipv6 = options.ipv6;

    // When the script places this line, and the window it may happen in.
    std::int64_t startUs = 0;
    std::int64_t endUs = 0;
    switch (event.time.kind) {
    case TimeKind::Absolute:
        startUs = event.time.startUs;
        endUs = event.time.rangeEndUs.value_or(startUs);
        break;
    case TimeKind::Relative:
        startUs = impl.lastTimeUs + event.time.startUs;
        endUs = impl.lastTimeUs + event.time.rangeEndUs.value_or(event.time.startUs);
        break;
    case TimeKind::Any:
        startUs = impl.nowUs();
        endUs = startUs;
        break;
    }
    if (!m_settings.realTime) {
        startUs = endUs = impl.nowUs();
    }
    const std::int64_t tolerance = std::max<std::int64_t>(
        options.toleranceUs, std::int64_t(std::llround(options.tolerancePercent / 100.0 * double(startUs - impl.lastTimeUs))));
    outcome.scriptTimeUs = startUs;
    auto waitForStart = [&] {
        if (m_settings.realTime && event.time.kind != TimeKind::Any)
            sleepUntilRealtime(impl.startNs + startUs * 1000);
    };

    if (const auto* packet = std::get_if<PacketEvent>(&event.action)) {
        outcome.packetFlags = packet->flags;
        if (packet->inbound) {
            outcome.kind = "inbound";
            waitForStart();
            Frame frame;
            frame.ipv6 = ipv6;
            frame.source = impl.remote;
            frame.destination = impl.local;
            frame.sourcePort = impl.remotePort;
            frame.destinationPort = impl.localPort;
            frame.seq = packet->seqStart;
            const std::uint32_t isn = impl.localIsn.value_or(0);
            frame.ack = packet->ack ? isn + *packet->ack : 0;
            frame.flags = packet->flags;
            frame.window = std::uint16_t(packet->window.value_or(65535));
            frame.urgent = std::uint16_t(packet->urgent.value_or(0));
            frame.payloadLength = packet->length;
            switch (packet->ecn) {
            case IpEcn::Ect0: frame.ecn = 2; break;
            case IpEcn::Ect1: frame.ecn = 1; break;
            case IpEcn::Ce: frame.ecn = 3; break;
            case IpEcn::Ect01: frame.ecn = 2; break;
            case IpEcn::NotEct:
            case IpEcn::Unspecified: frame.ecn = 0; break;
            }
            frame.options = packet->options;
            for (TcpOptionSpec& option : frame.options) {
                if (option.kind == TcpOptionSpec::Sack) {
                    for (auto& [left, right] : option.blocks) {
                        left += isn;
                        right += isn;
                    }
                } else if (option.kind == TcpOptionSpec::Timestamp && option.tsEcr != 0) {
                    const auto mapped = impl.tsValues.find(option.tsEcr);
                    option.tsEcr = mapped != impl.tsValues.end() ? mapped->second : impl.lastTsVal.value_or(option.tsEcr);
                }
            }
            const auto bytes = buildFrame(frame, net::wireMac(net::Host::A), net::hostMac(net::Host::A));
            if (::send(impl.wire.get(), bytes.data(), bytes.size(), 0) != ssize_t(bytes.size())) {
                outcome.ok = false;
                outcome.error = std::string("error handling packet: cannot send it on the wire: ") + std::strerror(errno);
            }
            outcome.liveTimeUs = impl.nowUs();
            outcome.expected = event.text;
            impl.lastTimeUs = m_settings.realTime ? startUs : *outcome.liveTimeUs;
            return outcome;
        }

        outcome.kind = "outbound";
        const std::int64_t waitUs = event.time.kind == TimeKind::Any || !m_settings.realTime
                                        ? m_settings.outboundWaitUs
                                        : endUs + tolerance + kLateGraceUs - impl.nowUs();
        const bool arrived = impl.waitForFrame(ipv6, realtimeNs() + std::max<std::int64_t>(waitUs, 0) * 1000);
        std::string written = event.text.substr(event.text.find('>') + 1);
        written.erase(0, written.find_first_not_of(" \t"));
        const std::string scriptLine = "script packet:  " + secondsText(startUs) + " " + written;
        if (!arrived) {
            outcome.ok = false;
            outcome.error = "error handling packet: timed out waiting for packet";
            outcome.detail = scriptLine;
            impl.lastTimeUs = endUs;
            return outcome;
        }
        Captured got = impl.captured.front();
        impl.captured.pop_front();
        const Frame& live = got.frame;
        const std::int64_t liveUs = (got.realtimeNs - impl.startNs) / 1000;
        outcome.liveTimeUs = liveUs;
        // A SYN starts a connection: its sequence numbers count from here on.
        if (live.flags & 0x02) {
            impl.localIsn = live.seq - packet->seqStart;
            impl.localPort = live.sourcePort;
            impl.remotePort = live.destinationPort;
        }
        const std::uint32_t isn = impl.localIsn.value_or(0);
        for (const TcpOptionSpec& option : live.options) {
            if (option.kind == TcpOptionSpec::Timestamp)
                impl.lastTsVal = option.tsVal;
        }
        // What A sent, written as the script writes it.
        std::string actual = flagsSpelling(live.flags) + " " + std::to_string(live.seq - isn) + ":"
                             + std::to_string(live.seq - isn + std::uint32_t(live.payloadLength)) + "("
                             + std::to_string(live.payloadLength) + ")";
        if (live.flags & 0x10)
            actual += " ack " + std::to_string(live.ack);
        actual += " win " + std::to_string(live.window);
        if (!live.options.empty())
            actual += " " + optionsSpelling(live.options);
        outcome.actual = actual;
        outcome.expected = written;
        const std::string detail = scriptLine + "\nactual packet:  " + secondsText(liveUs) + " " + actual;

        std::string error;
        const std::size_t ipHeader = ipv6 ? 40 : 20;
        std::size_t optionBytes = 0;
        if (packet->anyOptions)
            optionBytes = live.optionBytes;
        else if (packet->optionsWritten)
            optionBytes = encodeOptions(packet->options).size();
        const std::size_t expectedTotal = ipHeader + 20 + optionBytes + packet->length;
        if (expectedTotal != live.ipTotalLength) {
            error = ipv6 ? fieldError("ipv6_payload_len", std::uint32_t(expectedTotal - 40), std::uint32_t(live.ipTotalLength - 40))
                         : fieldError("ipv4_total_length", std::uint32_t(expectedTotal), std::uint32_t(live.ipTotalLength));
        }
        if (error.empty() && packet->ecn != IpEcn::Unspecified) {
            const std::uint8_t want = packet->ecn == IpEcn::Ect0 ? 2 : packet->ecn == IpEcn::Ect1 ? 1 : packet->ecn == IpEcn::Ce ? 3 : 0;
            if (packet->ecn == IpEcn::Ect01 ? (live.ecn != 1 && live.ecn != 2) : live.ecn != want)
                error = fieldError("ip_ecn", want, live.ecn);
        }
        if (error.empty() && !packet->anyOptions && (20 + optionBytes) / 4 != (20 + live.optionBytes) / 4)
            error = fieldError("tcp_data_offset", std::uint32_t((20 + optionBytes) / 4), std::uint32_t((20 + live.optionBytes) / 4));
        static const std::pair<const char*, std::uint8_t> kFlags[] = {
            {"tcp_fin", 0x01}, {"tcp_syn", 0x02}, {"tcp_rst", 0x04}, {"tcp_psh", 0x08},
            {"tcp_ack", 0x10}, {"tcp_urg", 0x20}, {"tcp_ece", 0x40}, {"tcp_cwr", 0x80},
        };
        for (const auto& [name, bit] : kFlags) {
            if (error.empty() && (packet->flags & bit) != (live.flags & bit))
                error = fieldError(name, (packet->flags & bit) ? 1 : 0, (live.flags & bit) ? 1 : 0);
        }
        if (error.empty() && live.seq - isn != packet->seqStart)
            error = fieldError("tcp_seq", packet->seqStart, live.seq - isn);
        if (error.empty() && packet->ack && live.ack != *packet->ack)
            error = fieldError("tcp_ack_seq", *packet->ack, live.ack);
        if (error.empty() && packet->window && live.window != *packet->window)
            error = fieldError("tcp_window", *packet->window, live.window);
        if (error.empty() && packet->urgent && live.urgent != *packet->urgent)
            error = fieldError("tcp_urg_ptr", *packet->urgent, live.urgent);
        if (error.empty() && packet->optionsWritten && !packet->anyOptions) {
            std::vector<TcpOptionSpec> seen = live.options;
            // Trailing EOL padding is not written in scripts.
            while (!seen.empty() && seen.back().kind == TcpOptionSpec::Eol && seen.back().value == 0
                   && (packet->options.empty() || packet->options.back().kind != TcpOptionSpec::Eol))
                seen.pop_back();
            bool same = seen.size() == packet->options.size();
            for (std::size_t i = 0; same && i < seen.size(); ++i)
                same = seen[i].kind == packet->options[i].kind;
            if (!same) {
                error = "bad outbound TCP options: expected: " + optionsSpelling(packet->options)
                        + " vs actual: " + optionsSpelling(seen);
            }
            for (std::size_t i = 0; same && error.empty() && i < seen.size(); ++i) {
                const TcpOptionSpec& want = packet->options[i];
                const TcpOptionSpec& have = seen[i];
                bool equal = true;
                int kind = 0;
                switch (want.kind) {
                case TcpOptionSpec::Mss: equal = want.value == have.value; kind = 2; break;
                case TcpOptionSpec::WindowScale: equal = want.value == have.value; kind = 3; break;
                case TcpOptionSpec::Sack: equal = want.blocks == have.blocks; kind = 5; break;
                case TcpOptionSpec::Timestamp: equal = want.tsEcr == have.tsEcr; kind = 8; break;
                default: break;
                }
                if (!equal) {
                    error = "bad value outbound TCP option " + std::to_string(kind) + ": expected: "
                            + optionsSpelling({want}) + " vs actual: " + optionsSpelling({have});
                }
            }
            for (std::size_t i = 0; same && i < seen.size(); ++i) {
                if (packet->options[i].kind == TcpOptionSpec::Timestamp)
                    impl.tsValues[packet->options[i].tsVal] = seen[i].tsVal;
            }
        }
        if (m_settings.realTime && error.empty()) {
            const std::int64_t earliest = startUs - tolerance;
            const std::int64_t latest = endUs + tolerance;
            if (event.time.kind != TimeKind::Any) {
                m_timingErrors.push_back(liveUs < startUs ? startUs - liveUs : liveUs > endUs ? liveUs - endUs : 0);
                if (liveUs < earliest || liveUs > latest) {
                    error = "timing error: expected outbound packet at " + secondsText(startUs) + " sec but happened at "
                            + secondsText(liveUs) + " sec; tolerance " + secondsText(tolerance) + " sec";
                }
            }
        }
        if (!error.empty()) {
            outcome.ok = false;
            outcome.error = "error handling packet: " + error;
            outcome.detail = detail;
        }
        impl.lastTimeUs = liveUs;
        return outcome;
    }

    if (const auto* call = std::get_if<SyscallEvent>(&event.action)) {
        outcome.kind = "syscall";
        // One call at a time: a blocked one returns (or fails) before the next starts.
        if (impl.calls.pendingEndUs() || impl.calls.hasPending()) {
            std::int64_t untilUs = impl.nowUs() + m_settings.outboundWaitUs;
            if (auto due = impl.calls.pendingEndUs())
                untilUs = *due + tolerance;
            if (auto pending = impl.calls.collect(true, untilUs * 1000 + impl.startNs); pending && !pending->ok)
                return *pending;
        }
        waitForStart();
        std::optional<std::int64_t> blockEnd;
        if (event.time.blockEndUs)
            blockEnd = event.time.kind == TimeKind::Relative ? impl.lastTimeUs + *event.time.blockEndUs : *event.time.blockEndUs;
        if (!m_settings.realTime)
            blockEnd.reset();
        SyscallRunner::Timing timing;
        timing.startNs = impl.startNs;
        timing.scriptStartUs = startUs;
        timing.blockEndUs = blockEnd;
        timing.toleranceUs = tolerance;
        timing.realTime = m_settings.realTime;
        outcome = impl.calls.start(event, *call, timing);
        if (const auto port = impl.calls.takeConnectedPort()) {
            impl.localPort = *port;
            impl.remotePort = options.connectPort;
            impl.localIsn.reset();
        }
        impl.lastTimeUs = startUs;
        return outcome;
    }

    if (const auto* shell = std::get_if<ShellEvent>(&event.action)) {
        outcome.kind = "shell";
        waitForStart();
        std::string command = shell->command;
        // A script that calls packetdrill's defaults.sh where there is none gets the same settings.
        const std::size_t slash = m_script.path.rfind('/');
        const std::string base = slash == std::string::npos ? std::string(".") : slash == 0 ? std::string("/") : m_script.path.substr(0, slash);
        {
            const auto first = command.find_first_not_of(" \t");
            const auto last = command.find_first_of(" \t;", first);
            const std::string program = first == std::string::npos ? std::string() : command.substr(first, last - first);
            if (program.size() >= 11 && program.compare(program.size() - 11, 11, "defaults.sh") == 0) {
                struct stat info{};
                const std::string resolved = program[0] == '/' ? program : base + "/" + program;
                if (::stat(resolved.c_str(), &info) != 0)
                    command = std::string(kDefaultsScript);
            }
        }
        const ShellResult result = runShell(command, base, impl.userNamespace.get(), impl.hostNamespace.get());
        outcome.output = result.output;
        outcome.actual = "exit " + std::to_string(result.status);
        outcome.liveTimeUs = impl.nowUs();
        if (!result.error.empty() || result.status != 0) {
            outcome.ok = false;
            outcome.error = "error executing `" + shell->command + "` command: "
                            + (result.error.empty() ? "non-zero status " + std::to_string(result.status) : result.error);
        }
        impl.lastTimeUs = startUs;
        return outcome;
    }

    const auto& block = std::get<AssertEvent>(event.action);
    outcome.kind = "assert";
    waitForStart();
    outcome.liveTimeUs = impl.nowUs();
    for (const AssertEvent::Assertion& assertion : block.assertions) {
        std::string error;
        std::optional<TcpInfoSnapshot> info;
        if (impl.calls.lastClosed()) {
            // Closed by the script, perhaps still in the kernel: sock_diag by its four-tuple.
            info = diagTcpInfo(impl.diag.get(), ipv6, impl.local, impl.localPort, impl.remote, impl.remotePort, error);
            if (!info)
                info = TcpInfoSnapshot{{"tcpi_state", 7}}; // TCP_CLOSE: the kernel holds nothing of it
        } else {
            info = impl.calls.tcpInfo(error);
        }
        if (!info) {
            outcome.ok = false;
            outcome.error = "error in %{ }% block: " + error;
            break;
        }
        const auto value = assertion.expression.evaluate(
            [&](const std::string& name) { return tcpInfoField(*info, name); }, error);
        if (!value) {
            outcome.ok = false;
            outcome.error = "error in %{ }% block: " + error;
            break;
        }
        if (*value == 0) {
            std::string values;
            for (const std::string& name : assertion.expression.fields()) {
                const auto field = tcpInfoField(*info, name);
                values += (values.empty() ? "" : ", ") + name + " = " + (field ? std::to_string(*field) : "?");
            }
            outcome.ok = false;
            outcome.line = assertion.position.line;
            outcome.error = "AssertionError: " + assertion.text + (values.empty() ? "" : " (" + values + ")");
            outcome.actual = values;
            break;
        }
    }
    impl.lastTimeUs = startUs;
    return outcome;
}

} // namespace tsl::pkt
