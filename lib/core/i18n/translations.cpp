#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace tsl {

namespace {

QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_current = QStringLiteral("en");

QString qmPath(const QString& language)
{
    return QStringLiteral(":/i18n/tcpstatelab_%1.qm").arg(language);
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString Translations::match(const QString& localeName)
{
    QString name = localeName.section(QLatin1Char('.'), 0, 0); // drop ".UTF-8"
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name.isEmpty())
        return {};
    const QLocale locale(name);
    if (locale.language() == QLocale::C)
        return {};
    for (const QString& language : available()) {
        if (QLocale(language).language() == locale.language())
            return language;
    }
    return {};
}

QString Translations::install(const QString& localeName)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return g_current;
    for (QPointer<QTranslator>* slot : {&g_appTranslator, &g_qtTranslator}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }

    const QString wanted = localeName.isEmpty() ? QLocale::system().name() : localeName;
    const QString language = match(wanted);
    g_current = QStringLiteral("en");
    if (language.isEmpty() || language == QLatin1String("en"))
        return g_current;

    auto* translator = new QTranslator(app);
    if (!translator->load(qmPath(language))) {
        delete translator;
        return g_current;
    }
    QCoreApplication::installTranslator(translator);
    g_appTranslator = translator;
    g_current = language;

    // Qt's own strings (standard dialogs, shortcuts) when the system has them.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
    return g_current;
}

QString Translations::current() { return g_current; }

QString Translations::nativeName(const QString& language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

} // namespace tsl
