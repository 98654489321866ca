// What the private network's runs say — notes, call details, the wire's reasons and refusals,
// what-if's failures — kept in the engine as EngineText (marked source + arguments) and worded by
// NetRunText: English exactly as the engine's english() (the command line's JSON and English
// output are unchanged), German and Chinese translated, arguments (names, numbers, the
// system's messages) kept as they are. A real wire's refusal and a real session's note and
// failure are worded too.
#include "i18n/translations.h"
#include "lab/netsession.h"
#include "model/translatenoop.h"
#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "net/wire.h"
#include "text/netruntext.h"

#include <QTest>

#include <algorithm>

using namespace tsl;

class TestNetRunText : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void englishFillsArgumentsOnce_data();
    void englishFillsArgumentsOnce();
    void worded_data();
    void worded();
    void verbatimStaysAsItIs();
    void eventsPreferTheirFacts();
    void realSessionSpeaksGerman();
};

void TestNetRunText::englishFillsArgumentsOnce_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("english");
    QTest::addRow("none") << "the wire is not open" << QStringList{} << "the wire is not open";
    QTest::addRow("two") << "listen on %1: %2" << QStringList{"B", "Address in use"} << "listen on B: Address in use";
    QTest::addRow("out of order") << "%2 then %1" << QStringList{"x", "y"} << "y then x";
    // An argument holding "%2" is not substituted again.
    QTest::addRow("percent in argument") << "%1 / %2" << QStringList{"50%2", "z"} << "50%2 / z";
    QTest::addRow("missing argument") << "%1 and %3" << QStringList{"a"} << "a and %3";
}

void TestNetRunText::englishFillsArgumentsOnce()
{
    QFETCH(QString, source);
    QFETCH(QStringList, args);
    QFETCH(QString, english);
    const QByteArray utf8 = source.toUtf8();
    EngineText text;
    text.context = "NoSuchContext"; // untranslated: the source itself
    text.source = utf8.constData();
    for (const QString& arg : args)
        text.args.push_back(arg.toStdString());
    QCOMPARE(QString::fromStdString(text.english()), english);
    QCOMPARE(NetRunText::worded(text), english);
}

void TestNetRunText::worded_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("args");
    // One of each kind: a scenario's note, a call's detail, a session's failure, the wire's
    // reason and refusal, what-if's failure, a bad sequence expression.
    QTest::addRow("note") << "NetScenario" << TSL_TRANSLATE_NOOP("NetScenario", "the SYN is lost: A retransmits it when its first RTO (1 s) fires")
                          << QStringList{};
    QTest::addRow("call detail") << "NetSession" << TSL_TRANSLATE_NOOP("NetSession", "%1 bytes") << QStringList{"1000"};
    QTest::addRow("session failure") << "NetSession" << TSL_TRANSLATE_NOOP("NetSession", "no %1 from %2 came onto the wire within %3 ms")
                                     << QStringList{"SYN,ACK", "B", "3000"};
    QTest::addRow("wire reason") << "Wire" << TSL_TRANSLATE_NOOP("Wire", "addressed to a spoofed source: it never leaves the wire")
                                 << QStringList{};
    QTest::addRow("wire refusal") << "Wire" << TSL_TRANSLATE_NOOP("Wire", "segment %1 is not held on the wire") << QStringList{"999999"};
    QTest::addRow("whatif failure") << "WhatIf" << TSL_TRANSLATE_NOOP("WhatIf", "no %1 from %2 reached the wire")
                                    << QStringList{"FIN", "A"};
    QTest::addRow("sequence expression") << "RelativeSeq" << TSL_TRANSLATE_NOOP("RelativeSeq", "\"%1\": \"%2\" is neither a number nor wnd")
                                         << QStringList{"rcv.nxt+x", "x"};
}

