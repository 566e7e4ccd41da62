#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace warta::text {

/// A parsed search: what the user typed in the search box or after `warta-cli search`.
///
/// Grammar (whitespace separates items; any item may start with '-' to exclude it):
///   word                 must appear (in any inflected form: the index is stemmed)
///   "two words"          must appear as a phrase
///   tag:NAME             has the tag (key or display name, case-insensitive)
///   feed:NAME            from a feed whose title contains NAME (case-insensitive)
///   collection:NAME      in the collection called NAME
///   before:YYYY-MM-DD    published before that day (local time)
///   after:YYYY-MM-DD     published on or after that day
///   is:unread|read|starred
/// A filter value may be quoted: feed:"Kompas Tekno". Nothing here is ever pasted into SQL
/// or into an FTS5 expression unquoted; the storage layer binds every value.
struct SearchQuery {
    struct Term {
        QString text;
        bool phrase = false;
        bool excluded = false;
    };
    enum class FilterKind { Tag, Feed, Collection };
    struct Filter {
        FilterKind kind;
        QString value;
        bool excluded = false;
    };

    QList<Term> terms;
    QList<Filter> filters;
    std::optional<QDate> before;
    std::optional<QDate> after;
    std::optional<bool> read;    ///< is:read / is:unread
    std::optional<bool> starred; ///< is:starred / -is:starred

    [[nodiscard]] bool hasIncludedTerm() const;
    [[nodiscard]] bool hasConditions() const;
};

/// Parses `text`. On bad syntax returns nullopt and sets *error to a message a user can act
/// on ("Missing closing quote after \"harga emas\""), never throws.
[[nodiscard]] std::optional<SearchQuery> parseSearchQuery(const QString &text, QString *error);

/// The words of `text` as the search index sees them (lowercased, split on anything that is
/// not a letter or digit) minus stopwords; empty when a term would match nothing by itself.
[[nodiscard]] QStringList searchableWords(const QString &text);

} // namespace warta::text
