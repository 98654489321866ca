#include "diagramexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsl {

DiagramExportDialog::DiagramExportDialog(const QString& path, QPageSize::PageSizeId page, bool includeTokens,
                                         int tokens, bool printColours, QWidget* parent)
    : QDialog(parent), m_path(new QLineEdit(QDir::toNativeSeparators(path), this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_page(new QComboBox(this)), m_pageNote(new QLabel(this)),
      m_tokens(new QCheckBox(this)), m_print(new QCheckBox(tr("Black on &white, for printing"), this)), m_error(new QLabel(this)), m_ok(nullptr)
{
    setWindowTitle(tr("Export Diagram"));
    for (const QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::Letter})
        m_page->addItem(DiagramExporter::pageName(id), int(id));
    m_page->setCurrentIndex(m_page->findData(int(page)));
    m_pageNote->setWordWrap(true);
    m_tokens->setText(tokens > 0 ? tr("Include the %n token(s) now on the diagram", nullptr, tokens)
                                 : tr("Include the tokens on the diagram (there are none now)"));
    m_tokens->setChecked(includeTokens && tokens > 0);
    m_tokens->setEnabled(tokens > 0);
    m_print->setChecked(printColours);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // Alt+F reaches the field: the row is a layout, not a widget
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Paper:"), m_page);
    form->addRow(QString(), m_pageNote);
    form->addRow(QString(), m_tokens);
    form->addRow(QString(), m_print);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DiagramExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &DiagramExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &DiagramExportDialog::updateEnabled);
    setMinimumWidth(480);
    updateEnabled();
}

QString DiagramExportDialog::path() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

QPageSize::PageSizeId DiagramExportDialog::page() const
{
    return QPageSize::PageSizeId(m_page->currentData().toInt());
}

bool DiagramExportDialog::includeTokens() const { return m_tokens->isEnabled() && m_tokens->isChecked(); }

bool DiagramExportDialog::printColours() const { return m_print->isChecked(); }

void DiagramExportDialog::updateEnabled()
{
    const auto format = DiagramExporter::formatForPath(path());
    m_page->setEnabled(format != DiagramExporter::Format::Png);
    m_pageNote->setText(format == DiagramExporter::Format::Pdf   ? tr("A landscape page with the diagram filling it.")
                        : format == DiagramExporter::Format::Svg ? tr("The picture is as wide as this paper's printable area.")
                        : format == DiagramExporter::Format::Png ? tr("A PNG has no paper size: 2400 pixels wide.")
                                                                 : tr("Name the file .pdf, .svg or .png."));
    m_ok->setEnabled(format.has_value());
    m_error->hide();
}

void DiagramExportDialog::browse()
{
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG vector image (*.svg)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    const auto format = DiagramExporter::formatForPath(path());
    QString selected = format == DiagramExporter::Format::Svg   ? svgFilter
                       : format == DiagramExporter::Format::Png ? pngFilter
                                                                : pdfFilter;
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Diagram"), path(),
                                                  QStringList{pdfFilter, svgFilter, pngFilter}.join(QStringLiteral(";;")),
                                                  &selected, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    if (!DiagramExporter::formatForPath(chosen)) {
        // No or another extension typed: take the one of the chosen filter.
        chosen += selected == svgFilter   ? QStringLiteral(".svg")
                  : selected == pngFilter ? QStringLiteral(".png")
                                          : QStringLiteral(".pdf");
    }
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void DiagramExportDialog::accept()
{
    const QFileInfo target(path());
    if (!target.absoluteDir().exists()) {
        m_error->setText(tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
        m_error->show();
        return;
    }
    if (target.exists()
        && QMessageBox::question(this, tr("Export Diagram"),
                                 tr("\"%1\" already exists. Replace it?").arg(target.fileName()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace tsl
