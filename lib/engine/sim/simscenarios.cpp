#include "simscenarios.h"

#include <functional>
#include <map>

namespace tsl::sim {

namespace {

// A small script language over the simulator: application calls, network actions, timers, and
// "settle" (deliver every segment in order until the network is quiet).
struct Script {
    Simulator& sim;

    Script& call(CommandKind kind, Side side, std::uint32_t bytes = 0)
    {
        Command c;
        c.kind = kind;
        c.side = side;
        c.bytes = bytes;
        sim.apply(c);
        return *this;
    }
    Script& listen(Side s) { return call(CommandKind::PassiveOpen, s); }
    Script& connect(Side s) { return call(CommandKind::ActiveOpen, s); }
    Script& send(Side s, std::uint32_t n) { return call(CommandKind::Send, s, n); }
    Script& shutdown(Side s) { return call(CommandKind::Shutdown, s); }
    Script& close(Side s) { return call(CommandKind::Close, s); }
    Script& abort(Side s) { return call(CommandKind::Abort, s); }
    Script& timer() { return call(CommandKind::Timer, Side::A); }
    Script& net(CommandKind kind, std::size_t index = 0)
    {
        Command c;
        c.kind = kind;
        c.index = index;
        sim.apply(c);
        return *this;
    }
    Script& deliver(std::size_t index = 0) { return net(CommandKind::Deliver, index); }
    Script& drop(std::size_t index = 0) { return net(CommandKind::Drop, index); }
    Script& settle()
    {
        for (int guard = 0; guard < 64 && !sim.state().network.empty(); ++guard)
            deliver();
        return *this;
    }
    Script& handshake() { return listen(Side::B).connect(Side::A).settle(); }
};

using Builder = std::function<void(Script&)>;

const std::vector<std::pair<std::string, Builder>>& scenarios()
{
    static const std::vector<std::pair<std::string, Builder>> list = {
        {"three-way-handshake", [](Script& s) { s.handshake(); }},
        {"active-close",
         [](Script& s) { s.handshake().close(Side::A).settle().close(Side::B).settle().timer(); }},
        {"simultaneous-open", [](Script& s) { s.connect(Side::A).connect(Side::B).settle(); }},
        {"simultaneous-close",
         [](Script& s) { s.handshake().close(Side::A).close(Side::B).settle().timer().timer(); }},
        {"half-close",
         [](Script& s) {
             s.handshake().shutdown(Side::A).settle().send(Side::B, 100).settle().send(Side::B, 200).settle()
                 .close(Side::B).settle().timer();
         }},
        {"abort", [](Script& s) { s.handshake().abort(Side::A).settle(); }},
        {"connect-refused", [](Script& s) { s.connect(Side::A).settle(); }},
        {"lost-syn", [](Script& s) { s.listen(Side::B).connect(Side::A).drop().timer().settle(); }},
        {"lost-fin",
         [](Script& s) {
             s.handshake().close(Side::A).drop().timer().settle().close(Side::B).settle().timer();
         }},
        {"lost-final-ack",
         [](Script& s) {
             // A's last ACK is lost: B, in LAST_ACK, retransmits its FIN; A, in TIME_WAIT,
             // acknowledges it again and restarts 2MSL.
             s.handshake().close(Side::A).settle().close(Side::B).deliver().drop().timer().settle().timer();
         }},
        {"time-wait-expiry",
         [](Script& s) {
             // B's FIN overtakes B's ACK: it acknowledges A's FIN too, so A goes from FIN_WAIT_1
             // straight to TIME_WAIT, then waits out 2MSL.
             s.handshake().close(Side::A).deliver().close(Side::B).deliver(1).settle().timer();
         }},
        {"syn-flood",
         [](Script& s) {
             // B listens with a backlog of 4; spoofed SYNs fill it; A's SYN is dropped; with SYN
             // cookies on, A's retransmitted SYN gets through without B keeping any state.
             s.listen(Side::B).call(CommandKind::Listen, Side::B, 4);
             for (int i = 0; i < 6; ++i)
                 s.call(CommandKind::SpoofedSyn, Side::B);
             s.connect(Side::A).deliver().timer().deliver().call(CommandKind::SetSynCookies, Side::B, 1).timer().settle();
         }},
        {"orphaned-fin-wait-2",
         [](Script& s) {
             // A closes, B never does: on Linux A's orphaned FIN_WAIT_2 times out after 60 s.
             s.handshake().close(Side::A).settle().timer().abort(Side::B).settle();
         }},
        {"resets-and-aborts",
         [](Script& s) {
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
    return list;
}

} // namespace

std::vector<std::string> scenarioNames()
{
    std::vector<std::string> out;
    for (const auto& [name, builder] : scenarios())
        out.push_back(name);
    return out;
}

bool buildScenario(const std::string& name, Simulator& simulator)
{
    for (const auto& [n, builder] : scenarios()) {
        if (n == name) {
            simulator = Simulator();
            Script script{simulator};
            builder(script);
            return true;
        }
    }
    return false;
}

} // namespace tsl::sim
