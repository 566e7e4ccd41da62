#include "storage/search_rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <new>
#include <vector>

namespace warta {

namespace {

constexpr double kK1 = 1.2;

/// Per query: the inverse document frequency of each phrase (computed on the first row).
struct QueryData {
    std::vector<double> idf;
};

// Rows counted exactly per phrase; past that, the count is extrapolated from how far into
// the rowid range the walk got. A common word's document frequency is then an estimate
// within a few percent, instead of a walk of its whole doclist on every query.
constexpr sqlite3_int64 kExactCount = 2000;

struct PhraseCount {
    sqlite3_int64 hits = 0;
    sqlite3_int64 firstRowid = 0;
    sqlite3_int64 lastRowid = 0;
};

int countRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *userData)
{
    auto *count = static_cast<PhraseCount *>(userData);
    count->lastRowid = api->xRowid(fts);
    if (count->hits++ == 0)
        count->firstRowid = count->lastRowid;
    return count->hits >= kExactCount ? SQLITE_DONE : SQLITE_OK; // DONE stops the walk, no error
}

void deleteQueryData(void *p)
{
    delete static_cast<QueryData *>(p);
}

/// `maxRowid`: the largest rowid of the table, for extrapolating; 0 counts exactly.
QueryData *queryData(const Fts5ExtensionApi *api, Fts5Context *fts, bool weighPhrases, sqlite3_int64 maxRowid, int *rc)
{
    if (auto *data = static_cast<QueryData *>(api->xGetAuxdata(fts, 0)))
        return data;
    auto *data = new (std::nothrow) QueryData;
    if (!data) {
        *rc = SQLITE_NOMEM;
        return nullptr;
    }
    sqlite3_int64 rows = 0;
    *rc = api->xRowCount(fts, &rows);
    const int phrases = api->xPhraseCount(fts);
    for (int i = 0; *rc == SQLITE_OK && i < phrases; ++i) {
        if (!weighPhrases) {
            data->idf.push_back(1.0);
            continue;
        }
        PhraseCount count;
        *rc = api->xQueryPhrase(fts, i, &count, countRow); // walks the phrase's doclist, rowids ascending
        double hits = double(count.hits);
        if (count.hits >= kExactCount && maxRowid > count.lastRowid)
            hits *= double(maxRowid - count.firstRowid + 1) / double(count.lastRowid - count.firstRowid + 1);
        // As FTS5's bm25(): a phrase in more than half the rows would get a negative idf.
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        data->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, data, deleteQueryData); // frees data on failure too
    else
        delete data;
    return *rc == SQLITE_OK ? data : nullptr;
}

void wartaRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **apVal)
{
    constexpr int kColumns = 4;
    int rc = SQLITE_OK;
    const bool weighPhrases = nVal <= kColumns || sqlite3_value_int(apVal[kColumns]) != 0;
    const sqlite3_int64 maxRowid = nVal > kColumns + 1 ? sqlite3_value_int64(apVal[kColumns + 1]) : 0;
    nVal = std::min(nVal, kColumns);
    const QueryData *data = queryData(api, fts, weighPhrases, maxRowid, &rc);
    int insts = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &insts);
    std::vector<double> freq(data ? data->idf.size() : 0, 0.0);
    for (int i = 0; rc == SQLITE_OK && i < insts; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < freq.size())
            freq[size_t(phrase)] += column < nVal ? sqlite3_value_double(apVal[column]) : 1.0;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    double score = 0.0;
    for (size_t i = 0; i < freq.size(); ++i)
        score += data->idf[i] * (freq[i] * (kK1 + 1.0)) / (freq[i] + kK1);
    sqlite3_result_double(ctx, -score);
}

} // namespace

int registerSearchRank(fts5_api *api)
{
    return api->xCreateFunction(api, "warta_rank", nullptr, wartaRank, nullptr);
}

} // namespace warta
