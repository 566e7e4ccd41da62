#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace warta::feeds {

/// One subscription from an OPML outline.
struct OpmlEntry {
    QString url;        ///< xmlUrl, absolute
    QString title;
    QString siteUrl;    ///< htmlUrl
    QString folderPath; ///< enclosing outlines joined by '/', empty at top level
};

struct OpmlDocument {
    QString title;
    QList<OpmlEntry> entries;
    QStringList problems; ///< invalid entries, one readable line each
    QString error;        ///< set when the file is not usable OPML at all
};

/// Reads OPML 1.0/2.0: nested outlines become folders; entries without a usable
/// http(s) xmlUrl are reported in `problems`, duplicates within the file skipped.
[[nodiscard]] OpmlDocument parseOpml(const QByteArray &bytes);

/// Writes OPML 2.0 with one outline per folder, so parseOpml(writeOpml(x)) == x.
[[nodiscard]] QByteArray writeOpml(const QString &title, const QList<OpmlEntry> &entries);

} // namespace warta::feeds
