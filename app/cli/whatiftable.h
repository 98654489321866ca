#pragma once
// `tcpstatelab whatif --table [--position P] [--engine E] [--csv|--html|--json]`: the state ×
// segment explorer's grid on the command line — all eleven states × the eight segment kinds at
// one position, asked of the simulator, the real kernel or both, printed with the explorer's own
// export code (lib/core/explorer/explorerexport).

#include "whatif/whatif.h"

#include <QCoreApplication>
#include <QString>

namespace tsl {

class WhatIfTable {
    Q_DECLARE_TR_FUNCTIONS(WhatIfTable)

public:
    enum class Output {
        Text,
        Csv,
        Html,
        Json,
    };
    // `position` and `engine` as typed (checked here); returns the exit code.
    // `conditions`: a query whose via, closed-by, listener and settings every cell takes where they apply.
    static int run(const QString& position, const QString& engine, Output output, const WhatIfQuery& conditions);
};

} // namespace tsl
