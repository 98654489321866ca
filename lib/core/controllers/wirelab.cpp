#include "wirelab.h"

#include "model/transitiontable.h"
#include "net/netavailability.h"
#include "net/pcapwriter.h"
#include "net/privatenetwork.h"
#include "text/netruntext.h"
#include "text/statetext.h"

#include <QCoreApplication>
#include <QTimer>

namespace tsl {

namespace {

constexpr int kPollMs = 50; // idle: what came onto the wire by itself (retransmissions, timers)

QString qs(const std::string& text) { return QString::fromStdString(text); }

// An edge of the model from `from` to `to` (the token walks it), if there is one.
std::vector<std::size_t> edgeBetween(TcpState from, TcpState to)
{
    const auto& table = transitions();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].from == from && table[i].to == to)
            return {i};
    }
    return {};
}

} // namespace

WireLab::WireLab(TokenBoard* board, QObject* parent)
    : QObject(parent), m_board(board), m_worker(std::make_unique<QObject>())
{
    qRegisterMetaType<std::vector<tsl::NetRunEvent>>();
    m_settings[QStringLiteral("rto_min_ms")] = kPanelRtoMinMs;
    m_poll = new QTimer(m_worker.get());
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, m_worker.get(), [this] {
        std::string ignored; // a poll that cannot read the kernel tries again next time
        if (m_session && m_session->isOpen())
            m_session->attempt([](NetSession& s) { s.poll(0); }, ignored);
    });
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("wire"));
    m_thread.start();
}

WireLab::~WireLab()
{
    m_stopping = true; // a step waiting for the kernel (up to 70 s in TIME_WAIT) ends now
    QMetaObject::invokeMethod(m_worker.get(), [this] {
        m_poll->stop();
        m_session.reset(); // sockets and probes before the network
        m_network.reset();
        m_thread.quit();
    });
    m_thread.wait();
    m_worker.reset();
}

void WireLab::job(std::function<void()> work, std::function<void()> done)
{
    ++m_jobs;
    if (m_jobs == 1)
        emit busyChanged(true);
    QMetaObject::invokeMethod(m_worker.get(), [this, work = std::move(work), done = std::move(done)] {
        work();
        QMetaObject::invokeMethod(this, [this, done] {
            drain();
            if (done)
                done();
            if (--m_jobs == 0)
                emit busyChanged(false);
        }, Qt::QueuedConnection);
    });
}

void WireLab::run(const QString& what, Operation operation)
{
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(true);
    const std::uint64_t generation = m_generation.load();
    job([this, operation = std::move(operation), message, ok] {
        if (!m_session) {
            *ok = false;
            *message = tr("the private network is not running");
            return;
        }
        EngineText error;
        *ok = m_session->attempt(operation, error);
        *message = NetRunText::worded(error);
    }, [this, what, message, ok, generation] {
        if (!*ok && generation == m_generation.load()) { // a reset's "stopped" is no news
            m_log << tr("✗ %1: %2").arg(what, *message);
            emit changed();
            emit failed(tr("%1: %2").arg(what, *message));
        }
    });
}

