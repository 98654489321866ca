#pragma once
// The bar above an empty diagram on first launch: where to begin, the guide, presentation mode.
// Closing it (or opening the guide from it) is remembered; it never comes back after that.

#include <QFrame>

class QLabel;
class QPushButton;

namespace tsl {

class FirstRunHint : public QFrame {
    Q_OBJECT

public:
    explicit FirstRunHint(QWidget* parent = nullptr);

signals:
    void guideRequested();
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text;
    QPushButton* m_guide;
    QPushButton* m_close;
};

} // namespace tsl
