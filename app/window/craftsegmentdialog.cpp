#include "craftsegmentdialog.h"

#include "net/tcpsegment.h"
#include "text/simtext.h"
#include "text/statetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsl {

CraftSegmentDialog::CraftSegmentDialog(const sim::SimState& state, sim::Side receiver, QWidget* parent)
    : QDialog(parent), m_state(&state), m_receiver(new QComboBox(this)), m_syn(new QCheckBox(QStringLiteral("SYN"), this)),
      m_ack(new QCheckBox(QStringLiteral("ACK"), this)), m_fin(new QCheckBox(QStringLiteral("FIN"), this)),
      m_rst(new QCheckBox(QStringLiteral("RST"), this)), m_seq(new QComboBox(this)), m_ackAt(new QComboBox(this)),
      m_length(new QSpinBox(this)), m_window(new QLabel(this)), m_preview(new QLabel(this))
{
    build(receiver == sim::Side::A ? 0 : 1);
}

CraftSegmentDialog::CraftSegmentDialog(net::Host receiver, QWidget* parent)
    : QDialog(parent), m_receiver(new QComboBox(this)), m_syn(new QCheckBox(QStringLiteral("SYN"), this)),
      m_ack(new QCheckBox(QStringLiteral("ACK"), this)), m_fin(new QCheckBox(QStringLiteral("FIN"), this)),
      m_rst(new QCheckBox(QStringLiteral("RST"), this)), m_seq(new QComboBox(this)), m_ackAt(new QComboBox(this)),
      m_length(new QSpinBox(this)), m_window(new QLabel(this)), m_preview(new QLabel(this)),
      m_spoofed(new QCheckBox(this)), m_count(new QSpinBox(this))
{
    build(receiver == net::Host::A ? 0 : 1);
}

