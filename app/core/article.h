#pragma once

#include "core/related_link.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace warta {

/// An article as stored: what the feed said, what extraction found, and the reader's state.
struct Article {
    qint64 id = 0;
    qint64 feedId = 0; ///< 0 when its feed was deleted but a collection keeps it
    QString guid;
    QString link;
    QString title;
    QString author;
    QString summary;
    QString content;   ///< full content from the feed, if any
    QDateTime published; ///< UTC
    QDateTime updated;   ///< UTC
    QString imageUrl;
    QString contentHash;
    bool read = false;
    bool starred = false;
    // Filled by extraction (see app/content):
    QString extractedHtml;
    QString byline;
    QString editor;
    QString source;
    QString siteName;
    QString language;
    QDateTime extractedAt;
    // Joined in by queries:
    QStringList tags;        ///< display forms
    QStringList collections; ///< names
    QVector<RelatedLink> related;
    bool cached() const { return extractedAt.isValid(); }
};

} // namespace warta
