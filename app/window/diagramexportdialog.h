#pragma once
// File → Export Diagram: where to, the paper (PDF and SVG), and whether the tokens now on the
// diagram belong in the picture. Fills a DiagramExporter::Request; the window writes it.

#include "diagram/diagramexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tsl {

class DiagramExportDialog : public QDialog {
    Q_OBJECT

public:
    // `tokens`: how many tokens are on the diagram now (the checkbox is off when there are none).
    DiagramExportDialog(const QString& path, QPageSize::PageSizeId page, bool includeTokens, int tokens,
                        bool printColours, QWidget* parent = nullptr);

    QString path() const;
    QPageSize::PageSizeId page() const;
    bool includeTokens() const;
    // Black on white (the print theme) instead of the colours on screen: toner for a handout.
    bool printColours() const;

    // For tests and the window: the same controls a user clicks.
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* tokensBox() const { return m_tokens; }
    QCheckBox* printBox() const { return m_print; }
    QComboBox* pageBox() const { return m_page; }

    void accept() override;

private:
    void browse();
    void updateEnabled();

    QLineEdit* m_path;
    QPushButton* m_browse;
    QComboBox* m_page;
    QLabel* m_pageNote;
    QCheckBox* m_tokens;
    QCheckBox* m_print;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace tsl
