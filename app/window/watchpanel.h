#pragma once
// Watch the kernel's TCP table from the window: any ports (your own `nc -l 5000` experiment,
// a web server, the whole table), a table like ss, a log of every change, and the first few
// connections as tokens on the state diagram that move as the kernel moves them.

#include "followinglog.h"
#include "diagram/tokenboard.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <map>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tsl {

class ErrorLabel;
class Settings;
class SocketTableModel;
class SocketWatcher;
struct WatchEvent;

class WatchPanel : public QWidget {
    Q_OBJECT

public:
    // At most this many connections get a token: the diagram stays readable on a projector.
    // (More on one state become one chip with the table's count.)
    static constexpr int kMaxTokens = 64;
    // A first poll with more sockets than this is summed up in one log line.
    static constexpr int kMaxInitialLines = 40;
    // Counts per state (the diagram's chips, the line under the table) that only changed their
    // figures are shown at most this often; a state that gains its first socket or loses its
    // last is shown at once.
    static constexpr int kCountsRefreshMs = 500;

    WatchPanel(TokenBoard* diagram, Settings& settings, QWidget* parent = nullptr);
    ~WatchPanel() override;

    bool isWatching() const;
    const SocketWatcher* watcher() const { return m_watcher.get(); }

public slots:
    void start();
    void stop();
    // Edit → Clear (Ctrl+L) while this panel is in front: the log and the watch's tokens go,
    // the watch goes on.
    void clearLog();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // One connection's change: a log line (when `logIt`) and a token event, both for this poll's batch.
    void apply(const WatchEvent& event, bool logIt = true);
    void updateCounts();
    // The model's counts to the diagram and the line under the table: now, or when due.
    void showCounts(bool now = false);
    static QString logLine(qint64 elapsedMs, const QString& line);
    void log(qint64 elapsedMs, const QString& line);
    void retranslate();
    void fitColumns();

    TokenBoard* m_diagram;
    Settings& m_settings;
    std::unique_ptr<SocketWatcher> m_watcher;
    SocketTableModel* m_model;
    QLineEdit* m_ports;
    QComboBox* m_source;
    QSpinBox* m_interval;
    QPushButton* m_startStop;
    QLabel* m_portsLabel;
    QLabel* m_sourceLabel;
    QLabel* m_intervalLabel;
    ErrorLabel* m_error;
    QLabel* m_status;
    QLabel* m_counts;
    QTableView* m_table;
    FollowingLog* m_log;
    QString m_sourceNote;             // which source is in use, and why
    std::vector<TokenEvent> m_tokens; // this poll's, handed to the board in one go
    QStringList m_lines;              // this poll's log lines, appended in one go
    int m_followed = 0;               // connections with a token, counting this poll's new ones
    std::map<TcpState, int> m_countsShown;
    QElapsedTimer m_countsShownAt;
    QTimer m_countsDue; // single shot: the counts that changed since they were last shown
};

} // namespace tsl
