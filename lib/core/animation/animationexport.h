#pragma once
// Writes an animation — GIF, animated WebP or an HTML page, chosen by the file's extension —
// from any AnimationScript, headless. The file appears only when it was written whole: a
// failed or cancelled export leaves what was there before.

#include "animation/animationframes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tsl {

class AnimationExporter {
    Q_DECLARE_TR_FUNCTIONS(AnimationExporter)

public:
    enum class Format {
        Gif,
        Webp,
        Html,
    };
    static std::optional<Format> formatForPath(const QString& path);
    static QStringList extensions(); // "gif", "webp", "html"

    // Called after every frame with (frames done, frames in all); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // An error message in the user's language, or "" when the file was written.
    static QString exportToFile(const QString& path, const AnimationScript& script, const AnimationOptions& options,
                                const Progress& progress = {});
    // What a cancelled export returns.
    static QString cancelledMessage();
    // The options' ranges, checked before anything is drawn: an error message or "".
    static QString checkOptions(const AnimationOptions& options);
};

} // namespace tsl
