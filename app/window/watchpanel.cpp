#include "watchpanel.h"

#include "errorlabel.h"

#include "diagram/diagramscene.h"
#include "kernel/kernelprobe.h"
#include "text/statetext.h"
#include "model/transitiontable.h"
#include "settings/settings.h"
#include "input/portlist.h"
#include "watch/sockettablemodel.h"
#include "watch/socketwatcher.h"

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
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tsl {

namespace {
const QString kPrefix = QStringLiteral("watch-");
const QColor kColours[] = {QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32),
                           QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f), QColor(0xef, 0x6c, 0x00)};

int tokenCount(const DiagramScene& diagram)
{
    int count = 0;
    for (const DiagramScene::Token& t : diagram.tokens())
        count += t.id.startsWith(kPrefix) ? 1 : 0;
    return count;
}

QString tokenLabel(const SocketRow& row)
{
    if (row.remote.port == 0)
        return QStringLiteral(":%1").arg(row.local.port); // a listener
    return QStringLiteral(":%1 → :%2").arg(row.local.port).arg(row.remote.port);
}
} // namespace

WatchPanel::WatchPanel(DiagramScene* diagram, Settings& settings, QWidget* parent)
    : QWidget(parent), m_diagram(diagram), m_settings(settings), m_model(new SocketTableModel(this)), m_ports(new QLineEdit(this)),
      m_source(new QComboBox(this)), m_interval(new QSpinBox(this)), m_startStop(new QPushButton(this)),
      m_portsLabel(new QLabel(this)), m_sourceLabel(new QLabel(this)), m_intervalLabel(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_status(new QLabel(this)), m_counts(new QLabel(this)), m_table(new QTableView(this)),
      m_log(new QPlainTextEdit(this))
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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SocketTableModel::LocalColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SocketTableModel::RemoteColumn, QHeaderView::Stretch);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap); // one change per line, columns aligned

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

    connect(m_startStop, &QPushButton::clicked, this, [this] { isWatching() ? stop() : start(); });
    connect(m_ports, &QLineEdit::returnPressed, this, &WatchPanel::start);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int ms) {
        m_settings.setWatchIntervalMs(ms);
        if (m_watcher)
            m_watcher->setInterval(ms);
    });
    connect(m_diagram, &DiagramScene::tokenArrived, this, [this](const QString& id, TcpState state) {
        if (state == TcpState::Closed && m_leaving.remove(id))
            m_diagram->removeToken(id);
    });
    connect(m_diagram, &DiagramScene::tokensClaimed, this, [this](const QString& owner) {
        m_leaving.clear();
        if (owner != kPrefix && isWatching()) {
            stop();
            m_status->setText(tr("Stopped: another panel is showing its sockets on the diagram."));
        }
    });
    retranslate();
}

WatchPanel::~WatchPanel() = default;

bool WatchPanel::isWatching() const { return m_watcher && m_watcher->isRunning(); }

void WatchPanel::retranslate()
{
    m_portsLabel->setText(tr("Ports:"));
    m_ports->setPlaceholderText(tr("e.g. 5000, 8080 (empty: every TCP socket)"));
    m_ports->setToolTip(tr("Sockets whose local or remote port is one of these; the kernel does the filtering."));
    m_sourceLabel->setText(tr("Source:"));
    m_source->setItemText(0, tr("automatic (the best this system has)"));
    m_intervalLabel->setText(tr("Poll every:"));
    m_startStop->setText(isWatching() ? tr("Stop") : tr("Watch"));
    if (!isWatching() && !m_watcher)
        m_status->setText(tr("Watch any sockets on this machine: their states come from the kernel, poll by poll. "
                             "The first %1 connections also appear on the diagram.").arg(kMaxTokens));
    else if (isWatching())
        m_status->setText(m_sourceNote);
    m_model->retranslate();
    updateCounts();
}

void WatchPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WatchPanel::log(qint64 elapsedMs, const QString& line)
{
    m_log->appendPlainText(QStringLiteral("%1 ms  %2").arg(elapsedMs, 8).arg(line));
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
    m_diagram->claimTokens(kPrefix);
    m_diagram->removeTokens(kPrefix); // a fresh watch: yesterday's connections are not today's
    m_leaving.clear();
    m_colour = 0;
    m_log->clear();
    m_watcher = std::make_unique<SocketWatcher>(std::move(creation.probe));
    m_watcher->setPorts(*ports);
    m_watcher->setInterval(m_interval->value());
    connect(m_watcher.get(), &SocketWatcher::changed, this, [this](const QList<WatchEvent>& events) {
        for (const WatchEvent& event : events)
            apply(event);
    });
    connect(m_watcher.get(), &SocketWatcher::polled, this, [this] {
        m_model->setRows(m_watcher->rows());
        updateCounts();
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
    m_watcher->start();
    m_ports->setEnabled(!isWatching());
    m_source->setEnabled(!isWatching());
    retranslate();
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

void WatchPanel::apply(const WatchEvent& event)
{
    const TableChange& change = event.change;
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
    log(event.elapsedMs, QStringLiteral("%1  %2  %3")
                             .arg(QString::fromStdString(change.row.local.text()), QString::fromStdString(change.row.remote.peerText()), what));

    // The diagram: each followed connection's token walks the edges the model says it took.
    const QString id = kPrefix + event.key;
    if (change.kind == TableChange::Kind::Appeared && m_leaving.remove(id))
        m_diagram->removeToken(id); // the same 4-tuple again: a new connection
    if (!m_diagram->token(id)) {
        if (change.kind == TableChange::Kind::Left || tokenCount(*m_diagram) >= kMaxTokens)
            return;
        const QColor colour = kColours[m_colour++ % std::size(kColours)];
        const bool walk = !event.initial && !event.path.empty();
        m_diagram->placeToken(id, tokenLabel(change.row), colour, walk ? event.start : change.to);
        if (walk) {
            for (std::size_t edge : event.path)
                m_diagram->moveToken(id, edge);
        }
        return;
    }
    if (change.kind == TableChange::Kind::Left) {
        if (event.path.empty()) {
            m_diagram->removeToken(id);
            return;
        }
        m_leaving.insert(id);
    }
    if (event.path.empty()) {
        m_diagram->setTokenState(id, change.to);
        return;
    }
    for (std::size_t edge : event.path)
        m_diagram->moveToken(id, edge);
}

void WatchPanel::updateCounts()
{
    const auto counts = m_model->counts();
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
}

} // namespace tsl
