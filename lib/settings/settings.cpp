#include "settings.h"

namespace tsl {

namespace {
const QString kTheme = QStringLiteral("diagram/theme");
const QString kShowPaths = QStringLiteral("diagram/showPaths");
const QString kShowResetEdges = QStringLiteral("diagram/showResetEdges");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kExportDir = QStringLiteral("export/lastDirectory");
} // namespace

Settings::Settings() = default;

Settings::Settings(const QString& iniPath) : m_settings(iniPath, QSettings::IniFormat) {}

DiagramTheme Settings::theme() const
{
    return parseTheme(m_settings.value(kTheme).toString()).value_or(DiagramTheme::Light);
}

void Settings::setTheme(DiagramTheme theme) { m_settings.setValue(kTheme, themeToken(theme)); }

QString Settings::language() const { return m_settings.value(kLanguage).toString(); }

void Settings::setLanguage(const QString& language) { m_settings.setValue(kLanguage, language); }

bool Settings::showPaths() const { return m_settings.value(kShowPaths, true).toBool(); }

void Settings::setShowPaths(bool show) { m_settings.setValue(kShowPaths, show); }

bool Settings::showResetEdges() const { return m_settings.value(kShowResetEdges, true).toBool(); }

void Settings::setShowResetEdges(bool show) { m_settings.setValue(kShowResetEdges, show); }

QByteArray Settings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }

void Settings::setWindowGeometry(const QByteArray& geometry) { m_settings.setValue(kGeometry, geometry); }

QByteArray Settings::windowState() const { return m_settings.value(kState).toByteArray(); }

void Settings::setWindowState(const QByteArray& state) { m_settings.setValue(kState, state); }

QString Settings::lastExportDirectory() const { return m_settings.value(kExportDir).toString(); }

void Settings::setLastExportDirectory(const QString& directory)
{
    m_settings.setValue(kExportDir, directory);
}

} // namespace tsl
