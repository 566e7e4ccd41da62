#pragma once

#include <QByteArray>
#include <QFuture>
#include <QStringList>

namespace warta {

class Storage;
class SqliteConnection;

/// What an OPML import did, for the user.
struct OpmlImportReport {
    int added = 0;
    int duplicates = 0;   ///< already subscribed
    QStringList problems; ///< invalid entries, one line each
};

/// Subscribes to every feed of an OPML document (folders created as needed), in one
/// write job. A file that is not OPML at all fails the future with a readable error.
[[nodiscard]] QFuture<OpmlImportReport> importOpml(Storage &storage, const QByteArray &opml);

/// Every subscription as OPML 2.0, folders as nested outlines.
[[nodiscard]] QByteArray exportOpml(SqliteConnection &reader);

} // namespace warta
