#include "simscenarios.h"

#include "model/translatenoop.h"

namespace tsl::sim {

// A small script language over the simulator: application calls, network actions, timers, and
// "settle" (deliver every segment in order until the network is quiet).
class ScenarioScript {
public:
    explicit ScenarioScript(Simulator& simulator) : m_sim(simulator) {}

    ScenarioScript& call(CommandKind kind, Side side, std::uint32_t bytes = 0)
    {
        Command c;
        c.kind = kind;
        c.side = side;
        c.bytes = bytes;
        m_sim.apply(c);
        return *this;
    }
    ScenarioScript& listen(Side s) { return call(CommandKind::PassiveOpen, s); }
    ScenarioScript& connect(Side s) { return call(CommandKind::ActiveOpen, s); }
    ScenarioScript& send(Side s, std::uint32_t n) { return call(CommandKind::Send, s, n); }
    ScenarioScript& shutdown(Side s) { return call(CommandKind::Shutdown, s); }
    ScenarioScript& close(Side s) { return call(CommandKind::Close, s); }
    ScenarioScript& abort(Side s) { return call(CommandKind::Abort, s); }
    ScenarioScript& timer() { return call(CommandKind::Timer, Side::A); }
    ScenarioScript& net(CommandKind kind, std::size_t index = 0)
    {
        Command c;
        c.kind = kind;
        c.index = index;
        m_sim.apply(c);
        return *this;
    }
    ScenarioScript& deliver(std::size_t index = 0) { return net(CommandKind::Deliver, index); }
    ScenarioScript& drop(std::size_t index = 0) { return net(CommandKind::Drop, index); }
    ScenarioScript& settle()
    {
        for (int guard = 0; guard < 64 && !m_sim.state().network.empty(); ++guard)
            deliver();
        return *this;
    }
    ScenarioScript& handshake() { return listen(Side::B).connect(Side::A).settle(); }

private:
    Simulator& m_sim;
};

namespace {

using S = ScenarioScript;

constexpr SimScenario kScenarios[] = {
    {"three-way-handshake", TSL_TRANSLATE_NOOP("SimText", "Three-way handshake"),
     TSL_TRANSLATE_NOOP("SimText", "SYN, SYN,ACK, ACK: a passive and an active open meet."),
     [](S& s) { s.handshake(); }},
    {"active-close", TSL_TRANSLATE_NOOP("SimText", "Active close"),
     TSL_TRANSLATE_NOOP("SimText", "A closes first (FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT), then B (CLOSE_WAIT, LAST_ACK)."),
     [](S& s) { s.handshake().close(Side::A).settle().close(Side::B).settle().timer(); }},
    {"simultaneous-open", TSL_TRANSLATE_NOOP("SimText", "Simultaneous open"),
     TSL_TRANSLATE_NOOP("SimText", "Both sides send a SYN at once: both pass SYN_RECEIVED."),
     [](S& s) { s.connect(Side::A).connect(Side::B).settle(); }},
    {"simultaneous-close", TSL_TRANSLATE_NOOP("SimText", "Simultaneous close"),
     TSL_TRANSLATE_NOOP("SimText", "Both sides close at once: both pass CLOSING to TIME_WAIT."),
     [](S& s) { s.handshake().close(Side::A).close(Side::B).settle().timer().timer(); }},
    {"half-close", TSL_TRANSLATE_NOOP("SimText", "Half-close"),
     TSL_TRANSLATE_NOOP("SimText", "A shuts down writing; B keeps sending data that A still reads."),
     [](S& s) {
         s.handshake().shutdown(Side::A).settle().send(Side::B, 100).settle().send(Side::B, 200).settle()
             .close(Side::B).settle().timer();
     }},
    {"abort", TSL_TRANSLATE_NOOP("SimText", "Abort"),
     TSL_TRANSLATE_NOOP("SimText", "A aborts: a RST, and both sides are CLOSED at once."),
     [](S& s) { s.handshake().abort(Side::A).settle(); }},
    {"connect-refused", TSL_TRANSLATE_NOOP("SimText", "Connection refused"),
     TSL_TRANSLATE_NOOP("SimText", "A connects to a port where nobody listens: the SYN draws a RST."),
     [](S& s) { s.connect(Side::A).settle(); }},
    {"lost-syn", TSL_TRANSLATE_NOOP("SimText", "Lost SYN"),
     TSL_TRANSLATE_NOOP("SimText", "A's SYN is lost: A's retransmission timer sends it again."),
     [](S& s) { s.listen(Side::B).connect(Side::A).drop().timer().settle(); }},
    {"lost-fin", TSL_TRANSLATE_NOOP("SimText", "Lost FIN"),
     TSL_TRANSLATE_NOOP("SimText", "A's FIN is lost: A retransmits it from FIN_WAIT_1."),
     [](S& s) { s.handshake().close(Side::A).drop().timer().settle().close(Side::B).settle().timer(); }},
    {"lost-final-ack", TSL_TRANSLATE_NOOP("SimText", "Lost final ACK"),
     TSL_TRANSLATE_NOOP("SimText", "A's final ACK is lost: B in LAST_ACK retransmits its FIN, A in TIME_WAIT acknowledges it again."),
     [](S& s) {
         // A's last ACK is lost: B, in LAST_ACK, retransmits its FIN; A, in TIME_WAIT,
         // acknowledges it again and restarts 2MSL.
         s.handshake().close(Side::A).settle().close(Side::B).deliver().drop().timer().settle().timer();
     }},
    {"time-wait-expiry", TSL_TRANSLATE_NOOP("SimText", "TIME_WAIT expires"),
     TSL_TRANSLATE_NOOP("SimText", "B's ACK of A's FIN is lost, but B's FIN carries the same acknowledgement: A goes from "
                                   "FIN_WAIT_1 straight to TIME_WAIT, then the 2MSL timer runs out and A's TCB is deleted."),
     [](S& s) {
         // The lost ACK keeps the network quiet afterwards: no stale segment reaches TIME_WAIT,
         // so nothing cuts it short and the last step is the 2MSL timer.
         s.handshake().close(Side::A).deliver().drop().close(Side::B).settle().timer();
     }},
    {"syn-flood", TSL_TRANSLATE_NOOP("SimText", "SYN flood"),
     TSL_TRANSLATE_NOOP("SimText", "Spoofed SYNs fill B's backlog of 4; A's SYN is dropped until SYN cookies let it through."),
     [](S& s) {
         // B listens with a backlog of 4; spoofed SYNs fill it; A's SYN is dropped; with SYN
         // cookies on, A's retransmitted SYN gets through without B keeping any state.
         s.listen(Side::B).call(CommandKind::Listen, Side::B, 4);
         for (int i = 0; i < 6; ++i)
             s.call(CommandKind::SpoofedSyn, Side::B);
         s.connect(Side::A).deliver().timer().deliver().call(CommandKind::SetSynCookies, Side::B, 1).timer().settle();
     }},
    {"orphaned-fin-wait-2", TSL_TRANSLATE_NOOP("SimText", "Orphaned FIN_WAIT_2"),
     TSL_TRANSLATE_NOOP("SimText", "A closes and B never does: Linux times A's orphaned FIN_WAIT_2 out after 60 s."),
     [](S& s) {
         // A closes, B never does: on Linux A's orphaned FIN_WAIT_2 times out after 60 s.
         s.handshake().close(Side::A).settle().timer().abort(Side::B).settle();
     }},
    {"resets-and-aborts", TSL_TRANSLATE_NOOP("SimText", "Resets and aborts"),
     TSL_TRANSLATE_NOOP("SimText", "A tour of RST and ABORT in every state, one short connection after another."),
     [](S& s) {
         // A tour of RST and ABORT in every state, one short connection after another.
         s.listen(Side::B).abort(Side::B);                                  // LISTEN: ABORT
         s.listen(Side::B).close(Side::B);                                  // LISTEN: CLOSE
         s.connect(Side::A).close(Side::A).settle();                        // SYN_SENT: CLOSE
         s.connect(Side::A).abort(Side::A).settle();                        // SYN_SENT: ABORT
         s.listen(Side::B).connect(Side::A).deliver().abort(Side::A).settle(); // passive SYN_RECEIVED: RST -> LISTEN
         s.connect(Side::A).deliver().abort(Side::B).settle();              // SYN_RECEIVED: ABORT; ESTABLISHED: RST
         s.listen(Side::B).send(Side::B, 10).settle();                      // LISTEN: SEND; SYN_SENT: RST
         s.connect(Side::A).connect(Side::B).deliver().abort(Side::A).settle(); // active SYN_RECEIVED: RST
         s.handshake().close(Side::A).abort(Side::A).settle();             // FIN_WAIT_1: ABORT; CLOSE_WAIT: RST
         s.handshake().close(Side::A).abort(Side::B).settle();             // FIN_WAIT_1: RST
         s.handshake().close(Side::A).settle().abort(Side::B).settle();    // CLOSE_WAIT: ABORT; FIN_WAIT_2: RST
         s.handshake().close(Side::A).settle().abort(Side::A).settle();    // FIN_WAIT_2: ABORT
         s.handshake().close(Side::A).close(Side::B).deliver().abort(Side::A).settle(); // FIN_WAIT_1 RST; CLOSING: RST
         s.handshake().close(Side::A).close(Side::B).deliver().abort(Side::B).settle(); // CLOSING: ABORT; CLOSING: RST
         s.handshake().close(Side::A).settle().close(Side::B).abort(Side::B).settle(); // LAST_ACK: ABORT; TIME_WAIT: RST
         s.handshake().close(Side::A).settle().close(Side::B).abort(Side::A).settle(); // LAST_ACK: RST
         s.handshake().close(Side::A).settle().close(Side::B).settle().abort(Side::A); // TIME_WAIT: ABORT
         s.listen(Side::B).connect(Side::A).deliver().close(Side::B).settle().close(Side::A).settle().timer(); // SYN_RECEIVED: CLOSE
         s.abort(Side::B).abort(Side::A);
     }},
};

} // namespace

std::span<const SimScenario> simScenarios() { return kScenarios; }

const SimScenario* findScenario(std::string_view name)
{
    for (const SimScenario& scenario : kScenarios) {
        if (scenario.name == name)
            return &scenario;
    }
    return nullptr;
}

std::vector<std::string> scenarioNames()
{
    std::vector<std::string> out;
    for (const SimScenario& scenario : kScenarios)
        out.emplace_back(scenario.name);
    return out;
}

bool buildScenario(std::string_view name, Simulator& simulator)
{
    const SimScenario* scenario = findScenario(name);
    if (!scenario)
        return false;
    simulator = Simulator(simulator.profile()); // a fresh run, under the simulator's profile
    ScenarioScript script(simulator);
    scenario->build(script);
    return true;
}

} // namespace tsl::sim
