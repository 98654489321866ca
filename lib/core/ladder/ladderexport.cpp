#include "ladderexport.h"

#include "diagram/diagramexport.h"
#include "ladderpainter.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace tsl {

QImage LadderExporter::renderImage(const sim::Simulator& simulator, DiagramTheme theme, int width,
                                   const LadderOptions& options)
{
    return renderImage(LadderTrace::fromSimulator(simulator), theme, width, options);
}

QString LadderExporter::exportToFile(const QString& path, const sim::Simulator& simulator, DiagramTheme theme, int width,
                                     const LadderOptions& options)
{
    return exportToFile(path, LadderTrace::fromSimulator(simulator), theme, width, options);
}

QImage LadderExporter::renderImage(const LadderTrace& trace, DiagramTheme theme, int width, const LadderOptions& options)
{
    const LadderLayout layout(trace, options);
    const QSizeF canvas = layout.canvasSize();
    const QSize size(width, int(std::lround(width * canvas.height() / canvas.width())));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    LadderPainter(layout, theme).paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QString LadderExporter::exportToFile(const QString& path, const LadderTrace& trace, DiagramTheme theme, int width,
                                     const LadderOptions& options)
{
    const auto format = DiagramExporter::formatForPath(path);
    if (!format)
        return tr("Cannot export to \"%1\": unknown file type. Use a name ending in .png, .svg or .pdf.").arg(path);
    if (width <= 0)
        width = 1200;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(path, file.errorString());
    const LadderLayout layout(trace, options);
    const LadderPainter painter(layout, theme);
    const QSizeF canvas = layout.canvasSize();
    const QSize size(width, int(std::lround(width * canvas.height() / canvas.width())));
    switch (*format) {
    case DiagramExporter::Format::Png:
        if (!renderImage(trace, theme, width, options).save(&file, "PNG"))
            return tr("Cannot write \"%1\": the PNG encoder failed.").arg(path);
        break;
    case DiagramExporter::Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(options.title.isEmpty() ? tr("TCP ladder diagram") : options.title);
        generator.setDescription(options.description);
        QPainter p(&generator);
        painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        break;
    }
    case DiagramExporter::Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setTitle(options.title.isEmpty() ? tr("TCP ladder diagram") : options.title);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&writer);
        painter.paint(p, QRectF(p.viewport()));
        p.end();
        break;
    }
    }
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(path, file.errorString());
    return {};
}

} // namespace tsl
