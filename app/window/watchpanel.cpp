#include "watchpanel.h"

#include "errorlabel.h"

#include "diagram/tokenboard.h"
#include "kernel/kernelprobe.h"
#include "text/statetext.h"
#include "model/transitiontable.h"
#include "settings/settings.h"
#include "input/portlist.h"
#include "watch/sockettablemodel.h"
#include "watch/socketwatcher.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace tsl {

namespace {
QString tokenLabel(const SocketRow& row)
{
    if (row.remote.port == 0)
        return QStringLiteral(":%1").arg(row.local.port); // a listener
    return QStringLiteral(":%1 → :%2").arg(row.local.port).arg(row.remote.port);
}
} // namespace

WatchPanel::WatchPanel(TokenBoard* diagram, Settings& settings, QWidget* parent)
    : QWidget(parent), m_diagram(diagram), m_settings(settings), m_model(new SocketTableModel(this)), m_ports(new QLineEdit(this)),
      m_source(new QComboBox(this)), m_interval(new QSpinBox(this)), m_startStop(new QPushButton(this)),
      m_portsLabel(new QLabel(this)), m_sourceLabel(new QLabel(this)), m_intervalLabel(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_status(new QLabel(this)), m_counts(new QLabel(this)), m_table(new QTableView(this)),
      m_log(new FollowingLog(this))
{
    qRegisterMetaType<WatchEvent>();
    m_source->addItem(QString(), int(SourcePreference::Auto));
    for (ProbeSource source : availableSources()) {
        if (source == ProbeSource::Netlink)
            m_source->addItem(QStringLiteral("netlink (sock_diag)"), int(SourcePreference::Netlink));
        else if (source == ProbeSource::Procfs)
            m_source->addItem(QStringLiteral("procfs (/proc/net/tcp)"), int(SourcePreference::Procfs));
    }
    m_interval->setRange(1, 60000);
    m_interval->setValue(m_settings.watchIntervalMs());
    m_interval->setSuffix(QStringLiteral(" ms"));
    m_ports->setClearButtonEnabled(true);
    m_ports->setText(m_settings.watchPorts());
    m_status->setWordWrap(true);
    m_counts->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Widths from the widest text each column can hold, once: "resize to contents" measured
    // every row's text on every poll (the profile of 1,300 churning sockets: most of the GUI
    // thread's time in text shaping for size hints).
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SocketTableModel::LocalColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SocketTableModel::RemoteColumn, QHeaderView::Stretch);
    // Endpoints too long for a narrow panel lose their middle, never their port.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->viewport()->installEventFilter(this); // the columns fit its width
    fitColumns();
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long lines wrap, never scroll sideways

    auto* form = new QFormLayout;
    auto* portsRow = new QHBoxLayout;
    portsRow->addWidget(m_ports, 1);
    portsRow->addWidget(m_startStop);
    form->addRow(m_portsLabel, portsRow);
    form->addRow(m_sourceLabel, m_source);
    form->addRow(m_intervalLabel, m_interval);
    auto* tablePart = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_counts);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePart);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_countsDue.setSingleShot(true);
    connect(&m_countsDue, &QTimer::timeout, this, [this] { showCounts(true); });
    connect(m_startStop, &QPushButton::clicked, this, [this] { isWatching() ? stop() : start(); });
    connect(m_ports, &QLineEdit::returnPressed, this, &WatchPanel::start);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int ms) {
        m_settings.setWatchIntervalMs(ms);
        if (m_watcher)
            m_watcher->setInterval(ms);
    });
    retranslate();
}

WatchPanel::~WatchPanel() = default;

bool WatchPanel::isWatching() const { return m_watcher && m_watcher->isRunning(); }