void WireLab::openSession(const std::map<QString, long>& given, AddressFamily family, net::WireMode mode, int flowDelayMs)
{
    // On the worker: a fresh network, a session on it with the settings given so far.
    m_stopping = false;
    m_poll->stop();
    m_session.reset();
    m_network.reset();
    std::string error;
    m_network = net::PrivateNetwork::create(error);
    if (!m_network) {
        const net::NetAvailability why = net::explainFailure(error);
        const QString reason = qs(why.reason.empty() ? error : why.reason);
        const QString fix = qs(why.fix);
        QMetaObject::invokeMethod(this, [this, reason, fix] {
            m_ready = false;
            emit unavailable(reason, fix);
        }, Qt::QueuedConnection);
        return;
    }
    std::vector<std::pair<std::string, long>> settings;
    settings.reserve(given.size());
    for (const auto& [name, value] : given)
        settings.emplace_back(name.toStdString(), value);
    const std::uint64_t generation = m_generation.load();
    m_session = std::make_unique<NetSession>(*m_network, family,
                                             [this, generation](const NetRunEvent& event) {
                                                 if (generation == m_generation.load())
                                                     collect(event);
                                             });
    m_session->setStopFlag(&m_stopping);
    EngineText failure;
    if (!m_session->attempt([&](NetSession& s) { s.open(settings); }, failure)) {
        m_session.reset();
        m_network.reset();
        const QString reason = NetRunText::worded(failure);
        QMetaObject::invokeMethod(this, [this, reason] {
            m_ready = false;
            emit unavailable(reason, QString());
        }, Qt::QueuedConnection);
        return;
    }
    m_session->setFlowDelayMs(flowDelayMs);
    if (mode == net::WireMode::Flow)
        m_session->setMode(mode);
    m_poll->start();
    QMetaObject::invokeMethod(this, [this] {
        m_ready = true;
        emit ready();
    }, Qt::QueuedConnection);
}

void WireLab::start(AddressFamily family)
{
    m_family = family;
    reset();
}

void WireLab::reset()
{
    m_stopping = true; // what runs or waits in the queue now ends at once; openSession() clears it
    ++m_generation;
    clearShown();
    m_stepIndex = 0;
    m_stepsQueued = 0;
    m_scenarioOver = std::make_shared<std::atomic<bool>>(false);
    m_ready = false;
    emit cleared();
    emit changed();
    // The worker gets its own copies: the owner may change them while the network is built.
    job([this, settings = m_settings, family = m_family, mode = m_mode, delay = m_flowDelayMs] {
        openSession(settings, family, mode, delay);
    });
}

void WireLab::clearShown()
{
    m_ladder.clear();
    m_held.clear();
    m_captures.clear();
    m_events.clear();
    m_log.clear();
    m_state[0] = m_state[1] = TcpState::Closed;
    if (m_board)
        m_board->clear(TokenSource::Network);
}

void WireLab::collect(const NetRunEvent& event)
{
    std::lock_guard lock(m_mutex);
    m_pending.push_back(event);
    if (!m_drainPosted) {
        m_drainPosted = true;
        QMetaObject::invokeMethod(this, [this] { drain(); }, Qt::QueuedConnection);
    }
}

void WireLab::drain()
{
    std::vector<NetRunEvent> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        m_drainPosted = false;
    }
    if (batch.empty())
        return;
    std::vector<TokenEvent> tokens;
    for (const NetRunEvent& event : batch) {
        m_ladder.add(event);
        m_log << eventText(event);
        if (event.kind == NetRunEvent::Kind::Segment) {
            const net::CapturedSegment& c = event.segment;
            switch (event.action) {
            case net::WireAction::Held:
                m_captures.push_back(c);
                m_held[c.id] = c; // in flow mode until it passes (after the delay)
                break;
            case net::WireAction::Injected:
                m_captures.push_back(c);
                break;
            case net::WireAction::Delivered:
            case net::WireAction::Dropped:
                m_held.erase(c.id);
                break;
            case net::WireAction::Duplicated:
                break;
            }
        }
        if (event.kind == NetRunEvent::Kind::State && event.socket != "half-open") {
            if (event.socket != "listener")
                m_state[event.side == "A" ? 0 : 1] = event.to;
        }
        if (auto token = tokenEvent(event))
            tokens.push_back(std::move(*token));
        m_events.push_back(event);
    }
    if (m_board && !tokens.empty())
        m_board->apply(tokens);
    emit eventsArrived(batch);
    emit changed();
}

