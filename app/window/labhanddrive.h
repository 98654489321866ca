#pragma once
// The Live Lab by hand: the lab's own sockets in a list, and one button per operation — listen,
// connect, accept, send, read, stop reading, shut down writing, close, abort, buffer sizes —
// each one call on the selected socket, logged, its effect followed in the kernel.

#include "kernel/socketrow.h"

#include <QGroupBox>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace tsl {

class LabEngine;
class LiveLab;
struct LabSocket;

class LabHandDrive : public QGroupBox {
    Q_OBJECT

public:
    // The lab to drive, following the kernel and showing its tokens; for a new listener also
    // where it goes. The Live Lab panel answers from its address and port boxes (lab null when
    // the input is bad; it shows why).
    struct Target {
        LiveLab* lab = nullptr;
        AddressFamily family = AddressFamily::IPv4;
        quint16 port = 0;
    };
    using Prepare = std::function<Target(bool newListener)>;

    LabHandDrive(Prepare prepare, QWidget* parent = nullptr);

    // The lab whose sockets are listed (null: none yet). Its signals keep the list fresh.
    void setLab(LiveLab* lab);
    // The list again, from the follower's view (roles, endpoints, states).
    void refresh();

signals:
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    int selectedEndpoint() const;
    const LabSocket* socket(int endpoint) const; // from the lab's last batch
    void selectWhenListed(int endpoint);
    int listenerToConnectTo() const;
    // Runs one operation on the selected endpoint; a refusal goes to failed() with the reason.
    void operate(const std::function<bool(LabEngine&, int)>& operation);
    void listen();
    void connectClient();
    void updateButtons();
    void retranslate();

    Prepare m_prepare;
    LiveLab* m_lab = nullptr;
    QTreeWidget* m_endpoints;
    QSpinBox* m_backlog;
    QCheckBox* m_deferAccept;
    QSpinBox* m_bytes;
    QSpinBox* m_receiveBuffer;
    QSpinBox* m_sendBuffer;
    QLabel* m_backlogLabel;
    QLabel* m_buffersLabel;
    QPushButton* m_listen;
    QPushButton* m_connect;
    QPushButton* m_accept;
    QPushButton* m_send;
    QPushButton* m_read;
    QPushButton* m_stopReading;
    QPushButton* m_shutdown;
    QPushButton* m_close;
    QPushButton* m_abort;
    QPushButton* m_setBuffers;
};

} // namespace tsl
