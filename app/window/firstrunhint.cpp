#include "firstrunhint.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tsl {

FirstRunHint::FirstRunHint(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_guide(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("firstRunHint"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_guide);
    layout->addWidget(m_close);
    connect(m_guide, &QPushButton::clicked, this, &FirstRunHint::guideRequested);
    connect(m_close, &QPushButton::clicked, this, &FirstRunHint::dismissed);
    retranslate();
}

void FirstRunHint::retranslate()
{
    m_text->setText(tr("<b>New here?</b> Press <b>Ctrl+3</b> for the simulator and <b>→</b> to step "
                       "through a handshake; <b>Ctrl+1</b> makes real sockets in the Live Lab. "
                       "<b>F11</b>: presentation mode. <b>F1</b>: the user guide."));
    m_guide->setText(tr("Open the &Guide"));
    m_close->setText(tr("Got It"));
    m_close->setToolTip(tr("Hide this hint for good"));
}

void FirstRunHint::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace tsl
