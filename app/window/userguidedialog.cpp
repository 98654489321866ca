#include "userguidedialog.h"

#include "i18n/translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace tsl {

UserGuideDialog::UserGuideDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent), m_actions(actions), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    m_browser->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // Readable on a projector, never larger than the screen it opens on.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(760, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));
    reload();
    m_browser->setFocus(); // arrows and Page Down scroll the guide at once
}

QString UserGuideDialog::keyboardTable(const QList<QAction*>& actions)
{
    QString rows;
    for (const QAction* action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            if (key[0].key() != Qt::Key_Backtab) // Shift+Tab's other name: the same keys
                keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        }
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QChar(0x2026)))
            text.chop(1);
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n")
                    .arg(keys.join(QStringLiteral(", ")), text.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">\n%1</table>").arg(rows);
}

QString UserGuideDialog::pageHtml(const QList<QAction*>& actions)
{
    QFile page(QStringLiteral(":/guide/guide.%1.html").arg(Translations::current()));
    if (!page.exists())
        page.setFileName(QStringLiteral(":/guide/guide.en.html"));
    if (!page.open(QIODevice::ReadOnly))
        return {};
    QString html = QString::fromUtf8(page.readAll());
    html.replace(QStringLiteral("<!--keyboard-->"), keyboardTable(actions));
    return html;
}

void UserGuideDialog::reload()
{
    setWindowTitle(tr("TCP State Lab — User Guide"));
    m_browser->setHtml(pageHtml(m_actions));
}

void UserGuideDialog::showSection(const QString& anchor) { m_browser->scrollToAnchor(anchor); }

void UserGuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QDialog::changeEvent(event);
}

} // namespace tsl
