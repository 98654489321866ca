#include "pktparser.h"

#include "pktsymbols.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tsl::pkt {

namespace {

bool isIdentifierStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool isIdentifierChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

struct Failure {
    std::size_t offset;
    std::string message;
};

class Parser {
public:
    Parser(const std::string& text, Script& script) : m_text(text), m_script(script)
    {
        m_lineStarts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n')
                m_lineStarts.push_back(i + 1);
        }
    }

    void parse()
    {
        for (;;) {
            skipSpace(true);
            if (atEnd())
                break;
            if (m_text.compare(m_at, 2, "--") == 0) {
                if (!m_script.events.empty())
                    fail("options (--name=value) belong at the head of the script, before its first event");
                parseOptionLine();
                continue;
            }
            parseEvent();
        }
        m_script.lineCount = int(m_lineStarts.size());
    }

    SourcePosition position(std::size_t offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const std::size_t line = std::size_t(it - m_lineStarts.begin());
        return {int(line), int(offset - m_lineStarts[line - 1] + 1)};
    }

private:
    [[noreturn]] void fail(const std::string& message) const { throw Failure{m_at, message}; }
    [[noreturn]] void failAt(std::size_t offset, const std::string& message) const { throw Failure{offset, message}; }

    bool atEnd() const { return m_at >= m_text.size(); }
    char peek(std::size_t ahead = 0) const { return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : '\0'; }
    bool atLineEnd()
    {
        skipSpace(false);
        return atEnd() || peek() == '\n';
    }

