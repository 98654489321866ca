#pragma once
// The one place that reads and writes persistent preferences (QSettings underneath).

#include "diagram/diagramtheme.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace tsl {

class Settings {
public:
    Settings();
    // For tests: settings kept in an INI file of their own.
    explicit Settings(const QString& iniPath);

    DiagramTheme theme() const;
    void setTheme(DiagramTheme theme);

    // Empty means "follow the system locale".
    QString language() const;
    void setLanguage(const QString& language);

    bool showPaths() const;
    void setShowPaths(bool show);

    bool showResetEdges() const;
    void setShowResetEdges(bool show);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QString lastExportDirectory() const;
    void setLastExportDirectory(const QString& directory);
    // The export dialog's last choices: tokens in the picture, the paper ("A4", "Letter"; empty:
    // the locale's).
    bool exportIncludesTokens() const;
    void setExportIncludesTokens(bool include);
    bool exportPrintColours() const; // black on white instead of the screen's theme
    void setExportPrintColours(bool print);
    QString exportPage() const;
    void setExportPage(const QString& page);

    // The empty window's "new here?" hint was closed (or a lesson begun): not shown again.
    bool firstRunHintDone() const;
    void setFirstRunHintDone(bool done);

    // What the Watch panel watched last: the ports as typed, the poll interval (1..60000 ms).
    QString watchPorts() const;
    void setWatchPorts(const QString& ports);
    int watchIntervalMs() const;
    void setWatchIntervalMs(int milliseconds);

    // The Live Lab's address (as typed), server port (0: any free port) and poll interval.
    QString labAddress() const;
    void setLabAddress(const QString& address);
    int labPort() const;
    void setLabPort(int port);
    int labIntervalMs() const;
    void setLabIntervalMs(int milliseconds);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace tsl
