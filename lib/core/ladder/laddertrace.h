#pragma once
// What a ladder diagram shows, whoever recorded it: rows (one per step), the segments as arrows
// between the two timelines — delivered, dropped (ending in a cross), discarded by the receiver,
// still in flight, held mid-wire, duplicated, crafted, to or from the spoofed "?" host — the
// state each side entered at each row, timers that fired (a retransmission with the RTO that
// fired), the applications' calls, and an optional mark per row (a visible marker and its explanation, e.g. where a twin
// disagrees). The simulator fills it from its records, the Wire panel from real captured
// segments; LadderLayout lays either out the same way. QtCore only.

#include "model/tcpstate.h"
#include "sim/segment.h"

#include <QString>

#include <map>
#include <vector>

namespace tsl {

namespace sim {
class Simulator;
}

struct LadderTrace {
    struct Arrow {
        enum class Shape {
            Between,         // from the sender's timeline towards the peer's
            FromSpoofedHost, // a spoofed SYN arriving at B from the "?" host, within its row
            ToSpoofedHost,   // B's answer to a spoofed address, never returning
            Arriving,        // crafted or duplicated: arrives within its row from mid-wire
        };
        enum class End {
            InFlight,  // still travelling when the shown rows end
            Held,      // waiting on the wire for the user: drawn mid-wire
            Delivered,
            Dropped,   // lost halfway (a cross mid-wire)
            Discarded, // reached the receiver, which threw it away
        };
        sim::Segment segment; // flags, seq/ack (relative for real segments), len, sender
        Shape shape = Shape::Between;
        End end = End::InFlight;
        int row = 0;    // where it starts (Arriving, FromSpoofedHost: where it arrives)
        int endRow = 0; // Delivered, Dropped, Discarded (Between)
        bool crafted = false;
        bool duplicate = false;
        bool retransmission = false;
        std::uint64_t key = 0; // the recorder's id (the wire's capture id)
    };
    struct StateChange {
        sim::Side side = sim::Side::A;
        int row = 0;
        TcpState state = TcpState::Closed;
    };
    struct Timer {
        sim::Side side = sim::Side::A;
        int row = 0;
        QString name; // "retransmission timer", "RTO 1.00 s"; a call: "accept()"
        bool call = false; // an application's call, not a timer: written without the timer's dot
    };
    struct Mark {
        QString text;        // short, painted beside the row's marker
        QString explanation; // the longer why (a tooltip, the step's text)
    };

    int rows = 0;
    std::vector<Arrow> arrows;      // in the order they are labelled
    std::vector<StateChange> states; // row 0: where each side starts
    std::vector<Timer> timers;
    std::map<int, Mark> marks; // by row

    // Steps 1..simulator.currentStep() of a simulation.
    static LadderTrace fromSimulator(const sim::Simulator& simulator);
};

} // namespace tsl
