#pragma once
// `tcpstatelab snapshot` and `tcpstatelab watch`: the kernel's TCP table on the command line.

#include <QCoreApplication>
#include <QStringList>

#include "kernel/kernelprobe.h"

#include <memory>

namespace tsl {

class ProbeCommands {
    Q_DECLARE_TR_FUNCTIONS(ProbeCommands)

public:
    static int snapshot(const QStringList& arguments);
    static int watch(const QStringList& arguments);

    // Opens the probe a --source value asks for ("auto", "netlink", "procfs"), saying on stderr
    // when auto fell back. On failure prints the message and sets *exitCode.
    static std::unique_ptr<KernelProbe> openSource(const QString& source, int* exitCode);
};

} // namespace tsl
