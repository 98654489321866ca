#include "predictbox.h"

#include "exercise/choices.h"
#include "exercise/exercisetext.h"
#include "exercise/resultscsv.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsl {

using exercise::Level;

PredictBox::PredictBox(QWidget* parent)
    : QWidget(parent), m_switch(new QCheckBox(this)), m_level(new QComboBox(this)), m_score(new QLabel(this)),
      m_body(new QWidget(this)), m_question(new QLabel(m_body)), m_hint(new QLabel(m_body)), m_export(new QPushButton(this))
{
    m_level->addItem(QString(), int(Level::Basic));
    m_level->addItem(QString(), int(Level::Advanced));
    // Wrapped texts must not widen the panel.
    for (QLabel* label : {m_question, m_hint, m_score}) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_question->setTextFormat(Qt::PlainText);
    m_hint->setTextFormat(Qt::PlainText);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_switch);
    header->addWidget(m_level, 1);
    header->addWidget(m_export);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(2);
    body->addWidget(m_question);
    body->addWidget(m_hint);
    for (std::size_t i = 0; i < exercise::kMaxChoices; ++i) {
        auto* button = new QPushButton(m_body);
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 6px;"));
        connect(button, &QPushButton::clicked, this, [this, i] { choose(int(i)); });
        body->addWidget(button);
        m_choices << button;
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_score);
    layout->addWidget(m_body);

    connect(m_switch, &QCheckBox::toggled, this, [this](bool on) {
        m_level->setEnabled(on);
        updateScore();
        showQuestion();
        emit switched(on);
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { emit levelChanged(level()); });
    connect(m_export, &QPushButton::clicked, this, &PredictBox::exportResults);
    m_level->setEnabled(false);
    retranslate();
    showQuestion();
    updateScore();
}

bool PredictBox::isOn() const { return m_switch->isChecked(); }

void PredictBox::setOn(bool on) { m_switch->setChecked(on); }

Level PredictBox::level() const { return Level(m_level->currentData().toInt()); }

void PredictBox::setExercise(exercise::Exercise exercise)
{
    {
        const QSignalBlocker blocker(m_level);
        m_level->setCurrentIndex(m_level->findData(int(exercise.level)));
    }
    m_session = exercise::PredictSession(std::move(exercise));
    m_current = 0;
    showQuestion();
    updateScore();
}

bool PredictBox::wantsToAsk(int step) const { return isOn() && m_session.shouldAsk(step); }

bool PredictBox::ask(const exercise::StepStart& start, const exercise::ExerciseStep* known, const QString& cause)
{
    m_session.ask(start, known, cause);
    m_current = 0;
    showQuestion();
    if (m_session.hasPending() && !m_choices.isEmpty())
        m_choices.front()->setFocus();
    return m_session.hasPending();
}

void PredictBox::choose(int choice)
{
    if (!m_session.hasPending() || !m_session.choose(m_current, std::size_t(choice)))
        return;
    if (m_current + 1 < m_session.pending().size()) {
        ++m_current;
        showQuestion();
        return;
    }
    emit answered();
}

QString PredictBox::reveal(const exercise::ExerciseStep& outcome)
{
    const std::vector<exercise::Verdict> verdicts = m_session.reveal(outcome);
    m_current = 0;
    showQuestion();
    updateScore();
    QString html;
    for (const exercise::Verdict& v : verdicts) {
        // Green and red are not the only cue: the text says Right or Not quite.
        html += QStringLiteral("<p style=\"margin:0 0 4px 0\"><span style=\"color:%1\">%2</span></p>")
                    .arg(v.right ? QStringLiteral("#1a7f37") : QStringLiteral("#c62828"),
                         exercise::ExerciseText::verdict(v).toHtmlEscaped());
    }
    return html;
}

void PredictBox::cancel()
{
    m_session.cancel();
    m_current = 0;
    showQuestion();
}

void PredictBox::restart()
{
    m_session.restart();
    m_current = 0;
    showQuestion();
    updateScore();
}

void PredictBox::showQuestion()
{
    const bool asking = isOn() && m_session.hasPending();
    m_body->setVisible(asking);
    if (!asking)
        return;
    m_question->setText(m_session.questionText(m_current));
    const QString hint = m_session.hint();
    m_hint->setText(tr("Hint: %1").arg(hint));
    m_hint->setVisible(!hint.isEmpty());
    const QStringList texts = m_session.choiceTexts(m_current);
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        QPushButton* button = m_choices[i];
        button->setVisible(i < texts.size());
        if (i < texts.size()) {
            button->setText(QStringLiteral("%1  %2").arg(i + 1).arg(texts[i]));
            button->setShortcut(QKeySequence(Qt::Key_1 + int(i))); // after setText, which sets the mnemonic
            button->setToolTip(tr("Answer %1 (key %2)").arg(texts[i]).arg(i + 1));
        }
    }
}

void PredictBox::updateScore()
{
    m_score->setVisible(isOn());
    m_score->setText(exercise::ExerciseText::score(m_session.score()));
    m_export->setEnabled(!m_session.rows().empty());
}

void PredictBox::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Exercise Results"), tr("results.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exercise::ResultsCsv::write(m_session.rows(), path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Exercise Results"), error);
}

void PredictBox::retranslate()
{
    m_switch->setText(tr("Predict"));
    m_switch->setToolTip(tr("Before each step, predict the state a side will be in and the segment it will send"));
    m_level->setItemText(0, exercise::ExerciseText::levelName(Level::Basic));
    m_level->setItemText(1, exercise::ExerciseText::levelName(Level::Advanced));
    m_export->setText(tr("Results…"));
    m_export->setToolTip(tr("Export the results, one row per question, as CSV"));
    updateScore();
    showQuestion();
}

void PredictBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tsl