void WatchPanel::fitColumns()
{
    // Each fixed column as wide as its header (in the user's language) or its widest value,
    // whichever is wider; the two endpoint columns share the rest. In a narrow panel (a
    // 1024-pixel screen) the timer and queue columns give up width, down to their headers,
    // before the endpoints would: the table never scrolls sideways.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics headerMetrics(header->font());
    struct Fit {
        int column;
        int natural;
        int least;
    };
    std::vector<Fit> fits;
    const auto add = [&](int column, const QString& widest, bool mayShrink) {
        const QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int titleWidth = headerMetrics.horizontalAdvance(title) + 24;
        const int natural = std::max(metrics.horizontalAdvance(widest) + 24, titleWidth);
        fits.push_back({column, natural, mayShrink ? titleWidth : natural});
    };
    add(SocketTableModel::StateColumn, QStringLiteral("SYN_RECEIVED"), false);
    add(SocketTableModel::TimerColumn, QStringLiteral("keepalive 7200.0 s"), true);
    add(SocketTableModel::SendQueueColumn, QStringLiteral("0000000"), true);
    add(SocketTableModel::RecvQueueColumn, QStringLiteral("0000000"), true);
    // The endpoints keep room for their ports (they lose the middle of the address first).
    const int endpoint = metrics.horizontalAdvance(QStringLiteral("127.…:65535")) + 16;
    const int available = m_table->viewport()->width() - 2 * endpoint;
    int natural = 0;
    int least = 0;
    for (const Fit& fit : fits) {
        natural += fit.natural;
        least += fit.least;
    }
    // Narrower still: the queues (rarely more than 0 on a lesson's sockets) go until the panel
    // is widened.
    const bool showQueues = least <= available;
    for (int column : {int(SocketTableModel::SendQueueColumn), int(SocketTableModel::RecvQueueColumn)})
        m_table->setColumnHidden(column, !showQueues);
    if (!showQueues) {
        std::erase_if(fits, [](const Fit& fit) { return fit.column >= SocketTableModel::SendQueueColumn; });
        natural = least = 0;
        for (const Fit& fit : fits) {
            natural += fit.natural;
            least += fit.least;
        }
    }
    // Shares of what the shrinkable columns can give up, in proportion to what each can give.
    const double keep = natural <= available || natural == least
                            ? 1.0
                            : std::clamp(double(available - least) / double(natural - least), 0.0, 1.0);
    for (const Fit& fit : fits)
        header->resizeSection(fit.column, fit.least + int(double(fit.natural - fit.least) * keep));
}

bool WatchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void WatchPanel::retranslate()
{
    fitColumns(); // the headers changed language
    m_counts->setMinimumHeight(0); // so did the counts' words
    m_portsLabel->setText(tr("Ports:"));
    m_ports->setPlaceholderText(tr("e.g. 5000, 8080 (empty: every TCP socket)"));
    m_ports->setToolTip(tr("Sockets whose local or remote port is one of these; the kernel does the filtering."));
    m_log->setToolTip(tr("Ctrl+L clears the log and the watch's tokens; the watch goes on."));
    m_sourceLabel->setText(tr("Source:"));
    m_source->setItemText(0, tr("automatic (the best this system has)"));
    m_intervalLabel->setText(tr("Poll every:"));
    m_startStop->setText(isWatching() ? tr("Stop") : tr("Watch"));
    if (!isWatching() && !m_watcher)
        m_status->setText(tr("Watch any sockets on this machine: their states come from the kernel, poll by poll. "
                             "The first %1 connections also appear on the diagram; beyond a few per state, "
                             "one chip counts them all.").arg(kMaxTokens));
    else if (isWatching())
        m_status->setText(m_sourceNote);
    m_model->retranslate();
    updateCounts();
}

void WatchPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Tabbed panels stay "visible" to Qt when their tab is not selected (no show event); the
    // main window enables exactly the panel whose tab is selected: that one shows its tokens.
    if (event->type() == QEvent::EnabledChange && isEnabled() && isVisible())
        m_diagram->setShownSource(TokenSource::Watch);
    QWidget::changeEvent(event);
}

QString WatchPanel::logLine(qint64 elapsedMs, const QString& line)
{
    // The lab's format: ms since the watch started, then the clock.
    return QStringLiteral("%1 ms  %2  %3")
        .arg(elapsedMs, 9)
        .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), line);
}

void WatchPanel::log(qint64 elapsedMs, const QString& line) { m_log->appendLines(logLine(elapsedMs, line)); }

void WatchPanel::showEvent(QShowEvent* event)
{
    // The panel in front shows its tokens; the others keep following theirs.
    m_diagram->setShownSource(TokenSource::Watch);
    QWidget::showEvent(event);
}