    // Blanks and comments; newlines too when `newlines` (inside brackets, between events).
    void skipSpace(bool newlines)
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
                ++m_at;
            } else if (c == '/' && peek(1) == '/') {
                while (!atEnd() && peek() != '\n')
                    ++m_at;
            } else if (c == '/' && peek(1) == '*') {
                const std::size_t start = m_at;
                const std::size_t end = m_text.find("*/", m_at + 2);
                if (end == std::string::npos)
                    failAt(start, "this /* comment is never closed with */");
                // A comment spanning lines ends the line it started on.
                if (!newlines && m_text.find('\n', m_at) < end) {
                    m_at = end + 2;
                    m_pendingNewline = true;
                    return;
                }
                m_at = end + 2;
            } else {
                break;
            }
        }
    }

    void expectLineEnd(const std::string& what)
    {
        skipSpace(false);
        if (m_pendingNewline) {
            m_pendingNewline = false;
            return;
        }
        if (!atEnd() && peek() != '\n')
            fail("unexpected '" + std::string(1, peek()) + "' after " + what);
    }

    std::string identifier()
    {
        const std::size_t start = m_at;
        while (!atEnd() && (isIdentifierChar(peek()) || peek() == '-'))
            ++m_at;
        return m_text.substr(start, m_at - start);
    }

    void parseOptionLine()
    {
        const std::size_t start = m_at;
        m_at += 2;
        std::string name;
        while (!atEnd() && (isIdentifierChar(peek()) || peek() == '-')) {
            name += peek() == '-' ? '_' : peek();
            ++m_at;
        }
        std::string value;
        if (peek() == '=') {
            ++m_at;
            while (!atEnd() && peek() != '\n' && peek() != ' ' && peek() != '\t')
                value += m_text[m_at++];
        }
        std::string error;
        if (!applyScriptOption(name, value, m_script.options, error))
            failAt(start, error);
        expectLineEnd("the option");
    }

    // Seconds as written ("0", "1.5", ".100") in microseconds.
    std::int64_t seconds()
    {
        const std::size_t start = m_at;
        while (std::isdigit(static_cast<unsigned char>(peek())))
            ++m_at;
        if (peek() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
            ++m_at;
            while (std::isdigit(static_cast<unsigned char>(peek())))
                ++m_at;
        } else if (peek() == '.' && peek(1) != '.') {
            ++m_at; // "1." is one second
        }
        if (m_at == start)
            fail("a time is expected here (0.100, +0.1, * or a~b)");
        const std::string text = m_text.substr(start, m_at - start);
        const double value = std::strtod(text.c_str(), nullptr);
        if (!(value < 1e9))
            failAt(start, "this time is too large");
        return std::int64_t(std::llround(value * 1e6));
    }

    EventTime parseTime()
    {
        EventTime time;
        if (peek() == '*') {
            ++m_at;
            time.kind = TimeKind::Any;
            return time;
        }
        if (peek() == '+') {
            ++m_at;
            time.kind = TimeKind::Relative;
        } else if (peek() == '-') {
            fail("times cannot be negative");
        }
        time.startUs = seconds();
        if (peek() == '~') {
            ++m_at;
            if (peek() == '+') {
                if (time.kind != TimeKind::Relative)
                    fail("a range from an absolute time ends at an absolute time");
                ++m_at;
            } else if (time.kind == TimeKind::Relative) {
                fail("a range from a relative time ends at a relative time (+a~+b)");
            }
            time.rangeEndUs = seconds();
            if (*time.rangeEndUs < time.startUs)
                fail("a time range must not end before it starts");
        }
        if (m_text.compare(m_at, 3, "...") == 0) {
            m_at += 3;
            if (peek() == '+')
                ++m_at;
            const std::size_t endAt = m_at;
            const std::int64_t end = seconds();
            // The end of a blocking call counts from its start when the start is relative.
            time.blockEndUs = time.kind == TimeKind::Relative ? time.startUs + end : end;
            if (*time.blockEndUs < time.startUs)
                failAt(endAt, "a blocking call cannot return before it starts");
        }
        return time;
    }

    void parseEvent()
    {
        Event event;
        const std::size_t start = m_at;
        event.position = position(start);
        const char c = peek();
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '*' || c == '.' || c == '-'))
            fail("every line starts with its time (0.100, +0.1, * or a~b); found '" + std::string(1, c) + "'");
        event.time = parseTime();
        if (m_pendingNewline)
            fail("the event is missing after its time");
        skipSpace(false);
        if (atEnd() || peek() == '\n')
            fail("the event is missing after its time: a packet (< or >), a system call, a `shell command` or %{ assert ... }%");
        const char first = peek();
        if (first == '<' || first == '>') {
            event.action = parsePacket();
        } else if (first == '`') {
            if (event.time.blockEndUs)
                fail("only system calls can block (a...b)");
            event.action = parseShell();
        } else if (first == '%' && peek(1) == '{') {
            event.action = parseAssertBlock();
        } else if (isIdentifierStart(first)) {
            event.action = parseSyscall();
        } else {
            fail("expected a packet (< or >), a system call, a `shell command` or %{ assert ... }% here");
        }
        if (event.time.blockEndUs && !event.isSyscall())
            failAt(start, "only system calls can block (a...b)");
        std::string text = m_text.substr(start, m_at - start);
        std::replace(text.begin(), text.end(), '\n', ' ');
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
            text.pop_back();
        event.text = text;
        m_script.events.push_back(std::move(event));
    }

    std::uint32_t number32(const char* what)
    {
        const std::size_t start = m_at;
        if (!std::isdigit(static_cast<unsigned char>(peek())))
            fail(std::string("a number is expected here (") + what + ")");
        std::size_t used = 0;
        unsigned long long value = 0;
        try {
            value = std::stoull(m_text.substr(m_at, 24), &used, 0);
        } catch (...) {
            fail(std::string("a number is expected here (") + what + ")");
        }
        m_at += used;
        if (value > 0xffffffffULL)
            failAt(start, std::string("this number does not fit 32 bits (") + what + ")");
        if (isIdentifierChar(peek()))
            failAt(start, std::string("a number is expected here (") + what + ")");
        return std::uint32_t(value);
    }

    PacketEvent parsePacket()
    {
        PacketEvent packet;
        packet.inbound = peek() == '<';
        ++m_at;
        skipSpace(false);
        if (peek() == '[') {
            const std::size_t start = m_at;
            const std::size_t end = m_text.find(']', m_at);
            const std::string mark = end == std::string::npos ? std::string() : m_text.substr(m_at + 1, end - m_at - 1);
            if (mark == "noecn")
                packet.ecn = IpEcn::NotEct;
            else if (mark == "ect0")
                packet.ecn = IpEcn::Ect0;
            else if (mark == "ect1")
                packet.ecn = IpEcn::Ect1;
            else if (mark == "ce")
                packet.ecn = IpEcn::Ce;
            else if (mark == "ect01")
                packet.ecn = IpEcn::Ect01;
            else
                failAt(start, "unsupported IP mark (supported: [noecn], [ect0], [ect1], [ect01], [ce])");
            m_at = end + 1;
            skipSpace(false);
        }
        const std::size_t flagsAt = m_at;
        std::string flags;
        while (!atEnd() && !std::isspace(static_cast<unsigned char>(peek())))
            flags += m_text[m_at++];
        if (flags.empty())
            fail("the packet's TCP flags are missing (S, S., ., P., F., R, R. ...)");
        static const char* const kOther[] = {"udp", "udplite", "icmp", "sctp", "ipv4", "ipv6", "gre", "mpls"};
        for (const char* other : kOther) {
            if (flags == other)
                failAt(flagsAt, "only TCP packets are supported; '" + flags + "' packets are not");
        }
        for (std::size_t i = 0; i < flags.size(); ++i) {
            std::uint8_t bit = 0;
            switch (flags[i]) {
            case 'F': bit = 0x01; break;
            case 'S': bit = 0x02; break;
            case 'R': bit = 0x04; break;
            case 'P': bit = 0x08; break;
            case '.': bit = 0x10; break;
            case 'U': bit = 0x20; break;
            case 'E': bit = 0x40; break;
            case 'W': bit = 0x80; break;
            default:
                failAt(flagsAt + i, std::string("unknown TCP flag '") + flags[i]
                                        + "' (supported: F S R P . U E W, e.g. S. or FP.)");
            }
            packet.flags |= bit;
        }
        packet.flagsText = flags;
        skipSpace(false);
        const std::size_t seqAt = m_at;
        packet.seqStart = number32("the start of the sequence range, as in 0:0(0)");
        if (peek() != ':')
            fail("':' expected: the sequence range is written start:end(length)");
        ++m_at;
        packet.seqEnd = number32("the end of the sequence range");
        if (peek() != '(')
            fail("'(' expected: the sequence range is written start:end(length)");
        ++m_at;
        packet.length = number32("the payload length");
        if (peek() != ')')
            fail("')' expected after the payload length");
        ++m_at;
        if (std::uint32_t(packet.seqEnd - packet.seqStart) != packet.length)
            failAt(seqAt, "inconsistent TCP sequence numbers and payload length: " + std::to_string(packet.seqStart) + ":"
                              + std::to_string(packet.seqEnd) + " is not " + std::to_string(packet.length) + " bytes");
        for (;;) {
            skipSpace(false);
            if (m_pendingNewline || atEnd() || peek() == '\n')
                break;
            const std::size_t at = m_at;
            if (peek() == '<') {
                if (packet.optionsWritten)
                    fail("the TCP options are given twice");
                parseOptions(packet);
                continue;
            }
            const std::string word = identifier();
            skipSpace(false);
            if (word == "ack") {
                packet.ack = number32("the acknowledgement number");
            } else if (word == "win") {
                const std::uint32_t window = number32("the window");
                if (window > 0xffff)
                    failAt(at, "a window is at most 65535 (the value on the wire, before scaling)");
                packet.window = window;
            } else if (word == "urg") {
                packet.urgent = number32("the urgent pointer");
            } else {
                failAt(at, "unexpected '" + (word.empty() ? std::string(1, peek()) : word)
                               + "' in a TCP packet (supported after start:end(length): ack N, win N, urg N, <options>)");
            }
        }
        m_pendingNewline = false;
        return packet;
    }

    void parseOptions(PacketEvent& packet)
    {
        packet.optionsWritten = true;
        ++m_at; // '<'
        skipSpace(false);
        if (m_text.compare(m_at, 3, "...") == 0) {
            m_at += 3;
            skipSpace(false);
            if (peek() != '>')
                fail("'<...>' stands alone: any options");
            ++m_at;
            packet.anyOptions = true;
            if (packet.inbound)
                failAt(m_at - 5, "'<...>' (any options) fits only packets A sends (>), not ones the remote sends");
            return;
        }
        if (peek() == '>') {
            ++m_at;
            return;
        }
        for (;;) {
            skipSpace(false);
            const std::size_t at = m_at;
            const std::string name = identifier();
            skipSpace(false);
            TcpOptionSpec option;
            if (name == "nop") {
                option.kind = TcpOptionSpec::Nop;
            } else if (name == "eol") {
                option.kind = TcpOptionSpec::Eol;
            } else if (name == "mss") {
                option.kind = TcpOptionSpec::Mss;
                option.value = number32("the MSS");
                if (option.value > 0xffff)
                    failAt(at, "an MSS is at most 65535");
            } else if (name == "sackOK") {
                option.kind = TcpOptionSpec::SackPermitted;
            } else if (name == "wscale") {
                option.kind = TcpOptionSpec::WindowScale;
                option.value = number32("the window scale");
                if (option.value > 255)
                    failAt(at, "a window scale is at most 255");
            } else if (name == "sack") {
                option.kind = TcpOptionSpec::Sack;
                while (std::isdigit(static_cast<unsigned char>(peek()))) {
                    const std::uint32_t left = number32("the left edge of a SACK block");
                    if (peek() != ':')
                        fail("':' expected: a SACK block is written left:right");
                    ++m_at;
                    const std::uint32_t right = number32("the right edge of a SACK block");
                    option.blocks.emplace_back(left, right);
                    skipSpace(false);
                }
                if (option.blocks.empty())
                    fail("a SACK option needs at least one block (sack 1:1001)");
                if (option.blocks.size() > 4)
                    failAt(at, "a SACK option holds at most 4 blocks");
            } else if (name == "TS") {
                option.kind = TcpOptionSpec::Timestamp;
                if (identifier() != "val")
                    fail("'val' expected: TS val N ecr N");
                skipSpace(false);
                option.tsVal = number32("the timestamp value");
                skipSpace(false);
                if (identifier() != "ecr")
                    fail("'ecr' expected: TS val N ecr N");
                skipSpace(false);
                option.tsEcr = number32("the timestamp echo reply");
            } else {
                failAt(at, "unsupported TCP option '" + (name.empty() ? std::string(1, peek()) : name)
                               + "' (supported: nop, eol, mss N, sackOK, sack A:B..., TS val N ecr N, wscale N, or <...>)");
            }
            packet.options.push_back(option);
            skipSpace(false);
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            if (peek() == '>') {
                ++m_at;
                return;
            }
            fail("',' or '>' expected in the TCP options");
        }
    }

    ShellEvent parseShell()
    {
        const std::size_t start = m_at;
        const std::size_t end = m_text.find('`', m_at + 1);
        if (end == std::string::npos)
            failAt(start, "this `shell command` is never closed with `");
        ShellEvent shell;
        shell.command = m_text.substr(start + 1, end - start - 1);
        if (shell.command.find('\0') != std::string::npos)
            failAt(start, "a shell command cannot hold a NUL byte");
        m_at = end + 1;
        expectLineEnd("the shell command");
        return shell;
    }

    AssertEvent parseAssertBlock()
    {
        const std::size_t start = m_at;
        const std::size_t end = m_text.find("}%", m_at + 2);
        if (end == std::string::npos)
            failAt(start, "this %{ block is never closed with }%");
        AssertEvent block;
        std::size_t lineAt = start + 2;
        while (lineAt < end) {
            std::size_t lineEnd = m_text.find('\n', lineAt);
            if (lineEnd == std::string::npos || lineEnd > end)
                lineEnd = end;
            std::size_t first = lineAt;
            while (first < lineEnd && (m_text[first] == ' ' || m_text[first] == '\t' || m_text[first] == '\r'))
                ++first;
            std::size_t last = lineEnd;
            while (last > first && std::isspace(static_cast<unsigned char>(m_text[last - 1])))
                --last;
            if (first < last && m_text[first] != '#')
                block.assertions.push_back(parseAssertion(first, last));
            lineAt = lineEnd + 1;
        }
        if (block.assertions.empty())
            failAt(start, "this %{ }% block asserts nothing (supported: assert lines over tcpi_* fields)");
        m_at = end + 2;
        expectLineEnd("the %{ }% block");
        return block;
    }

    AssertEvent::Assertion parseAssertion(std::size_t first, std::size_t last)
    {
        const std::string line = m_text.substr(first, last - first);
        if (line.compare(0, 6, "assert") != 0 || (line.size() > 6 && isIdentifierChar(line[6])))
            failAt(first, "only 'assert EXPRESSION' lines are supported in %{ }% (over tcpi_* fields); other Python is refused");
        // The message after a top-level comma is Python too: allowed only as a string or an expression of ours.
        std::size_t comma = std::string::npos;
        int depth = 0;
        char quote = 0;
        for (std::size_t i = 6; i < line.size(); ++i) {
            const char c = line[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                ++depth;
            } else if (c == ')') {
                --depth;
            } else if (c == ',' && depth == 0) {
                comma = i;
                break;
            }
        }
        const std::string expressionText = line.substr(6, comma == std::string::npos ? std::string::npos : comma - 6);
        std::string error;
        std::size_t column = 0;
        auto expression = Expression::parse(expressionText, error, column);
        if (!expression)
            failAt(first + 6 + column, error);
        if (comma != std::string::npos) {
            std::string message = line.substr(comma + 1);
            const auto firstChar = message.find_first_not_of(" \t");
            const bool quoted = firstChar != std::string::npos && (message[firstChar] == '"' || message[firstChar] == '\'')
                                && message.find(message[firstChar], firstChar + 1) == message.find_last_not_of(" \t");
            if (!quoted) {
                std::size_t messageColumn = 0;
                if (!Expression::parse(message, error, messageColumn))
                    failAt(first + comma + 1 + messageColumn, "the assertion's message: " + error);
            }
        }
        return {*expression, line, position(first)};
    }

    Value parseValue()
    {
        skipSpace(m_depth > 0);
        Value value;
        value.position = position(m_at);
        const std::size_t start = m_at;
        if (m_text.compare(m_at, 3, "...") == 0) {
            m_at += 3;
            return value;
        }
        const char c = peek();
        if (c == '[' || c == '{') {
            const bool list = c == '[';
            value.kind = list ? Value::List : Value::Struct;
            ++m_at;
            skipSpace(m_depth > 0);
            const char close = list ? ']' : '}';
            ++m_depth;
            if (peek() == close) {
                ++m_at;
                --m_depth;
                return value;
            }
            for (;;) {
                skipSpace(m_depth > 0);
                if (list) {
                    value.items.push_back(parseValue());
                } else {
                    const std::size_t nameAt = m_at;
                    if (m_text.compare(m_at, 3, "...") == 0) {
                        m_at += 3; // {..., field=value}: the fields not named are not checked
                    } else {
                        const std::string name = identifier();
                        if (name.empty())
                            failAt(nameAt, "a field name is expected here ({name=value, ...})");
                        skipSpace(m_depth > 0);
                        if (peek() != '=')
                            fail("'=' expected after the field name " + name);
                        ++m_at;
                        Value fieldValue = parseValue();
                        fieldValue.name = name;
                        value.fields.push_back(std::move(fieldValue));
                    }
                }
                skipSpace(m_depth > 0);
                if (peek() == ',') {
                    ++m_at;
                    continue;
                }
                if (peek() == close) {
                    ++m_at;
                    --m_depth;
                    break;
                }
                fail(std::string("',' or '") + close + "' expected");
            }
            return value;
        }
        if (c == '"') {
            const std::size_t end = m_text.find('"', m_at + 1);
            if (end == std::string::npos)
                fail("this string is never closed with \"");
            value.kind = Value::String;
            value.text = m_text.substr(m_at + 1, end - m_at - 1);
            m_at = end + 1;
            return value;
        }
        value.kind = Value::Integer;
        value.integer = term();
        while (true) {
            skipSpace(m_depth > 0);
            if (peek() != '|')
                break;
            ++m_at;
            skipSpace(m_depth > 0);
            value.integer |= term();
        }
        value.text = m_text.substr(start, m_at - start);
        if (value.text == "NULL")
            value.kind = Value::Null;
        return value;
    }

    std::int64_t term()
    {
        const std::size_t start = m_at;
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_at;
        }
        if (std::isdigit(static_cast<unsigned char>(peek()))) {
            std::size_t used = 0;
            long long number = 0;
            try {
                number = std::stoll(m_text.substr(m_at, 24), &used, 0);
            } catch (...) {
                failAt(start, "this number is out of range");
            }
            m_at += used;
            if (isIdentifierChar(peek()) || peek() == '.')
                failAt(start, "a whole number is expected here");
            return negative ? -number : number;
        }
        if (negative)
            failAt(start, "a number is expected after '-'");
        if (!isIdentifierStart(peek()))
            fail("a value is expected here (a number, a constant such as SOCK_STREAM, ..., [N], {name=value}, \"text\")");
        const std::string name = identifier();
        if (name == "NULL")
            return 0;
        skipSpace(false);
        if (peek() == '(' && (name == "htons" || name == "inet_addr" || name == "sizeof" || name == "inet_pton")) {
            // htons(8080), inet_addr("192.0.2.1"): parts of an address, which packetdrill picks itself.
            ++m_at;
            ++m_depth;
            const Value inner = parseValue();
            --m_depth;
            skipSpace(m_depth > 0);
            if (peek() != ')')
                fail("')' expected");
            ++m_at;
            return inner.kind == Value::Integer ? inner.integer : 0;
        }
        if (const auto constant = syscallConstant(name))
            return *constant;
        failAt(start, "unknown symbol '" + name + "' (supported: AF_*, SOCK_*, IPPROTO_*, SOL_*, SO_*, TCP_*, F_*, O_*, "
                                                 "SHUT_*, POLL*, MSG_*, SIOCINQ/SIOCOUTQ/FIONREAD)");
    }

    SyscallEvent parseSyscall()
    {
        const std::size_t nameAt = m_at;
        SyscallEvent call;
        call.name = identifier();
        const SyscallSignature* signature = findSyscall(call.name);
        skipSpace(false);
        if (peek() != '(') {
            failAt(nameAt, "expected a packet (< or >), a system call, a `shell command` or %{ assert ... }% here");
        }
        if (!signature) {
            std::string names;
            for (const std::string& name : supportedSyscalls())
                names += (names.empty() ? "" : ", ") + name;
            failAt(nameAt, "unsupported system call '" + call.name + "' (supported: " + names + ")");
        }
        ++m_at;
        ++m_depth;
        skipSpace(true);
        if (peek() != ')') {
            for (;;) {
                call.arguments.push_back(parseValue());
                skipSpace(true);
                if (peek() == ',') {
                    ++m_at;
                    continue;
                }
                if (peek() == ')')
                    break;
                fail("',' or ')' expected in the arguments of " + call.name);
            }
        }
        ++m_at;
        --m_depth;
        const int count = int(call.arguments.size());
        if (count < signature->minimumArguments || count > signature->maximumArguments)
            failAt(nameAt, call.name + " takes " + std::to_string(signature->minimumArguments)
                               + (signature->maximumArguments != signature->minimumArguments
                                      ? " or " + std::to_string(signature->maximumArguments)
                                      : std::string())
                               + " arguments, not " + std::to_string(count));
        skipSpace(false);
        if (peek() != '=')
            fail("'= RESULT' expected after the system call (e.g. = 0, = -1 EINPROGRESS (Operation now in progress))");
        ++m_at;
        skipSpace(false);
        const std::size_t resultAt = m_at;
        call.result = parseValue();
        if (call.result.kind != Value::Integer && call.result.kind != Value::Ellipsis)
            failAt(resultAt, "the result of a system call is a number (or ...)");
        skipSpace(false);
        if (isIdentifierStart(peek())) {
            const std::size_t errnoAt = m_at;
            call.errnoName = identifier();
            const auto value = errnoByName(call.errnoName);
            if (!value)
                failAt(errnoAt, "unknown errno name '" + call.errnoName + "'");
            if (call.result.kind != Value::Integer || call.result.integer != -1)
                failAt(errnoAt, "an errno follows only a result of -1");
            call.errnoValue = *value;
            skipSpace(false);
        } else if (call.result.kind == Value::Integer && call.result.integer == -1) {
            failAt(resultAt, "a result of -1 names its errno (e.g. = -1 ECONNREFUSED (Connection refused))");
        }
        if (peek() == '(') {
            int depth = 0;
            const std::size_t noteAt = m_at;
            while (!atEnd() && peek() != '\n') {
                if (peek() == '(')
                    ++depth;
                else if (peek() == ')' && --depth == 0)
                    break;
                ++m_at;
            }
            if (peek() != ')')
                failAt(noteAt, "this note is never closed with ')'");
            call.note = m_text.substr(noteAt + 1, m_at - noteAt - 1);
            ++m_at;
        }
        expectLineEnd("the system call");
        return call;
    }

    const std::string& m_text;
    Script& m_script;
    std::vector<std::size_t> m_lineStarts;
    std::size_t m_at = 0;
    bool m_pendingNewline = false;
    int m_depth = 0; // brackets open: newlines are blanks inside them
};

