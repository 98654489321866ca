#include "diagramtabledialog.h"

#include "diagram/diagramtablemodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace tsl {

DiagramTableDialog::DiagramTableDialog(const TokenBoard* board, QWidget* parent)
    : QDialog(parent), m_model(new DiagramTableModel(board, this)), m_table(new QTableView(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("diagramTable"));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("diagramTableView"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // wrapped explanations show whole
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(DiagramTableModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagramTableModel::TokensColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DiagramTableModel::CountColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagramTableModel::ExplanationColumn, QHeaderView::Stretch);
    header->resizeSection(DiagramTableModel::TokensColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    // Room for eleven rows on a 1024x768 projector, never larger than the screen.
    const QScreen* screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen->availableGeometry();
    resize(QSize(std::min(900, available.width() - 40), std::min(640, available.height() - 60)));
    retranslate();
}

void DiagramTableDialog::retranslate()
{
    setWindowTitle(tr("Diagram as a Table"));
    m_note->setText(tr("Every state of the diagram, with the connections on it now (the panel in front is followed)."));
    m_table->setAccessibleName(tr("TCP states"));
    m_model->retranslate();
}

void DiagramTableDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tsl
