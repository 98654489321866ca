#pragma once
// "What if this segment arrived?": the user picks the receiver, the flags, the length, and seq
// and ack relative to the receiver's window (RCV.NXT, RCV.NXT+1, RCV.NXT+WND-1, outside, ...);
// the dialog shows the numbers they resolve to against the simulator's current state. The same
// dialog crafts a real segment on the Wire panel's wire: seq and ack are then expressions the
// wire resolves against what it has seen ("rcv.nxt+1", "snd.una"), and the segment may come from
// spoofed sources (a SYN flood that never leaves the private network).

#include "net/netlayout.h"
#include "sim/craftedsegment.h"
#include "sim/simstate.h"

#include <QString>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace tsl {

class CraftSegmentDialog : public QDialog {
    Q_OBJECT

public:
    CraftSegmentDialog(const sim::SimState& state, sim::Side receiver, QWidget* parent = nullptr);
    // For the wire between the private network's hosts A and B.
    explicit CraftSegmentDialog(net::Host receiver, QWidget* parent = nullptr);

    // The simulator's form.
    sim::SegmentDraft draft() const;
    // The Inject command for the draft, resolved against the state the dialog was opened on.
    sim::Command command() const;

    // The wire's form.
    struct WireSegment {
        net::Host to = net::Host::B;
        std::uint8_t flags = 0; // net::tcpflag bits
        QString seq;            // "rcv.nxt", "rcv.nxt+1", a number...
        QString ack;
        int length = 0;
        bool spoofed = false;   // from 198.51.100.0/24 (2001:db8:ff::/64)
        int count = 1;          // spoofed: how many
    };
    WireSegment wireSegment() const;

private:
    void build(int receiverIndex);
    void fillPositions();
    void updatePreview();

    const sim::SimState* m_state = nullptr; // null: the wire's form
    QComboBox* m_receiver;
    QCheckBox* m_syn;
    QCheckBox* m_ack;
    QCheckBox* m_fin;
    QCheckBox* m_rst;
    QComboBox* m_seq;
    QComboBox* m_ackAt;
    QSpinBox* m_length;
    QLabel* m_window;
    QLabel* m_preview;
    QCheckBox* m_spoofed = nullptr; // the wire's form only
    QSpinBox* m_count = nullptr;
};

} // namespace tsl
