#include "diagramexport.h"

#include "tokenboard.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace tsl {

std::optional<DiagramExporter::Format> DiagramExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QStringList DiagramExporter::extensions()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

QPageSize::PageSizeId DiagramExporter::defaultPage(const QLocale& locale)
{
    // The United States and Canada (and a few neighbours) print on Letter; the rest of the
    // world on A4. Canada counts as metric in QLocale but still uses Letter paper.
    if (locale.measurementSystem() == QLocale::ImperialUSSystem
        || locale.territory() == QLocale::Canada || locale.territory() == QLocale::Mexico
        || locale.territory() == QLocale::Philippines || locale.territory() == QLocale::Chile
        || locale.territory() == QLocale::Colombia)
        return QPageSize::Letter;
    return QPageSize::A4;
}

std::optional<QPageSize::PageSizeId> DiagramExporter::parsePage(const QString& name)
{
    for (const QPageSize::PageSizeId page : {QPageSize::A4, QPageSize::Letter}) {
        if (name.compare(pageName(page), Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}

QString DiagramExporter::pageName(QPageSize::PageSizeId page)
{
    return page == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

QStringList DiagramExporter::pageNames() { return {pageName(QPageSize::A4), pageName(QPageSize::Letter)}; }

QSizeF DiagramExporter::printableSizeMm(QPageSize::PageSizeId page)
{
    const QSizeF portrait = QPageSize::size(page, QPageSize::Millimeter);
    return {portrait.height() - 2 * kPageMarginMm, portrait.width() - 2 * kPageMarginMm};
}

QSize DiagramExporter::resolvedSize(QSize requested)
{
    const QSizeF canvas = DiagramLayout::canvasSize();
    const qreal aspect = canvas.width() / canvas.height();
    int w = requested.width();
    int h = requested.height();
    if (w <= 0 && h <= 0)
        w = 1600;
    if (w <= 0)
        w = int(std::lround(h * aspect));
    if (h <= 0)
        h = int(std::lround(w / aspect));
    return {w, h};
}

QImage DiagramExporter::renderImage(QSize size, const DiagramLayout& layout,
                                    const DiagramStyle& style, const TokenBoard* board)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    DiagramPainter(layout, style).paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), board);
    painter.end();
    return image;
}

QString DiagramExporter::exportToFile(const Request& request, const TokenBoard* board)
{
    const auto format = formatForPath(request.path);
    if (!format) {
        return tr("Cannot export to \"%1\": unknown file type. Use a name ending in .png, .svg or "
                  ".pdf.")
            .arg(request.path);
    }
    const QSize size = resolvedSize(request.size);
    if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000)
        return tr("Cannot export at %1×%2: width and height must be between 16 and 20000 pixels.")
            .arg(size.width())
            .arg(size.height());

    // QSaveFile: a failed export never leaves a half-written file where a good one was.
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(request.path, file.errorString());

    const DiagramLayout layout(DiagramFonts::standard(), request.options);
    const DiagramPainter painter(layout, request.style);
    const QPageSize::PageSizeId page = request.page.value_or(defaultPage());
    // Without tokens: the same highlights on a board of its own, so the window's stays as it is.
    TokenBoard bare;
    if (board && !request.includeTokens) {
        bare.setHighlightedStates(board->highlightedStates());
        bare.setHighlightedEdge(board->highlightedEdge());
        board = &bare;
    }
    switch (*format) {
    case Format::Png: {
        const QImage image = renderImage(size, layout, request.style, board);
        if (!image.save(&file, "PNG"))
            return tr("Cannot write \"%1\": the PNG encoder failed.").arg(request.path);
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        // The physical size (width="…mm") is the printable width of a landscape sheet, so a
        // word processor or Inkscape places it at a size that prints, not at 72 dpi.
        generator.setResolution(int(std::lround(size.width() * 25.4 / printableSizeMm(page).width())));
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(tr("TCP state diagram"));
        generator.setDescription(tr("The eleven TCP connection states of RFC 9293, drawn by TCP "
                                    "State Lab."));
        QPainter p(&generator);
        painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), board);
        p.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setTitle(tr("TCP state diagram"));
        writer.setCreator(QCoreApplication::applicationName());
        writer.setResolution(300);
        if (request.exactPdfSize) {
            writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        } else {
            writer.setPageLayout(QPageLayout(QPageSize(page), QPageLayout::Landscape,
                                             QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                                             QPageLayout::Millimeter));
        }
        QPainter p(&writer);
        painter.paint(p, QRectF(p.viewport()), board);
        p.end();
        break;
    }
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return tr("Cannot write \"%1\": %2").arg(request.path, file.errorString());
    return {};
}

} // namespace tsl
