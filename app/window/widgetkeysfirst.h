#pragma once
// The window's bare-key shortcuts (→ ← Space Home . ,) must not steal keys from the widget that
// has the focus: Space presses a focused button, arrows move a slider, a list or a text cursor.
// Installed on the application, this lets such a widget claim its key before any shortcut.

#include <QObject>

class QKeyEvent;
class QWidget;

namespace tsl {

class WidgetKeysFirst : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // True when `widget` uses this key itself (and so the shortcut must wait).
    static bool widgetUsesKey(const QWidget* widget, const QKeyEvent& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace tsl
