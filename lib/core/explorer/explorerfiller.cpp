#include "explorerfiller.h"

#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "text/nettext.h"

namespace tsl {

ExplorerFiller::ExplorerFiller(QObject* parent)
    : QObject(parent), m_worker(std::make_unique<QObject>()),
      m_networkFactory([](std::string& error) { return net::PrivateNetwork::create(error); })
{
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("explorer"));
    m_thread.start();
}

ExplorerFiller::~ExplorerFiller()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
    m_worker.reset();
}

void ExplorerFiller::setNetworkFactory(NetworkFactory factory)
{
    std::lock_guard lock(m_factoryMutex);
    m_networkFactory = std::move(factory);
}

template <typename Function>
void ExplorerFiller::post(Function what)
{
    QMetaObject::invokeMethod(this, std::move(what), Qt::QueuedConnection);
}

void ExplorerFiller::fill(ExplorerPosition position, std::vector<ExplorerJobCell> cells)
{
    const std::uint64_t generation = ++m_generation;
    if (m_jobsQueued++ == 0)
        emit busyChanged(true);
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, position, cells = std::move(cells), generation] {
            const bool wasCancelled = cancelled(generation);
            if (!wasCancelled)
                runJob(position, cells, generation);
            const bool stopped = wasCancelled || cancelled(generation);
            post([this, position, stopped] {
                emit jobFinished(position, stopped);
                if (--m_jobsQueued == 0)
                    emit busyChanged(false);
            });
        },
        Qt::QueuedConnection);
}

void ExplorerFiller::cancel() { m_cancelledThrough = m_generation.load(); }

void ExplorerFiller::runJob(ExplorerPosition position, const std::vector<ExplorerJobCell>& cells, std::uint64_t generation)
{
    for (const ExplorerJobCell& cell : cells) {
        if (!cell.rfc)
            continue;
        if (cancelled(generation))
            return;
        WhatIfAnswer answer = whatIfSimulator(cell.query);
        post([this, position, cell, answer = std::move(answer)] { emit answered(position, cell.row, cell.column, false, answer); });
    }
    NetworkFactory factory;
    {
        std::lock_guard lock(m_factoryMutex);
        factory = m_networkFactory;
    }
    for (const ExplorerJobCell& cell : cells) {
        if (!cell.kernel)
            continue;
        if (cancelled(generation))
            return;
        post([this, position, cell] { emit kernelCellStarted(position, cell.row, cell.column); });
        // A fresh network for every cell: no socket of one question lingers into the next
        // (TIME_WAIT, orphans retransmitting), as in tests/tst_whatif.
        std::string error;
        const std::unique_ptr<net::PrivateNetwork> network = factory(error);
        if (!network) {
            const net::NetAvailability why = net::explainFailure(error);
            post([this, reason = NetText::reason(why), fix = NetText::fix(why)] {
                emit kernelUnavailable(reason, fix);
            });
            return;
        }
        WhatIfAnswer answer = whatIfLinux(cell.query, *network);
        post([this, position, cell, answer = std::move(answer)] { emit answered(position, cell.row, cell.column, true, answer); });
    }
}

} // namespace tsl
