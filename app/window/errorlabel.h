#pragma once
// Bad input and refusals, said in place: bold red text under a panel's form, hidden when there
// is nothing to say. The panels' one way to show an error without a modal dialog.

#include <QLabel>

namespace tsl {

class ErrorLabel : public QLabel {
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    // Shows `message`; an empty one hides the label.
    void setMessage(const QString& message);
};

} // namespace tsl
