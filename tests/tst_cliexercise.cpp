// `tcpstatelab exercise FILE` as a student runs it, answers piped through stdin: questions,
// numbered choices, verdicts, the score at the end, the results' CSV; end of input stops
// cleanly; a bad file or a bad answer gets a clear word.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run exercise(const QStringList& arguments, const QByteArray& answers)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TSL_APP_BINARY), QStringList{QStringLiteral("exercise")} + arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(answers);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const char* kExercise = R"json({"format": "tcpstatelab-exercise", "version": 1, "title": "Who closes?",
 "source": {"kind": "scenario", "name": "active-close"},
 "questions": [{"step": 6, "hint": "The application calls close()"}, {"step": 10, "side": "B", "ask": ["state"]}]})json";

} // namespace

class TestCliExercise : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void answersThroughToTheScore();
    void endOfInputStopsCleanly();
    void badFileIsRefused();

private:
    QString file(const QByteArray& json)
    {
        const QString path = m_dir.filePath(QStringLiteral("ex%1.json").arg(++m_files));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(json);
        return path;
    }
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestCliExercise::answersThroughToTheScore()
{
    const QString path = file(kExercise);
    const QString csv = m_dir.filePath(QStringLiteral("results.csv"));
    // Step 6, A closes: FIN_WAIT_1 is choice 3 of CLOSED, ESTABLISHED, FIN_WAIT_1, CLOSE_WAIT;
    // FIN,ACK is choice 5. Step 10, B in LAST_ACK: "CLOSED" (wrong: it waits for its ACK).
    // "7" and "x" are no answers: asked again.
    const Run run = exercise({path, QStringLiteral("--results"), csv}, "3\nx\n7\n5\n1\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Who closes?\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("Hint: The application calls close()")));
    QVERIFY(run.out.contains(QStringLiteral("Step 6 · A: close — Which state will A be in afterwards?\n"
                                            "  1) CLOSED\n  2) ESTABLISHED\n  3) FIN_WAIT_1\n  4) CLOSE_WAIT\n")));
    QVERIFY(run.out.contains(QLatin1String("  5) FIN,ACK\n")));
    QCOMPARE(run.out.count(QLatin1String("Please answer with a number from 1 to 5.")), 2);
    QVERIFY(run.out.contains(QLatin1String("Right: A is in FIN_WAIT_1.")));
    QVERIFY(run.out.contains(QStringLiteral("Right: A — FIN,ACK.")));
    QVERIFY2(run.out.contains(QLatin1String("Not quite: you chose CLOSED, the answer is LAST_ACK. "
                                            "B stays in LAST_ACK: LAST_ACK waits for rcv ACK of FIN")),
             qPrintable(run.out));
    QVERIFY(run.out.endsWith(QLatin1String("Score: 2 of 3 right\n")));
    QFile results(csv);
    QVERIFY(results.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(results.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows[1].startsWith(QLatin1String("6,A,state,")));
    QVERIFY(rows[1].contains(QLatin1String(",FIN_WAIT_1,FIN_WAIT_1,yes,")));
    QVERIFY(rows[3].contains(QLatin1String(",CLOSED,LAST_ACK,no,")));
}

void TestCliExercise::endOfInputStopsCleanly()
{
    const Run run = exercise({file(kExercise)}, "3\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("End of input: the exercise stops here.")));
    QVERIFY2(run.out.endsWith(QStringLiteral("Score: 0 right of 0 answered · 3 to go\n")), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
}

void TestCliExercise::badFileIsRefused()
{
    const QString bad = file(R"({"format": "tcpstatelab-exercise", "version": 1, "source": {"kind": "scenario", "name": "active-close"},
 "questions": [{"step": 6, "side": "C"}]})");
    Run run = exercise({bad}, "");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(bad + QStringLiteral(": questions[0].side: must be \"A\" or \"B\"")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    run = exercise({file("{\n\"format\": \n}")}, "");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("line 3, column 2")), qPrintable(run.err));
    run = exercise({m_dir.filePath(QStringLiteral("missing.json"))}, "");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("cannot read")));
    run = exercise({}, "");
    QCOMPARE(run.exitCode, 2);
#ifdef __linux__
    // A wire exercise is a valid file, but this version does not play it: said, not attempted.
    run = exercise({file(R"({"format": "tcpstatelab-exercise", "version": 1, "source": {"kind": "wire", "name": "three-way-handshake"},
 "questions": [{"step": 1}]})")}, "1\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("a wire exercise (on the real kernels) cannot be played yet")), qPrintable(run.err));
#endif
}

QTEST_GUILESS_MAIN(TestCliExercise)
#include "tst_cliexercise.moc"
