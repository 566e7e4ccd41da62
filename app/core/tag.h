#pragma once

#include <QString>

namespace warta {

/// Where a tag on an article came from.
enum class TagOrigin { Feed, Page, User };

/// A tag: the normalised key groups spellings, the display form is what users see.
struct Tag {
    qint64 id = 0;
    QString key;     ///< normalised: case-folded, spacing collapsed
    QString display; ///< first-seen display form, e.g. "Teknologi"
    bool followed = false;
    int articles = 0;
    int unread = 0;
};

} // namespace warta
