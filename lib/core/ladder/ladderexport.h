#pragma once
// Writes a ladder diagram (a simulation's, or any LadderTrace) to PNG, SVG or PDF, by the file's extension, headless.

#include "diagram/diagramtheme.h"
#include "ladder/ladderpainter.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace tsl {

class LadderExporter {
    Q_DECLARE_TR_FUNCTIONS(LadderExporter)

public:
    // Draws steps 1..simulator.currentStep(), laid out as `options` say (a title for handouts),
    // scaled to `width`; 0 picks 1200 pixels (or points). Returns an error message, or "".
    static QString exportToFile(const QString& path, const sim::Simulator& simulator, DiagramTheme theme, int width = 0,
                                const LadderOptions& options = {});
    static QImage renderImage(const sim::Simulator& simulator, DiagramTheme theme, int width,
                              const LadderOptions& options = {});
    // The same for any recorded trace (the Wire panel's real segments).
    static QString exportToFile(const QString& path, const LadderTrace& trace, DiagramTheme theme, int width = 0,
                                const LadderOptions& options = {});
    static QImage renderImage(const LadderTrace& trace, DiagramTheme theme, int width, const LadderOptions& options = {});
};

} // namespace tsl
