#include "whatiftable.h"

#include "cliio.h"

#include "explorer/explorerexport.h"
#include "explorer/explorergrid.h"
#include "explorer/kernelbatch.h"
#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "text/nettext.h"
#include "text/statetext.h"

#include <QJsonDocument>

namespace tsl {

using cli::fail;
using cli::out;

int WhatIfTable::run(const QString& positionText, const QString& engineText, Output output, const WhatIfQuery& conditions)
{
    const auto position = parsePosition(positionText);
    if (!position) {
        QStringList valid;
        for (ExplorerPosition p : kExplorerPositions)
            valid << positionToken(p);
        return fail(tr("unknown position \"%1\"; valid positions: %2 (or the expression: rcv.nxt+1, rcv.nxt, rcv.nxt+wnd)")
                        .arg(positionText, valid.join(QStringLiteral(", "))));
    }
    const QString engine = engineText.toLower();
    if (engine != QLatin1String("sim") && engine != QLatin1String("linux") && engine != QLatin1String("both"))
        return fail(tr("unknown engine \"%1\"; valid engines: sim, linux, both.").arg(engineText));
    const bool useLinux = engine != QLatin1String("sim");
    const bool useSim = engine != QLatin1String("linux");

    ExplorerGrid grid(*position, conditions);
    std::vector<WhatIfQuery> queries;
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            ExplorerCell& cell = grid.cell(row, column);
            if (useSim)
                cell.rfc = whatIfSimulator(cell.query);
            queries.push_back(cell.query);
        }
    }
    if (useLinux) {
        // A fresh network for every cell, as the explorer asks (no socket lingers into the next),
        // several at once (kernelbatch.h).
        std::string error;
        const auto answers = askKernelInParallel(queries, [](std::string& why) { return net::PrivateNetwork::create(why); }, error);
        if (!answers) {
            const net::NetAvailability why = net::explainFailure(error);
            return fail(tr("the real kernel needs the private network, which is not available: %1\nHow to allow it: %2 "
                           "(--engine sim asks the simulator only)")
                            .arg(NetText::reason(why), NetText::fix(why)));
        }
        for (std::size_t at = 0; at < answers->size(); ++at)
            grid.cell(at / kExplorerColumns, at % kExplorerColumns).kernel = (*answers)[at];
    }

    switch (output) {
    case Output::Text: out() << ExplorerExport::text(grid); break;
    case Output::Csv: out() << ExplorerExport::csv(grid); break;
    case Output::Html: out() << ExplorerExport::html(grid); break;
    case Output::Json: out() << QJsonDocument(ExplorerExport::json(grid)).toJson(QJsonDocument::Compact) << '\n'; break;
    }
    out().flush();
    return cli::Success;
}

} // namespace tsl
