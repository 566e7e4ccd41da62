#include "storage/storage.h"

#include "storage/article_store.h"
#include "storage/migrations.h"

#include <QFileInfo>

namespace warta {

Storage::Storage(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    {
        // Set up the file before the writer starts: WAL lets readers run beside the writer.
        SqliteConnection setup(path, SqliteConnection::Mode::ReadWrite);
        QVariant check = setup.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        Q_UNUSED(check); // reading the schema fails early on a file that is not a database
        setup.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        m_backup = migrate(setup);
    }
    m_writer = std::make_unique<DatabaseWriter>(path);
    write(QStringLiteral("setting up the writer"), [](SqliteConnection &db) {
        db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }).waitForFinished();
    // Articles whose bulk indexing a crash interrupted become searchable again.
    write(QStringLiteral("catching up on the search index"), [](SqliteConnection &db) {
        // Read first: most starts have nothing pending and must not write at all
        // (a full disk or read-only medium would turn that into a spurious failure).
        if (!ArticleStore::hasPendingIndex(db))
            return;
        Transaction tx(db);
        ArticleStore::indexPending(db);
        tx.commit();
    });
}

Storage::~Storage() = default;

std::unique_ptr<SqliteConnection> Storage::openReader(ReaderPages pages) const
{
    auto reader = std::make_unique<SqliteConnection>(m_path, SqliteConnection::Mode::ReadOnly);
    reader->exec(QStringLiteral("PRAGMA query_only = ON"));
    // Searches read index and article pages all over a large file: map it rather than copy
    // each page into a small per-connection cache (docs/benchmarks.md, "Search").
    // Explicitly 0 otherwise: the library's compiled-in default may map too.
    reader->exec(pages == ReaderPages::Mapped ? QStringLiteral("PRAGMA mmap_size = 1073741824")
                                              : QStringLiteral("PRAGMA mmap_size = 0"));
    return reader;
}

QString Storage::describe(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return QStringLiteral("unknown error");
    }
}

void Storage::reportFailure(const QString &what, const QString &message)
{
    qWarning("Write failed (%s): %s", qPrintable(what), qPrintable(message));
    emit writeFailed(what, message);
}

} // namespace warta
