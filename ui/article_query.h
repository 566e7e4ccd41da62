#pragma once

#include <QString>

namespace warta::ui {

/// What the article list shows: a source picked in a sidebar plus the filter bar's state.
/// A value type, so views can compare and hand it around without sharing models.
struct ArticleQuery {
    enum class Scope { All, Unread, Starred, Today, Folder, Feed, Tag, Collection };
    Scope scope = Scope::All;
    qint64 id = 0; ///< folder or feed id
    QString name;  ///< tag or collection name
    bool unreadOnly = false;
    bool starredOnly = false;
    QString text; ///< quick filter: every word must appear in the title, feed or tags

    bool operator==(const ArticleQuery &) const = default;
};

} // namespace warta::ui
