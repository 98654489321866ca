#include "exercisedialog.h"

#include "exercise/exercisetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsl {

namespace {

// What a question asks, as the dialog's choice: both, the state only, the segment only.
enum AskChoice {
    AskBoth,
    AskState,
    AskSegment,
};

} // namespace

ExerciseDialog::ExerciseDialog(const exercise::Exercise& base, const QStringList& causes, QWidget* parent)
    : QDialog(parent), m_base(base), m_title(new QLineEdit(this)), m_level(new QComboBox(this)),
      m_table(new QTableWidget(int(causes.size()), 5, this))
{
    setWindowTitle(tr("Save Exercise"));
    m_title->setText(QString::fromStdString(base.title));
    m_title->setPlaceholderText(tr("Shown to the students first (optional)"));
    m_level->addItem(exercise::ExerciseText::levelName(exercise::Level::Basic), int(exercise::Level::Basic));
    m_level->addItem(exercise::ExerciseText::levelName(exercise::Level::Advanced), int(exercise::Level::Advanced));
    m_level->setCurrentIndex(m_level->findData(int(base.level)));

    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Asks"), tr("About"), tr("What happens"), tr("Hint (optional)")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CauseColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HintColumn, QHeaderView::Stretch);
    for (int row = 0; row < causes.size(); ++row) {
        const int step = row + 1;
        const exercise::QuestionSpec* spec = base.questionAt(step);
        auto* stepItem = new QTableWidgetItem(QString::number(step));
        stepItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        stepItem->setCheckState(spec ? Qt::Checked : Qt::Unchecked);
        stepItem->setToolTip(tr("Ask before this step"));
        m_table->setItem(row, StepColumn, stepItem);
        auto* ask = new QComboBox(m_table);
        ask->addItem(tr("State and segment"), AskBoth);
        ask->addItem(tr("State"), AskState);
        ask->addItem(tr("Segment"), AskSegment);
        if (spec && !spec->askSegment)
            ask->setCurrentIndex(1);
        else if (spec && !spec->askState)
            ask->setCurrentIndex(2);
        m_table->setCellWidget(row, AskColumn, ask);
        auto* side = new QComboBox(m_table);
        side->addItem(tr("Auto"), -1);
        side->addItem(QStringLiteral("A"), int(sim::Side::A));
        side->addItem(QStringLiteral("B"), int(sim::Side::B));
        side->setToolTip(tr("Whom the question asks about; Auto: the side the step changes or acts on"));
        if (spec && spec->side)
            side->setCurrentIndex(side->findData(int(*spec->side)));
        m_table->setCellWidget(row, SideColumn, side);
        auto* cause = new QTableWidgetItem(causes[row]);
        cause->setFlags(Qt::ItemIsEnabled);
        cause->setToolTip(causes[row]);
        m_table->setItem(row, CauseColumn, cause);
        m_table->setItem(row, HintColumn, new QTableWidgetItem(spec ? QString::fromStdString(spec->hint) : QString()));
    }
    m_table->resizeColumnToContents(StepColumn);
    m_table->resizeColumnToContents(AskColumn);
    m_table->resizeColumnToContents(SideColumn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateSave = [this, buttons] {
        bool any = false;
        for (int row = 0; row < m_table->rowCount(); ++row)
            any = any || m_table->item(row, StepColumn)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Save)->setEnabled(any);
    };
    connect(m_table, &QTableWidget::itemChanged, this, updateSave);
    updateSave();

    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Level:"), m_level);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* note = new QLabel(tr("Tick the steps that are questions: the students predict the state and the segment before each."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

exercise::Exercise ExerciseDialog::exercise() const
{
    exercise::Exercise out = m_base;
    out.title = m_title->text().trimmed().toStdString();
    out.level = exercise::Level(m_level->currentData().toInt());
    out.questions.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, StepColumn)->checkState() != Qt::Checked)
            continue;
        exercise::QuestionSpec spec;
        spec.step = row + 1;
        if (const auto* side = qobject_cast<QComboBox*>(m_table->cellWidget(row, SideColumn)); side && side->currentData().toInt() >= 0)
            spec.side = sim::Side(side->currentData().toInt());
        const auto* ask = qobject_cast<QComboBox*>(m_table->cellWidget(row, AskColumn));
        const int choice = ask ? ask->currentData().toInt() : AskBoth;
        spec.askState = choice != AskSegment;
        spec.askSegment = choice != AskState;
        spec.hint = m_table->item(row, HintColumn)->text().trimmed().toStdString();
        out.questions.push_back(spec);
    }
    return out;
}

} // namespace tsl
