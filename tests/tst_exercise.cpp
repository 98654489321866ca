// Predict mode's engine and format: the choices drawn from the diagram, the quiz over the
// simulator's steps (questions, answers, score, the facts a wrong answer is explained by), the
// exercise file (valid, and every kind of bad file) and the results' CSV.

#include "exercise/choices.h"
#if TSL_HAVE_LIVE_LAB
#include "exercise/netrunsteps.h"
#include "net/tcpsegment.h"
#endif
#include "exercise/exercisefile.h"
#include "exercise/exercisetext.h"
#include "exercise/predictsession.h"
#include "exercise/quiz.h"
#include "exercise/resultscsv.h"
#include "exercise/simulatorsteps.h"
#include "model/transitiontable.h"
#include "sim/simscenarios.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tsl;
using namespace tsl::exercise;

namespace {

std::vector<ExerciseStep> scenarioSteps(const char* name, sim::Profile profile = sim::Profile::Rfc9293)
{
    sim::Simulator simulator(profile);
    if (!sim::buildScenario(name, simulator))
        return {};
    return exerciseSteps(simulator);
}

// The first step of `steps` where `side` goes from `from` to `to`, 0 if none.
int stepWhere(const std::vector<ExerciseStep>& steps, Side side, TcpState from, TcpState to)
{
    for (const ExerciseStep& step : steps) {
        if (step.before(side) == from && step.after(side) == to)
            return step.start.step;
    }
    return 0;
}

std::size_t indexOfState(const Question& q, TcpState state)
{
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        if (q.choices[i].state == state)
            return i;
    }
    return q.choices.size();
}

QByteArray validFile()
{
    return R"({
  "format": "tcpstatelab-exercise",
  "version": 1,
  "title": "Closing",
  "source": {"kind": "scenario", "name": "active-close", "profile": "linux"},
  "level": "advanced",
  "questions": [
    {"step": 9, "side": "B", "ask": ["state"], "hint": "Who closes now?"},
    {"step": 6}
  ]
})";
}

} // namespace

class TestExercise : public QObject {
    Q_OBJECT

private slots:
    void simulatorStepsCarryStatesEdgesAndRelativeNumbers();
    void stateChoicesComeFromTheDiagram_data();
    void stateChoicesComeFromTheDiagram();
    void segmentChoicesHoldTheAnswer_data();
    void segmentChoicesHoldTheAnswer();
    void quizScoresAWholeScenario();
    void wrongAnswersAreExplainedFromTheTable();
    void advancedLevelAsksSeqAndAck();
    void unknownOutcomeIsGradedAfterwards();
    void validFileReadsAndWritesBack();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void resultsExportAsCsv();
    void wireEventsMakeAStep();
};

void TestExercise::simulatorStepsCarryStatesEdgesAndRelativeNumbers()
{
    const auto steps = scenarioSteps("three-way-handshake");
    QVERIFY(steps.size() >= 4);
    // A's connect: SYN_SENT, a SYN at relative seq 0.
    const int connect = stepWhere(steps, Side::A, TcpState::Closed, TcpState::SynSent);
    QVERIFY(connect > 0);
    const ExerciseStep& c = steps[std::size_t(connect - 1)];
    QCOMPARE(c.edgesOf(Side::A).size(), std::size_t(1));
    QCOMPARE(transitions()[c.edgesOf(Side::A).front()].id, std::string_view("closed-active-open"));
    const auto syn = c.firstSentBy(Side::A);
    QVERIFY(syn);
    QVERIFY(syn->syn && !syn->ack);
    QCOMPARE(syn->seq, 0u);
    // B's SYN,ACK acknowledges A's relative 1.
    const int answer = stepWhere(steps, Side::B, TcpState::Listen, TcpState::SynReceived);
    const auto synAck = steps[std::size_t(answer - 1)].firstSentBy(Side::B);
    QVERIFY(synAck && synAck->syn && synAck->ack);
    QCOMPARE(synAck->seq, 0u);
    QCOMPARE(synAck->ackNo, 1u);
    QCOMPARE(steps[std::size_t(answer - 1)].start.actor, std::optional<Side>(Side::B)); // the SYN is delivered to B
}