void CraftSegmentDialog::build(int receiverIndex)
{
    setWindowTitle(tr("Craft a segment"));
    for (sim::Side side : {sim::Side::A, sim::Side::B}) {
        const QString name = QString::fromLatin1(sim::sideName(side));
        m_receiver->addItem(tr("%1 (from %2)").arg(name, QString::fromLatin1(sim::sideName(sim::peer(side)))),
                            QVariant::fromValue(int(side)));
    }
    m_receiver->setCurrentIndex(receiverIndex);
    m_ack->setChecked(true);
    m_length->setRange(0, 65535);
    m_length->setSuffix(tr(" bytes"));
    m_window->setWordWrap(true);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = m_preview->font();
    mono.setFamilies({QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono")});
    m_preview->setFont(mono);

    auto* flags = new QHBoxLayout;
    for (QCheckBox* box : {m_syn, m_ack, m_fin, m_rst})
        flags->addWidget(box);
    flags->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Receiver:"), m_receiver);
    form->addRow(m_window);
    form->addRow(tr("Flags:"), flags);
    form->addRow(tr("&Sequence number:"), m_seq);
    form->addRow(tr("&Acknowledgement:"), m_ackAt);
    form->addRow(tr("&Length:"), m_length);
    if (m_spoofed) {
        m_spoofed->setText(tr("From spoofed sources (198.51.100.0/24): a flood"));
        m_count->setRange(1, 250);
        m_count->setValue(8);
        m_count->setEnabled(false);
        connect(m_spoofed, &QCheckBox::toggled, m_count, &QSpinBox::setEnabled);
        form->addRow(m_spoofed);
        form->addRow(tr("How many:"), m_count);
    }
    form->addRow(tr("Segment:"), m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Inject"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_receiver, &QComboBox::currentIndexChanged, this, [this] {
        fillPositions();
        updatePreview();
    });
    for (QCheckBox* box : {m_syn, m_ack, m_fin, m_rst})
        connect(box, &QCheckBox::toggled, this, &CraftSegmentDialog::updatePreview);
    connect(m_seq, &QComboBox::currentIndexChanged, this, &CraftSegmentDialog::updatePreview);
    connect(m_seq, &QComboBox::currentTextChanged, this, &CraftSegmentDialog::updatePreview);
    connect(m_ackAt, &QComboBox::currentTextChanged, this, &CraftSegmentDialog::updatePreview);
    if (m_spoofed)
        connect(m_spoofed, &QCheckBox::toggled, this, &CraftSegmentDialog::updatePreview);
    connect(m_ackAt, &QComboBox::currentIndexChanged, this, &CraftSegmentDialog::updatePreview);
    connect(m_length, &QSpinBox::valueChanged, this, &CraftSegmentDialog::updatePreview);
    fillPositions();
    updatePreview();
}

void CraftSegmentDialog::fillPositions()
{
    if (!m_state) {
        // The wire resolves the names against what it has seen of the connection.
        if (m_seq->count() == 0) {
            m_seq->setEditable(true);
            m_ackAt->setEditable(true);
            m_seq->addItems({QStringLiteral("rcv.nxt"), QStringLiteral("rcv.nxt+1"), QStringLiteral("rcv.nxt-1"),
                             QStringLiteral("rcv.nxt+wnd-1"), QStringLiteral("rcv.nxt+wnd"), QStringLiteral("irs")});
            m_ackAt->addItems({QStringLiteral("snd.nxt"), QStringLiteral("snd.una"), QStringLiteral("snd.nxt+1"),
                               QStringLiteral("iss")});
        }
        m_window->setText(tr("Seq and ack relative to %1 as the wire has seen it: rcv.nxt, snd.una, snd.nxt, irs, iss, "
                             "rcv.nxt+wnd; ± a number; or a plain number.")
                              .arg(QString::fromLatin1(sim::sideName(sim::Side(m_receiver->currentData().toInt())))));
        return;
    }
    const sim::Side to = sim::Side(m_receiver->currentData().toInt());
    const sim::Tcb& tcb = m_state->tcb(to);
    // The choices keep their meaning when the receiver changes; only the numbers change.
    const QVariant seqChoice = m_seq->count() ? m_seq->currentData() : QVariant(int(sim::SeqPosition::RcvNxt));
    const QVariant ackChoice = m_ackAt->count() ? m_ackAt->currentData() : QVariant(int(sim::AckPosition::SndNxt));
    const QSignalBlocker seqBlocker(m_seq);
    const QSignalBlocker ackBlocker(m_ackAt);
    m_seq->clear();
    for (sim::SeqPosition p : sim::kSeqPositions)
        m_seq->addItem(tr("%1 = %2").arg(sim::SimText::seqPositionText(p)).arg(sim::resolveSeq(tcb, p)), int(p));
    m_ackAt->clear();
    for (sim::AckPosition p : sim::kAckPositions)
        m_ackAt->addItem(tr("%1 = %2").arg(sim::SimText::ackPositionText(p)).arg(sim::resolveAck(tcb, p)), int(p));
    m_seq->setCurrentIndex(m_seq->findData(seqChoice));
    m_ackAt->setCurrentIndex(m_ackAt->findData(ackChoice));
    m_window->setText(tr("%1 is %2: RCV.NXT = %3, RCV.WND = %4, SND.UNA = %5, SND.NXT = %6.")
                          .arg(QString::fromLatin1(sim::sideName(to)), StateText::token(tcb.state))
                          .arg(tcb.rcvNxt)
                          .arg(tcb.rcvWnd)
                          .arg(tcb.sndUna)
                          .arg(tcb.sndNxt));
}

sim::SegmentDraft CraftSegmentDialog::draft() const
{
    sim::SegmentDraft d;
    d.to = sim::Side(m_receiver->currentData().toInt());
    d.syn = m_syn->isChecked();
    d.ack = m_ack->isChecked();
    d.fin = m_fin->isChecked();
    d.rst = m_rst->isChecked();
    d.seq = sim::SeqPosition(m_seq->currentData().toInt());
    d.ackAt = sim::AckPosition(m_ackAt->currentData().toInt());
    d.len = std::uint32_t(m_length->value());
    return d;
}

sim::Command CraftSegmentDialog::command() const { return m_state ? sim::craftSegment(*m_state, draft()) : sim::Command{}; }

CraftSegmentDialog::WireSegment CraftSegmentDialog::wireSegment() const
{
    WireSegment w;
    w.to = m_receiver->currentData().toInt() == int(sim::Side::A) ? net::Host::A : net::Host::B;
    using namespace net::tcpflag;
    w.flags = std::uint8_t((m_syn->isChecked() ? kSyn : 0) | (m_ack->isChecked() ? kAck : 0) | (m_fin->isChecked() ? kFin : 0)
                           | (m_rst->isChecked() ? kRst : 0));
    w.seq = m_seq->currentText().trimmed();
    w.ack = m_ackAt->currentText().trimmed();
    w.length = m_length->value();
    w.spoofed = m_spoofed && m_spoofed->isChecked();
    w.count = m_count ? m_count->value() : 1;
    return w;
}

void CraftSegmentDialog::updatePreview()
{
    m_ackAt->setEnabled(m_ack->isChecked());
    if (!m_state) {
        const WireSegment w = wireSegment();
        const QString flags = QString::fromStdString(net::flagsText(w.flags));
        const QString sender = w.spoofed ? tr("spoofed sources") : QString::fromLatin1(sim::sideName(sim::peer(sim::Side(m_receiver->currentData().toInt()))));
        m_preview->setText(tr("%1→%2 %3 seq=%4%5 len=%6")
                               .arg(sender, QString::fromLatin1(net::hostName(w.to)),
                                    w.flags == 0 ? tr("(no flags)") : flags, w.seq,
                                    (w.flags & net::tcpflag::kAck) ? QStringLiteral(" ack=") + w.ack : QString())
                               .arg(w.length));
        return;
    }
    m_preview->setText(sim::SimText::segmentText(command().segment));
}

} // namespace tsl
