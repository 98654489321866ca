#include "animationexportdialog.h"

#include "diagram/diagramtheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace tsl {

namespace {
// Slides (16:9), a full-HD projector, a course page, a 4:3 projector.
const QSize kSizes[] = {{1280, 720}, {1920, 1080}, {960, 540}, {1024, 768}};
} // namespace

AnimationExportDialog::AnimationExportDialog(AnimationScript script, const QString& source, const QString& path,
                                             const AnimationOptions& options, QWidget* parent)
    : QDialog(parent), m_script(std::move(script)), m_source(new QLabel(source, this)),
      m_path(new QLineEdit(QDir::toNativeSeparators(path), this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_format(new QComboBox(this)), m_size(new QComboBox(this)), m_theme(new QComboBox(this)), m_fps(new QSpinBox(this)),
      m_step(new QDoubleSpinBox(this)), m_progress(new QProgressBar(this)), m_error(new QLabel(this)), m_ok(nullptr),
      m_cancel(nullptr)
{
    setWindowTitle(tr("Export Animation"));
    m_source->setWordWrap(true);
    m_format->addItem(tr("GIF, for slides"), int(AnimationExporter::Format::Gif));
    m_format->addItem(tr("Animated WebP"), int(AnimationExporter::Format::Webp));
    m_format->addItem(tr("HTML page with a step control, for a course site"), int(AnimationExporter::Format::Html));
    for (const QSize& size : kSizes)
        m_size->addItem(tr("%1 × %2").arg(size.width()).arg(size.height()), size);
    const int sizeIndex = m_size->findData(options.size);
    if (sizeIndex < 0)
        m_size->addItem(tr("%1 × %2").arg(options.size.width()).arg(options.size.height()), options.size);
    m_size->setCurrentIndex(sizeIndex < 0 ? m_size->count() - 1 : sizeIndex);
    m_theme->addItem(tr("Light"), int(DiagramTheme::Light));
    m_theme->addItem(tr("Dark"), int(DiagramTheme::Dark));
    m_theme->addItem(tr("Print (black on white)"), int(DiagramTheme::Print));
    m_theme->setCurrentIndex(m_theme->findData(int(options.theme)));
    m_fps->setRange(AnimationOptions::kMinFps, AnimationOptions::kMaxFps);
    m_fps->setValue(options.fps);
    m_fps->setSuffix(tr(" frames per second"));
    m_step->setRange(AnimationOptions::kMinStepMs / 1000.0, AnimationOptions::kMaxStepMs / 1000.0);
    m_step->setDecimals(1);
    m_step->setSingleStep(0.5);
    m_step->setValue(options.stepMs / 1000.0);
    m_step->setSuffix(tr(" s per step"));
    m_progress->hide();
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Shows:"), m_source);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Glide:"), m_fps);
    form->addRow(tr("S&tep:"), m_step);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnimationExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnimationExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &AnimationExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, &AnimationExportDialog::pathEdited);
    connect(m_format, &QComboBox::activated, this, &AnimationExportDialog::formatChosen);
    setMinimumWidth(520);
    pathEdited();
}

AnimationExportDialog::~AnimationExportDialog()
{
    if (m_worker) {
        *m_cancelled = true;
        m_worker->wait();
    }
}

QString AnimationExportDialog::path() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

AnimationOptions AnimationExportDialog::options() const
{
    AnimationOptions options;
    options.size = m_size->currentData().toSize();
    options.theme = DiagramTheme(m_theme->currentData().toInt());
    options.fps = m_fps->value();
    options.stepMs = int(std::lround(m_step->value() * 1000));
    return options;
}

void AnimationExportDialog::pathEdited()
{
    // The format follows the extension typed; an unknown one is said on Export.
    if (const auto format = AnimationExporter::formatForPath(path()))
        m_format->setCurrentIndex(m_format->findData(int(*format)));
    m_error->hide();
}

void AnimationExportDialog::formatChosen()
{
    const auto format = AnimationExporter::Format(m_format->currentData().toInt());
    const QString extension = AnimationExporter::extensions().at(int(format));
    QString file = path();
    const QFileInfo info(file);
    if (file.isEmpty())
        return;
    file = info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extension);
    if (info.path() == QLatin1String(".") && !path().contains(QLatin1Char('/')))
        file = info.completeBaseName() + QLatin1Char('.') + extension;
    m_path->setText(QDir::toNativeSeparators(file));
    m_error->hide();
}

void AnimationExportDialog::browse()
{
    const QString gif = tr("GIF animation (*.gif)");
    const QString webp = tr("Animated WebP (*.webp)");
    const QString html = tr("HTML page (*.html)");
    const QStringList filters{gif, webp, html};
    QString selected = filters.at(m_format->currentIndex());
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Animation"), path(), filters.join(QStringLiteral(";;")), &selected);
    if (chosen.isEmpty())
        return;
    if (!AnimationExporter::formatForPath(chosen))
        chosen += QLatin1Char('.') + AnimationExporter::extensions().at(std::max(0, int(filters.indexOf(selected))));
    m_path->setText(QDir::toNativeSeparators(chosen));
    pathEdited();
}

void AnimationExportDialog::showError(const QString& message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->show();
}

void AnimationExportDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_path, m_browse, m_format, m_size, m_theme, m_fps, m_step, m_ok})
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setText(busy ? tr("&Cancel Export") : tr("Cancel"));
}

void AnimationExportDialog::accept()
{
    if (m_worker)
        return;
    const QString file = path();
    if (file.isEmpty()) {
        showError(tr("Choose a file to write."));
        return;
    }
    if (!AnimationExporter::formatForPath(file)) {
        showError(tr("Cannot export to \"%1\": unknown file type; use .gif, .webp or .html.").arg(file));
        return;
    }
    const AnimationOptions chosen = options();
    if (const QString invalid = AnimationExporter::checkOptions(chosen); !invalid.isEmpty()) {
        showError(invalid);
        return;
    }
    m_error->hide();
    m_lastError.clear();
    *m_cancelled = false;
    m_progress->setRange(0, 0);
    setBusy(true);
    // The worker paints with its own copy of the script; progress and the end come back queued.
    m_worker.reset(QThread::create([this, file, chosen, script = m_script, cancelled = m_cancelled] {
        const QString error = AnimationExporter::exportToFile(file, script, chosen, [this, cancelled](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    m_progress->setRange(0, total);
                    m_progress->setValue(done);
                },
                Qt::QueuedConnection);
            return !*cancelled;
        });
        QMetaObject::invokeMethod(this, [this, error] { finished(error); }, Qt::QueuedConnection);
    }));
    m_worker->start();
}

void AnimationExportDialog::finished(const QString& error)
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
    setBusy(false);
    if (error == AnimationExporter::cancelledMessage())
        return; // the user asked for it: nothing to report, the dialog stays for another try
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    emit exported(path());
    QDialog::accept();
}

void AnimationExportDialog::reject()
{
    if (m_worker) {
        *m_cancelled = true; // finished() follows
        return;
    }
    QDialog::reject();
}

} // namespace tsl
