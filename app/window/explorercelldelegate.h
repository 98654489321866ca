#pragma once
// Paints one cell of the state × segment explorer: the RFC's answer, and where Linux answers
// differently its answer on a second line, the cell tinted and marked "≠" (a mark, not only a
// colour); a small "=" where both engines were asked and agree; failed questions greyed.

#include <QStyledItemDelegate>

namespace tsl {

class ExplorerCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The tint of a differing cell and the colour of Linux's line, for the window's palette.
    static QColor differTint(const QPalette& palette);
    static QColor kernelColour(const QPalette& palette);
};

} // namespace tsl