std::optional<TokenEvent> WireLab::tokenEvent(const NetRunEvent& event)
{
    if (event.kind != NetRunEvent::Kind::State || event.socket == "half-open")
        return std::nullopt;
    const bool a = event.side == "A";
    const bool listener = event.socket == "listener";
    TokenEvent token;
    token.source = TokenSource::Network;
    token.key = qs(event.side) + (listener ? QStringLiteral(" listener") : QString());
    token.role = a ? PathRole::Client : PathRole::Server;
    token.label = listener ? tr("%1 listener").arg(qs(event.side)) : qs(event.side);
    token.state = event.to;
    token.path = edgeBetween(event.from, event.to);
    token.numbered = false;
    token.gone = event.to == TcpState::Closed;
    return token;
}

void WireLab::markRow(int row, const QString& text, const QString& explanation)
{
    m_ladder.setMark(row, text, explanation);
    emit changed();
}

void WireLab::note(const QString& line)
{
    m_log << line;
    emit changed();
}

std::vector<net::CapturedSegment> WireLab::held() const
{
    std::vector<net::CapturedSegment> out;
    for (const auto& [id, segment] : m_held)
        out.push_back(segment);
    return out;
}

QString WireLab::exportPcap(const QString& path) const
{
    std::string error;
    if (!net::writePcap(path.toStdString(), m_captures, error))
        return tr("Cannot write \"%1\": %2").arg(path, qs(error));
    return {};
}

// ---- operations

void WireLab::listen(net::Host host)
{
    run(tr("listen on %1").arg(QLatin1String(net::hostName(host))), [host](NetSession& s) { s.listen(host); });
}

void WireLab::connectTo(net::Host from)
{
    run(tr("connect from %1").arg(QLatin1String(net::hostName(from))), [from](NetSession& s) { s.connect(from); });
}

void WireLab::accept(net::Host host)
{
    run(tr("accept on %1").arg(QLatin1String(net::hostName(host))), [host](NetSession& s) { s.accept(host); });
}

void WireLab::send(net::Host host, int bytes)
{
    run(tr("send on %1").arg(QLatin1String(net::hostName(host))),
        [host, bytes](NetSession& s) { s.send(host, std::size_t(std::max(1, bytes))); });
}

void WireLab::read(net::Host host)
{
    run(tr("read on %1").arg(QLatin1String(net::hostName(host))), [host](NetSession& s) { s.read(host); });
}

void WireLab::stopReading(net::Host host)
{
    run(tr("stop reading on %1").arg(QLatin1String(net::hostName(host))), [host](NetSession& s) { s.stopReading(host); });
}

void WireLab::shutdownWrite(net::Host host)
{
    run(tr("shut down writing on %1").arg(QLatin1String(net::hostName(host))),
        [host](NetSession& s) { s.shutdownWrite(host); });
}

void WireLab::close(net::Host host)
{
    run(tr("close on %1").arg(QLatin1String(net::hostName(host))), [host](NetSession& s) { s.close(host); });
}

void WireLab::abort(net::Host host)
{
    run(tr("abort on %1").arg(QLatin1String(net::hostName(host))), [host](NetSession& s) { s.abort(host); });
}

void WireLab::deliver(std::uint64_t id)
{
    run(tr("deliver segment %1").arg(id), [id](NetSession& s) { s.deliver(id); });
}

void WireLab::drop(std::uint64_t id)
{
    run(tr("drop segment %1").arg(id), [id](NetSession& s) { s.drop(id); });
}

void WireLab::duplicate(std::uint64_t id)
{
    run(tr("duplicate segment %1").arg(id), [id](NetSession& s) { s.duplicate(id); });
}

void WireLab::deliverOutOfOrder(std::uint64_t id)
{
    run(tr("deliver segment %1 out of order").arg(id), [id](NetSession& s) { s.deliverOutOfOrder(id); });
}

void WireLab::releaseAll()
{
    run(tr("release all"), [](NetSession& s) { s.releaseAll(); });
}

void WireLab::setMode(net::WireMode mode)
{
    m_mode = mode;
    m_log << (mode == net::WireMode::Hold ? tr("The wire holds every segment.")
                                          : tr("The wire lets segments flow (after %1 ms).").arg(m_flowDelayMs));
    emit changed();
    run(tr("switch the wire's mode"), [mode](NetSession& s) { s.setMode(mode); });
}

