#pragma once

#include <QString>

namespace warta {

/// A folder of feeds; folders nest (OPML outlines inside outlines).
struct Folder {
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level folder
    QString name;
    int position = 0;
};

} // namespace warta
