#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <unordered_set>

namespace warta {

/// Builds the snippets of search hits in C++ from the indexed text, as FTS5's snippet()
/// would: the window of the best column that holds the most different query words, with
/// every word that matches wrapped in <mark>. Asking FTS5 instead costs one MATCH per hit,
/// which re-reads the doclists of common words 50 times (docs/benchmarks.md, "Search").
/// Words are compared as the index compares them: folded like unicode61 (lowercase,
/// diacritics removed), stopwords skipped, stemmed by the same stemmer as warta_id.
class SearchSnippets {
public:
    /// `words`: the searchable words of the query's included terms (text::searchableWords).
    explicit SearchSnippets(const QStringList &words);

    /// HTML-escaped text of at most `windowWords` words from the column among `columns`
    /// that matches best ("…" where text was cut); the first column if none matches.
    [[nodiscard]] QString snippet(const QStringList &columns, int windowWords = 16) const;

    /// The index key of one word: folded and stemmed; empty for a stopword.
    [[nodiscard]] static std::string indexKey(QStringView word);

private:
    [[nodiscard]] bool mayMatch(QStringView word) const;

    std::unordered_set<std::string> m_keys;
    QStringList m_needles; ///< what a word must contain to possibly stem to a key
};

} // namespace warta
