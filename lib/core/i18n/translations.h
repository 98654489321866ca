#pragma once
// The languages TCP State Lab speaks, and switching between them at run time.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tsl {

class Translations {
public:
    // Locale names with a compiled translation, English (the source language) first.
    static QStringList available(); // "en", "de", "zh_CN"

    // The best available language for a locale name such as "de_AT.UTF-8" or "zh-Hans-CN";
    // empty when none fits (English is used then).
    static QString match(const QString& localeName);

    // Installs the translators for `localeName` (empty: the system locale) on the running
    // application, replacing earlier ones. Returns the language now in use ("en" when none).
    static QString install(const QString& localeName);

    // The language install() chose last.
    static QString current();

    // "Deutsch", "简体中文", "English": a language's name in itself, for menus.
    static QString nativeName(const QString& language);
};

} // namespace tsl
