#include "storage/search_tokenizer.h"

#include "storage/search_rank.h"
#include "storage/sqlite_connection.h"
#include "text/html_text.h"
#include "text/indonesian_stemmer.h"
#include "text/stopwords.h"

#include <sqlite3.h>

#include <new>
#include <string>
#include <unordered_map>
#include <vector>

namespace warta {

namespace {

/// One instance per FTS5 table per connection; a connection is used by one thread at a time,
/// so the stem cache needs no lock.
struct Tokenizer {
    fts5_tokenizer base{};
    Fts5Tokenizer *baseInstance = nullptr;
    const text::IndonesianStemmer *stemmer = nullptr;
    // Stemming costs dictionary look-ups for every reading; news text repeats its words,
    // so a cache makes indexing several times faster. Bounded: cleared when full.
    std::unordered_map<std::string, std::string> cache;
};

constexpr size_t kCacheLimit = 50000;

struct Call {
    Tokenizer *self;
    void *ctx;
    int (*xToken)(void *, int, const char *, int, int, int);
};

const text::IndonesianStemmer *sharedStemmer()
{
    static const text::IndonesianStemmer stemmer; // loads the compiled-in dictionary once
    return &stemmer;
}

int onToken(void *pCtx, int tflags, const char *pToken, int nToken, int iStart, int iEnd)
{
    auto *call = static_cast<Call *>(pCtx);
    const std::string_view token(pToken, size_t(nToken));
    if (text::isStopword(token))
        return SQLITE_OK;
    auto &cache = call->self->cache;
    auto it = cache.find(std::string(token));
    if (it == cache.end()) {
        if (cache.size() >= kCacheLimit)
            cache.clear();
        it = cache.emplace(std::string(token), call->self->stemmer->stem(token)).first;
    }
    const std::string &stem = it->second;
    return call->xToken(call->ctx, tflags, stem.data(), int(stem.size()), iStart, iEnd);
}

int xCreate(void *pUserData, const char **azArg, int nArg, Fts5Tokenizer **ppOut)
{
    auto *api = static_cast<fts5_api *>(pUserData);
    void *baseUserData = nullptr;
    fts5_tokenizer base{};
    int rc = api->xFindTokenizer(api, "unicode61", &baseUserData, &base);
    if (rc != SQLITE_OK)
        return rc;
    // Our fixed options first; options given in the table definition may add to them.
    std::vector<const char *> args = {"remove_diacritics", "2"};
    for (int i = 0; i < nArg; ++i)
        args.push_back(azArg[i]);
    auto *self = new (std::nothrow) Tokenizer;
    if (!self)
        return SQLITE_NOMEM;
    try {
        self->stemmer = sharedStemmer();
    } catch (const std::exception &) {
        delete self; // the dictionary resource is missing: a broken build
        return SQLITE_ERROR;
    }
    self->base = base;
    rc = base.xCreate(baseUserData, args.data(), int(args.size()), &self->baseInstance);
    if (rc != SQLITE_OK) {
        delete self;
        return rc;
    }
    *ppOut = reinterpret_cast<Fts5Tokenizer *>(self);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *p)
{
    auto *self = reinterpret_cast<Tokenizer *>(p);
    self->base.xDelete(self->baseInstance);
    delete self;
}

int xTokenize(Fts5Tokenizer *p, void *pCtx, int flags, const char *pText, int nText,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    auto *self = reinterpret_cast<Tokenizer *>(p);
    Call call{self, pCtx, xToken};
    try {
        return self->base.xTokenize(self->baseInstance, &call, flags, pText, nText, onToken);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM; // never let an exception cross SQLite's C frames
    }
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

void indexText(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    try {
        const QByteArray text = text::htmlToIndexText(QString::fromUtf8(utf8, bytes)).toUtf8();
        sqlite3_result_text(ctx, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    } catch (const std::bad_alloc &) {
        sqlite3_result_error_nomem(ctx);
    }
}

} // namespace

void registerSearchTokenizer(sqlite3 *db)
{
    const int frc = sqlite3_create_function_v2(db, "warta_index_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                               nullptr, indexText, nullptr, nullptr, nullptr);
    if (frc != SQLITE_OK)
        throw StorageError(QStringLiteral("Cannot register the search text function (SQLite error %1)").arg(frc), frc);
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        throw StorageError(QStringLiteral("This SQLite library has no FTS5; Warta's search needs it."));
    fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    const int rc = api->xCreateTokenizer(api, kSearchTokenizerName, api, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        throw StorageError(QStringLiteral("Cannot register the search tokenizer (SQLite error %1)").arg(rc), rc);
    if (const int rrc = registerSearchRank(api); rrc != SQLITE_OK)
        throw StorageError(QStringLiteral("Cannot register the search ranking (SQLite error %1)").arg(rrc), rrc);
}

} // namespace warta
