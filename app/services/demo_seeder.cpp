#include "services/first_start.h"

#include "storage/storage.h"

namespace warta {

// Filled in once the feed parser and extractor land (see resources/demo).
QFuture<int> seedDemoContent(Storage &storage)
{
    return storage.write(QStringLiteral("filling the demo database"), [](SqliteConnection &) -> int {
        throw StorageError(QStringLiteral("demo content is not available in this build yet"));
    });
}

} // namespace warta
