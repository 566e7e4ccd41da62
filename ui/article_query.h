#pragma once

#include "storage/search.h"

#include <QString>

namespace warta::ui {

/// What the article list shows: a source picked in a sidebar plus the filter bar's state.
/// A value type, so views can compare and hand it around without sharing models.
struct ArticleQuery {
    enum class Scope { All, Unread, Starred, Today, Folder, Feed, Tag, Collection, Search };
    Scope scope = Scope::All;
    qint64 id = 0; ///< folder or feed id
    QString name;  ///< tag or collection name
    bool unreadOnly = false;
    bool starredOnly = false;
    QString text; ///< quick filter: every word must appear in the title, feed or tags
    /// Search: the results of the query in `name`, best first, run off the GUI thread by
    /// SearchBox; the list shows them in this order.
    QList<SearchHit> hits;

    bool operator==(const ArticleQuery &) const = default;
};

} // namespace warta::ui
