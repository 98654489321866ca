// The simulator's rfc9293 profile against its referee: tests/data/rfc9293_cells.tsv, RFC 9293
// §3.10.7 written out cell by cell (tests/data/make_rfc9293_cells.py) for every reachable state,
// how it was reached, segment kind, sequence position, acknowledgement number and data length.
// Every row must come out as the table says: the segments sent (flags, seq, ack) and the next
// state. The explanation of every cell must cite RFC 9293.
#include "net/tcpsegment.h"
#include "whatif/whatif.h"

#include <QFile>
#include <QTest>

using namespace tsl;

namespace {

// "snd.nxt", "rcv.nxt+1", "seg.ack", "seg.seq+11", "0", "*": a number of the receiver's (before
// the segment) or of the segment; nullopt for "*" (any value).
std::optional<std::uint32_t> expected(const QString& expression, const WhatIfAnswer& answer)
{
    if (expression == QLatin1String("*"))
        return std::nullopt;
    QString name = expression;
    std::uint32_t plus = 0;
    const qsizetype at = expression.indexOf(QLatin1Char('+'));
    if (expression.startsWith(QLatin1String("seg.")) && at > 0) {
        name = expression.left(at);
        plus = expression.mid(at + 1).toUInt();
    }
    if (name == QLatin1String("seg.seq"))
        return answer.sent.seq + plus;
    if (name == QLatin1String("seg.ack"))
        return answer.sent.ack + plus;
    std::string error;
    return net::resolveRelative(expression.toStdString(), answer.numbers, error);
}

QString written(const WhatIfAnswer& answer)
{
    QStringList sent;
    for (const WhatIfSegment& s : answer.responses) {
        QString text = QString::fromStdString(net::flagsText(s.flags)) + QStringLiteral(" seq=%1").arg(s.seq);
        if (s.flags & net::tcpflag::kAck)
            text += QStringLiteral(" ack=%1").arg(s.ack);
        sent << text;
    }
    return sent.isEmpty() ? QStringLiteral("-") : sent.join(QStringLiteral("; "));
}

} // namespace

class TestRfc9293Cells : public QObject {
    Q_OBJECT

private slots:
    void cell_data();
    void cell();
};

void TestRfc9293Cells::cell_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("ack");
    QTest::addColumn<uint>("len");
    QTest::addColumn<QString>("sends");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("sources");
    QFile file(QStringLiteral(TSL_TEST_DATA_DIR "/rfc9293_cells.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList c = line.split(QLatin1Char('\t'));
        QCOMPARE(c.size(), 10);
        QTest::addRow("%s %s %s seq=%s ack=%s len=%s", qPrintable(c[0]), qPrintable(c[1]), qPrintable(c[2]), qPrintable(c[3]),
                      qPrintable(c[4]), qPrintable(c[5]))
            << c[0] << c[1] << c[2] << c[3] << c[4] << c[5].toUInt() << c[6] << c[7] << c[8];
        ++rows;
    }
    QVERIFY2(rows > 1000, "the referee covers every state, segment kind, position, ACK and length");
}

void TestRfc9293Cells::cell()
{
    QFETCH(QString, state);
    QFETCH(QString, via);
    QFETCH(QString, segment);
    QFETCH(QString, seq);
    QFETCH(QString, ack);
    QFETCH(uint, len);
    QFETCH(QString, sends);
    QFETCH(QString, next);
    QFETCH(QString, sources);
    WhatIfQuery query;
    query.state = *parseState(state.toStdString());
    query.flags = *net::parseFlags(segment.toStdString());
    query.viaActive = via == QLatin1String("active");
    query.seq = seq.toStdString();
    query.ack = ack.toStdString();
    query.len = len;
    const WhatIfAnswer answer = whatIfSimulator(query, sim::Profile::Rfc9293);
    QVERIFY2(answer.ok, answer.error.c_str());

    const QString why = QStringLiteral("referee: %1 -> %2 (%3); profile: %4 -> %5")
                            .arg(sends, next, sources, written(answer), QString::fromLatin1(stateToken(answer.next).data()));
    QVERIFY2(QString::fromLatin1(stateToken(answer.next).data()) == next, qPrintable(why));
    const QStringList wanted = sends == QLatin1String("-") ? QStringList() : sends.split(QStringLiteral("; "));
    QVERIFY2(qsizetype(answer.responses.size()) == wanted.size(), qPrintable(why));
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const WhatIfSegment& got = answer.responses[std::size_t(i)];
        const QStringList parts = wanted[i].split(QLatin1Char(' '));
        QVERIFY2(QString::fromStdString(net::flagsText(got.flags)) == parts[0], qPrintable(why));
        for (const QString& field : parts.mid(1)) {
            const QString value = field.section(QLatin1Char('='), 1);
            const auto number = expected(value, answer);
            if (!number && value != QLatin1String("*"))
                QFAIL(qPrintable(QStringLiteral("cannot read \"%1\"").arg(value)));
            if (!number)
                continue;
            const std::uint32_t actual = field.startsWith(QLatin1String("seq=")) ? got.seq : got.ack;
            QVERIFY2(actual == *number, qPrintable(why + QStringLiteral(" [%1: %2, not %3]").arg(field).arg(actual).arg(*number)));
        }
    }
    // The explanation says where the answer comes from.
    QVERIFY(answer.step);
    QVERIFY2(!answer.step->sources.empty(), "every step cites its sources");
}

QTEST_GUILESS_MAIN(TestRfc9293Cells)
#include "tst_rfc9293cells.moc"