// The first byte that makes `text` no script: a NUL, a control character or broken UTF-8.
std::optional<std::size_t> firstBinaryByte(const std::string& text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f') || c == 0x7f)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (length == 0 || c == 0xc0 || c == 0xc1 || i + std::size_t(length) > text.size())
            return i;
        for (int k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + std::size_t(k)]) & 0xc0) != 0x80)
                return i;
        }
        i += std::size_t(length);
    }
    return std::nullopt;
}

} // namespace

bool applyScriptOption(const std::string& rawName, const std::string& value, ScriptOptions& options, std::string& error)
{
    std::string name = rawName;
    std::replace(name.begin(), name.end(), '-', '_');
    auto integer = [&](std::int64_t minimum, std::int64_t maximum, std::int64_t& out) {
        char* end = nullptr;
        errno = 0;
        const long long parsed = std::strtoll(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0' || errno != 0 || parsed < minimum || parsed > maximum) {
            error = "invalid value '" + value + "' for --" + name + ": use a whole number from " + std::to_string(minimum)
                    + " to " + std::to_string(maximum);
            return false;
        }
        out = parsed;
        return true;
    };
    std::int64_t number = 0;
    if (name == "tolerance_usecs")
        return integer(0, 60'000'000, options.toleranceUs);
    if (name == "tolerance_percent") {
        if (!integer(0, 100, number))
            return false;
        options.tolerancePercent = double(number);
        return true;
    }
    if (name == "ip_version") {
        if (value == "ipv4") {
            options.ipv6 = false;
            return true;
        }
        if (value == "ipv6") {
            options.ipv6 = true;
            return true;
        }
        error = "invalid value '" + value + "' for --ip_version: use ipv4 or ipv6 (ipv4-mapped-ipv6 is not supported)";
        return false;
    }
    if (name == "bind_port" || name == "connect_port") {
        if (!integer(1, 65535, number))
            return false;
        (name == "bind_port" ? options.bindPort : options.connectPort) = std::uint16_t(number);
        return true;
    }
    error = "unknown option --" + rawName
            + " (supported: --tolerance_usecs=N, --tolerance_percent=N, --ip_version=ipv4|ipv6, --bind_port=N, --connect_port=N)";
    return false;
}

