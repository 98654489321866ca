#pragma once
// Writes the diagram to PNG, SVG or PDF, chosen by the file's extension. Needs a
// QGuiApplication (any platform plugin, "offscreen" included) for fonts, but no display.

#include "diagramlayout.h"
#include "diagrampainter.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QSize>
#include <QString>

namespace tsl {

class TokenBoard;

class DiagramExporter {
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    enum class Format {
        Png,
        Svg,
        Pdf,
    };

    struct Request {
        QString path;
        QSize size;       // an invalid or empty dimension is derived from the canvas' aspect
        DiagramStyle style;
        DiagramOptions options;
        // The tokens on the board (sockets, A and B) are drawn; false leaves a clean diagram
        // with only the highlights, for a handout.
        bool includeTokens = true;
        // PDF: a landscape sheet of this paper; SVG: as wide as that sheet's printable area.
        // nullopt: A4 or Letter, as the locale uses.
        std::optional<QPageSize::PageSizeId> page = std::nullopt;
        // PDF: a page of exactly `size` points instead of a paper size (--width/--height
        // without --page on the command line, as before paper sizes existed).
        bool exactPdfSize = false;
    };

    // An error message in the user's language, or an empty string on success.
    static QString exportToFile(const Request& request, const TokenBoard* board);

    static std::optional<Format> formatForPath(const QString& path);
    static QStringList extensions(); // "png", "svg", "pdf"

    // Handouts: Letter where the locale uses US paper sizes, A4 elsewhere.
    static QPageSize::PageSizeId defaultPage(const QLocale& locale = QLocale());
    static std::optional<QPageSize::PageSizeId> parsePage(const QString& name); // "A4", "letter"
    static QString pageName(QPageSize::PageSizeId page);                        // "A4", "Letter"
    static QStringList pageNames();
    // The part of a landscape sheet the diagram is drawn on, in millimetres.
    static QSizeF printableSizeMm(QPageSize::PageSizeId page);
    static constexpr qreal kPageMarginMm = 12;

    // The size an export takes when the user gives one dimension, or none.
    static QSize resolvedSize(QSize requested);
    static QImage renderImage(QSize size, const DiagramLayout& layout, const DiagramStyle& style,
                              const TokenBoard* board);
};

} // namespace tsl
