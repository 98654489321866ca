#include "labhanddrive.h"

#include "text/labtext.h"
#include "controllers/livelab.h"
#include "text/statetext.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tsl {

LabHandDrive::LabHandDrive(Prepare prepare, QWidget* parent)
    : QGroupBox(parent), m_prepare(std::move(prepare)), m_endpoints(new QTreeWidget(this)), m_backlog(new QSpinBox(this)),
      m_deferAccept(new QCheckBox(this)), m_bytes(new QSpinBox(this)), m_receiveBuffer(new QSpinBox(this)),
      m_sendBuffer(new QSpinBox(this)), m_backlogLabel(new QLabel(this)), m_buffersLabel(new QLabel(this)),
      m_listen(new QPushButton(this)), m_connect(new QPushButton(this)), m_accept(new QPushButton(this)),
      m_send(new QPushButton(this)), m_read(new QPushButton(this)), m_stopReading(new QPushButton(this)),
      m_shutdown(new QPushButton(this)), m_close(new QPushButton(this)), m_abort(new QPushButton(this)),
      m_setBuffers(new QPushButton(this))
{
    m_endpoints->setColumnCount(4);
    m_endpoints->setRootIsDecorated(false);
    m_endpoints->setUniformRowHeights(true);
    m_endpoints->setMinimumHeight(110);
    m_endpoints->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_backlog->setRange(0, 4096);
    m_backlog->setValue(4);
    m_bytes->setRange(1, 64 * 1024 * 1024);
    m_bytes->setValue(1000);
    m_bytes->setSuffix(QStringLiteral(" B"));
    for (QSpinBox* buffer : {m_receiveBuffer, m_sendBuffer}) {
        buffer->setRange(0, 64 * 1024 * 1024);
        buffer->setSingleStep(4096);
        buffer->setSuffix(QStringLiteral(" B"));
    }

    // Rows of at most three controls: the panel fits the 40 % of a 1024-pixel projector.
    auto* listenRow = new QHBoxLayout;
    listenRow->addWidget(m_listen);
    listenRow->addWidget(m_backlogLabel);
    listenRow->addWidget(m_backlog);
    listenRow->addStretch(1);
    auto* connectRow = new QHBoxLayout;
    connectRow->addWidget(m_deferAccept);
    connectRow->addStretch(1);
    connectRow->addWidget(m_connect);
    auto* operations = new QGridLayout;
    operations->addWidget(m_accept, 0, 0);
    operations->addWidget(m_read, 0, 1);
    operations->addWidget(m_send, 1, 0);
    operations->addWidget(m_bytes, 1, 1);
    operations->addWidget(m_stopReading, 2, 0);
    operations->addWidget(m_shutdown, 2, 1);
    operations->addWidget(m_close, 3, 0);
    operations->addWidget(m_abort, 3, 1);
    auto* buffersRow = new QHBoxLayout;
    buffersRow->addWidget(m_receiveBuffer, 1);
    buffersRow->addWidget(m_sendBuffer, 1);
    buffersRow->addWidget(m_setBuffers);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(listenRow);
    layout->addLayout(connectRow);
    layout->addWidget(m_endpoints, 1);
    layout->addLayout(operations);
    layout->addWidget(m_buffersLabel);
    layout->addLayout(buffersRow);

    connect(m_listen, &QPushButton::clicked, this, &LabHandDrive::listen);
    connect(m_connect, &QPushButton::clicked, this, &LabHandDrive::connectClient);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        operate([](LabEngine& lab, int endpoint) { return lab.accept(endpoint, 300) >= 0; });
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        const auto bytes = std::size_t(m_bytes->value());
        operate([bytes](LabEngine& lab, int endpoint) { return lab.send(endpoint, bytes); });
    });
    connect(m_read, &QPushButton::clicked, this, [this] {
        operate([](LabEngine& lab, int endpoint) { return lab.drain(endpoint); });
    });
    connect(m_stopReading, &QPushButton::clicked, this, [this] {
        operate([](LabEngine& lab, int endpoint) { return lab.stopReading(endpoint); });
    });
    connect(m_shutdown, &QPushButton::clicked, this, [this] {
        operate([](LabEngine& lab, int endpoint) { return lab.shutdownWrite(endpoint); });
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        operate([](LabEngine& lab, int endpoint) { return lab.close(endpoint); });
    });
    connect(m_abort, &QPushButton::clicked, this, [this] {
        operate([](LabEngine& lab, int endpoint) { return lab.abort(endpoint); });
    });
    connect(m_setBuffers, &QPushButton::clicked, this, [this] {
        const int receive = m_receiveBuffer->value();
        const int send = m_sendBuffer->value();
        operate([receive, send](LabEngine& lab, int endpoint) { return lab.setBuffers(endpoint, receive, send); });
    });
    connect(m_endpoints, &QTreeWidget::currentItemChanged, this, &LabHandDrive::updateButtons);
    retranslate();
    updateButtons();
}

