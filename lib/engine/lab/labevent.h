#pragma once
// One entry of the lab's log: an operation on one endpoint, when, whether the kernel accepted
// it, and the facts behind the words, so that every front end can say it in the user's
// language. Plain C++ and platform-neutral (the lab itself is Linux's; its words are not).

#include "model/tcpstate.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tsl {

enum class LabOperation {
    Listen,
    Connect,
    ConnectToSelf,
    Accept,
    Send,
    SendUntilFull,
    Read,
    StopReading,
    ShutdownWrite,
    Close,
    Abort,
    SetBuffers,
    SocketSays, // what the socket itself revealed (SO_ERROR), reported by a scenario
    ReadKernel, // a poll could not read the kernel's table (logged once per failure, with why)
    FloodStatus, // syn-flood: how the listener copes, after each new client
    Other,
};

// The facts behind an event's words, so the GUI and the command line can say them in the
// user's language (LabText::operation / LabText::detail).
struct LabFacts {
    std::string address;          // listen: where; connect: to; accept: from; connect to itself: where
    std::string otherAddress;     // connect: from
    int backlog = 0;              // listen
    bool deferAccept = false;     // listen
    bool reuseAddress = false;    // listen
    std::int64_t bytesAsked = 0;  // send
    std::int64_t bytes = 0;       // send: sent; send until full, read: moved
    int receiveBuffer = 0;        // set buffers: SO_RCVBUF
    int sendBuffer = 0;           // set buffers: SO_SNDBUF
    bool resetByClose = false;    // close: unread data made the kernel send a RST
    TcpState reportedState = TcpState::Unknown; // socket says: the state it revealed
    // syn-flood, after each new client (FloodStatus):
    int clients = 0;              // connection attempts so far
    int halfOpen = 0;             // the listener's half-open requests (SYN_RECEIVED)
    int droppedSyns = 0;          // clients whose SYN the full listener dropped (retrying in SYN_SENT)
    int established = 0;          // clients through the handshake
    std::optional<bool> synCookies; // net.ipv4.tcp_syncookies is on (1 or 2); unknown if unreadable
    std::string reason;           // read kernel: why the table could not be read (the system's words)
};

struct LabEvent {
    std::int64_t timeUs = 0;
    int endpoint = -1;
    std::string role;
    std::string operation; // in English, stable for scripts: "listen backlog=0", "connect to 127.0.0.1:5000", ...
    bool ok = true;
    std::string detail;    // in English: what happened ("sent 12288 bytes"), or the system's error
    LabOperation kind = LabOperation::Other;
    LabFacts facts;
};

} // namespace tsl