void WatchPanel::start()
{
    QString error;
    const auto ports = PortList::parse(m_ports->text(), &error);
    if (!ports) {
        m_error->setMessage(error);
        return;
    }
    ProbeCreation creation = createProbe(SourcePreference(m_source->currentData().toInt()));
    if (!creation.probe) {
        m_error->setMessage(tr("Cannot read the kernel's TCP table: %1").arg(QString::fromStdString(creation.error)));
        return;
    }
    m_error->setMessage({});
    m_settings.setWatchPorts(m_ports->text().trimmed());
    const QString source = QString::fromLatin1(sourceToken(creation.probe->source()));
    m_sourceNote = creation.fellBack ? tr("Source: %1 (%2)").arg(source, QString::fromStdString(creation.error))
                                     : tr("Source: %1").arg(source);

    m_watcher.reset();
    m_countsDue.stop();
    m_countsShownAt.invalidate();
    m_countsShown.clear();
    m_diagram->clear(TokenSource::Watch); // a fresh watch: yesterday's connections are not today's
    m_diagram->setShownSource(TokenSource::Watch);
    m_log->clearLines();
    m_watcher = std::make_unique<SocketWatcher>(std::move(creation.probe));
    m_watcher->setPorts(*ports);
    m_watcher->setInterval(m_interval->value());
    connect(m_watcher.get(), &SocketWatcher::changed, this, [this](const QList<WatchEvent>& events) {
        // One poll, one go: the board repaints once and the log grows by one append.
        m_tokens.clear();
        m_lines.clear();
        m_followed = m_diagram->tokenCount(TokenSource::Watch); // once per poll, not per event
        // The table as it stood at the start is summed up when it is long: 20,000 lines of
        // "in ESTABLISHED" tell nothing the table below does not.
        qsizetype initial = 0;
        for (const WatchEvent& event : events)
            initial += event.initial ? 1 : 0;
        const bool sumUp = initial > kMaxInitialLines;
        for (const WatchEvent& event : events)
            apply(event, !(sumUp && event.initial));
        if (sumUp) {
            std::map<TcpState, int> counts;
            for (const WatchEvent& event : events)
                counts[event.change.to] += event.initial ? 1 : 0;
            QStringList parts;
            for (const auto& [state, n] : counts)
                parts << QStringLiteral("%1 %2").arg(StateText::token(state)).arg(n);
            m_lines.prepend(logLine(events.first().elapsedMs, tr("%n socket(s) in the table at the start: %1", "", int(initial))
                                                                  .arg(parts.join(QStringLiteral(", ")))));
        }
        m_diagram->apply(m_tokens);
        if (!m_lines.isEmpty())
            m_log->appendLines(m_lines.join(QLatin1Char('\n')));
    });
    connect(m_watcher.get(), &SocketWatcher::polled, this, [this] {
        m_model->setRows(m_watcher->rows()); // keeps the counts per state as it goes
        showCounts();
    });
    connect(m_watcher.get(), &SocketWatcher::failed, this, [this](const QString& message) {
        m_error->setMessage(tr("Reading the TCP table failed: %1").arg(message));
        retranslate();
    });

    QStringList portTexts;
    for (std::uint16_t port : m_watcher->ports())
        portTexts << QString::number(port);
    const QString portList = portTexts.join(QStringLiteral(", "));
    log(0, portTexts.isEmpty()        ? tr("Watching every TCP socket.")
           : portTexts.size() == 1 ? tr("Watching port %1.").arg(portList)
                                   : tr("Watching ports %1.").arg(portList));
    log(0, tr("The log keeps the newest %1 lines.").arg(m_log->maximumBlockCount()));
    m_watcher->start();
    m_ports->setEnabled(!isWatching());
    m_source->setEnabled(!isWatching());
    retranslate();
}

void WatchPanel::clearLog()
{
    m_log->clearLines();
    m_diagram->clear(TokenSource::Watch);
}

void WatchPanel::stop()
{
    if (m_watcher)
        m_watcher->stop();
    m_ports->setEnabled(true);
    m_source->setEnabled(true);
    retranslate();
    m_status->setText(tr("Stopped."));
}