void TestExercise::stateChoicesComeFromTheDiagram_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("known");
    for (TcpState state : kAllStates) {
        for (TcpState to : kAllStates)
            QTest::addRow("%s->%s", stateToken(state).data(), stateToken(to).data()) << int(state) << int(to);
    }
}

void TestExercise::stateChoicesComeFromTheDiagram()
{
    QFETCH(int, before);
    QFETCH(int, known);
    const auto choices = stateChoices(TcpState(before), TcpState(known));
    QVERIFY(choices.size() >= 3);
    QVERIFY(choices.size() <= kMaxChoices);
    QVERIFY(std::find(choices.begin(), choices.end(), TcpState(known)) != choices.end());
    QVERIFY(std::is_sorted(choices.begin(), choices.end(),
                           [](TcpState x, TcpState y) { return stateIndex(x) < stateIndex(y); }));
    QVERIFY(std::adjacent_find(choices.begin(), choices.end()) == choices.end());
}

void TestExercise::segmentChoicesHoldTheAnswer_data()
{
    QTest::addColumn<QString>("scenario");
    for (const std::string& name : sim::scenarioNames())
        QTest::addRow("%s", name.c_str()) << QString::fromStdString(name);
}

void TestExercise::segmentChoicesHoldTheAnswer()
{
    QFETCH(QString, scenario);
    for (Level level : {Level::Basic, Level::Advanced}) {
        for (const ExerciseStep& step : scenarioSteps(scenario.toLatin1().constData())) {
            for (Side side : {Side::A, Side::B}) {
                const auto right = step.firstSentBy(side);
                const auto choices = segmentChoices(step.start.side(side), level, right);
                QVERIFY(choices.size() >= 2);
                QVERIFY(choices.size() <= kMaxChoices);
                QVERIFY(!choices.front()); // "sends nothing" first
                const bool numbered = level == Level::Advanced;
                const auto hits = std::count_if(choices.begin(), choices.end(), [&](const auto& c) {
                    return right ? c && sameSegment(*c, *right, numbered) : !c;
                });
                QCOMPARE(hits, 1); // the answer, exactly once
            }
        }
    }
}

void TestExercise::quizScoresAWholeScenario()
{
    const auto steps = scenarioSteps("active-close");
    Exercise exercise = ExerciseFile::wholeScenario(SourceKind::Scenario, QStringLiteral("active-close"),
                                                    sim::Profile::Rfc9293, Level::Basic);
    QCOMPARE(exercise.questions.size(), steps.size());
    Quiz quiz(exercise);
    int wrongOnPurpose = 0;
    for (const ExerciseStep& step : steps) {
        const auto& questions = quiz.ask(step.start, &step);
        QCOMPARE(questions.size(), std::size_t(2));
        QCOMPARE(questions[0].ask, Ask::State);
        QCOMPARE(questions[1].ask, Ask::Segment);
        // Right on the state, and on the segment except every third step.
        const Side side = questions[0].side;
        QVERIFY(quiz.choose(0, indexOfState(questions[0], step.after(side)), 1500));
        const auto sent = step.firstSentBy(side);
        std::size_t right = 0;
        for (std::size_t i = 0; i < questions[1].choices.size(); ++i) {
            const auto& c = questions[1].choices[i].segment;
            if (sent ? c && sameSegment(*c, *sent, false) : !c)
                right = i;
        }
        const bool miss = step.start.step % 3 == 0;
        wrongOnPurpose += miss;
        QVERIFY(quiz.choose(1, miss ? (right + 1) % questions[1].choices.size() : right, 800));
        QVERIFY(!quiz.choose(2, 0, 0));
        QVERIFY(!quiz.choose(0, 99, 0));
        QVERIFY(quiz.allChosen());
        const auto verdicts = quiz.reveal(step);
        QCOMPARE(verdicts.size(), std::size_t(2));
        QVERIFY(verdicts[0].right);
        QCOMPARE(verdicts[1].right, !miss);
        QVERIFY(!quiz.hasPending());
    }
    const Score score = quiz.score();
    QCOMPARE(score.total, int(steps.size()) * 2);
    QCOMPARE(score.answered, score.total);
    QCOMPARE(score.right, score.total - wrongOnPurpose);
    QVERIFY(quiz.finished());
    QCOMPARE(quiz.results().front().elapsedMs, 1500);
    quiz.restart();
    QCOMPARE(quiz.score().answered, 0);
}