void LabHandDrive::retranslate()
{
    setTitle(tr("By hand: one operation at a time"));
    m_endpoints->setHeaderLabels({tr("Role"), tr("Local"), tr("Remote"), tr("State")});
    m_listen->setText(tr("Listen"));
    m_listen->setToolTip(tr("A new listener on the address and server port above."));
    m_backlogLabel->setText(tr("backlog"));
    m_deferAccept->setText(tr("deferred accept"));
    m_deferAccept->setToolTip(tr("TCP_DEFER_ACCEPT: the handshake's bare ACK is ignored; the connection waits for data."));
    m_connect->setText(tr("Connect a client"));
    m_connect->setToolTip(tr("A new client connects to the selected listener (or the newest one)."));
    m_accept->setText(tr("Accept"));
    m_send->setText(tr("Send"));
    m_read->setText(tr("Read"));
    m_stopReading->setText(tr("Stop reading"));
    m_stopReading->setToolTip(tr("A small receive buffer nobody reads: the window closes and the peer's data waits."));
    m_shutdown->setText(tr("Shut down writing"));
    m_shutdown->setToolTip(tr("shutdown(SHUT_WR): sends FIN (a half-close); the socket can still read."));
    m_close->setText(tr("Close"));
    m_abort->setText(tr("Abort (RST)"));
    m_abort->setToolTip(tr("SO_LINGER 0, then close: the kernel sends RST and forgets the connection."));
    m_buffersLabel->setText(tr("Buffers (receive, send):"));
    m_receiveBuffer->setSpecialValueText(tr("unchanged"));
    m_sendBuffer->setSpecialValueText(tr("unchanged"));
    m_setBuffers->setText(tr("Set"));
    refresh();
}

void LabHandDrive::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void LabHandDrive::setLab(LiveLab* lab)
{
    if (m_lab == lab)
        return;
    if (m_lab)
        disconnect(m_lab, nullptr, this, nullptr);
    m_lab = lab;
    m_endpoints->clear(); // another lab's sockets
    if (m_lab) {
        connect(m_lab, &LiveLab::batchReady, this, &LabHandDrive::refresh); // once per poll
        connect(m_lab, &QObject::destroyed, this, [this] {
            m_lab = nullptr;
            m_endpoints->clear();
            refresh();
        });
    }
    refresh();
}

void LabHandDrive::refresh()
{
    // Rows are updated in place and only where something changed: a poll at 1 kHz must not
    // rebuild the list (nor reset the selection) every millisecond. The list is the lab's last
    // batch; the engine itself stays on the lab's thread.
    static const std::vector<LabSocket> none;
    const std::vector<LabSocket>& sockets = m_lab ? m_lab->sockets() : none;
    while (std::size_t(m_endpoints->topLevelItemCount()) > sockets.size())
        delete m_endpoints->takeTopLevelItem(m_endpoints->topLevelItemCount() - 1);
    const QBrush gone = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const LabSocket& socket : sockets) {
        QTreeWidgetItem* item = m_endpoints->topLevelItem(socket.endpoint);
        if (!item) {
            item = new QTreeWidgetItem(m_endpoints);
            item->setText(1, QString::fromStdString(socket.tuple.local.text()));
            item->setText(2, QString::fromStdString(socket.tuple.remote.peerText()));
            item->setData(0, Qt::UserRole, socket.endpoint);
        }
        const QString role = LabText::role(socket.role); // follows a language switch
        if (item->text(0) != role)
            item->setText(0, role);
        const QString state = StateText::token(socket.state);
        if (item->text(3) != state)
            item->setText(3, state);
        if (!socket.held && item->toolTip(0).isEmpty()) {
            // No fd of ours (closed, aborted, a half-open request): followed, not driven.
            for (int column = 0; column < 4; ++column) {
                item->setForeground(column, gone);
                item->setToolTip(column, tr("The lab holds no socket for it (not accepted yet, closed or aborted): "
                                            "the kernel's view is followed, nothing can be done to it."));
            }
        }
    }
    updateButtons();
}

