// The packetdrill reader: what it makes of valid lines, and where and why it refuses others.
#include "pkt/pktparser.h"

#include <QTest>

#include <fstream>

using namespace tsl::pkt;

class TestPktParser : public QObject {
    Q_OBJECT

    static Script parsed(const std::string& text)
    {
        ParseError error;
        auto script = parseScript(text, ScriptOptions{}, error);
        if (!script)
            qFatal("unexpected error %d:%d: %s", error.line, error.column, error.message.c_str());
        return *script;
    }

private slots:
    void times()
    {
        const Script script = parsed("0 close(3) = 0\n+0.5 close(3) = 0\n* close(3) = 0\n1.5~2 close(3) = 0\n"
                                     "+.1~+.2 close(3) = 0\n+0...0.250 close(3) = 0\n.25 close(3) = 0\n");
        QCOMPARE(script.events.size(), std::size_t(7));
        QCOMPARE(script.events[0].time.kind, TimeKind::Absolute);
        QCOMPARE(script.events[1].time.kind, TimeKind::Relative);
        QCOMPARE(script.events[1].time.startUs, std::int64_t(500000));
        QCOMPARE(script.events[2].time.kind, TimeKind::Any);
        QCOMPARE(*script.events[3].time.rangeEndUs, std::int64_t(2000000));
        QCOMPARE(script.events[3].time.startUs, std::int64_t(1500000));
        QCOMPARE(*script.events[4].time.rangeEndUs, std::int64_t(200000));
        QCOMPARE(*script.events[5].time.blockEndUs, std::int64_t(250000));
        QCOMPARE(script.events[6].time.startUs, std::int64_t(250000));
        QCOMPARE(script.events[6].position.line, 7);
    }

    void packets()
    {
        const Script script = parsed(
            "0 < S 0:0(0) win 32792 <mss 1000,sackOK,nop,nop,nop,wscale 7>\n"
            "+0 > S. 0:0(0) ack 1 <...>\n"
            "+0 < [ect0] P. 1:1001(1000) ack 1 win 257 <nop,nop,TS val 10 ecr 20>\n"
            "+0 > FP. 1001:1001(0) ack 1001 urg 3\n"
            "+0 < . 1:1(0) ack 1 win 257 <sack 2001:3001 4001:5001,nop,nop>\n"
            "+0 > EW 0:0(0)\n");
        const auto& syn = std::get<PacketEvent>(script.events[0].action);
        QVERIFY(syn.inbound);
        QCOMPARE(syn.flags, std::uint8_t(0x02));
        QCOMPARE(*syn.window, std::uint32_t(32792));
        QCOMPARE(syn.options.size(), std::size_t(6));
        QCOMPARE(syn.options[0].kind, TcpOptionSpec::Mss);
        QCOMPARE(syn.options[0].value, std::uint32_t(1000));
        QCOMPARE(syn.options[5].kind, TcpOptionSpec::WindowScale);
        const auto& synAck = std::get<PacketEvent>(script.events[1].action);
        QVERIFY(!synAck.inbound);
        QVERIFY(synAck.anyOptions);
        QCOMPARE(synAck.flags, std::uint8_t(0x12));
        QCOMPARE(*synAck.ack, std::uint32_t(1));
        const auto& data = std::get<PacketEvent>(script.events[2].action);
        QCOMPARE(data.ecn, IpEcn::Ect0);
        QCOMPARE(data.length, std::uint32_t(1000));
        QCOMPARE(data.options[2].kind, TcpOptionSpec::Timestamp);
        QCOMPARE(data.options[2].tsEcr, std::uint32_t(20));
        const auto& fin = std::get<PacketEvent>(script.events[3].action);
        QCOMPARE(fin.flags, std::uint8_t(0x19));
        QCOMPARE(*fin.urgent, std::uint32_t(3));
        const auto& sack = std::get<PacketEvent>(script.events[4].action);
        QCOMPARE(sack.options[0].blocks.size(), std::size_t(2));
        QCOMPARE(sack.options[0].blocks[1].second, std::uint32_t(5001));
        QCOMPARE(std::get<PacketEvent>(script.events[5].action).flags, std::uint8_t(0xc0));
    }

