#pragma once
// `tcpstatelab snapshot` and `tcpstatelab watch`: the kernel's TCP table on the command line.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class ProbeCommands {
    Q_DECLARE_TR_FUNCTIONS(ProbeCommands)

public:
    static int snapshot(const QStringList& arguments);
    static int watch(const QStringList& arguments);
};

} // namespace tsl
