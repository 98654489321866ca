// Benchmark of the animated exports (prints figures; judges nothing): every simulator scenario
// (or those named) written as GIF, animated WebP and HTML at 1280x720 — steps, frames, the
// time to render and encode, the file's size, and for GIFs the ratio to the slide budget
// (a 14-step scenario at most 3 MB).
// Run: QT_QPA_PLATFORM=offscreen build/dev/tests/bench/bench_animation [scenario...]
#include "animation/animationexport.h"
#include "animation/animationframes.h"
#include "animation/animationscript.h"
#include "sim/simscenarios.h"
#include "sim/simulator.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

using namespace tsl;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList names = QCoreApplication::arguments().mid(1);
    if (names.isEmpty()) {
        for (const std::string& name : sim::scenarioNames())
            names << QString::fromStdString(name);
    }
    QTemporaryDir dir;
    const AnimationOptions options; // 1280x720, the defaults a user gets
    constexpr double kSlideBudget = 3.0 * 1024 * 1024;
    std::printf("%-22s %5s %6s  %-5s %9s %10s %8s\n", "scenario", "steps", "frames", "fmt", "time (s)", "size (KB)",
                "KB/step");
    for (const QString& name : names) {
        sim::Simulator simulator;
        if (!sim::buildScenario(name.toStdString(), simulator)) {
            std::fprintf(stderr, "unknown scenario %s\n", qPrintable(name));
            return 2;
        }
        const AnimationScript script = AnimationScript::fromSimulator(simulator, name);
        const int frames = AnimationFrames(script, options).frameCount();
        const int steps = int(script.steps.size());
        for (const QString& extension : AnimationExporter::extensions()) {
            const QString path = dir.filePath(name + QLatin1Char('.') + extension);
            const auto start = Clock::now();
            const QString error = AnimationExporter::exportToFile(path, script, options);
            const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
            if (!error.isEmpty()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(error));
                return 1;
            }
            const double size = double(QFileInfo(path).size());
            std::printf("%-22s %5d %6d  %-5s %9.2f %10.0f %8.0f", qPrintable(name), steps, frames, qPrintable(extension),
                        seconds, size / 1024, size / 1024 / std::max(1, steps));
            if (extension == QLatin1String("gif")) // scaled to 14 steps, against the 3 MB budget
                std::printf("   14-step equivalent: %.2f of the budget", size / std::max(1, steps) * 14 / kSlideBudget);
            std::printf("\n");
        }
    }
    return 0;
}
