#pragma once

#include <QColor>
#include <QPalette>
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
    // The keyboard focus (a state or an edge): a colour no highlight, path or box uses, strong
    // against the background.
    QColor focusRing;
};

DiagramPalette paletteFor(DiagramTheme theme);

// The palette of the whole window (panels, menus, dialogs) that goes with a diagram theme: the
// dark theme darkens everything, not only the diagram. `system` is the desktop's own palette,
// kept for the light and print themes. High contrast (presentation mode) takes text to pure
// black on white, or white on black.
QPalette windowPalette(DiagramTheme theme, bool highContrast, const QPalette& system);

QString themeToken(DiagramTheme theme); // "light", "dark", "print"
std::optional<DiagramTheme> parseTheme(const QString& token);
QStringList themeTokens();

} // namespace tsl
