#pragma once
// "Diagram as a table" (View menu): the state diagram for readers who cannot use the picture —
// state, tokens, count, explanation — a table a screen reader reads cell by cell, live beside the
// diagram (not modal).

#include <QDialog>

class QLabel;
class QTableView;

namespace tsl {

class DiagramTableModel;
class TokenBoard;

class DiagramTableDialog : public QDialog {
    Q_OBJECT

public:
    explicit DiagramTableDialog(const TokenBoard* board, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    DiagramTableModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    DiagramTableModel* m_model;
    QTableView* m_table;
    QLabel* m_note;
};

} // namespace tsl
