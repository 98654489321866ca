// Predict mode in the real main window, offscreen at 1024x768: an exercise made from a scenario
// is opened (File → Open Exercise…), answered question by question with the mouse and the number
// keys through to the score; the answers are checked against a simulator of the test's own;
// wrong answers are explained; a bad file is refused with its field; the Save Exercise dialog
// makes the exercise the teacher ticked; the results become CSV rows.

#include "window/exercisedialog.h"
#include "window/mainwindow.h"
#include "window/predictbox.h"
#include "window/simulatorpanel.h"

#include "exercise/exercisefile.h"
#include "exercise/exercisetext.h"
#include "exercise/resultscsv.h"
#include "i18n/translations.h"
#include "model/transitiontable.h"
#include "settings/settings.h"
#include "sim/simscenarios.h"
#include "text/simtext.h"
#include "text/statetext.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tsl;

namespace {

QRect globalRect(const QWidget* widget) { return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size()); }

// The right answer's text as the test works it out from its own simulator (not from the quiz).
QString expectedAnswer(const sim::StepRecord& record, const exercise::Question& question)
{
    if (question.ask == exercise::Ask::State)
        return StateText::heading(question.side == sim::Side::A ? record.stateA : record.stateB);
    for (const sim::Segment& segment : record.sent) {
        if (segment.from == question.side && !segment.spoofed) {
            const QString flags = QString::fromStdString(segment.flags());
            return segment.len ? exercise::ExerciseText::tr("%1 with data").arg(flags) : flags;
        }
    }
    return exercise::ExerciseText::tr("sends nothing");
}

} // namespace

class TestPredictWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersAnExerciseThroughToTheScore();
    void badExerciseIsRefused();
    void saveDialogMakesTheTickedExercise();

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestPredictWindow::init()
{
    Translations::install(QStringLiteral("en"));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("predict-%1.ini").arg(++m_runs)));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->showFitted();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPredictWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestPredictWindow::answersAnExerciseThroughToTheScore()
{
    // A teacher's exercise over the whole active close, with a hint on step 6.
    exercise::Exercise made = exercise::ExerciseFile::wholeScenario(exercise::SourceKind::Scenario, QStringLiteral("active-close"),
                                                                    sim::Profile::Rfc9293, exercise::Level::Basic);
    made.title = "Closing";
    made.questions[5].hint = "Who calls close()?";
    const QString path = m_dir.filePath(QStringLiteral("closing.json"));
    QCOMPARE(exercise::ExerciseFile::write(made, path), QString());
    QCOMPARE(m_window->openExercise(path), QString());

    SimulatorPanel* panel = m_window->simulatorPanel();
    PredictBox* box = panel->predictBox();
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(box->isOn());
    QCOMPARE(panel->scenario(), QStringLiteral("active-close"));
    QCOMPARE(panel->simulator().currentStep(), 0);

    sim::Simulator reference;
    QVERIFY(sim::buildScenario("active-close", reference));
    const int steps = reference.recordedSteps();
    auto* explanation = panel->findChild<QTextBrowser*>();
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    int wrong = 0;
    for (int step = 1; step <= steps; ++step) {
        QTest::keyClick(m_window.get(), Qt::Key_Right); // Forward: the question, not the step
        QCOMPARE(panel->simulator().currentStep(), step - 1);
        QVERIFY(box->isAsking());
        QTest::keyClick(m_window.get(), Qt::Key_Right); // answer first
        QCOMPARE(panel->simulator().currentStep(), step - 1);
        if (step == 6)
            QVERIFY(box->findChild<QLabel*>() && [&] {
                for (QLabel* label : box->findChildren<QLabel*>())
                    if (label->isVisible() && label->text() == QStringLiteral("Hint: Who calls close()?"))
                        return true;
                return false;
            }());
        const sim::StepRecord& record = reference.records()[std::size_t(step - 1)];
        const std::size_t questions = box->session().pending().size();
        QCOMPARE(questions, std::size_t(2));
        for (std::size_t q = 0; q < questions; ++q) {
            const exercise::Question question = box->session().pending()[q];
            const QString answer = expectedAnswer(record, question);
            QPushButton* right = nullptr;
            QPushButton* other = nullptr;
            int rightKey = 0;
            for (int i = 0; i < box->choiceButtons().size(); ++i) {
                QPushButton* button = box->choiceButtons()[i];
                if (!button->isVisible())
                    continue;
                QVERIFY2(screen.contains(globalRect(button)), qPrintable(button->text())); // fits 1024x768
                if (button->text() == QStringLiteral("%1  %2").arg(i + 1).arg(answer)) {
                    right = button;
                    rightKey = i;
                } else if (!other) {
                    other = button;
                }
            }
            QVERIFY2(right, qPrintable(QStringLiteral("step %1: %2 — %3").arg(step).arg(answer, box->session().choiceTexts(q).join(QLatin1String(" | "))) + box->session().questionText(q)));
            QVERIFY(other);
            // Step 10's state wrong on purpose; step 4's answers by number key; the rest by mouse.
            if (step == 10 && question.ask == exercise::Ask::State) {
                QTest::mouseClick(other, Qt::LeftButton);
                ++wrong;
            } else if (step == 4) {
                QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + rightKey));
                QTest::qWait(250); // a button's shortcut clicks it after showing it pressed (animateClick)
            } else {
                QTest::mouseClick(right, Qt::LeftButton);
            }
        }
        // Answered: the step is taken and the verdicts lead the explanation.
        QCOMPARE(panel->simulator().currentStep(), step);
        QVERIFY(!box->isAsking());
        const QString shown = explanation->toPlainText();
        if (step == 10) {
            QVERIFY2(shown.contains(QLatin1String("Not quite: you chose")), qPrintable(shown));
            // Why, from the table: the edge the side took instead.
            QVERIFY(!record.changes.empty());
            QVERIFY2(shown.contains(StateText::edgeSummary(transitions()[record.changes.front().transition])), qPrintable(shown));
        } else {
            QVERIFY2(shown.startsWith(QLatin1String("Right: ")), qPrintable(shown));
        }
        QVERIFY(shown.contains(sim::SimText::commandText(record)));
    }
    const exercise::Score score = box->session().score();
    QCOMPARE(score.total, steps * 2);
    QCOMPARE(score.right, steps * 2 - wrong);
    bool scoreShown = false;
    for (QLabel* label : box->findChildren<QLabel*>())
        scoreShown = scoreShown || label->text() == QStringLiteral("Score: %1 of %2 right").arg(score.right).arg(score.total);
    QVERIFY(scoreShown);
    QVERIFY(box->exportButton()->isEnabled());

    // Back and Forward again: the graded step is not asked twice.
    QTest::keyClick(m_window.get(), Qt::Key_Left);
    QTest::keyClick(m_window.get(), Qt::Key_Right);
    QCOMPARE(panel->simulator().currentStep(), steps);
    QVERIFY(!box->isAsking());

    // The results, one row per question, as the CSV export writes them.
    const auto& rows = box->session().rows();
    QCOMPARE(int(rows.size()), steps * 2);
    QCOMPARE(rows.front().step, 1);
    QVERIFY(rows.front().asked.startsWith(QStringLiteral("Step 1 · ")));
    const QString csvPath = m_dir.filePath(QStringLiteral("results.csv"));
    QCOMPARE(exercise::ResultsCsv::write(rows, csvPath), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), qsizetype(steps * 2 + 1));

    // Predict hides the take-over controls (the story is the exercise's); off, they are back.
    const auto takeOver = [panel] {
        int shown = 0;
        for (QPushButton* button : panel->findChildren<QPushButton*>(QString(), Qt::FindDirectChildrenOnly))
            shown += button->text() == SimulatorPanel::tr("Deliver next") && button->isVisible();
        return shown;
    };
    QCOMPARE(takeOver(), 0);
    box->setOn(false);
    QCOMPARE(takeOver(), 1);
}

