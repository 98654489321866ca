#pragma once
// Writes a simulation's ladder diagram to PNG, SVG or PDF, by the file's extension, headless.

#include "diagram/diagramtheme.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace tsl {

class LadderExporter {
    Q_DECLARE_TR_FUNCTIONS(LadderExporter)

public:
    // Draws steps 1..simulator.currentStep(). `width` 0 picks 1200 pixels (or points).
    // Returns an error message, or an empty string.
    static QString exportToFile(const QString& path, const sim::Simulator& simulator, DiagramTheme theme, int width = 0);
    static QImage renderImage(const sim::Simulator& simulator, DiagramTheme theme, int width);
};

} // namespace tsl
