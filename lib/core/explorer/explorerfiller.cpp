#include "explorerfiller.h"

#include "explorer/kernelbatch.h"

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
    std::vector<ExplorerJobCell> kernelCells;
    std::copy_if(cells.begin(), cells.end(), std::back_inserter(kernelCells), [](const ExplorerJobCell& c) { return c.kernel; });
    // A batch of cells at once, each in a fresh network of its own (kernelbatch.h); the answers
    // are posted in the order asked.
    for (std::size_t first = 0; first < kernelCells.size(); first += kKernelBatchThreads) {
        if (cancelled(generation))
            return;
        const std::size_t end = std::min(kernelCells.size(), first + std::size_t(kKernelBatchThreads));
        std::vector<WhatIfQuery> queries;
        for (std::size_t i = first; i < end; ++i) {
            queries.push_back(kernelCells[i].query);
            post([this, position, cell = kernelCells[i]] { emit kernelCellStarted(position, cell.row, cell.column); });
        }
        std::string error;
        auto answers = askKernelInParallel(queries, factory, error);
        if (!answers) {
            const net::NetAvailability why = net::explainFailure(error);
            post([this, reason = NetText::reason(why), fix = NetText::fix(why)] {
                emit kernelUnavailable(reason, fix);
            });
            return;
        }
        for (std::size_t i = first; i < end; ++i)
            post([this, position, cell = kernelCells[i], answer = std::move((*answers)[i - first])] {
                emit answered(position, cell.row, cell.column, true, answer);
            });
    }
}

} // namespace tsl
