#pragma once
// Shows a simulation's ladder diagram; all layout and painting come from lib/ladder.

#include "diagram/diagramtheme.h"

#include <QWidget>

namespace tsl {

namespace sim {
class Simulator;
}

class LadderWidget : public QWidget {
    Q_OBJECT

public:
    explicit LadderWidget(QWidget* parent = nullptr);

    // The simulator to show (not owned); call refresh() after it changes.
    void setSimulator(const sim::Simulator* simulator);
    void setTheme(DiagramTheme theme);
    void refresh();

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const sim::Simulator* m_simulator = nullptr;
    DiagramTheme m_theme = DiagramTheme::Light;
};

} // namespace tsl
