#pragma once
// One entry of the lab's log: an operation on one endpoint, when, whether the kernel accepted
// it, and the facts behind the words, so that every front end can say it in the user's
// language. Plain C++ and platform-neutral (the lab itself is Linux's; its words are not).

#include <cstdint>
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
    Other,
};

// The facts behind an event's words, so the GUI and the command line can say them in the
// user's language (LabText::operation / LabText::detail).
struct LabFacts {
    std::string address;       // listen: where; connect: to; accept: from; connect to itself: where
    std::string otherAddress;  // connect: from
    std::int64_t amount = 0;   // listen: backlog; send: asked; send until full, read: bytes; buffers: SO_RCVBUF
    std::int64_t amount2 = 0;  // send: sent; buffers: SO_SNDBUF
    bool deferAccept = false;  // listen
    bool reuseAddress = false; // listen
    std::string reason = {};   // read kernel: why the table could not be read (the system's words)
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