std::optional<Script> parseScript(const std::string& text, const ScriptOptions& options, ParseError& error)
{
    Script script;
    script.options = options;
    Parser parser(text, script);
    if (const auto binary = firstBinaryByte(text)) {
        const SourcePosition at = parser.position(*binary);
        error = {at.line, at.column, "this is no script: a binary byte (not text)"};
        return std::nullopt;
    }
    try {
        parser.parse();
    } catch (const Failure& failure) {
        const SourcePosition at = parser.position(std::min(failure.offset, text.size()));
        error = {at.line, at.column, failure.message};
        return std::nullopt;
    }
    if (script.events.empty()) {
        const SourcePosition at = parser.position(text.size());
        error = {at.line, at.column, "the script has no events"};
        return std::nullopt;
    }
    return script;
}

std::optional<Script> readScript(const std::string& path, const ScriptOptions& options, ParseError& error)
{
    error = {1, 1, {}};
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        error.message = std::string("cannot open the script: ") + std::strerror(errno);
        return std::nullopt;
    }
    struct stat info{};
    std::string text;
    bool ok = ::fstat(fd, &info) == 0;
    if (ok && S_ISDIR(info.st_mode)) {
        error.message = "this is a directory, not a script";
        ok = false;
    } else if (ok && !S_ISREG(info.st_mode)) {
        error.message = "this is no regular file";
        ok = false;
    } else if (ok && std::size_t(info.st_size) > kMaxScriptBytes) {
        error.message = "the script is too large (" + std::to_string(info.st_size) + " bytes; at most "
                        + std::to_string(kMaxScriptBytes) + ")";
        ok = false;
    }
    if (ok) {
        char buffer[65536];
        for (;;) {
            const ssize_t got = ::read(fd, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0) {
                error.message = std::string("cannot read the script: ") + std::strerror(errno);
                ok = false;
                break;
            }
            if (got == 0)
                break;
            text.append(buffer, std::size_t(got));
            if (text.size() > kMaxScriptBytes) {
                error.message = "the script is too large (at most " + std::to_string(kMaxScriptBytes) + " bytes)";
                ok = false;
                break;
            }
        }
    }
    ::close(fd);
    if (!ok)
        return std::nullopt;
    auto script = parseScript(text, options, error);
    if (script)
        script->path = path;
    return script;
}

} // namespace tsl::pkt
