#pragma once

#include <QFuture>

#include <atomic>
#include <functional>
#include <memory>

namespace warta {

class SqliteConnection;
class Storage;

/// Rebuilding articles_fts from the articles table: after a change of tokenizer or
/// dictionary, or to repair it. Normal writes keep the index in step by themselves
/// (triggers), so this is only for whole-index work.
namespace SearchIndex {

enum class RebuildResult { Done, Cancelled };

/// Called after each batch with how many articles are indexed so far and how many there are.
using Progress = std::function<void(qint64 done, qint64 total)>;

/// Rebuilds the index in one transaction, in batches, calling `progress` after each and
/// checking `cancel` between them. Cancelling rolls back: the old index stays as it was.
/// Run it on the writer (see the Storage overload); readers keep their snapshot meanwhile.
RebuildResult rebuild(SqliteConnection &db, const Progress &progress, const std::atomic<bool> &cancel,
                      int batchSize = 1000);

/// Queues rebuild() on the storage's writer thread. `progress` is called on that thread.
/// Set *cancel to true to stop it; the flag is shared so it outlives the caller's frame.
QFuture<RebuildResult> rebuild(Storage &storage, Progress progress, std::shared_ptr<const std::atomic<bool>> cancel);

} // namespace SearchIndex

} // namespace warta
