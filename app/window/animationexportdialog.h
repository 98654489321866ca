#pragma once
// File → Export Animation…: what the front panel shows (the simulator's scenario or the Wire
// panel's session) as a GIF, an animated WebP or an HTML page. The dialog asks where to and how
// (size, theme, frame rate, step length), then writes the file on a worker thread with a
// progress bar and Cancel; the window stays responsive, and a failed or cancelled export
// leaves no file.

#include "animation/animationexport.h"
#include "animation/animationscript.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace tsl {

class AnimationExportDialog : public QDialog {
    Q_OBJECT

public:
    // `source` says in a few words what is exported ("Simulator: Lost FIN").
    AnimationExportDialog(AnimationScript script, const QString& source, const QString& path,
                          const AnimationOptions& options, QWidget* parent = nullptr);
    ~AnimationExportDialog() override;

    QString path() const;
    AnimationOptions options() const;
    bool isExporting() const { return m_worker != nullptr; }
    QString lastError() const { return m_lastError; }

    // For tests and the window: the same controls a user clicks.
    QLineEdit* pathEdit() const { return m_path; }
    QComboBox* formatBox() const { return m_format; }
    QComboBox* sizeBox() const { return m_size; }
    QComboBox* themeBox() const { return m_theme; }
    QSpinBox* fpsBox() const { return m_fps; }
    QDoubleSpinBox* stepBox() const { return m_step; }
    QPushButton* exportButton() const { return m_ok; }
    QProgressBar* progressBar() const { return m_progress; }

    void accept() override; // starts the export; the dialog closes when the file is written
    void reject() override; // cancels an export under way, or closes

signals:
    void exported(const QString& path);

private:
    void browse();
    void formatChosen();
    void pathEdited();
    void showError(const QString& message);
    void finished(const QString& error);
    void setBusy(bool busy);

    AnimationScript m_script;
    QLabel* m_source;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QComboBox* m_format;
    QComboBox* m_size;
    QComboBox* m_theme;
    QSpinBox* m_fps;
    QDoubleSpinBox* m_step;
    QProgressBar* m_progress;
    QLabel* m_error;
    QPushButton* m_ok;
    QPushButton* m_cancel;
    QString m_lastError;
    std::unique_ptr<QThread> m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace tsl
