#pragma once
// The ladder diagram for screen readers: a list with one row per step — its number, the segments
// sent in it (who to whom, flags), the states entered, the timers and calls, and the step's mark.
// Installed with the diagram's (installWindowAccessibility(), diagramaccessible.h).

#include <QAccessibleWidget>
#include <QCoreApplication>

#include <map>

namespace tsl {

class LadderWidget;

class LadderAccessible : public QAccessibleWidget {
    Q_DECLARE_TR_FUNCTIONS(LadderAccessible)

public:
    explicit LadderAccessible(LadderWidget* ladder);
    ~LadderAccessible() override;
    LadderAccessible(const LadderAccessible&) = delete;
    LadderAccessible& operator=(const LadderAccessible&) = delete;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QString text(QAccessible::Text t) const override;

    LadderWidget* ladder() const;
    // What row `row` (1 … steps) says: "Step 2: B → A SYN,ACK …; B enters SYN_RECEIVED".
    QString rowText(int row) const;

private:
    mutable std::map<int, QAccessible::Id> m_rows;
};

} // namespace tsl
