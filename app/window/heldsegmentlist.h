#pragma once
// The wire's held segments as chips that can be dragged: a chip carries its segment's id, so
// the Wire panel can act on it where it is dropped (its receiving host delivers it, the Drop,
// Duplicate and Out-of-order buttons do what they say).

#include <QListWidget>

#include <cstdint>
#include <optional>

class QMimeData;

namespace tsl {

class HeldSegmentList : public QListWidget {
    Q_OBJECT

public:
    explicit HeldSegmentList(QWidget* parent = nullptr);

    static QString mimeType();
    static QMimeData* mimeFor(std::uint64_t segmentId); // for tests and the list's own drags
    // The segment a drag carries, if it carries one.
    static std::optional<std::uint64_t> segmentOf(const QMimeData* data);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
};

} // namespace tsl
