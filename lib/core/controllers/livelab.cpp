#include "livelab.h"

#include "model/transitiontable.h"
#include "text/labtext.h"
#include "text/statetext.h"

#include <QPointer>

#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace tsl {

namespace {
QString qs(const std::string& text) { return QString::fromStdString(text); }
} // namespace

PathRole LiveLab::pathRole(const std::string& role)
{
    // Listeners and the connections they accept take the server path; clients, and a socket
    // that connects to itself (a simultaneous open begins with an active OPEN), the client path.
    return role == "listener" || role.rfind("server", 0) == 0 ? PathRole::Server : PathRole::Client;
}

QString LiveLab::tokenLabel(const std::string& role, std::uint16_t localPort)
{
    return QStringLiteral("%1 :%2").arg(LabText::role(role)).arg(localPort);
}

LiveLab::LiveLab(std::unique_ptr<KernelProbe> probe, QObject* parent)
    : QObject(parent), m_probe(std::move(probe)), m_engine(std::make_unique<LabEngine>(*m_probe))
{
    // The engine's callbacks run on the worker; they only collect, publish() hands over.
    m_engine->onTransition([this](const ObservedTransition& t) {
        const KernelFollower& follower = m_engine->follower();
        const FourTuple& tuple = follower.tuple(t.endpoint);
        LabLogEntry entry;
        entry.kind = LabLogEntry::Kind::Transition;
        entry.timeMs = double(t.timeUs) / 1000.0;
        entry.clock = QTime::currentTime();
        entry.endpoint = t.endpoint;
        entry.role = qs(t.role);
        entry.local = qs(tuple.local.text());
        entry.remote = qs(tuple.remote.text());
        entry.from = t.from;
        entry.to = t.to;
        entry.edge = t.transition ? QString::fromLatin1(transitions()[*t.transition].id.data()) : QString();
        entry.seen = t.seen;
        entry.pathKnown = t.pathKnown;
        entry.listener = t.listener;
        const QString note = LabText::pathNote(t.seen, t.pathKnown);
        entry.text = QStringLiteral("%1 :%2  %3 → %4%5")
                         .arg(LabText::role(t.role))
                         .arg(tuple.local.port)
                         .arg(StateText::token(t.from), StateText::token(t.to),
                              note.isEmpty() ? QString() : QStringLiteral("  ") + note);
        TokenEvent token;
        token.source = TokenSource::Lab;
        token.key = QString::number(t.endpoint);
        token.role = pathRole(t.role);
        token.label = tokenLabel(t.role, tuple.local.port);
        token.state = t.to;
        if (t.transition)
            token.path = {*t.transition};
        {
            std::lock_guard lock(m_mutex);
            m_pending.entries.append(std::move(entry));
            m_pending.tokens.push_back(std::move(token));
        }
        publish(); // also in the middle of a long job (a scenario): the window follows as it happens
    });
    m_engine->onEvent([this](const LabEvent& e) {
        LabLogEntry entry;
        entry.kind = LabLogEntry::Kind::Operation;
        entry.timeMs = double(e.timeUs) / 1000.0;
        entry.clock = QTime::currentTime();
        entry.endpoint = e.endpoint;
        entry.role = qs(e.role);
        entry.operation = qs(e.operation);
        entry.ok = e.ok;
        entry.detail = qs(e.detail);
        const QString detail = LabText::detail(e);
        entry.text = QStringLiteral("%1: %2%3%4").arg(LabText::role(e.role), LabText::operation(e),
                                                      detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail,
                                                      e.ok ? QString() : QStringLiteral("  ✗"));
        if (e.kind == LabOperation::FloodStatus)
            entry.flood = e.facts;
        {
            std::lock_guard lock(m_mutex);
            m_pending.entries.append(std::move(entry));
            if (e.kind == LabOperation::FloodStatus)
                m_pending.flood = e.facts;
            if (e.kind == LabOperation::ReadKernel && !e.ok)
                m_pending.kernelError = LabText::detail(e);
        }
        publish();
    });
    m_thread = std::thread([this] { work(); });
}

LiveLab::~LiveLab()
{
    if (m_thread.joinable()) {
        if (!m_retired)
            quitThread();
        m_thread.join();
    }
    // No callbacks into a half-destroyed lab: the engine's go first.
    m_engine->onTransition({});
    m_engine->onEvent({});
    m_engine.reset(); // releases the sockets before the probe goes
}

