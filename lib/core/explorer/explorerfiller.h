#pragma once
// Asks whatif for the explorer's cells on a worker thread of its own (the LiveLab's job
// pattern): the simulator's answers first (they take microseconds), then the real kernel's, one
// cell after the other in reading order, each in a fresh private network (~0.25 s a cell).
// Every answer is posted back to the filler's own thread as it comes, so the grid fills row by
// row; nothing on the owner's thread waits. A job checks its cancel flag between cells.

#include "explorer/explorergrid.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace tsl {

namespace net {
class PrivateNetwork;
}

struct ExplorerJobCell {
    std::size_t row = 0;
    std::size_t column = 0;
    WhatIfQuery query;
    bool rfc = false;    // ask the simulator
    bool kernel = false; // ask the real kernel
};

class ExplorerFiller : public QObject {
    Q_OBJECT

public:
    explicit ExplorerFiller(QObject* parent = nullptr);
    // Cancels what runs and waits for the cell under way (at most one kernel cell).
    ~ExplorerFiller() override;

    // Queues one job: the cells of one position, asked in the order given.
    void fill(ExplorerPosition position, std::vector<ExplorerJobCell> cells);
    // Drops the jobs queued and stops the one running after its current cell.
    void cancel();
    bool isBusy() const { return m_jobsQueued > 0; }
    int jobsQueued() const { return m_jobsQueued; }

    // How a kernel cell gets its private network (PrivateNetwork::create unless a test says
    // otherwise, e.g. to see what the explorer does where user namespaces are refused).
    using NetworkFactory = std::function<std::unique_ptr<net::PrivateNetwork>(std::string& error)>;
    void setNetworkFactory(NetworkFactory factory);

signals:
    // On the filler's thread, in the order asked. `kernel`: which engine answered.
    void answered(tsl::ExplorerPosition position, std::size_t row, std::size_t column, bool kernel,
                  const tsl::WhatIfAnswer& answer);
    // The kernel cell the worker starts now (for the progress line).
    void kernelCellStarted(tsl::ExplorerPosition position, std::size_t row, std::size_t column);
    // The private network could not be built: why, and how to allow it (in the user's language;
    // the job goes on with the simulator's cells only).
    void kernelUnavailable(const QString& reason, const QString& fix);
    void jobFinished(tsl::ExplorerPosition position, bool cancelled);
    void busyChanged(bool busy);

private:
    void runJob(ExplorerPosition position, const std::vector<ExplorerJobCell>& cells, std::uint64_t generation);
    bool cancelled(std::uint64_t generation) const { return m_cancelledThrough >= generation; }
    // Runs `what` on this object's thread.
    template <typename Function>
    void post(Function what);

    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives on m_thread: the context of the jobs
    std::atomic<int> m_jobsQueued{0};
    std::atomic<std::uint64_t> m_generation{0};
    std::atomic<std::uint64_t> m_cancelledThrough{0};
    std::mutex m_factoryMutex;
    NetworkFactory m_networkFactory;
};

} // namespace tsl
