#pragma once

// Plain values produced by the feed parsers. One shape for every format, so storage maps
// feeds in one place; the extra detail (text types, languages, link lists) keeps what the
// formats say without forcing callers to look at it.

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace warta::feeds {

struct Enclosure {
    QString url;
    QString type;
    qint64 length = 0;
};

/// A text construct with what the format said about it (Atom type, xml:lang, xml:base).
struct TextDetail {
    QString value;
    QString type = QStringLiteral("text/plain"); // text/plain, text/html, application/xhtml+xml, ...
    QString language;
    QString base;
};

struct Link {
    QString href;
    QString rel = QStringLiteral("alternate");
    QString type;
    QString title;
    qint64 length = 0;
};

struct Person {
    QString name;
    QString email;
    QString url;
};

struct Category {
    QString term; // trimmed
    QString scheme;
    QString label;
};

struct ParsedItem {
    QString id;
    QString title; // plain text (HTML titles are reduced to their text)
    QString link; // the alternate link, absolute
    QDateTime published; // UTC
    QDateTime updated;   // UTC
    QDateTime created;   // UTC (Atom 0.3 created)
    QString author;      // display name of the first author
    QStringList authors;
    QStringList categories; // trimmed terms, in feed order
    QString summary;        // script-free HTML or text
    QString content;        // full content (content:encoded, Atom content), script-free
    QVector<Enclosure> enclosures;
    QString imageUrl; // media:content / media:thumbnail / first image enclosure / first <img>
    QString comments;
    bool guidIsLink = false;

    // Detail kept for conformance and for callers that need it.
    QHash<QString, TextDetail> details; // "title", "summary", "rights"
    QVector<TextDetail> contents;
    QVector<Link> links;
    QVector<Person> authorDetails;
    QVector<Person> contributors;
    QVector<Category> tags;
    QString rights;
};

struct ParsedFeed {
    QString format; // "rss2.0", "rss0.91", "rss0.92", "rss1.0", "rss0.90", "atom1.0", "atom0.3", "json1.0", "json1.1"; empty if unknown
    QString title;
    QString link;
    QString description; // RSS description / Atom subtitle
    QString language;
    QString iconUrl;
    QString imageUrl;
    QString id;
    QString rights;
    QString generator;
    QDateTime updated;
    QDateTime published;
    QVector<ParsedItem> items;
    bool wellFormed = true;
    QString error;    // readable, e.g. "XML error at line 12: ..."; empty when well-formed
    QString encoding; // lower case; the label used ("utf-8", "iso-8859-1" - which is read as windows-1252)

    QHash<QString, TextDetail> details; // "title", "subtitle", "rights"
    QVector<Link> links;
    QVector<Person> authorDetails;
    QVector<Person> contributors;
    QVector<Category> tags;
};

} // namespace warta::feeds