void WireLab::setFlowDelayMs(int milliseconds)
{
    m_flowDelayMs = std::max(0, milliseconds);
    run(tr("set the flow delay"), [milliseconds](NetSession& s) { s.setFlowDelayMs(milliseconds); });
}

void WireLab::craft(net::Host to, std::uint8_t flags, const QString& seq, const QString& ack, int length, bool spoofed,
                    int count)
{
    run(tr("craft a segment to %1").arg(QLatin1String(net::hostName(to))),
        [=, seqText = seq.toStdString(), ackText = ack.toStdString()](NetSession& s) {
            s.craft(to, flags, seqText, ackText, std::size_t(std::max(0, length)), spoofed, count);
        });
}

void WireLab::applySetting(const QString& name, long value)
{
    m_settings[name] = value;
    run(tr("set %1").arg(name), [setting = name.toStdString(), value](NetSession& s) { s.applySetting(setting, value); });
}

// ---- scenarios

QString WireLab::stepText(const char* label) { return QCoreApplication::translate("NetScenario", label); }

void WireLab::loadScenario(const QString& name)
{
    const auto steps = netScenarioSteps(name.toStdString());
    m_scenario = steps ? name : QString();
    m_steps = steps.value_or(std::vector<NetScenarioStep>{});
    reset();
}

QString WireLab::nextStepText() const
{
    return m_stepsQueued < int(m_steps.size()) ? stepText(m_steps[std::size_t(m_stepsQueued)].label) : QString();
}

void WireLab::next()
{
    if (m_stepsQueued >= int(m_steps.size()))
        return;
    const NetScenarioStep step = m_steps[std::size_t(m_stepsQueued++)];
    auto goOn = std::make_shared<bool>(true);
    auto message = std::make_shared<QString>();
    const std::uint64_t generation = m_generation.load();
    const std::shared_ptr<std::atomic<bool>> over = m_scenarioOver;
    job([this, step, goOn, message, over] {
        if (*over) { // an earlier step ended the scenario (or failed): the rest does not apply
            *goOn = false;
            return;
        }
        bool result = true;
        EngineText error;
        if (!m_session || !m_session->attempt([&](NetSession& s) { result = step.run(s); }, error)) {
            *message = m_session ? NetRunText::worded(error) : tr("the private network is not running");
            *goOn = false;
        }
        if (!result)
            *goOn = false;
        if (!*goOn)
            *over = true;
    }, [this, step, goOn, message, generation, over] {
        if (generation != m_generation.load())
            return;
        if (m_stepIndex >= int(m_steps.size()))
            return; // skipped after the end
        m_log << tr("Step: %1").arg(stepText(step.label));
        if (!message->isEmpty()) {
            m_log << tr("✗ %1").arg(*message);
            emit failed(*message);
        }
        m_stepIndex = *over ? int(m_steps.size()) : m_stepIndex + 1;
        if (*over)
            m_stepsQueued = m_stepIndex;
        emit changed();
    });
}

void WireLab::runToEnd()
{
    while (m_stepsQueued < int(m_steps.size()))
        next(); // queued one after another on the worker; each counts itself done
}

// ---- texts