void TestExercise::wrongAnswersAreExplainedFromTheTable()
{
    // B in LAST_ACK: the step that delivers A's ACK closes it; a student who says B stays in
    // LAST_ACK is told what took it away; one who predicts CLOSED a step early (while B's own
    // FIN is still on its way) is told what LAST_ACK waits for.
    const auto steps = scenarioSteps("active-close");
    const int closing = stepWhere(steps, Side::B, TcpState::CloseWait, TcpState::LastAck);
    const int closed = stepWhere(steps, Side::B, TcpState::LastAck, TcpState::Closed);
    QVERIFY(closing > 0 && closed > closing + 1);
    const ExerciseStep& waiting = steps[std::size_t(closing)]; // B is in LAST_ACK and stays there
    QCOMPARE(waiting.before(Side::B), TcpState::LastAck);
    QCOMPARE(waiting.after(Side::B), TcpState::LastAck);

    Exercise exercise;
    exercise.scenario = "active-close";
    exercise.questions.push_back(QuestionSpec{waiting.start.step, Side::B, true, false, "Whose FIN is it?"});
    exercise.questions.push_back(QuestionSpec{closed, Side::B, true, false, {}});
    Quiz quiz(exercise);

    const auto& early = quiz.ask(waiting.start, &waiting);
    QCOMPARE(early.size(), std::size_t(1));
    QCOMPARE(early[0].hint, std::string("Whose FIN is it?"));
    QVERIFY(quiz.choose(0, indexOfState(early[0], TcpState::Closed), 10));
    Verdict v = quiz.reveal(waiting).front();
    QVERIFY(!v.right);
    QVERIFY(v.chosenEdge);
    QCOMPARE(transitions()[*v.chosenEdge].id, std::string_view("lastack-rcv-ack"));
    QVERIFY(!v.waiting.empty());
    QString why = ExerciseText::why(v);
    QVERIFY2(why.contains(QLatin1String("LAST_ACK waits for rcv ACK of FIN")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("LAST_ACK → CLOSED needs “rcv ACK of FIN”")), qPrintable(why));

    const ExerciseStep& last = steps[std::size_t(closed - 1)];
    const auto& late = quiz.ask(last.start, &last);
    QVERIFY(quiz.choose(0, indexOfState(late[0], TcpState::LastAck), 10));
    v = quiz.reveal(last).front();
    QVERIFY(!v.right);
    QVERIFY(v.waiting.empty()); // B did move
    why = ExerciseText::why(v);
    QVERIFY2(why.contains(QStringLiteral("B takes LAST_ACK → CLOSED")), qPrintable(why));
    QVERIFY(ExerciseText::verdict(v).startsWith(QLatin1String("Not quite: you chose LAST_ACK, the answer is CLOSED.")));
}

