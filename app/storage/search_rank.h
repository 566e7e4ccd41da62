#pragma once

struct fts5_api;

namespace warta {

/// Registers the FTS5 ranking function warta_rank(articles_fts, w_title, w_summary, w_body,
/// w_tags): Okapi BM25 with per-column weights like FTS5's bm25(), but without document-
/// length normalisation (b = 0). bm25() looks up every ranked row's length in the %_docsize
/// table, one SQL step per row, which was most of a search's time on a 100,000-article
/// archive; term frequencies saturate anyway (k1 = 1.2) and a word in the title still
/// counts ten times one in the body. Smaller is better, as with bm25().
///
/// An optional fifth argument 0 skips the phrases' inverse document frequencies: they weigh
/// phrases against each other, so a query with one positive phrase ranks the same without
/// them. Counting a phrase's documents walks its doclist; with a sixth argument, the table's
/// largest rowid, the walk stops after 2,000 rows and the count is extrapolated over the
/// rowid range (exact for rarer phrases). Returns an SQLite code.
int registerSearchRank(fts5_api *api);

} // namespace warta
