#include "i18n/translations.h"
#include "text/statetext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tsl;

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool plural = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false, xml.attributes().value("numerus") == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value("type");
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                                 || type == QLatin1String("obsolete");
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(TSL_SOURCE_DIR "/translations/tcpstatelab_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void tsFilesComplete_data();
    void tsFilesComplete();
    void tsFilesCoverEverySourceString_data();
    void tsFilesCoverEverySourceString();
    void compiledTranslationsLoad_data();
    void compiledTranslationsLoad();
    void localeMatching_data();
    void localeMatching();
};

void TestTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "de";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestTranslations::tsFilesComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    for (const Message& m : messages) {
        QVERIFY2(!m.unfinished, qPrintable(m.context + ": " + m.source));
        QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(m.context + ": " + m.source));
        // Placeholders survive translation.
        for (int n = 1; n <= 3; ++n) {
            const QString arg = QStringLiteral("%%1").arg(n);
            QVERIFY2(m.source.contains(arg) == m.translation.contains(arg) || m.plural,
                     qPrintable(m.context + ": " + m.source));
        }
    }
}

void TestTranslations::tsFilesCoverEverySourceString_data() { tsFilesComplete_data(); }

void TestTranslations::tsFilesCoverEverySourceString()
{
    // lupdate the sources afresh into a scratch file: every string it finds must already be
    // translated in the committed .ts, so a new tr() without a translation fails here.
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString scratch = dir.filePath("scratch.ts");
    QVERIFY(QFile::copy(tsPath(language), scratch));
    QFile::setPermissions(scratch, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(TSL_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                QStringLiteral("none"), QStringLiteral(TSL_SOURCE_DIR "/lib"),
                                                QStringLiteral(TSL_SOURCE_DIR "/app"), QStringLiteral("-ts"), scratch});
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> fresh = readTs(scratch, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message& m : fresh)
        QVERIFY2(!m.unfinished, qPrintable("untranslated: " + m.context + ": " + m.source));
}

void TestTranslations::compiledTranslationsLoad_data() { tsFilesComplete_data(); }

void TestTranslations::compiledTranslationsLoad()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    QCOMPARE(Translations::current(), language);
    for (TcpState s : kAllStates) {
        Translations::install(language);
        const QString translated = StateText::explanation(s);
        Translations::install(QStringLiteral("en"));
        QVERIFY2(translated != StateText::explanation(s), stateToken(s).data());
    }
}

void TestTranslations::localeMatching_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de_DE.UTF-8") << "de_DE.UTF-8" << "de";
    QTest::newRow("de_AT") << "de_AT" << "de";
    QTest::newRow("zh_CN") << "zh_CN" << "zh_CN";
    QTest::newRow("zh-Hans-CN") << "zh-Hans-CN" << "zh_CN";
    QTest::newRow("en_GB") << "en_GB" << "en";
    QTest::newRow("fr_FR") << "fr_FR" << "";
    QTest::newRow("garbage") << "xx-nonsense" << "";
    QTest::newRow("C") << "C" << "";
}

void TestTranslations::localeMatching()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Translations::match(locale), expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
