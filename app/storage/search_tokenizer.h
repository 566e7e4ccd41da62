#pragma once

struct sqlite3;

namespace warta {

/// Name of the FTS5 tokenizer behind articles_fts (migration 0004).
inline constexpr const char *kSearchTokenizerName = "warta_id";

/// Registers the "warta_id" FTS5 tokenizer on `db`: unicode61 with diacritics folded
/// (remove_diacritics 2), Indonesian stopwords dropped, every other word replaced by its
/// stem (text::IndonesianStemmer). Offsets stay those of the original word, so snippet()
/// highlights "menolak" for a search on "tolak".
///
/// SqliteConnection calls this on every connection it opens, writer and readers alike: the
/// tokenizer is needed to write articles (the index triggers) and to run a MATCH. A tool
/// without it (the sqlite3 shell) can read the tables but not search or change articles.
/// Throws StorageError if FTS5 is missing.
///
/// Also registers the SQL function warta_index_text(html), text::htmlToIndexText: the view
/// articles_fts_source feeds summaries through it (migration 0008), so markup never
/// reaches the index; and the ranking function warta_rank (storage/search_rank.h).
void registerSearchTokenizer(sqlite3 *db);

} // namespace warta