void LiveLab::post(Task task)
{
    {
        std::lock_guard lock(m_queueMutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void LiveLab::work()
{
#ifdef __linux__
    ::prctl(PR_SET_NAME, "live lab"); // as `top -H` and perf name the thread
#endif
    std::unique_lock lock(m_queueMutex);
    while (!m_quit) {
        if (m_tasks.empty()) {
            // Asleep until the next poll or a job: one futex wait per poll, nothing else.
            if (!m_polling)
                m_wake.wait(lock, [this] { return !m_tasks.empty(); });
            else if (std::chrono::steady_clock::now() < m_nextPoll)
                m_wake.wait_until(lock, m_nextPoll, [this] { return !m_tasks.empty(); });
        }
        m_runningTasks.swap(m_tasks); // both keep their capacity: no allocation per poll
        lock.unlock();
        for (Task& task : m_runningTasks)
            task();
        m_runningTasks.clear();
        if (m_polling && !m_quit) {
            const auto now = std::chrono::steady_clock::now();
            if (now >= m_nextPoll) {
                pollOnce();
                // The next tick on the grid; a late poll (a long job, a busy machine) skips the
                // ticks it missed instead of firing them back to back.
                m_nextPoll += m_period;
                if (m_nextPoll <= now)
                    m_nextPoll = now + m_period;
            }
        }
        lock.lock();
    }
    lock.unlock();
    if (m_retired)
        deleteLater(); // thread-safe: the owner's thread deletes it, and joins this thread there
}

void LiveLab::pollOnce()
{
    m_engine->poll();
    ++m_polls;
    publish();
}

void LiveLab::setTimerSlack()
{
#ifdef __linux__
    // Precise at 1 ms (the kernel's default slack, 50 us); at longer intervals the kernel may
    // move a wake-up by 5 % to share it with other timers, as Qt's coarse timers do.
    const auto slack = std::max<std::int64_t>(50'000, std::chrono::nanoseconds(m_period).count() / 20);
    ::prctl(PR_SET_TIMERSLACK, static_cast<unsigned long>(slack));
#endif
}

void LiveLab::quitThread()
{
    post([this] { m_quit = true; });
}

void LiveLab::retire(std::unique_ptr<LiveLab> lab)
{
    if (!lab)
        return;
    LiveLab* raw = lab.release();
    raw->m_retired = true;
    raw->m_running = false;
    ++raw->m_jobGeneration; // nothing it still does reaches its owner
    disconnect(raw, nullptr, nullptr, nullptr);
    raw->quitThread(); // after the jobs queued (a release still runs); then it deletes itself
}

void LiveLab::setPollInterval(int milliseconds)
{
    m_interval = std::clamp(milliseconds, 1, 60000);
    const std::chrono::microseconds period = std::chrono::milliseconds(m_interval);
    post([this, period] {
        m_period = period;
        if (m_polling)
            m_nextPoll = std::chrono::steady_clock::now() + m_period; // as QTimer::setInterval restarts a timer
        setTimerSlack();
    });
}

void LiveLab::start()
{
    m_running = true;
    post([this] {
        if (m_polling)
            return;
        m_polling = true;
        m_nextPoll = std::chrono::steady_clock::now() + m_period; // the first poll one interval from now, as a timer would
        setTimerSlack();
    });
}

void LiveLab::stop()
{
    m_running = false;
    post([this] { m_polling = false; });
}

void LiveLab::run(QObject* context, Job job, bool cancellable)
{
    if (++m_jobsQueued == 1)
        emit busyChanged(true);
    const std::uint64_t generation = m_jobGeneration;
    QPointer<QObject> owner(context);
    post([this, job = std::move(job), generation, owner, cancellable] {
            Continuation next;
            if (!cancellable || (generation == m_jobGeneration && !m_retired))
                next = job(*m_engine);
            publish();
            if (m_retired)
                return;
            // Back on the owner's thread: the job's result (unless cancelled), then not busy.
            QMetaObject::invokeMethod(
                this,
                [this, next = std::move(next), generation, owner] {
                    if (next && owner && generation == m_jobGeneration)
                        next();
                    if (--m_jobsQueued == 0)
                        emit busyChanged(false);
                },
                Qt::QueuedConnection);
        });
}

void LiveLab::cancelJobs() { ++m_jobGeneration; }

void LiveLab::publish()
{
    // At 1 kHz most polls change nothing: compare in place, copy the sockets only on news.
    const KernelFollower& follower = m_engine->follower();
    std::lock_guard lock(m_mutex);
    bool news = !m_pending.entries.isEmpty() || !m_pending.tokens.empty() || m_pending.sockets.size() != follower.size()
                || m_pending.flood || !m_pending.kernelError.isEmpty();
    for (std::size_t i = 0; !news && i < follower.size(); ++i) {
        const LabSocket& before = m_pending.sockets[i];
        news = before.state != follower.state(int(i)) || before.held != m_engine->hasSocket(int(i));
    }
    if (!news || m_retired)
        return;
    m_pending.sockets.clear();
    m_pending.sockets.reserve(follower.size());
    for (std::size_t i = 0; i < follower.size(); ++i) {
        const int id = int(i);
        m_pending.sockets.push_back({id, follower.role(id), follower.tuple(id), follower.state(id), m_engine->hasSocket(id),
                                     m_engine->isListener(id)});
    }
    if (m_drainPosted)
        return;
    m_drainPosted = true;
    QMetaObject::invokeMethod(this, [this] { drain(); }, Qt::QueuedConnection);
}

void LiveLab::drain()
{
    LabBatch batch;
    {
        std::lock_guard lock(m_mutex);
        m_drainPosted = false;
        batch.entries = std::move(m_pending.entries);
        batch.tokens = std::move(m_pending.tokens);
        batch.flood = std::exchange(m_pending.flood, std::nullopt);
        batch.kernelError = std::exchange(m_pending.kernelError, QString());
        batch.sockets = m_pending.sockets; // kept: the next poll compares with it
        m_pending.entries.clear();
        m_pending.tokens.clear();
    }
    m_sockets = batch.sockets;
    emit batchReady(batch);
}

void LiveLab::flush()
{
    post([this] { publish(); });
}

} // namespace tsl
