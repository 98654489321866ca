#pragma once
// `tcpstatelab whatif STATE SEGMENT`: a socket in STATE receives one crafted SEGMENT — what does
// it answer, and where does it go? Asked of the real Linux kernel in the private network, of the
// simulator, or of both side by side.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class WhatIfCommand {
    Q_DECLARE_TR_FUNCTIONS(WhatIfCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace tsl
