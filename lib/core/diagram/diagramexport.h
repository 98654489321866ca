#pragma once
// Writes the diagram to PNG, SVG or PDF, chosen by the file's extension. Needs a
// QGuiApplication (any platform plugin, "offscreen" included) for fonts, but no display.

#include "diagramlayout.h"
#include "diagrampainter.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace tsl {

class DiagramScene;

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
    };

    // An error message in the user's language, or an empty string on success.
    static QString exportToFile(const Request& request, const DiagramScene* scene);

    static std::optional<Format> formatForPath(const QString& path);
    static QStringList extensions(); // "png", "svg", "pdf"

    // The size an export takes when the user gives one dimension, or none.
    static QSize resolvedSize(QSize requested);
    static QImage renderImage(QSize size, const DiagramLayout& layout, const DiagramStyle& style,
                              const DiagramScene* scene);
};

} // namespace tsl
