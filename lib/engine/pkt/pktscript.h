#pragma once
// A packetdrill script as read by PktParser: its options and its events (packets the remote
// peer sends or host A must send, system calls, shell lines, tcpi_* assertions), each with its
// time and where it stands in the file. Plain C++; nothing here touches a network.

#include "pktexpression.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tsl::pkt {

struct SourcePosition {
    int line = 0;   // from 1
    int column = 0; // from 1, in bytes
};

enum class TimeKind {
    Absolute, // 0.100: from the script's start
    Relative, // +0.100: from the previous event
    Any,      // *: whenever it happens
};

struct EventTime {
    TimeKind kind = TimeKind::Absolute;
    std::int64_t startUs = 0;
    std::optional<std::int64_t> rangeEndUs; // a~b: anywhere from start to end (same kind as start)
    std::optional<std::int64_t> blockEndUs; // a...b on a system call: it returns at b
};

// One TCP option as written: `nop`, `mss 1460`, `sackOK`, `sack 1:10 20:30`, `TS val 1 ecr 0`,
// `wscale 7`, `eol`.
struct TcpOptionSpec {
    enum Kind { Nop, Eol, Mss, SackPermitted, Sack, Timestamp, WindowScale } kind = Nop;
    std::uint32_t value = 0; // mss, wscale
    std::uint32_t tsVal = 0;
    std::uint32_t tsEcr = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> blocks; // sack
};

enum class IpEcn {
    Unspecified, // not written: not checked, not set
    NotEct,      // [noecn]
    Ect0,        // [ect0]
    Ect1,        // [ect1]
    Ce,          // [ce]
    Ect01,       // [ect01]: either ECT codepoint
};

struct PacketEvent {
    bool inbound = true;           // `<`: the remote sends it to A; `>`: A must send it
    std::uint8_t flags = 0;        // TCP header flag bits (FIN 0x01 ... CWR 0x80)
    std::string flagsText;         // as written, e.g. "S."
    IpEcn ecn = IpEcn::Unspecified;
    std::uint32_t seqStart = 0;
    std::uint32_t seqEnd = 0;
    std::uint32_t length = 0;
    std::optional<std::uint32_t> ack;
    std::optional<std::uint32_t> window;
    std::optional<std::uint32_t> urgent;
    bool optionsWritten = false; // a <...> list follows
    bool anyOptions = false;     // <...>: whatever options A sends
    std::vector<TcpOptionSpec> options;
};

// An argument or result of a system call.
struct Value {
    enum Kind {
        Ellipsis, // ...: whatever the call needs (an address, a buffer)
        Integer,
        String,
        List,   // [a, b]: a pointer to an int (setsockopt), an array of structs (poll)
        Struct, // {name=value, ...}
        Null,   // NULL
    } kind = Ellipsis;
    std::int64_t integer = 0;
    std::string text;   // String; the symbol for an Integer written as one (e.g. "SO_LINGER")
    std::vector<Value> items;                                // List
    std::vector<Value> fields; // Struct: each with its `name`
    std::string name;          // a Struct's field: its name
    SourcePosition position;
};

struct SyscallEvent {
    std::string name;
    std::vector<Value> arguments;
    Value result;                  // Integer or Ellipsis
    std::optional<int> errnoValue; // = -1 EINPROGRESS (...)
    std::string errnoName;
    std::string note;              // the text in parentheses after the result
};

struct ShellEvent {
    std::string command;
};

// %{ assert EXPR ... }%: each assertion checked on A's socket (TCP_INFO) at that point.
struct AssertEvent {
    struct Assertion {
        Expression expression;
        std::string text;
        SourcePosition position;
    };
    std::vector<Assertion> assertions;
};

struct Event {
    SourcePosition position;
    EventTime time;
    std::string text; // the line as written, for messages and the window
    std::variant<PacketEvent, SyscallEvent, ShellEvent, AssertEvent> action;

    bool isPacket() const { return std::holds_alternative<PacketEvent>(action); }
    bool isSyscall() const { return std::holds_alternative<SyscallEvent>(action); }
};

struct ScriptOptions {
    std::int64_t toleranceUs = 4000; // packetdrill's default
    double tolerancePercent = 0;     // of the time since the previous event
    bool ipv6 = false;
    std::uint16_t bindPort = 8080;
    std::uint16_t connectPort = 8080;
    std::int64_t wireDelayUs = 0;
};

struct Script {
    std::string path;
    ScriptOptions options;
    std::vector<Event> events;
    int lineCount = 0;
};

// Applies one `--name=value` option (from the command line or a script's head) to `options`;
// false with `error` for an unknown option or a bad value.
bool applyScriptOption(const std::string& name, const std::string& value, ScriptOptions& options, std::string& error);

} // namespace tsl::pkt