    void syscalls()
    {
        const Script script = parsed(
            "0 socket(..., SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_TCP) = 3\n"
            "+0 setsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=0}, 8) = 0\n"
            "+0 connect(3, ..., ...) = -1 EINPROGRESS (Operation now in progress)\n"
            "+0 fcntl(3, F_GETFL) = 0x802 (flags O_RDWR|O_NONBLOCK)\n"
            "+0 poll([{fd=3, events=POLLIN|POLLOUT,\n"
            "          revents=POLLOUT}], 1, 0) = 1\n"
            "+0 getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [4]) = 0\n"
            "+0 bind(3, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"192.0.2.1\")}, 16) = 0\n");
        QCOMPARE(script.events.size(), std::size_t(7));
        const auto& socket = std::get<SyscallEvent>(script.events[0].action);
        QCOMPARE(socket.arguments[1].integer, std::int64_t(1 | 04000));
        QCOMPARE(socket.result.integer, std::int64_t(3));
        const auto& connect = std::get<SyscallEvent>(script.events[2].action);
        QCOMPARE(connect.result.integer, std::int64_t(-1));
        QCOMPARE(*connect.errnoValue, 115);
        QCOMPARE(connect.note, std::string("Operation now in progress"));
        QCOMPARE(std::get<SyscallEvent>(script.events[3].action).result.integer, std::int64_t(0x802));
        const auto& poll = std::get<SyscallEvent>(script.events[4].action);
        QCOMPARE(poll.arguments[0].items[0].fields.size(), std::size_t(3));
        QCOMPARE(script.events[5].position.line, 7); // the poll spanned two lines
    }

    void shellAndAssertions()
    {
        const Script script = parsed("0 `sysctl -q net.ipv4.tcp_timestamps=0`\n"
                                     "+0 %{\n"
                                     "assert tcpi_state == TCP_ESTABLISHED, tcpi_state\n"
                                     "assert tcpi_snd_cwnd * 2 >= 10 and not (tcpi_options & TCPI_OPT_SACK)\n"
                                     "}%\n"
                                     "+0 %{ assert tcpi_ca_state == TCP_CA_Open, 'open' }%\n");
        QCOMPARE(std::get<ShellEvent>(script.events[0].action).command, std::string("sysctl -q net.ipv4.tcp_timestamps=0"));
        const auto& block = std::get<AssertEvent>(script.events[1].action);
        QCOMPARE(block.assertions.size(), std::size_t(2));
        QCOMPARE(block.assertions[1].position.line, 4);
        std::string error;
        const auto value = block.assertions[1].expression.evaluate(
            [](const std::string& name) -> std::optional<std::int64_t> {
                if (name == "tcpi_snd_cwnd")
                    return 10;
                if (name == "tcpi_options")
                    return 1;
                return std::nullopt;
            },
            error);
        QCOMPARE(*value, std::int64_t(1));
    }

