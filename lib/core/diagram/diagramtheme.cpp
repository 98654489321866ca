#include "diagramtheme.h"

namespace tsl {

DiagramPalette paletteFor(DiagramTheme theme)
{
    switch (theme) {
    case DiagramTheme::Dark:
        return {QColor(0x1c, 0x20, 0x26), QColor(0x2a, 0x31, 0x3c), QColor(0x9f, 0xb0, 0xc4),
                QColor(0xee, 0xf2, 0xf7), QColor(0xb4, 0xc0, 0xce), QColor(0x93, 0xa1, 0xb2),
                QColor(0x5c, 0xad, 0xff), QColor(0xff, 0xa8, 0x4f), QColor(0xd6, 0xde, 0xe8),
                QColor(0x76, 0x82, 0x90), QColor(0x6e, 0x5a, 0x10), QColor(0xff, 0xd2, 0x4d),
                QColor(0xff, 0x5c, 0x8a), 3.5, QColor(0x4d, 0xf0, 0xff)};
    case DiagramTheme::Print:
        return {Qt::white, Qt::transparent, Qt::black, Qt::black, Qt::black, Qt::black,
                Qt::black, Qt::black, Qt::black, QColor(0x55, 0x55, 0x55), Qt::transparent,
                Qt::black, Qt::black, 5.0, Qt::black};
    case DiagramTheme::Light:
        break;
    }
    return {Qt::white, QColor(0xf1, 0xf5, 0xfa), QColor(0x3a, 0x4a, 0x5c), QColor(0x16, 0x20, 0x2b),
            QColor(0x4a, 0x58, 0x68), QColor(0x5f, 0x6e, 0x80), QColor(0x1f, 0x6f, 0xd1),
            QColor(0xc8, 0x5a, 0x14), QColor(0x26, 0x31, 0x3d), QColor(0x98, 0xa3, 0xaf),
            QColor(0xff, 0xe0, 0x85), QColor(0xc9, 0x93, 0x00), QColor(0xd8, 0x1b, 0x60), 3.5,
            QColor(0x6a, 0x1b, 0xc9)};
}

QPalette windowPalette(DiagramTheme theme, bool highContrast, const QPalette& system)
{
    if (theme != DiagramTheme::Dark) {
        if (!highContrast)
            return system;
        QPalette light = system;
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
                light.setColor(group, role, Qt::black);
        }
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Highlight, QColor(0x00, 0x3d, 0xa5));
        return light;
    }
    const DiagramPalette diagram = paletteFor(DiagramTheme::Dark);
    const QColor text = highContrast ? QColor(Qt::white) : diagram.boxText;
    QPalette dark;
    dark.setColor(QPalette::Window, highContrast ? QColor(Qt::black) : diagram.background);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, highContrast ? QColor(Qt::black) : diagram.background.darker(115));
    dark.setColor(QPalette::AlternateBase, diagram.boxFill);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, diagram.boxFill);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, diagram.highlightEdge);
    dark.setColor(QPalette::ToolTipBase, diagram.boxFill);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, diagram.edge);
    dark.setColor(QPalette::Highlight, diagram.clientPath);
    dark.setColor(QPalette::HighlightedText, Qt::black);
    dark.setColor(QPalette::Link, diagram.clientPath);
    dark.setColor(QPalette::Light, diagram.boxFill.lighter(150));
    dark.setColor(QPalette::Midlight, diagram.boxFill.lighter(125));
    dark.setColor(QPalette::Mid, diagram.resetEdge);
    dark.setColor(QPalette::Dark, diagram.background.darker(150));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, diagram.resetEdge);
    return dark;
}

QString themeToken(DiagramTheme theme)
{
    switch (theme) {
    case DiagramTheme::Dark: return QStringLiteral("dark");
    case DiagramTheme::Print: return QStringLiteral("print");
    case DiagramTheme::Light: break;
    }
    return QStringLiteral("light");
}

std::optional<DiagramTheme> parseTheme(const QString& token)
{
    for (DiagramTheme t : {DiagramTheme::Light, DiagramTheme::Dark, DiagramTheme::Print}) {
        if (token.compare(themeToken(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QStringList themeTokens() { return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print")}; }

} // namespace tsl
