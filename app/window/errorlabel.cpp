#include "errorlabel.h"

namespace tsl {

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse); // so the message can be copied
    setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    hide();
}

void ErrorLabel::setMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace tsl
