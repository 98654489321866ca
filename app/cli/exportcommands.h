#pragma once
// The verbs that paint: `export-diagram`, `export-ladder` and `export-animation`. They need QtGui (fonts, painting)
// and so run in the window program, tcpstatelab-gui, under an offscreen QGuiApplication; the
// verbs that only print stay in tcpstatelab, which loads QtCore alone.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class ExportCommands {
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    // Runs the verb in `commandLine` (the full argv): a painting verb here, any other as
    // CommandLine::run does.
    static int run(const QStringList& commandLine);

private:
    static int exportDiagram(const QStringList& arguments);
};

} // namespace tsl