QString WireLab::eventText(const NetRunEvent& event)
{
    const QString time = QString::number(double(event.timeUs) / 1000.0, 'f', 1);
    switch (event.kind) {
    case NetRunEvent::Kind::Setting:
        return tr("%1 ms  setting %2 (applies to the next connection)").arg(time, qs(event.call));
    case NetRunEvent::Kind::Call:
        return tr("%1 ms  %2: %3 %4").arg(time, qs(event.side), NetRunText::callName(event.call), NetRunText::detail(event));
    case NetRunEvent::Kind::Segment: {
        const net::CapturedSegment& c = event.segment;
        QString action;
        switch (event.action) {
        case net::WireAction::Held: action = tr("held"); break;
        case net::WireAction::Delivered: action = tr("delivered"); break;
        case net::WireAction::Dropped: action = tr("dropped"); break;
        case net::WireAction::Duplicated: action = tr("duplicated"); break;
        case net::WireAction::Injected: action = tr("crafted"); break;
        }
        QString text = tr("%1 ms  #%2 %3→%4 %5 seq=%6 ack=%7 len=%8 — %9")
                           .arg(time)
                           .arg(c.id)
                           .arg(QLatin1String(net::wireEndName(c.from)), QLatin1String(net::wireEndName(c.to)),
                                qs(net::flagsText(c.segment.flags)))
                           .arg(c.relativeSeq)
                           .arg(c.relativeAck)
                           .arg(qulonglong(c.segment.payloadLength))
                           .arg(action);
        if (c.retransmission && event.action == net::WireAction::Held)
            text += tr(" (retransmission)");
        if (!event.reason.empty())
            text += QStringLiteral(" (") + NetRunText::reason(event) + QStringLiteral(")");
        return text;
    }
    case NetRunEvent::Kind::State:
        return tr("%1 ms  %2 %3: %4 → %5")
            .arg(time, qs(event.side), qs(event.socket), StateText::token(event.from), StateText::token(event.to));
    case NetRunEvent::Kind::Note:
        return tr("%1 ms  %2").arg(time, NetRunText::detail(event));
    }
    return {};
}

QString WireLab::settingExplanation(const QString& name)
{
    static const std::map<QString, const char*> explanations = {
        {QStringLiteral("tcp_syncookies"),
         QT_TRANSLATE_NOOP("WireLab", "SYN cookies: 0 never, 1 when the SYN queue overflows, 2 always.")},
        {QStringLiteral("tcp_max_syn_backlog"),
         QT_TRANSLATE_NOOP("WireLab", "How many half-open connections a listener keeps at most.")},
        {QStringLiteral("tcp_synack_retries"),
         QT_TRANSLATE_NOOP("WireLab", "How often a SYN_RECEIVED socket resends its SYN,ACK before it gives up.")},
        {QStringLiteral("tcp_syn_retries"), QT_TRANSLATE_NOOP("WireLab", "How often connect() resends its SYN before it fails.")},
        {QStringLiteral("tcp_fin_timeout"),
         QT_TRANSLATE_NOOP("WireLab", "Seconds an orphaned socket waits in FIN_WAIT_2 for the peer's FIN.")},
        {QStringLiteral("tcp_retries2"),
         QT_TRANSLATE_NOOP("WireLab", "How often data (or a FIN) is retransmitted before the connection is dropped.")},
        {QStringLiteral("tcp_timestamps"), QT_TRANSLATE_NOOP("WireLab", "The timestamps option (RFC 7323): 0 off, 1 on, 2 without random offsets.")},
        {QStringLiteral("tcp_sack"), QT_TRANSLATE_NOOP("WireLab", "Selective acknowledgements (SACK): 0 off, 1 on.")},
        {QStringLiteral("tcp_window_scaling"), QT_TRANSLATE_NOOP("WireLab", "Window scaling (RFC 7323): 0 off, 1 on.")},
        {QStringLiteral("tcp_rfc1337"),
         QT_TRANSLATE_NOOP("WireLab", "1: a RST received in TIME_WAIT does not end it early (RFC 1337).")},
        {QStringLiteral("tcp_abort_on_overflow"),
         QT_TRANSLATE_NOOP("WireLab", "1: a full accept queue answers with RST instead of ignoring the ACK.")},
        {QStringLiteral("rto_min_ms"),
         QT_TRANSLATE_NOOP("WireLab", "The shortest retransmission timeout of both hosts' routes, in ms: time to step by hand. "
                                   "SYN and SYN,ACK keep Linux's own 1 s timer (linear for the first retries).")},
    };
    const auto it = explanations.find(name);
    return it == explanations.end() ? QString() : QCoreApplication::translate("WireLab", it->second);
}

} // namespace tsl