void TestNetRunText::worded()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QStringList, args);
    const QByteArray contextBytes = context.toLatin1();
    const QByteArray sourceBytes = source.toUtf8();
    EngineText text = engineText(contextBytes.constData(), sourceBytes.constData());
    for (const QString& arg : args)
        text.args.push_back(arg.toStdString());
    QCOMPARE(NetRunText::worded(text), QString::fromStdString(text.english()));
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
        QCOMPARE(Translations::install(language), language);
        const QString translated = NetRunText::worded(text);
        QVERIFY2(translated != QString::fromStdString(text.english()), qPrintable(language + ": " + translated));
        for (const QString& arg : args)
            QVERIFY2(translated.contains(arg), qPrintable(language + ": " + translated));
    }
}

void TestNetRunText::verbatimStaysAsItIs()
{
    const EngineText system = verbatimText("socket: Operation not permitted %1");
    QCOMPARE(system.english(), std::string("socket: Operation not permitted %1"));
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(NetRunText::worded(system), QStringLiteral("socket: Operation not permitted %1"));
    QCOMPARE(NetRunText::worded(EngineText{}), QString());
}

void TestNetRunText::eventsPreferTheirFacts()
{
    NetRunEvent note;
    note.kind = NetRunEvent::Kind::Note;
    note.detailText = engineText("NetScenario", TSL_TRANSLATE_NOOP("NetScenario", "the FIN is lost: A stays in FIN_WAIT_1 and "
                                                                                    "retransmits it when the RTO fires"));
    note.detail = note.detailText.english();
    NetRunEvent call;
    call.kind = NetRunEvent::Kind::Call;
    call.detail = "192.0.2.1:40000 → 192.0.2.2:5000"; // no words: as it is
    QCOMPARE(NetRunText::detail(note), QString::fromStdString(note.detail));
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QVERIFY(NetRunText::detail(note) != QString::fromStdString(note.detail));
    QVERIFY(NetRunText::detail(note).contains(QLatin1String("FIN_WAIT_1"))); // state names stay
    QCOMPARE(NetRunText::detail(call), QString::fromStdString(call.detail));
    QVERIFY(NetRunText::reason(call).isEmpty());
    QCOMPARE(NetRunText::callName("connect"), QStringLiteral("connect"));
    QVERIFY(NetRunText::callName("stop reading") != QStringLiteral("stop reading"));
}

// A session on the real private network: a call's detail and a refused wire action, worded.
void TestNetRunText::realSessionSpeaksGerman()
{
    std::string error;
    const auto network = net::PrivateNetwork::create(error);
    if (!network)
        QSKIP(qPrintable(QStringLiteral("the private network is not available here: ") + QString::fromStdString(error)));
    NetSession session(*network, AddressFamily::IPv4);
    EngineText failure;
    QVERIFY2(session.attempt([](NetSession& s) { s.open({}); }, failure), failure.english().c_str());
    QVERIFY2(session.attempt([](NetSession& s) { s.listen(net::Host::B, 16); }, failure), failure.english().c_str());
    QVERIFY(!session.attempt([](NetSession& s) { s.deliver(std::uint64_t(999999)); }, failure));
    QCOMPARE(failure.english(), std::string("segment 999999 is not held on the wire"));
    QVERIFY(!session.attempt([](NetSession& s) { s.close(net::Host::A); }, failure));
    QCOMPARE(failure.english(), std::string("A has no connection to close"));
    const auto isListen = [](const NetRunEvent& e) { return e.kind == NetRunEvent::Kind::Call && e.call == "listen"; };
    const auto found = std::find_if(session.events().begin(), session.events().end(), isListen);
    QVERIFY(found != session.events().end());
    const NetRunEvent listen = *found;
    QCOMPARE(listen.detail, std::string("192.0.2.2:5000 backlog 16"));

    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    const QString german = NetRunText::worded(failure);
    QVERIFY2(german != QStringLiteral("A has no connection to close") && german.contains(QLatin1Char('A')), qPrintable(german));
    QVERIFY(NetRunText::detail(listen) != QString::fromStdString(listen.detail));
    QVERIFY(NetRunText::detail(listen).contains(QLatin1String("192.0.2.2:5000")));
}

QTEST_GUILESS_MAIN(TestNetRunText)
#include "tst_netruntext.moc"
