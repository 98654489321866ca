#pragma once
// Watch the kernel's TCP table from the window: any ports (your own `nc -l 5000` experiment,
// a web server, the whole table), a table like ss, a log of every change, and the first few
// connections as tokens on the state diagram that move as the kernel moves them.

#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace tsl {

class DiagramScene;
class ErrorLabel;
class Settings;
class SocketTableModel;
class SocketWatcher;
struct WatchEvent;

class WatchPanel : public QWidget {
    Q_OBJECT

public:
    // At most this many connections get a token: the diagram stays readable on a projector.
    static constexpr int kMaxTokens = 8;

    WatchPanel(DiagramScene* diagram, Settings& settings, QWidget* parent = nullptr);
    ~WatchPanel() override;

    bool isWatching() const;

public slots:
    void start();
    void stop();

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply(const WatchEvent& event);
    void updateCounts();
    void log(qint64 elapsedMs, const QString& line);
    void retranslate();

    DiagramScene* m_diagram;
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
    QPlainTextEdit* m_log;
    QString m_sourceNote;             // which source is in use, and why
    QSet<QString> m_leaving;          // tokens on their way to CLOSED, removed when they arrive
    int m_colour = 0;
};

} // namespace tsl
