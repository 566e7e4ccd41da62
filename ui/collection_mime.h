#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace warta::ui {

/// Article ids in drag and drop (article list → collections list).
[[nodiscard]] QString articleIdsMimeType();
/// New mime data carrying `ids` (the caller, usually the view's drag, owns it).
[[nodiscard]] QMimeData *articleIdsMimeData(const QList<qint64> &ids);
/// The ids in `data`; empty when it carries none.
[[nodiscard]] QList<qint64> articleIdsFrom(const QMimeData *data);

} // namespace warta::ui
