#include "explorercelldelegate.h"

#include "explorer/explorermodel.h"

#include <QApplication>
#include <QPainter>
#include <QPolygon>

namespace tsl {

namespace {
constexpr int kPadding = 4;

bool isDark(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }
} // namespace

QColor ExplorerCellDelegate::differTint(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6b, 0x35, 0x10) : QColor(0xff, 0xe2, 0xc2);
}

QColor ExplorerCellDelegate::kernelColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xb0, 0x80) : QColor(0xa0, 0x2c, 0x00);
}

void ExplorerCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool differs = index.data(ExplorerModel::DiffersRole).toBool();
    const bool failed = index.data(ExplorerModel::FailedRole).toBool();
    const int answered = index.data(ExplorerModel::AnsweredRole).toInt();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& palette = opt.palette;

    // The frame and focus from the style; the text is ours (the model's: initStyleOption turns
    // its line break into a Unicode line separator).
    const QString text = index.data(Qt::DisplayRole).toString();
    opt.text.clear();
    if (differs && !selected)
        opt.backgroundBrush = differTint(palette);
    else if (failed && !selected)
        opt.backgroundBrush = palette.color(QPalette::AlternateBase);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    // Room for the corner mark where there is one (on the right, where it is drawn).
    const bool marked = answered == 2 || differs;
    const int mark = marked ? QFontMetrics(opt.font).horizontalAdvance(QStringLiteral("≠")) : 0;
    const QRect area = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding - mark, -kPadding / 2);
    const QColor normal = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = normal;
    muted.setAlphaF(0.6f);
    QColor faint = normal;
    faint.setAlphaF(0.35f);
    if (differs && !selected) {
        painter->setPen(kernelColour(palette));
        painter->drawRect(opt.rect.adjusted(0, 0, -1, -1));
        painter->drawRect(opt.rect.adjusted(1, 1, -2, -2));
    }
    // The corner mark: ≠ where they differ, = where both were asked and agree.
    if (marked) {
        QFont small = opt.font;
        small.setBold(differs);
        painter->setFont(small);
        painter->setPen(differs ? (selected ? normal : kernelColour(palette)) : faint);
        painter->drawText(opt.rect.adjusted(2, 0, -3, 0), Qt::AlignRight | Qt::AlignTop, differs ? QStringLiteral("≠") : QStringLiteral("="));
    }
    // A dog-ear in the bottom-left corner: the answer depends on a condition (the tooltip and
    // the explanation say which, and what the other answer is).
    if (!index.data(ExplorerModel::DependsRole).toString().isEmpty()) {
        const int ear = std::max(6, opt.fontMetrics.height() / 3);
        const QPoint corner = opt.rect.bottomLeft();
        const QPolygon triangle({corner, corner - QPoint(0, ear), corner + QPoint(ear, 0)});
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? normal : palette.color(QPalette::Link));
        painter->drawPolygon(triangle);
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    const QFontMetrics metrics(opt.font);
    // One answer too wide for the cell: the state it moves to goes on a line of its own.
    if (lines.size() == 1 && metrics.horizontalAdvance(lines[0]) > area.width()) {
        const qsizetype arrow = lines[0].indexOf(QStringLiteral(" →"));
        if (arrow > 0)
            lines = QStringList{lines[0].left(arrow), lines[0].mid(arrow + 1)};
    }
    const int lineHeight = metrics.height();
    int y = area.top() + (area.height() - lineHeight * int(lines.size())) / 2;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool kernelLine = differs && i == 1 && text.contains(QLatin1Char('\n'));
        QFont lineFont = opt.font;
        lineFont.setBold(kernelLine);
        // Still too wide: a little smaller, then elided in the middle (the tooltip has it all).
        for (const qreal scale : {0.9, 0.8, 0.72}) {
            if (QFontMetrics(lineFont).horizontalAdvance(lines[i]) <= area.width())
                break;
            QFont smaller = opt.font;
            smaller.setBold(kernelLine);
            smaller.setPointSizeF(opt.font.pointSizeF() * scale);
            lineFont = smaller;
        }
        painter->setFont(lineFont);
        painter->setPen(kernelLine && !selected ? kernelColour(palette) : (failed ? muted : normal));
        const QRect line(area.left(), y, area.width(), lineHeight);
        painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
                          QFontMetrics(lineFont).elidedText(lines[i], Qt::ElideMiddle, area.width()));
        y += lineHeight;
    }
    painter->restore();
}

QSize ExplorerCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    // Room for two lines always: the grid does not jump when Linux's answers come in.
    for (const QString& line : index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n')))
        width = std::max(width, metrics.horizontalAdvance(line));
    return {width + 2 * (kPadding + metrics.horizontalAdvance(QStringLiteral("≠"))), 2 * metrics.height() + kPadding};
}

} // namespace tsl