void WatchPanel::apply(const WatchEvent& event, bool logIt)
{
    const TableChange& change = event.change;
    if (logIt) {
        const auto table = transitions();
        QString what;
        switch (change.kind) {
        case TableChange::Kind::Appeared:
            what = event.initial ? tr("in %1").arg(StateText::token(change.to)) : tr("appeared in %1").arg(StateText::token(change.to));
            break;
        case TableChange::Kind::Changed:
            what = QStringLiteral("%1 → %2").arg(StateText::token(change.from), StateText::token(change.to));
            break;
        case TableChange::Kind::Left:
            what = tr("left the table (was %1)").arg(StateText::token(change.from));
            break;
        }
        if (!event.initial && event.path.size() > 1) {
            QStringList unseen;
            for (std::size_t i = 0; i + 1 < event.path.size(); ++i)
                unseen << StateText::token(table[event.path[i]].to);
            what += QStringLiteral("  ") + tr("(passed unseen between two polls: %1)").arg(unseen.join(QStringLiteral(", ")));
        }
        m_lines << logLine(event.elapsedMs, QStringLiteral("%1  %2  %3")
                                 .arg(QString::fromStdString(change.row.local.text()), QString::fromStdString(change.row.remote.peerText()), what));
    }

    // The diagram: each followed connection's token walks the edges the model says it took.
    TokenEvent token;
    token.source = TokenSource::Watch;
    token.key = event.key;
    token.role = (event.start == TcpState::Listen || change.row.state == TcpState::Listen) ? PathRole::Server
                                                                                          : PathRole::Client;
    token.label = tokenLabel(change.row);
    token.state = change.kind == TableChange::Kind::Left ? TcpState::Closed : change.to;
    token.path = event.initial ? std::vector<std::size_t>{} : event.path;
    token.fresh = change.kind == TableChange::Kind::Appeared; // a reused 4-tuple is a new connection
    token.gone = change.kind == TableChange::Kind::Left;
    if (!m_diagram->token(TokenSource::Watch, token.key)) {
        if (token.gone || m_followed >= kMaxTokens)
            return; // the table and the counted chips still show it
        ++m_followed;
    }
    m_tokens.push_back(std::move(token));
}

void WatchPanel::showCounts(bool now)
{
    const auto& counts = m_model->counts();
    const auto sameStates = [&] {
        return counts.size() == m_countsShown.size()
               && std::equal(counts.begin(), counts.end(), m_countsShown.begin(),
                             [](const auto& a, const auto& b) { return a.first == b.first; });
    };
    // 1,300 churning sockets change their counts on every poll: shown per poll, the diagram
    // (a whole frame) and the panel's layout (the line's length) were redone ten times a second.
    if (!now && m_countsShownAt.isValid() && m_countsShownAt.elapsed() < kCountsRefreshMs && sameStates()) {
        if (counts != m_countsShown && !m_countsDue.isActive())
            m_countsDue.start(int(kCountsRefreshMs - m_countsShownAt.elapsed()));
        return;
    }
    m_countsDue.stop();
    m_countsShownAt.start();
    m_countsShown = counts;
    m_diagram->setStateCounts(TokenSource::Watch, counts);
    updateCounts();
}

void WatchPanel::updateCounts()
{
    const auto& counts = m_model->counts();
    int total = 0;
    QStringList parts;
    for (TcpState state : kAllStates) {
        const auto it = counts.find(state);
        if (it == counts.end())
            continue;
        total += it->second;
        parts << QStringLiteral("%1 %2").arg(StateText::token(state)).arg(it->second);
    }
    m_counts->setText(total == 0 ? tr("No sockets.")
                                 : tr("Sockets: %1 — %2").arg(total).arg(parts.join(QStringLiteral(" · "))));
    // States come and go from poll to poll: a line more or less would resize the table each
    // time (a layout and a repaint of the whole panel). While the width stays, the counts'
    // height only grows.
    if (m_counts->width() > 0) {
        const int needed = m_counts->heightForWidth(m_counts->width());
        if (needed > m_counts->minimumHeight())
            m_counts->setMinimumHeight(needed);
    }
}

void WatchPanel::resizeEvent(QResizeEvent* event)
{
    if (event->size().width() != event->oldSize().width())
        m_counts->setMinimumHeight(0); // the lines wrap anew
    QWidget::resizeEvent(event);
}

} // namespace tsl
