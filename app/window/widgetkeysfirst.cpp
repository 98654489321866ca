#include "widgetkeysfirst.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>

namespace tsl {

bool WidgetKeysFirst::widgetUsesKey(const QWidget* widget, const QKeyEvent& key)
{
    if (!widget || (key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const int k = key.key();
    const bool navigation = k == Qt::Key_Left || k == Qt::Key_Right || k == Qt::Key_Up || k == Qt::Key_Down
                            || k == Qt::Key_Home || k == Qt::Key_End || k == Qt::Key_PageUp
                            || k == Qt::Key_PageDown;
    const bool space = k == Qt::Key_Space;
    const bool typed = !key.text().isEmpty() && key.text().at(0).isPrint();

    const auto* combo = qobject_cast<const QComboBox*>(widget);
    const bool textInput = qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
                           || (combo && combo->isEditable());
    const auto* plain = qobject_cast<const QPlainTextEdit*>(widget);
    const auto* rich = qobject_cast<const QTextEdit*>(widget);
    if (textInput || (plain && !plain->isReadOnly()) || (rich && !rich->isReadOnly()))
        return navigation || typed;
    if (plain || rich || qobject_cast<const QAbstractItemView*>(widget))
        return navigation || space; // reading and selecting: scroll, move the current row
    if (combo) // Up/Down/Home/End/PageUp/PageDown pick an item, Space opens the list
        return (navigation && k != Qt::Key_Left && k != Qt::Key_Right) || space;
    if (qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QTabBar*>(widget))
        return navigation;
    if (qobject_cast<const QAbstractButton*>(widget))
        return space;
    return false;
}

bool WidgetKeysFirst::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (widgetUsesKey(static_cast<QWidget*>(watched), *key)) {
            key->accept(); // the widget gets the key press; the shortcut does not fire
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tsl
