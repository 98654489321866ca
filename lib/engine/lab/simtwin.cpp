#include "simtwin.h"

#include "net/netlayout.h"
#include "net/tcpsegment.h"

#include <algorithm>
#include <cstdlib>

namespace tsl {

namespace tcpflag = net::tcpflag;
using net::WireAction;
using net::WireEnd;

namespace {

constexpr std::uint8_t kCompared = tcpflag::kSyn | tcpflag::kAck | tcpflag::kFin | tcpflag::kRst;

sim::Side sideOf(const std::string& name) { return name == "B" ? sim::Side::B : sim::Side::A; }
sim::Side sideOf(WireEnd end) { return end == WireEnd::B ? sim::Side::B : sim::Side::A; }

std::uint8_t flagsOf(const sim::Segment& s)
{
    return std::uint8_t((s.syn ? tcpflag::kSyn : 0) | (s.ack ? tcpflag::kAck : 0) | (s.fin ? tcpflag::kFin : 0)
                        | (s.rst ? tcpflag::kRst : 0));
}

// The first number in `text` ("1000 bytes", "192.0.2.2:5000 backlog 16" after "backlog ").
std::uint32_t numberAfter(const std::string& text, const std::string& marker)
{
    const std::size_t at = marker.empty() ? 0 : text.find(marker);
    if (at == std::string::npos)
        return 0;
    return std::uint32_t(std::strtoul(text.c_str() + at + marker.size(), nullptr, 10));
}

} // namespace

std::string twinSegmentLabel(const TwinSegment& segment)
{
    const std::string from = segment.spoofed && segment.from == sim::Side::A ? "?" : sim::sideName(segment.from);
    const std::string to = segment.spoofed && segment.from == sim::Side::B ? "?" : sim::sideName(sim::peer(segment.from));
    return from + "→" + to + " " + net::flagsText(segment.flags) + " " + std::to_string(segment.relSeq) + ":"
           + std::to_string(segment.relAck) + " len " + std::to_string(segment.len);
}

SimTwin::SimTwin(sim::Profile profile) : m_simulator(profile) {}

TcpState SimTwin::kernelState(sim::Side side) const
{
    const KernelSide& k = kernelSide(side);
    if (k.connection)
        return *k.connection;
    return k.listener.value_or(TcpState::Closed);
}

bool SimTwin::statesAgree() const
{
    return std::all_of(m_steps.begin(), m_steps.end(), [](const TwinStep& step) { return step.statesAgree; });
}

void SimTwin::openStep(TwinCause cause, std::size_t event)
{
    closeStep();
    TwinStep step;
    step.index = int(m_steps.size()) + 1;
    step.cause = cause;
    step.events.push_back(event);
    step.firstSimStep = m_simulator.currentStep() + 1;
    m_steps.push_back(std::move(step));
}

void SimTwin::closeStep()
{
    if (m_steps.empty() || m_steps.back().closed)
        return;
    refresh(m_steps.back());
    m_steps.back().closed = true;
}

void SimTwin::finish()
{
    closeStep();
    for (TwinStep& step : m_steps)
        refresh(step);
}

void SimTwin::refresh(TwinStep& step)
{
    if (!step.closed) {
        step.kernelA = kernelState(sim::Side::A);
        step.kernelB = kernelState(sim::Side::B);
        step.simA = simState(sim::Side::A);
        step.simB = simState(sim::Side::B);
        // The simulator keeps one TCB per side: the connection, or the listener where no
        // connection lives (a request reset returns it to LISTEN, Linux keeps the listener).
        const auto agrees = [this](sim::Side side, TcpState simulated) {
            const KernelSide& k = kernelSide(side);
            if (k.connection && *k.connection == simulated)
                return true;
            const bool noConnection = !k.connection || *k.connection == TcpState::Closed;
            return noConnection && simulated == k.listener.value_or(TcpState::Closed);
        };
        step.statesAgree = agrees(sim::Side::A, step.simA) && agrees(sim::Side::B, step.simB);
    }
    step.differences.clear();
    if (!step.statesAgree) {
        for (sim::Side side : {sim::Side::A, sim::Side::B}) {
            const TcpState kernel = side == sim::Side::A ? step.kernelA : step.kernelB;
            const TcpState simulated = side == sim::Side::A ? step.simA : step.simB;
            if (kernel != simulated)
                step.differences.push_back({TwinDifferenceKind::State, side, kernel, simulated, std::nullopt, std::nullopt});
        }
    }
    for (const KernelSegmentRecord& k : m_kernelSegments) {
        if (k.step != step.index)
            continue;
        if (k.simId == 0) {
            step.differences.push_back({TwinDifferenceKind::KernelOnly, k.key.from, step.kernelA, step.simA, k.key, std::nullopt});
        } else if (k.loose) {
            const auto simulated = std::find_if(m_simSegments.begin(), m_simSegments.end(),
                                                [&k](const SimSegmentRecord& s) { return s.simId == k.simId; });
            step.differences.push_back({TwinDifferenceKind::Differs, k.key.from, step.kernelA, step.simA, k.key, simulated->key});
        }
    }
    for (const SimSegmentRecord& s : m_simSegments) {
        if (s.step == step.index && s.kernelId == 0)
            step.differences.push_back({TwinDifferenceKind::SimulatorOnly, s.key.from, step.kernelA, step.simA, s.key, std::nullopt});
    }
    for (const auto& [index, segment] : m_notMirrored) {
        if (index == step.index)
            step.differences.push_back({TwinDifferenceKind::NotMirrored, segment.from, step.kernelA, step.simA, segment, std::nullopt});
    }
}

TwinSegment SimTwin::simKey(const sim::Segment& s)
{
    TwinSegment key;
    key.from = s.from;
    key.flags = flagsOf(s);
    key.spoofed = s.spoofed;
    if (s.spoofed)
        return key;
    // Numbered as the wire numbers the kernel's: from each side's first segment, again from a new SYN.
    Numbering& sender = m_simNumbering[s.from == sim::Side::A ? 0 : 1];
    const Numbering& receiver = m_simNumbering[s.from == sim::Side::A ? 1 : 0];
    if (!sender.seen || (s.syn && s.seq != sender.iss)) {
        sender.seen = true;
        sender.iss = s.seq;
    }
    key.relSeq = s.seq - sender.iss;
    key.relAck = s.ack && receiver.seen ? s.ackNo - receiver.iss : 0;
    key.len = s.len;
    return key;
}

TwinSegment SimTwin::kernelKey(const net::CapturedSegment& captured) const
{
    TwinSegment key;
    key.spoofed = captured.from == WireEnd::Wire || captured.to == WireEnd::Wire;
    key.from = captured.from == WireEnd::Wire ? sim::peer(sideOf(captured.to)) : sideOf(captured.from);
    key.flags = captured.segment.flags & kCompared;
    if (key.spoofed)
        return key;
    key.relSeq = captured.relativeSeq;
    key.relAck = captured.segment.has(tcpflag::kAck) ? captured.relativeAck : 0;
    key.len = std::uint32_t(captured.segment.payloadLength);
    return key;
}

void SimTwin::apply(const sim::Command& command)
{
    const sim::StepRecord& record = m_simulator.apply(command);
    TwinStep& step = m_steps.back();
    ++step.simSteps;
    for (sim::Note note : record.notes) {
        if (sim::noteNamesLinuxBehaviour(note))
            step.linuxNotes.push_back(note);
    }
    for (const sim::Segment& sent : record.sent) {
        if (command.kind == sim::CommandKind::Duplicate)
            continue; // the copy stands for the same kernel segment (applyWireAction)
        SimSegmentRecord made{sent.id, simKey(sent), 0, step.index};
        // The kernel may have sent it first (its segment waited for this step).
        for (KernelSegmentRecord& k : m_kernelSegments) {
            if (k.simId == 0 && k.key == made.key) {
                k.simId = made.simId;
                made.kernelId = k.kernelId;
                break;
            }
        }
        m_simSegments.push_back(made);
    }
}

bool SimTwin::fireTimerFor(sim::Side side, sim::SimTimerKind kind)
{
    // The kernel's timer of this side fired: fire the simulator's same timer, even where another
    // of its timers would come sooner (both sides held long enough to retransmit, in any order).
    const auto& timers = m_simulator.state().timers;
    if (std::none_of(timers.begin(), timers.end(), [&](const sim::Timer& t) { return t.side == side && t.kind == kind; }))
        return false;
    sim::Command command;
    command.kind = sim::CommandKind::Timer;
    command.side = side;
    command.timer = kind;
    apply(command);
    return true;
}

bool SimTwin::matchKernel(KernelSegmentRecord& record, bool loose)
{
    constexpr std::uint8_t kSpace = tcpflag::kSyn | tcpflag::kFin | tcpflag::kRst;
    for (SimSegmentRecord& s : m_simSegments) {
        const bool alike = loose ? s.key.from == record.key.from && !s.key.spoofed && !record.key.spoofed
                                       && (s.key.flags & kSpace) == (record.key.flags & kSpace) && s.key.relSeq == record.key.relSeq
                                       && s.key.len == record.key.len
                                 : s.key == record.key;
        if (s.kernelId == 0 && alike) {
            s.kernelId = record.kernelId;
            record.simId = s.simId;
            record.loose = loose;
            return true;
        }
    }
    return false;
}

void SimTwin::capture(const NetRunEvent& event)
{
    const net::CapturedSegment& captured = event.segment;
    const bool known = std::any_of(m_kernelSegments.begin(), m_kernelSegments.end(),
                                   [&](const KernelSegmentRecord& k) { return k.kernelId == captured.id; });
    if (known)
        return;
    if (m_steps.empty())
        openStep(TwinCause::WireAction, m_events.size() - 1);
    KernelSegmentRecord record{captured.id, kernelKey(captured), 0, m_steps.back().index};
    const sim::Side from = record.key.from;
    const auto& timers = m_simulator.state().timers;
    const bool retransmit = std::any_of(timers.begin(), timers.end(), [from](const sim::Timer& t) {
        return t.side == from && t.kind == sim::SimTimerKind::Retransmit;
    });
    if (matchKernel(record) || matchKernel(record, true)) {
        m_steps.back().events.push_back(m_events.size() - 1);
    } else if (!record.key.spoofed && retransmit) {
        // A segment the simulator has not sent: the kernel's retransmission timer fired.
        openStep(TwinCause::Timer, m_events.size() - 1);
        m_steps.back().side = sim::sideName(from);
        record.step = m_steps.back().index;
        if (fireTimerFor(from, sim::SimTimerKind::Retransmit))
            matchKernel(record);
    } else {
        m_steps.back().events.push_back(m_events.size() - 1);
    }
    m_kernelSegments.push_back(record);
}

int SimTwin::simIdFor(std::uint64_t kernelId) const
{
    for (const KernelSegmentRecord& k : m_kernelSegments) {
        if (k.kernelId == kernelId)
            return k.simId;
    }
    return 0;
}

std::optional<std::size_t> SimTwin::networkIndexOf(int simId) const
{
    const auto& network = m_simulator.state().network;
    for (std::size_t i = 0; i < network.size(); ++i) {
        if (network[i].id == simId)
            return i;
    }
    return std::nullopt;
}

void SimTwin::applyCall(const NetRunEvent& event)
{
    TwinStep& step = m_steps.back();
    step.side = event.side;
    step.call = event.call;
    sim::Command command;
    command.side = sideOf(event.side);
    if (event.call == "listen") {
        command.kind = sim::CommandKind::PassiveOpen;
        apply(command);
        const std::uint32_t backlog = numberAfter(event.detail, "backlog ");
        if (command.side == sim::Side::B && backlog > 0) {
            sim::Command listen;
            listen.kind = sim::CommandKind::Listen;
            listen.side = sim::Side::B;
            listen.bytes = backlog;
            apply(listen);
        }
        return;
    }
    if (event.call == "connect")
        command.kind = sim::CommandKind::ActiveOpen;
    else if (event.call == "close")
        command.kind = sim::CommandKind::Close;
    else if (event.call == "shutdown")
        command.kind = sim::CommandKind::Shutdown;
    else if (event.call == "abort")
        command.kind = sim::CommandKind::Abort;
    else if (event.call == "send") {
        command.kind = sim::CommandKind::Send;
        command.bytes = numberAfter(event.detail, "");
    } else {
        return; // accept, read, getsockopt: nothing the simulator's TCBs see
    }
    apply(command);
}

void SimTwin::applyWireAction(const NetRunEvent& event)
{
    TwinStep& step = m_steps.back();
    const net::CapturedSegment& captured = event.segment;
    step.action = event.action;
    step.segment = kernelKey(captured);
    step.side = step.segment->spoofed ? "wire" : sim::sideName(step.segment->from);
    if (event.action == WireAction::Injected) {
        if (step.segment->spoofed) {
            if (!m_cookiesApplied) {
                // Linux's default tcp_syncookies=1: cookies once the SYN queue is full.
                sim::Command cookies;
                cookies.kind = sim::CommandKind::SetSynCookies;
                cookies.side = sim::Side::B;
                cookies.bytes = m_synCookies.value_or(true) ? 1 : 0;
                apply(cookies);
                m_cookiesApplied = true;
            }
            sim::Command syn;
            syn.kind = sim::CommandKind::SpoofedSyn;
            syn.side = sim::Side::B;
            apply(syn);
            return;
        }
        // A crafted segment with the connection's own addresses: the same numbers, relative.
        const sim::Side to = sideOf(captured.to);
        const sim::Side from = sim::peer(to);
        sim::Command inject;
        inject.kind = sim::CommandKind::Inject;
        inject.side = to;
        inject.seqPositioned = false;
        inject.ackPositioned = false;
        inject.segment.syn = captured.segment.has(tcpflag::kSyn);
        inject.segment.ack = captured.segment.has(tcpflag::kAck);
        inject.segment.fin = captured.segment.has(tcpflag::kFin);
        inject.segment.rst = captured.segment.has(tcpflag::kRst);
        inject.segment.seq = m_simNumbering[from == sim::Side::A ? 0 : 1].iss + captured.relativeSeq;
        inject.segment.ackNo = inject.segment.ack ? m_simNumbering[to == sim::Side::A ? 0 : 1].iss + captured.relativeAck : 0;
        inject.segment.len = std::uint32_t(captured.segment.payloadLength);
        inject.segment.window = 65535;
        apply(inject);
        return;
    }
    const int simId = simIdFor(captured.id);
    const auto index = simId ? networkIndexOf(simId) : std::nullopt;
    if (!index) {
        m_notMirrored.emplace_back(step.index, *step.segment);
        return;
    }
    sim::Command command;
    command.index = *index;
    switch (event.action) {
    case WireAction::Delivered: command.kind = sim::CommandKind::Deliver; break;
    case WireAction::Dropped: command.kind = sim::CommandKind::Drop; break;
    case WireAction::Duplicated: {
        // The wire delivers the segment and keeps it held: the simulator's copy stands for it.
        command.kind = sim::CommandKind::Duplicate;
        apply(command);
        const sim::Segment& copy = m_simulator.state().network[*index + 1];
        for (KernelSegmentRecord& k : m_kernelSegments) {
            if (k.kernelId == captured.id)
                k.simId = copy.id;
        }
        m_simSegments.push_back({copy.id, step.segment.value(), captured.id, step.index});
        command.kind = sim::CommandKind::Deliver;
        break;
    }
    default: return;
    }
    apply(command);
}

void SimTwin::noteState(const NetRunEvent& event)
{
    if (event.socket != "connection" && event.socket != "listener")
        return; // a flood's half-open requests: the simulator counts them, it has no TCB for them
    const sim::Side side = sideOf(event.side);
    KernelSide& k = kernelSide(side);
    // TIME_WAIT or an orphaned FIN_WAIT_2 ended on the kernel: the simulator's timer fires too,
    // in a step of its own (the step before ends with the states as they were).
    const bool expired = event.socket == "connection" && event.to == TcpState::Closed && simState(side) == event.from
                         && (event.from == TcpState::TimeWait || event.from == TcpState::FinWait2);
    if (expired) {
        openStep(TwinCause::Timer, m_events.size() - 1);
        m_steps.back().side = event.side;
    } else if (!m_steps.empty() && !m_steps.back().closed) {
        m_steps.back().events.push_back(m_events.size() - 1);
    }
    (event.socket == "listener" ? k.listener : k.connection) = event.to;
    if (expired)
        fireTimerFor(side, event.from == TcpState::TimeWait ? sim::SimTimerKind::TimeWait : sim::SimTimerKind::FinWait2);
}

void SimTwin::feed(const NetRunEvent& event)
{
    m_events.push_back(event);
    const std::size_t index = m_events.size() - 1;
    switch (event.kind) {
    case NetRunEvent::Kind::Setting: {
        openStep(TwinCause::Setting, index);
        m_steps.back().call = event.call;
        const std::string name = "tcp_syncookies=";
        if (event.call.rfind(name, 0) == 0) {
            const bool on = numberAfter(event.call, name) != 0;
            m_synCookies = on;
            sim::Command cookies;
            cookies.kind = sim::CommandKind::SetSynCookies;
            cookies.side = sim::Side::B;
            cookies.bytes = on ? 1 : 0;
            apply(cookies);
            m_cookiesApplied = true;
        }
        break;
    }
    case NetRunEvent::Kind::Call:
        openStep(TwinCause::Call, index);
        applyCall(event);
        break;
    case NetRunEvent::Kind::Segment: {
        const std::uint64_t id = event.segment.id;
        const bool seen = std::any_of(m_kernelSegments.begin(), m_kernelSegments.end(),
                                      [id](const KernelSegmentRecord& k) { return k.kernelId == id; });
        if (event.action == WireAction::Held || (!seen && event.action != WireAction::Injected)) {
            capture(event); // on the wire now; a segment never held (to a spoofed source) is only seen
        } else {
            openStep(TwinCause::WireAction, index);
            applyWireAction(event);
        }
        break;
    }
    case NetRunEvent::Kind::State:
        noteState(event);
        break;
    case NetRunEvent::Kind::Note:
        if (!m_steps.empty() && !m_steps.back().closed)
            m_steps.back().events.push_back(index);
        break;
    }
    for (TwinStep& step : m_steps)
        refresh(step);
}

} // namespace tsl
