#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>

namespace tsl {

enum class DiagramTheme {
    Light,
    Dark,
    Print, // black on white, no fills: for handouts and photocopiers
};

struct DiagramPalette {
    QColor background;
    QColor boxFill;          // transparent in the print theme
    QColor boxBorder;
    QColor boxText;
    QColor subtitleText;
    QColor edge;
    QColor clientPath;
    QColor serverPath;
    QColor labelText;
    QColor resetEdge;
    QColor highlightFill;    // transparent in the print theme
    QColor highlightBorder;
    QColor highlightEdge;
    qreal highlightBorderWidth;
};

DiagramPalette paletteFor(DiagramTheme theme);

QString themeToken(DiagramTheme theme); // "light", "dark", "print"
std::optional<DiagramTheme> parseTheme(const QString& token);
QStringList themeTokens();

} // namespace tsl
