#pragma once
// The Qt face of the lab engine: polls the kernel on a timer (down to 1 ms) and emits one signal
// per observed transition, so the diagram can animate tokens as the kernel moves them.

#include "lab/labengine.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace tsl {

class LiveLab : public QObject {
    Q_OBJECT

public:
    // Takes ownership of the probe.
    LiveLab(std::unique_ptr<KernelProbe> probe, QObject* parent = nullptr);
    ~LiveLab() override;

    LabEngine& engine() { return *m_engine; }
    KernelProbe& probe() { return *m_probe; }

    void setPollInterval(int milliseconds); // 1 .. 60000
    int pollInterval() const { return m_timer.interval(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isRunning() const { return m_timer.isActive(); }

signals:
    // `seen` is false for a state the model says was passed between two polls; `transition` is
    // the model's edge index, or -1. `timeMs` counts from the lab's start. `pathKnown` is false
    // where several paths lead from `from` to `to` and nothing tells which (then `transition` is
    // -1). `listener` is the listener whose connection the endpoint is, or -1. Roles, operations
    // and details are in the user's language (LabText).
    void transitionObserved(int endpoint, const QString& role, tsl::TcpState from, tsl::TcpState to,
                            int transition, bool seen, double timeMs, bool pathKnown, int listener);
    void operationLogged(int endpoint, const QString& role, const QString& operation, bool ok,
                         const QString& detail, double timeMs);
    // A poll could not read the kernel's table: "the kernel could not be read: why", translated.
    // Emitted once per failure, not once per poll.
    void kernelUnreadable(const QString& message);
    // Every event with its facts (syn-flood's half-open count, dropped SYNs, SYN cookies, ...),
    // for views that show more than a line of text.
    void eventRecorded(const tsl::LabEvent& event);

private:
    std::unique_ptr<KernelProbe> m_probe;
    std::unique_ptr<LabEngine> m_engine;
    QTimer m_timer;
};

} // namespace tsl

Q_DECLARE_METATYPE(tsl::LabEvent)