void TestExercise::advancedLevelAsksSeqAndAck()
{
    const auto steps = scenarioSteps("three-way-handshake");
    const int answer = stepWhere(steps, Side::B, TcpState::Listen, TcpState::SynReceived);
    const ExerciseStep& step = steps[std::size_t(answer - 1)];
    Exercise exercise;
    exercise.level = Level::Advanced;
    exercise.questions.push_back(QuestionSpec{answer, std::nullopt, false, true, {}});
    Quiz quiz(exercise);
    const auto& q = quiz.ask(step.start, &step);
    QCOMPARE(q.size(), std::size_t(1));
    QCOMPARE(q[0].side, Side::B);
    QStringList texts;
    for (const Choice& c : q[0].choices)
        texts << ExerciseText::choice(q[0], c);
    QVERIFY2(texts.contains(QLatin1String("SYN,ACK seq=0 ack=1")), qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY2(texts.contains(QLatin1String("SYN,ACK seq=0 ack=2")), qPrintable(texts.join(QLatin1String(" | "))));
    // The right flags with the wrong ack: wrong, and the numbers are explained.
    const auto wrong = std::size_t(texts.indexOf(QLatin1String("SYN,ACK seq=0 ack=2")));
    QVERIFY(quiz.choose(0, wrong, 10));
    const Verdict v = quiz.reveal(step).front();
    QVERIFY(!v.right);
    QVERIFY2(ExerciseText::why(v).contains(QLatin1String("The flags are right")), qPrintable(ExerciseText::why(v)));
}

void TestExercise::unknownOutcomeIsGradedAfterwards()
{
    // A live source (the Wire panel) knows the outcome only after the step: the choices come from
    // the diagram alone, and the answer is graded once the step is done.
    const auto steps = scenarioSteps("three-way-handshake");
    const int connect = stepWhere(steps, Side::A, TcpState::Closed, TcpState::SynSent);
    const ExerciseStep& step = steps[std::size_t(connect - 1)];
    Exercise exercise;
    exercise.questions.push_back(QuestionSpec{connect, Side::A, true, true, {}});
    Quiz quiz(exercise);
    const auto& q = quiz.ask(step.start, nullptr);
    QCOMPARE(q.size(), std::size_t(2));
    QVERIFY(indexOfState(q[0], TcpState::SynSent) < q[0].choices.size());
    QVERIFY(quiz.choose(0, indexOfState(q[0], TcpState::Listen), 10));
    // Not answering the segment: graded as not answered.
    const auto verdicts = quiz.reveal(step);
    QVERIFY(!verdicts[0].right);
    QVERIFY(!verdicts[1].chosen);
    QVERIFY(!verdicts[1].right);
    QVERIFY(verdicts[1].correct); // a SYN is among the diagram's choices from CLOSED
    QVERIFY(ExerciseText::verdict(verdicts[1]).startsWith(QLatin1String("Not answered")));
}

void TestExercise::validFileReadsAndWritesBack()
{
    const auto read = ExerciseFile::parse(validFile());
    QVERIFY2(read.exercise, qPrintable(read.error));
    const Exercise& e = *read.exercise;
    QCOMPARE(e.title, std::string("Closing"));
    QCOMPARE(e.profile, sim::Profile::Linux);
    QCOMPARE(e.level, Level::Advanced);
    QCOMPARE(e.questions.size(), std::size_t(2));
    QCOMPARE(e.questions[0].step, 6); // in step order
    QVERIFY(e.questions[0].askState && e.questions[0].askSegment && !e.questions[0].side);
    QCOMPARE(e.questions[1].side, std::optional<Side>(Side::B));
    QVERIFY(!e.questions[1].askSegment);
    QCOMPARE(e.questions[1].hint, std::string("Who closes now?"));
    QCOMPARE(e.questionCount(), 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closing.tslx.json"));
    QCOMPARE(ExerciseFile::write(e, path), QString());
    const auto again = ExerciseFile::read(path);
    QVERIFY2(again.exercise, qPrintable(again.error));
    QCOMPARE(ExerciseFile::toJson(*again.exercise), ExerciseFile::toJson(e));
    QVERIFY(ExerciseFile::read(dir.filePath(QStringLiteral("missing.json"))).error.contains(QLatin1String("cannot read")));
}

void TestExercise::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray head = R"("format": "tcpstatelab-exercise", "version": 1, )";
    const QByteArray source = R"("source": {"kind": "scenario", "name": "active-close"}, )";
    const auto with = [&](const QByteArray& rest) { return "{" + head + source + rest + "}"; };
    QTest::addRow("syntax") << QByteArray("{\n  \"format\": \"tcpstatelab-exercise\",\n  \"version\": 1,,\n}")
                            << QStringLiteral("line 3, column 17");
    QTest::addRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("one JSON object");
    QTest::addRow("format") << QByteArray(R"({"format": "other", "version": 1})") << QStringLiteral("format: must be");
    QTest::addRow("no version") << QByteArray(R"({"format": "tcpstatelab-exercise"})") << QStringLiteral("version: must be a whole number");
    QTest::addRow("future version") << QByteArray(R"({"format": "tcpstatelab-exercise", "version": 7})")
                                    << QStringLiteral("version: 7 is not a version");
    QTest::addRow("title") << ("{" + head + R"("title": 3})") << QStringLiteral("title: must be a string");
    QTest::addRow("no source") << ("{" + head + R"("questions": []})") << QStringLiteral("source: must be an object");
    QTest::addRow("source kind") << ("{" + head + R"("source": {"kind": "pcap", "name": "x"}})")
                                 << QStringLiteral("source.kind: must be \"scenario\" or \"wire\"");
    QTest::addRow("source name") << ("{" + head + R"("source": {"kind": "scenario"}})") << QStringLiteral("source.name: must be");
    QTest::addRow("profile") << ("{" + head + R"("source": {"kind": "scenario", "name": "abort", "profile": "bsd"}})")
                             << QStringLiteral("source.profile: must be one of rfc9293, linux");
    QTest::addRow("level") << with(R"("level": "expert", "questions": [{"step": 1}])") << QStringLiteral("level: must be");
    QTest::addRow("no questions") << with(R"("questions": [])") << QStringLiteral("questions: must be a list");
    QTest::addRow("question") << with(R"("questions": [3])") << QStringLiteral("questions[0]: must be an object");
    QTest::addRow("step type") << with(R"("questions": [{"step": "two"}])") << QStringLiteral("questions[0].step: must be a whole number");
    QTest::addRow("step fraction") << with(R"("questions": [{"step": 1.5}])") << QStringLiteral("questions[0].step: must be a whole number");
    QTest::addRow("side") << with(R"("questions": [{"step": 1, "side": "C"}])") << QStringLiteral("questions[0].side: must be \"A\" or \"B\"");
    QTest::addRow("ask") << with(R"("questions": [{"step": 1, "ask": ["colour"]}])") << QStringLiteral("questions[0].ask: must be a list");
    QTest::addRow("ask nothing") << with(R"("questions": [{"step": 1, "ask": []}])") << QStringLiteral("questions[0].ask: the question asks nothing");
    QTest::addRow("hint") << with(R"("questions": [{"step": 1, "hint": 5}])") << QStringLiteral("questions[0].hint: must be a string");
    QTest::addRow("step range") << with(R"("questions": [{"step": 1}, {"step": 99}])")
                                << QStringLiteral("questions[1].step: 99 is not a step of the scenario (1 to ");
    QTest::addRow("step twice") << with(R"("questions": [{"step": 2}, {"step": 2}])") << QStringLiteral("questions[1].step: step 2 is asked twice");
    QTest::addRow("unknown scenario") << ("{" + head + R"("source": {"kind": "scenario", "name": "nope"}, "questions": [{"step": 1}]})")
                                      << QStringLiteral("source.name: there is no scenario scenario called \"nope\"");
}

void TestExercise::badFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto read = ExerciseFile::parse(json);
    QVERIFY(!read.exercise);
    QVERIFY2(read.error.contains(error), qPrintable(read.error));
}

