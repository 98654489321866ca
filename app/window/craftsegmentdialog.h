#pragma once
// "What if this segment arrived?": the user picks the receiver, the flags, the length, and seq
// and ack relative to the receiver's window (RCV.NXT, RCV.NXT+1, RCV.NXT+WND-1, outside, ...);
// the dialog shows the numbers they resolve to against the simulator's current state.

#include "sim/craftedsegment.h"
#include "sim/simstate.h"

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

    sim::SegmentDraft draft() const;
    // The Inject command for the draft, resolved against the state the dialog was opened on.
    sim::Command command() const;

private:
    void fillPositions();
    void updatePreview();

    const sim::SimState& m_state;
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
};

} // namespace tsl
