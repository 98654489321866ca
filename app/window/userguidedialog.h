#pragma once
// Help → User Guide: a page from the resources in the user's language (:/guide/guide.<lang>.html)
// with the keyboard table filled in from the window's own actions, so it can never go stale.

#include <QDialog>

class QAction;
class QTextBrowser;

namespace tsl {

class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    // `actions`: the window's actions, in the order the table lists them.
    UserGuideDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);

    // The page for the current language (English if it has none), keyboard table included.
    static QString pageHtml(const QList<QAction*>& actions);
    // One row per action with a shortcut: "Ctrl+3 | Simulator Panel".
    static QString keyboardTable(const QList<QAction*>& actions);

    void showSection(const QString& anchor);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();

    QList<QAction*> m_actions;
    QTextBrowser* m_browser;
};

} // namespace tsl
