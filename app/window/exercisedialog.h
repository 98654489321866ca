#pragma once
// File → Save Exercise…: a teacher picks which steps of the scenario are questions (all are,
// at first), what each asks, an optional hint each, the level and a title.

#include "exercise/exercise.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace tsl {

class ExerciseDialog : public QDialog {
    Q_OBJECT

public:
    // `causes`: what each step of the source does, in words, step 1 first.
    ExerciseDialog(const exercise::Exercise& base, const QStringList& causes, QWidget* parent = nullptr);

    exercise::Exercise exercise() const;
    QTableWidget* table() const { return m_table; }

private:
    enum Column {
        StepColumn,
        AskColumn,
        SideColumn,
        CauseColumn,
        HintColumn,
    };
    exercise::Exercise m_base;
    QLineEdit* m_title;
    QComboBox* m_level;
    QTableWidget* m_table;
};

} // namespace tsl
