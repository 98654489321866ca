#pragma once
// Marks an English sentence in the engine for translation without linking Qt: lupdate reads
// TSL_TRANSLATE_NOOP as QT_TRANSLATE_NOOP (translations/CMakeLists.txt passes the alias), and the
// Qt layer translates it with QCoreApplication::translate(context, text).
#define TSL_TRANSLATE_NOOP(context, text) text