    void options()
    {
        const Script script = parsed("--tolerance_usecs=10000\n--ip_version=ipv6\n--tolerance_percent=5\n0 close(3) = 0\n");
        QCOMPARE(script.options.toleranceUs, std::int64_t(10000));
        QVERIFY(script.options.ipv6);
        QCOMPARE(script.options.tolerancePercent, 5.0);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const char* text, int line, int column, const char* message) {
            QTest::newRow(name) << QString::fromUtf8(text) << line << column << QString::fromUtf8(message);
        };
        row("no time", "close(3) = 0\n", 1, 1, "starts with its time");
        row("unknown flag", "0 < SX 0:0(0) win 1\n", 1, 6, "unknown TCP flag 'X'");
        row("udp", "0 < udp (10)\n", 1, 5, "only TCP packets");
        row("icmp", "0 > icmp unreachable\n", 1, 5, "only TCP packets");
        row("missing colon", "0 < S 0(0) win 1\n", 1, 8, "':' expected");
        row("bad length", "0 < P. 1:11(5) ack 1 win 1\n", 1, 8, "inconsistent TCP sequence");
        row("unknown option", "0 < S 0:0(0) win 1 <mss 1000,FO abcd>\n", 1, 30, "unsupported TCP option 'FO'");
        row("unclosed options", "0 < S 0:0(0) win 1 <mss 1000\n", 1, 29, "',' or '>' expected");
        row("any options inbound", "0 < S 0:0(0) win 1 <...>\n", 1, 20, "fits only packets A sends");
        row("window too big", "0 < . 1:1(0) ack 1 win 70000\n", 1, 20, "at most 65535");
        row("unknown word", "0 < . 1:1(0) ack 1 wnd 5\n", 1, 20, "unexpected 'wnd'");
        row("unknown syscall", "0 epoll_create(1) = 3\n", 1, 3, "unsupported system call 'epoll_create'");
        row("sendmsg", "0 sendmsg(4, {msg_name(...)=...}, 0) = 10\n", 1, 3, "unsupported system call 'sendmsg'");
        row("argument count", "0 listen(3) = 0\n", 1, 3, "listen takes 2 arguments, not 1");
        row("unknown symbol", "0 setsockopt(3, SOL_SOCKET, SO_FROB, [1], 4) = 0\n", 1, 29, "unknown symbol 'SO_FROB'");
        row("no result", "0 close(3)\n", 1, 11, "'= RESULT' expected");
        row("errno without -1", "0 close(3) = 0 EBADF\n", 1, 16, "only a result of -1");
        row("unknown errno", "0 close(3) = -1 EFROB (x)\n", 1, 17, "unknown errno name 'EFROB'");
        row("-1 without errno", "0 close(3) = -1\n", 1, 14, "names its errno");
        row("trailing junk", "0 close(3) = 0 ; x\n", 1, 16, "after the system call");
        row("python print", "0 %{ print(tcpi_rtt) }%\n", 1, 6, "only 'assert EXPRESSION'");
        row("python import", "0 %{\nimport os\n}%\n", 2, 1, "other Python is refused");
        row("python call", "0 %{ assert len(tcpi_rtt) }%\n", 1, 13, "unknown name 'len'");
        row("python attribute", "0 %{ assert tcpi_rtt.real }%\n", 1, 21, "no Python calls");
        row("power", "0 %{ assert tcpi_rtt ** 2 }%\n", 1, 22, "'**' is not supported");
        row("unclosed python", "0 %{ assert 1\n", 1, 3, "never closed with }%");
        row("unclosed shell", "0 `ls\n", 1, 3, "never closed with `");
        row("unclosed comment", "0 close(3) = 0\n/* x\n", 2, 1, "never closed with */");
        row("negative time", "-1 close(3) = 0\n", 1, 1, "cannot be negative");
        row("mixed range", "+1~2 close(3) = 0\n", 1, 4, "ends at a relative time");
        row("blocking packet", "0...1 < S 0:0(0) win 1\n", 1, 1, "only system calls can block");
        row("unknown script option", "--frobnicate=1\n0 close(3) = 0\n", 1, 1, "unknown option --frobnicate");
        row("late option", "0 close(3) = 0\n--tolerance_usecs=5\n", 2, 1, "belong at the head");
        row("bad option value", "--tolerance_usecs=abc\n", 1, 1, "invalid value 'abc'");
        row("empty", "// nothing\n", 2, 1, "has no events");
        row("event missing", "0.1\n", 1, 4, "the event is missing");
        row("binary", "0 close(3) = 0\n\x01\x02", 2, 1, "binary byte");
        row("sack without blocks", "0 < . 1:1(0) ack 1 win 1 <sack>\n", 1, 31, "at least one block");
        row("TS without ecr", "0 < . 1:1(0) ack 1 win 1 <TS val 1>\n", 1, 35, "'ecr' expected");
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        ParseError error;
        const auto script = parseScript(text.toStdString(), ScriptOptions{}, error);
        QVERIFY(!script);
        QVERIFY2(QString::fromStdString(error.message).contains(message), error.message.c_str());
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    void files()
    {
        ParseError error;
        QVERIFY(!readScript("/nonexistent/x.pkt", ScriptOptions{}, error));
        QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("No such file")));
        QVERIFY(!readScript(TSL_TEST_DATA_DIR, ScriptOptions{}, error));
        QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("directory")));
        const QString huge = QDir::temp().filePath(QStringLiteral("tst_pktparser_huge.pkt"));
        {
            std::ofstream out(huge.toStdString());
            const std::string line(1023, ' ');
            for (int i = 0; i < 1100; ++i)
                out << line << '\n';
        }
        QVERIFY(!readScript(huge.toStdString(), ScriptOptions{}, error));
        QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("too large")));
        QFile::remove(huge);
        // Every script of the tree reads.
        for (const QString& dir : {QStringLiteral("/pkt"), QStringLiteral("/pkt/mutated")}) {
            const QDir folder(QStringLiteral(TSL_TEST_DATA_DIR) + dir);
            for (const QString& name : folder.entryList({QStringLiteral("*.pkt")})) {
                const auto script = readScript(folder.filePath(name).toStdString(), ScriptOptions{}, error);
                QVERIFY2(script, qPrintable(name + QStringLiteral(": ") + QString::fromStdString(error.message)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPktParser)
#include "tst_pktparser.moc"