void TestPredictWindow::badExerciseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "tcpstatelab-exercise", "version": 1, "source": {"kind": "scenario", "name": "abort"},
                  "questions": [{"step": 1, "ask": ["colour"]}]})");
    file.close();
    const QString error = m_window->openExercise(path);
    QVERIFY2(error.contains(QLatin1String("questions[0].ask: must be a list of \"state\" and \"segment\"")), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("bad.json")));
    QVERIFY(!m_window->simulatorPanel()->predictBox()->isOn());
    QVERIFY(m_window->simulatorPanel()->scenario() != QStringLiteral("abort"));
}

void TestPredictWindow::saveDialogMakesTheTickedExercise()
{
    SimulatorPanel* panel = m_window->simulatorPanel();
    const exercise::Exercise base = panel->currentExercise();
    const QStringList causes = panel->stepCauses();
    QCOMPARE(int(base.questions.size()), int(causes.size()));
    ExerciseDialog dialog(base, causes, m_window.get());
    QTableWidget* table = dialog.table();
    QCOMPARE(table->rowCount(), int(causes.size()));
    QCOMPARE(table->item(1, 3)->text(), causes[1]);
    table->item(0, 0)->setCheckState(Qt::Unchecked);
    table->item(1, 4)->setText(QStringLiteral("  Who answers?  "));
    qobject_cast<QComboBox*>(table->cellWidget(1, 2))->setCurrentIndex(2); // about B
    qobject_cast<QComboBox*>(table->cellWidget(2, 1))->setCurrentIndex(1); // the state only
    const exercise::Exercise saved = dialog.exercise();
    QCOMPARE(int(saved.questions.size()), int(causes.size()) - 1);
    QCOMPARE(saved.questions.front().step, 2);
    QCOMPARE(saved.questions.front().hint, std::string("Who answers?"));
    QCOMPARE(saved.questions.front().side, std::optional<sim::Side>(sim::Side::B));
    QVERIFY(!saved.questions[1].side); // Auto
    QVERIFY(saved.questions[1].askState && !saved.questions[1].askSegment);
    QCOMPARE(saved.scenario, panel->scenario().toStdString());
    // What the dialog makes is a valid file.
    const auto read = exercise::ExerciseFile::parse(exercise::ExerciseFile::toJson(saved));
    QVERIFY2(read.exercise, qPrintable(read.error));
}

QTEST_MAIN(TestPredictWindow)
#include "tst_predictwindow.moc"
