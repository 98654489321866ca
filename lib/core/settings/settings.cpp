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
const QString kExportTokens = QStringLiteral("export/includeTokens");
const QString kExportPrint = QStringLiteral("export/printColours");
const QString kExportPage = QStringLiteral("export/page");
const QString kFirstRunHint = QStringLiteral("ui/firstRunHintDone");
const QString kWatchPorts = QStringLiteral("watch/ports");
const QString kWatchInterval = QStringLiteral("watch/intervalMs");
const QString kLabAddress = QStringLiteral("lab/address");
const QString kLabPort = QStringLiteral("lab/port");
const QString kLabInterval = QStringLiteral("lab/intervalMs");

// A stored number, or `fallback` when it is missing, not a number or out of range (a hand-edited
// or old settings file must never put a spin box out of its range).
int storedInt(const QSettings& settings, const QString& key, int fallback, int lowest, int highest)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= lowest && value <= highest ? value : fallback;
}
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

bool Settings::exportIncludesTokens() const { return m_settings.value(kExportTokens, true).toBool(); }

void Settings::setExportIncludesTokens(bool include) { m_settings.setValue(kExportTokens, include); }

bool Settings::exportPrintColours() const { return m_settings.value(kExportPrint, false).toBool(); }

void Settings::setExportPrintColours(bool print) { m_settings.setValue(kExportPrint, print); }

QString Settings::exportPage() const { return m_settings.value(kExportPage).toString(); }

void Settings::setExportPage(const QString& page) { m_settings.setValue(kExportPage, page); }

bool Settings::firstRunHintDone() const { return m_settings.value(kFirstRunHint, false).toBool(); }

void Settings::setFirstRunHintDone(bool done) { m_settings.setValue(kFirstRunHint, done); }

QString Settings::watchPorts() const { return m_settings.value(kWatchPorts).toString(); }

void Settings::setWatchPorts(const QString& ports) { m_settings.setValue(kWatchPorts, ports); }

int Settings::watchIntervalMs() const { return storedInt(m_settings, kWatchInterval, 100, 1, 60000); }

void Settings::setWatchIntervalMs(int milliseconds) { m_settings.setValue(kWatchInterval, milliseconds); }

QString Settings::labAddress() const { return m_settings.value(kLabAddress, QStringLiteral("127.0.0.1")).toString(); }

void Settings::setLabAddress(const QString& address) { m_settings.setValue(kLabAddress, address); }

int Settings::labPort() const { return storedInt(m_settings, kLabPort, 0, 0, 65535); }

void Settings::setLabPort(int port) { m_settings.setValue(kLabPort, port); }

int Settings::labIntervalMs() const { return storedInt(m_settings, kLabInterval, 1, 1, 1000); }

void Settings::setLabIntervalMs(int milliseconds) { m_settings.setValue(kLabInterval, milliseconds); }

} // namespace tsl