int LabHandDrive::selectedEndpoint() const
{
    const QTreeWidgetItem* item = m_endpoints->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

const LabSocket* LabHandDrive::socket(int endpoint) const
{
    if (!m_lab || endpoint < 0 || std::size_t(endpoint) >= m_lab->sockets().size())
        return nullptr;
    return &m_lab->sockets()[std::size_t(endpoint)];
}

int LabHandDrive::listenerToConnectTo() const
{
    if (!m_lab)
        return -1;
    const LabSocket* selected = socket(selectedEndpoint());
    if (selected && selected->listener && selected->held)
        return selected->endpoint;
    const auto& sockets = m_lab->sockets();
    for (auto it = sockets.rbegin(); it != sockets.rend(); ++it) {
        if (it->listener && it->held)
            return it->endpoint;
    }
    return -1;
}

void LabHandDrive::updateButtons()
{
    const LabSocket* selected = socket(selectedEndpoint());
    const bool open = selected && selected->held;
    const bool listener = open && selected->listener;
    const bool connection = open && !listener;
    m_connect->setEnabled(listenerToConnectTo() >= 0);
    m_accept->setEnabled(listener);
    for (QPushButton* button : {m_send, m_read, m_stopReading, m_shutdown, m_setBuffers})
        button->setEnabled(connection);
    m_close->setEnabled(open);
    m_abort->setEnabled(open);
}

void LabHandDrive::operate(const std::function<bool(LabEngine&, int)>& operation)
{
    const int endpoint = selectedEndpoint();
    if (!m_lab || endpoint < 0 || !m_prepare(false).lab)
        return;
    // On the lab's thread (an accept may wait for a connection); a refusal comes back here.
    m_lab->run(this, [this, operation, endpoint](LabEngine& lab) -> LiveLab::Continuation {
        if (operation(lab, endpoint) || lab.events().empty())
            return {};
        const LabEvent event = lab.events().back();
        return [this, event] { emit failed(tr("%1: %2").arg(LabText::operation(event), LabText::detail(event))); };
    });
}

void LabHandDrive::selectWhenListed(int endpoint)
{
    if (endpoint < 0)
        return;
    refresh();
    if (QTreeWidgetItem* item = m_endpoints->topLevelItem(endpoint))
        m_endpoints->setCurrentItem(item);
}

void LabHandDrive::listen()
{
    const Target target = m_prepare(true);
    if (!target.lab)
        return;
    setLab(target.lab);
    const int backlog = m_backlog->value();
    const bool deferAccept = m_deferAccept->isChecked();
    m_lab->run(this, [this, target, backlog, deferAccept](LabEngine& lab) -> LiveLab::Continuation {
        const int id = lab.listen(target.family, target.port, backlog, deferAccept);
        const QString error = QString::fromStdString(lab.error());
        return [this, id, error] {
            if (id < 0)
                emit failed(tr("Could not listen: %1").arg(error));
            selectWhenListed(id);
        };
    });
}

void LabHandDrive::connectClient()
{
    const int listener = listenerToConnectTo();
    if (listener < 0 || !m_prepare(false).lab)
        return;
    const Endpoint server = socket(listener)->tuple.local;
    m_lab->run(this, [this, server](LabEngine& lab) -> LiveLab::Continuation {
        const int id = lab.connect(server.family, server);
        const QString error = QString::fromStdString(lab.error());
        return [this, id, error] {
            if (id < 0)
                emit failed(tr("Could not connect: %1").arg(error));
            selectWhenListed(id);
        };
    });
}

} // namespace tsl