void TestExercise::resultsExportAsCsv()
{
    const auto steps = scenarioSteps("three-way-handshake");
    Exercise exercise;
    exercise.questions.push_back(QuestionSpec{steps.front().start.step, std::nullopt, true, true, {}});
    PredictSession session(exercise);
    qint64 clock = 0;
    session.setClock([&clock] { return clock; });
    session.ask(steps.front().start, &steps.front(), QStringLiteral("B: listen, \"passive\""));
    QCOMPARE(session.pending().size(), std::size_t(2));
    clock = 2500;
    QVERIFY(session.choose(0, indexOfState(session.pending()[0], steps.front().after(session.pending()[0].side))));
    clock = 4000;
    QVERIFY(session.choose(1, 1));
    session.reveal(steps.front());
    QCOMPARE(session.rows().size(), std::size_t(2));
    const QString csv = QString::fromUtf8(ResultsCsv::toCsv(session.rows()));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("step,side,kind,asked,answered,correct,right,time_s"));
    QVERIFY2(lines[1].startsWith(QStringLiteral("1,B,state,\"Step 1 · B: listen, \"\"passive\"\" — Which state will B be in afterwards?\",LISTEN,LISTEN,yes,2.5")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QLatin1String(",no,4.0")), qPrintable(lines[2]));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QCOMPARE(ResultsCsv::write(session.rows(), path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ResultsCsv::toCsv(session.rows()));
    QVERIFY(!ResultsCsv::write(session.rows(), dir.filePath(QStringLiteral("no/such/dir/x.csv"))).isEmpty());
}

