#include "netscenarios.h"

#include "model/translatenoop.h"

#include <memory>

namespace tsl {

using net::Host;
namespace tcpflag = net::tcpflag;

namespace {

using Steps = std::vector<NetScenarioStep>;
using Session = NetSession;

// A step that always lets the scenario go on.
template <typename Action>
NetScenarioStep step(const char* label, Action action)
{
    return {label, [action](NetSession& session) {
                action(session);
                return true;
            }};
}

// What a script concludes, marked in the context "NetScenario"; `id` is the JSON's "note_id".
EngineText noteText(const char* id, const char* source)
{
    EngineText text = engineText("NetScenario", source);
    text.id = id;
    return text;
}

void append(Steps& to, const Steps& more) { to.insert(to.end(), more.begin(), more.end()); }

constexpr std::uint8_t kSynAck = tcpflag::kSyn | tcpflag::kAck;

// The active opener's half of a handshake through the wire, segment by segment.
Steps handshake()
{
    return {
        step(TSL_TRANSLATE_NOOP("NetScenario", "B listens on port 5000"), [](Session& s) { s.listen(Host::B); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "A connects: its SYN waits on the wire"), [](Session& s) { s.connect(Host::A); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's SYN to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kSyn, true); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's SYN,ACK to A"), [](Session& s) { s.deliver(Host::B, kSynAck, true); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's ACK to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "B accepts the connection"), [](Session& s) { s.accept(Host::B); }),
    };
}

// A closes first; B acknowledges, then closes too.
Steps closeFromA(bool loseFinalAck)
{
    Steps steps = {
        step(TSL_TRANSLATE_NOOP("NetScenario", "A closes: its FIN waits on the wire"), [](Session& s) { s.close(Host::A); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's FIN to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kFin); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's ACK to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kAck, true); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "B closes: its FIN waits on the wire"), [](Session& s) { s.close(Host::B); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's FIN to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kFin); }),
    };
    if (!loseFinalAck) {
        steps.push_back(step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's final ACK to B"),
                             [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }));
        return steps;
    }
    append(steps, {
        step(TSL_TRANSLATE_NOOP("NetScenario", "Drop A's final ACK"),
             [](Session& s) {
                 s.drop(Host::A, tcpflag::kAck, true);
                 s.note(noteText("final-ack-lost", TSL_TRANSLATE_NOOP("NetScenario", "the final ACK is lost: B stays in LAST_ACK "
                                                                                     "until its retransmission timer fires")));
             }),
        // LAST_ACK retransmits its FIN after the RTO; TIME_WAIT acknowledges it again.
        step(TSL_TRANSLATE_NOOP("NetScenario", "Wait for B's RTO: B retransmits its FIN"),
             [](Session& s) { s.expect(Host::B, tcpflag::kFin, 10000); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's retransmitted FIN to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kFin); }),
        step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's ACK (from TIME_WAIT) to B"),
             [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }),
    });
    return steps;
}

Steps withHandshake(const Steps& more)
{
    Steps steps = handshake();
    append(steps, more);
    return steps;
}

const std::vector<std::pair<std::string, Steps (*)()>>& scripts()
{
    static const std::vector<std::pair<std::string, Steps (*)()>> table = {
        {"three-way-handshake", [] { return handshake(); }},
        {"active-close", [] { return withHandshake(closeFromA(false)); }},
        {"simultaneous-open",
         [] {
             // Both SYNs are on the wire before either arrives: they cross.
             return Steps{
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A connects from port 40000 to B's port 40001"),
                      [](Session& s) { s.connect(Host::A, NetSession::kPortA); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B connects from port 40001 to A's port 40000: the SYNs cross"),
                      [](Session& s) {
                          s.connect(Host::B, NetSession::kPortB);
                          s.expect(Host::A, tcpflag::kSyn, NetSession::kSegmentTimeoutMs, true);
                          s.expect(Host::B, tcpflag::kSyn, NetSession::kSegmentTimeoutMs, true);
                      }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's SYN to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kSyn, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's SYN to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kSyn, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's SYN,ACK to B"), [](Session& s) { s.deliver(Host::A, kSynAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's SYN,ACK to A"), [](Session& s) { s.deliver(Host::B, kSynAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Release what is still on the wire"), [](Session& s) { s.settle(); }),
             };
         }},
        {"simultaneous-close",
         [] {
             // Both FINs are on the wire before either arrives: each side is in FIN_WAIT_1
             // when the other's FIN comes, and goes through CLOSING.
             return withHandshake({
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A closes: its FIN waits on the wire"), [](Session& s) { s.close(Host::A); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B closes too: the FINs cross"),
                      [](Session& s) {
                          s.close(Host::B);
                          s.expect(Host::A, tcpflag::kFin);
                          s.expect(Host::B, tcpflag::kFin);
                      }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's FIN to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kFin); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's FIN to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kFin); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's ACK to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's ACK to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kAck, true); }),
             });
         }},
        {"half-close",
         [] {
             return withHandshake({
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A shuts down writing: its FIN waits on the wire"),
                      [](Session& s) { s.shutdownWrite(Host::A); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's FIN to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kFin); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's ACK to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kAck, true); }),
                 // B still sends after A's FIN: the half-closed direction carries data.
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B sends 1000 bytes"), [](Session& s) { s.send(Host::B, 1000); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's data to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kAck); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's ACK to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A reads the data"), [](Session& s) { s.read(Host::A); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B closes: its FIN waits on the wire"), [](Session& s) { s.close(Host::B); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's FIN to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kFin); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's final ACK to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }),
             });
         }},
        {"abort",
         [] {
             return withHandshake({
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A aborts (SO_LINGER 0): its RST waits on the wire"),
                      [](Session& s) { s.abort(Host::A); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's RST to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kRst); }),
             });
         }},
        {"connect-refused",
         [] {
             return Steps{
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A connects to B, where nothing listens"), [](Session& s) { s.connect(Host::A); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's SYN to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kSyn, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's RST to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kRst); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A reads the error: connection refused"), [](Session& s) { s.socketError(Host::A); }),
             };
         }},
        {"lost-syn",
         [] {
             return Steps{
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B listens on port 5000"), [](Session& s) { s.listen(Host::B); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A connects: its SYN waits on the wire"), [](Session& s) { s.connect(Host::A); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Drop A's SYN"),
                      [](Session& s) {
                          s.drop(Host::A, tcpflag::kSyn, true);
                          s.note(noteText("syn-lost", TSL_TRANSLATE_NOOP("NetScenario", "the SYN is lost: A retransmits it when its "
                                                                                          "first RTO (1 s) fires")));
                      }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Wait for A's RTO: A retransmits its SYN"),
                      [](Session& s) { s.expect(Host::A, tcpflag::kSyn, 5000, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's retransmitted SYN to B"),
                      [](Session& s) { s.deliver(Host::A, tcpflag::kSyn, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's SYN,ACK to A"), [](Session& s) { s.deliver(Host::B, kSynAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's ACK to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B accepts the connection"), [](Session& s) { s.accept(Host::B); }),
             };
         }},
        {"lost-fin",
         [] {
             return withHandshake({
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A closes: its FIN waits on the wire"), [](Session& s) { s.close(Host::A); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Drop A's FIN"),
                      [](Session& s) {
                          s.drop(Host::A, tcpflag::kFin);
                          s.note(noteText("fin-lost", TSL_TRANSLATE_NOOP("NetScenario", "the FIN is lost: A stays in FIN_WAIT_1 and "
                                                                                          "retransmits it when the RTO fires")));
                      }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Wait for A's RTO: A retransmits its FIN"),
                      [](Session& s) { s.expect(Host::A, tcpflag::kFin, 10000); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's retransmitted FIN to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kFin); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's ACK to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B closes: its FIN waits on the wire"), [](Session& s) { s.close(Host::B); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's FIN to A"), [](Session& s) { s.deliver(Host::B, tcpflag::kFin); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's final ACK to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }),
             });
         }},
        {"lost-final-ack", [] { return withHandshake(closeFromA(true)); }},
        {"time-wait-expiry",
         [] {
             Steps steps = withHandshake(closeFromA(false));
             steps.push_back(step(TSL_TRANSLATE_NOOP("NetScenario", "A waits in TIME_WAIT for 2MSL (60 s on Linux)"), [](Session& s) {
                 s.note(noteText("time-wait-2msl", TSL_TRANSLATE_NOOP("NetScenario", "A waits in TIME_WAIT for 2MSL: 60 s on Linux "
                                                                                   "(TCP_TIMEWAIT_LEN, not a setting)")));
                 s.waitState(Host::A, TcpState::Closed, 70000);
             }));
             return steps;
         }},
        {"syn-flood",
         [] {
             Steps steps = {
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B listens with a backlog of 4"), [](Session& s) { s.listen(Host::B, 4); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "8 spoofed SYNs from 198.51.100.0/24 reach B"), [](Session& s) { s.floodSyns(Host::B, 8); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "A connects: its SYN waits on the wire"), [](Session& s) { s.connect(Host::A); }),
                 {TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's SYN to B: does B answer?"),
                  [](Session& s) {
                      s.deliver(Host::A, tcpflag::kSyn, true);
                      if (!s.heldFrom(Host::B, kSynAck, 300)) {
                          s.note(noteText("syn-queue-full",
                                          TSL_TRANSLATE_NOOP("NetScenario", "B's SYN queue is full of spoofed half-open connections "
                                                                            "and it has no SYN cookies: A's SYN is dropped without "
                                                                            "an answer")));
                          return false;
                      }
                      if (!s.hasConnection(Host::B))
                          s.note(noteText("syn-cookie",
                                          TSL_TRANSLATE_NOOP("NetScenario", "B answered with a SYN cookie: it keeps no half-open "
                                                                            "socket for A; the connection is made only when A's "
                                                                            "ACK returns the cookie")));
                      return true;
                  }},
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver B's SYN,ACK to A"), [](Session& s) { s.deliver(Host::B, kSynAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "Deliver A's ACK to B"), [](Session& s) { s.deliver(Host::A, tcpflag::kAck, true); }),
                 step(TSL_TRANSLATE_NOOP("NetScenario", "B accepts the connection"), [](Session& s) { s.accept(Host::B); }),
             };
             return steps;
         }},
    };
    return table;
}

} // namespace

std::vector<std::string> netScenarioNames()
{
    std::vector<std::string> names;
    for (const auto& [name, steps] : scripts())
        names.push_back(name);
    return names;
}

const std::vector<NetSetting>& netSettings()
{
    static const std::vector<NetSetting> settings = {
        {"tcp_syncookies", 0, 2},      {"tcp_max_syn_backlog", 1, 65535}, {"tcp_synack_retries", 0, 255},
        {"tcp_syn_retries", 1, 127},   {"tcp_fin_timeout", 1, 3600},      {"tcp_retries2", 0, 255},
        {"tcp_timestamps", 0, 2},      {"tcp_sack", 0, 1},                {"tcp_window_scaling", 0, 1},
        {"tcp_rfc1337", 0, 1},         {"tcp_abort_on_overflow", 0, 1},   {"rto_min_ms", 1, 120000},
    };
    return settings;
}

const NetSetting* findNetSetting(const std::string& name)
{
    for (const NetSetting& setting : netSettings()) {
        if (setting.name == name)
            return &setting;
    }
    return nullptr;
}

std::vector<TcpState> NetRunResult::pathOf(const std::string& side) const
{
    std::vector<TcpState> path;
    for (const NetRunEvent& event : events) {
        if (event.kind != NetRunEvent::Kind::State || event.side != side || event.socket != "connection")
            continue;
        if (path.empty())
            path.push_back(event.from);
        path.push_back(event.to);
    }
    return path;
}

std::optional<std::vector<NetScenarioStep>> netScenarioSteps(const std::string& name)
{
    for (const auto& [known, steps] : scripts()) {
        if (known == name)
            return steps();
    }
    return std::nullopt;
}

NetRunResult runNetScenario(const std::string& name, const NetRunOptions& options, net::PrivateNetwork& network,
                            const std::function<void(const NetRunEvent&)>& onEvent)
{
    NetRunResult result;
    const auto steps = netScenarioSteps(name);
    if (!steps) {
        result.ok = false;
        result.errorText = engineText("NetScenario", TSL_TRANSLATE_NOOP("NetScenario", "unknown scenario \"%1\""), {name});
        result.error = result.errorText.english();
        return result;
    }
    auto session = std::make_unique<NetSession>(network, options.family, onEvent);
    EngineText error;
    result.ok = session->attempt(
        [&](NetSession& s) {
            s.open(options.settings);
            for (const NetScenarioStep& each : *steps) {
                if (!each.run(s))
                    break;
            }
        },
        error);
    result.errorText = error;
    result.error = error.english();
    result.events = session->events();
    result.captures = session->captures();
    return result;
}

} // namespace tsl
