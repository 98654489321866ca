#include "livelab.h"

#include "text/labtext.h"

namespace tsl {

LiveLab::LiveLab(std::unique_ptr<KernelProbe> probe, QObject* parent)
    : QObject(parent), m_probe(std::move(probe)), m_engine(std::make_unique<LabEngine>(*m_probe))
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer); // 1 ms polls need a precise timer
    connect(&m_timer, &QTimer::timeout, this, [this] { m_engine->poll(); });
    m_engine->onTransition([this](const ObservedTransition& t) {
        emit transitionObserved(t.endpoint, LabText::role(t.role), t.from, t.to,
                                t.transition ? int(*t.transition) : -1, t.seen, double(t.timeUs) / 1000.0, t.pathKnown,
                                t.listener);
    });
    m_engine->onEvent([this](const LabEvent& e) {
        emit operationLogged(e.endpoint, LabText::role(e.role), LabText::operation(e), e.ok, LabText::detail(e),
                             double(e.timeUs) / 1000.0);
        if (e.kind == LabOperation::ReadKernel && !e.ok)
            emit kernelUnreadable(LabText::detail(e));
        emit eventRecorded(e);
    });
}

LiveLab::~LiveLab()
{
    m_timer.stop();
    // No signals from a half-destroyed lab: the engine's callbacks go first.
    m_engine->onTransition({});
    m_engine->onEvent({});
    m_engine.reset(); // releases the sockets before the probe goes
}

void LiveLab::setPollInterval(int milliseconds)
{
    m_timer.setInterval(std::clamp(milliseconds, 1, 60000));
}

} // namespace tsl