void TestExercise::wireEventsMakeAStep()
{
#if TSL_HAVE_LIVE_LAB
    // B's listener gets A's SYN: B's connection goes LISTEN → SYN_RECEIVED and its SYN,ACK is
    // held on the wire; the delivery of A's SYN is no segment B sent.
    std::vector<NetRunEvent> events;
    NetRunEvent delivered;
    delivered.kind = NetRunEvent::Kind::Segment;
    delivered.action = net::WireAction::Delivered;
    delivered.segment.from = net::WireEnd::A;
    delivered.segment.segment.flags = net::tcpflag::kSyn;
    events.push_back(delivered);
    NetRunEvent state;
    state.kind = NetRunEvent::Kind::State;
    state.side = "B";
    state.socket = "connection";
    state.from = TcpState::Listen;
    state.to = TcpState::SynReceived;
    events.push_back(state);
    NetRunEvent held;
    held.kind = NetRunEvent::Kind::Segment;
    held.action = net::WireAction::Held;
    held.segment.from = net::WireEnd::B;
    held.segment.segment.flags = net::tcpflag::kSyn | net::tcpflag::kAck;
    held.segment.relativeSeq = 0;
    held.segment.relativeAck = 1;
    events.push_back(held);
    const StepStart start = netStepStart(3, TcpState::SynSent, TcpState::Listen);
    const ExerciseStep step = netExerciseStep(start, TcpState::SynSent, TcpState::SynReceived, events);
    QCOMPARE(step.edgesOf(Side::B).size(), std::size_t(1));
    QCOMPARE(transitions()[step.edgesOf(Side::B).front()].id, std::string_view("listen-rcv-syn"));
    QVERIFY(!step.firstSentBy(Side::A));
    const auto synAck = step.firstSentBy(Side::B);
    QVERIFY(synAck && synAck->syn && synAck->ack && synAck->ackNo == 1);
    // Graded after the fact, as the Wire panel does: choices from the diagram alone.
    Exercise exercise;
    exercise.source = SourceKind::Wire;
    exercise.questions.push_back(QuestionSpec{3, Side::B, true, true, {}});
    Quiz quiz(exercise);
    const auto& q = quiz.ask(start, nullptr);
    QVERIFY(quiz.choose(0, indexOfState(q[0], TcpState::SynReceived), 5));
    const auto verdicts = quiz.reveal(step);
    QVERIFY(verdicts[0].right);
    QVERIFY(verdicts[1].correct); // SYN,ACK is what LISTEN's edge sends
    // The side's state: its connection's, or its listener's while it has none.
    NetRunEvent listening;
    listening.kind = NetRunEvent::Kind::State;
    listening.side = "B";
    listening.socket = "listener";
    listening.to = TcpState::Listen;
    QCOMPARE(netSideState({listening}, Side::B), TcpState::Listen);
    QCOMPARE(netSideState({listening, state}, Side::B), TcpState::SynReceived);
    QCOMPARE(netSideState({listening, state}, Side::A), TcpState::Closed);
#else
    QSKIP("the private network is Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestExercise)
#include "tst_exercise.moc"
