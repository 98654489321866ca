#include "heldsegmentlist.h"

#include <QMimeData>

namespace tsl {

HeldSegmentList::HeldSegmentList(QWidget* parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
}

QString HeldSegmentList::mimeType() { return QStringLiteral("application/x-tcpstatelab-held-segment"); }

QMimeData* HeldSegmentList::mimeFor(std::uint64_t segmentId)
{
    auto* data = new QMimeData; // owned by the QDrag (or the caller) that receives it
    data->setData(mimeType(), QByteArray::number(qulonglong(segmentId)));
    return data;
}

std::optional<std::uint64_t> HeldSegmentList::segmentOf(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    bool ok = false;
    const qulonglong id = data->data(mimeType()).toULongLong(&ok);
    if (!ok || id == 0)
        return std::nullopt;
    return std::uint64_t(id);
}

QStringList HeldSegmentList::mimeTypes() const { return {mimeType()}; }

QMimeData* HeldSegmentList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    return mimeFor(items.front()->data(Qt::UserRole).toULongLong());
}

} // namespace tsl
