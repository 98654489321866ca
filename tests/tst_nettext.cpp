// Why the private network cannot be built, and how to allow it: facts in the engine
// (net::NetUnavailable and the system's message), worded by NetText in the user's language —
// English exactly as the engine writes it (the command line's output is unchanged), German and
// Chinese complete, the system's message kept as it is.
#include "i18n/translations.h"
#include "net/netavailability.h"
#include "text/nettext.h"

#include <QTest>

using namespace tsl;

Q_DECLARE_METATYPE(tsl::net::NetUnavailable)

class TestNetText : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void worded_data();
    void worded();
    void explainFailureNamesTheCause();
};

void TestNetText::worded_data()
{
    QTest::addColumn<net::NetUnavailable>("why");
    QTest::addRow("user namespaces off") << net::NetUnavailable::UserNamespacesOff;
    QTest::addRow("unprivileged clone off") << net::NetUnavailable::UnprivilegedCloneOff;
    QTest::addRow("apparmor") << net::NetUnavailable::AppArmorRestricted;
    QTest::addRow("limit") << net::NetUnavailable::NamespaceLimit;
    QTest::addRow("not permitted") << net::NetUnavailable::NotPermitted;
    QTest::addRow("build failed") << net::NetUnavailable::BuildFailed;
}

void TestNetText::worded()
{
    QFETCH(net::NetUnavailable, why);
    net::NetAvailability availability;
    availability.why = why;
    availability.error = "unshare: Operation not permitted";
    const auto english = [&](const char* sentence) {
        return QString::fromLatin1(sentence).replace(QLatin1String("%1"), QString::fromStdString(availability.error));
    };
    QCOMPARE(NetText::reason(availability), english(net::netUnavailableReason(why)));
    QCOMPARE(NetText::fix(availability), english(net::netUnavailableFix(why)));
    QVERIFY(!NetText::reason(availability).isEmpty() && !NetText::fix(availability).isEmpty());
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
        QCOMPARE(Translations::install(language), language);
        QVERIFY(NetText::reason(availability) != english(net::netUnavailableReason(why)));
        QVERIFY(NetText::fix(availability) != english(net::netUnavailableFix(why)));
        if (QString::fromLatin1(net::netUnavailableReason(why)).contains(QLatin1String("%1")))
            QVERIFY(NetText::reason(availability).contains(QStringLiteral("unshare: Operation not permitted")));
        // Commands stay commands in every language.
        if (QString::fromLatin1(net::netUnavailableFix(why)).contains(QLatin1String("sudo sysctl")))
            QVERIFY(NetText::fix(availability).contains(QLatin1String("sudo sysctl")));
    }
}

void TestNetText::explainFailureNamesTheCause()
{
    // Whatever this machine's settings, the explanation is one of the facts, worded in English
    // exactly as the engine's own reason and fix.
    const net::NetAvailability why = net::explainFailure("unshare: No space left on device");
    QVERIFY(why.why != net::NetUnavailable::None);
    QCOMPARE(NetText::reason(why), QString::fromStdString(why.reason));
    QCOMPARE(NetText::fix(why), QString::fromStdString(why.fix));
}

QTEST_GUILESS_MAIN(TestNetText)
#include "tst_nettext.moc"
