#include "animationexport.h"

#include "animation/gifencoder.h"
#include "animation/htmlanimation.h"
#include "animation/webpencoder.h"

#include <QFileInfo>
#include <QSaveFile>

namespace tsl {

std::optional<AnimationExporter::Format> AnimationExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gif"))
        return Format::Gif;
    if (suffix == QLatin1String("webp"))
        return Format::Webp;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

QStringList AnimationExporter::extensions()
{
    return {QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("html")};
}

QString AnimationExporter::cancelledMessage() { return tr("The export was cancelled."); }

QString AnimationExporter::checkOptions(const AnimationOptions& o)
{
    if (o.size.width() < AnimationOptions::kMinWidth || o.size.width() > AnimationOptions::kMaxWidth)
        return tr("The width must be from %1 to %2 pixels.").arg(AnimationOptions::kMinWidth).arg(AnimationOptions::kMaxWidth);
    if (o.size.height() < AnimationOptions::kMinHeight || o.size.height() > AnimationOptions::kMaxHeight)
        return tr("The height must be from %1 to %2 pixels.").arg(AnimationOptions::kMinHeight).arg(AnimationOptions::kMaxHeight);
    if (o.fps < AnimationOptions::kMinFps || o.fps > AnimationOptions::kMaxFps)
        return tr("The frame rate must be from %1 to %2 frames per second.").arg(AnimationOptions::kMinFps).arg(AnimationOptions::kMaxFps);
    if (o.stepMs < AnimationOptions::kMinStepMs || o.stepMs > AnimationOptions::kMaxStepMs)
        return tr("A step must last from %1 to %2 milliseconds.").arg(AnimationOptions::kMinStepMs).arg(AnimationOptions::kMaxStepMs);
    return {};
}

QString AnimationExporter::exportToFile(const QString& path, const AnimationScript& script, const AnimationOptions& options,
                                        const Progress& progress)
{
    const auto format = formatForPath(path);
    if (!format)
        return tr("Cannot export to \"%1\": unknown file type; use .gif, .webp or .html.").arg(path);
    if (QString invalid = checkOptions(options); !invalid.isEmpty())
        return invalid;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(path, file.errorString());

    const AnimationFrames frames(script, options);
    const int total = frames.frameCount();
    int done = 0;
    bool cancelled = false;
    const auto advanced = [&] {
        ++done;
        if (progress && !progress(done, total))
            cancelled = true;
        return !cancelled;
    };
    QString error;
    QByteArray bytes;
    switch (*format) {
    case Format::Gif: {
        // The steps' resting pictures hold the colours the glides use; a dozen spread over the
        // run are enough (one theme's colours), and keep a long run's memory small.
        constexpr int kPaletteSamples = 12;
        std::vector<QImage> samples;
        const int groups = frames.groupCount();
        samples.reserve(std::size_t(std::min(groups, kPaletteSamples)));
        for (int i = 0; i < std::min(groups, kPaletteSamples); ++i)
            samples.push_back(frames.restingFrame(groups <= kPaletteSamples ? i : i * (groups - 1) / (kPaletteSamples - 1)));
        GifEncoder gif(&file);
        if (!gif.begin(options.size, samples)) {
            error = gif.errorString();
            break;
        }
        samples.clear();
        const bool rendered = frames.render([&](const AnimationFrame& frame) {
            if (!gif.addFrame(frame.image, frame.durationMs)) {
                error = gif.errorString();
                return false;
            }
            return advanced();
        });
        if (rendered && !gif.finish())
            error = gif.errorString();
        break;
    }
    case Format::Webp: {
        WebpEncoder webp;
        if (!webp.begin(options.size)) {
            error = webp.errorString();
            break;
        }
        const bool rendered = frames.render([&](const AnimationFrame& frame) {
            if (!webp.addFrame(frame.image, frame.durationMs)) {
                error = webp.errorString();
                return false;
            }
            return advanced();
        });
        if (rendered) {
            bytes = webp.finish();
            if (bytes.isEmpty())
                error = webp.errorString();
        }
        break;
    }
    case Format::Html: {
        HtmlAnimation page(script, options);
        const bool rendered = frames.render([&](const AnimationFrame& frame) {
            if (!page.addFrame(frame)) {
                error = page.errorString();
                return false;
            }
            return advanced();
        });
        if (rendered) {
            bytes = page.finish();
            if (bytes.isEmpty())
                error = page.errorString();
        }
        break;
    }
    }
    if (cancelled)
        error = cancelledMessage();
    if (error.isEmpty() && !bytes.isEmpty() && file.write(bytes) != bytes.size())
        error = file.errorString();
    if (!error.isEmpty()) {
        file.cancelWriting();
        return cancelled ? error : tr("Cannot write \"%1\": %2").arg(path, error);
    }
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(path, file.errorString());
    return {};
}

} // namespace tsl
