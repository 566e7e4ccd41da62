#pragma once

#include <QFuture>

namespace warta {

class Storage;

/// On the very first start of a database, subscribes to the bundled default Indonesian
/// feeds (resources/default-feeds.opml). Later starts, and databases the user already
/// filled, are left alone. The future yields the number of feeds added.
[[nodiscard]] QFuture<int> subscribeDefaultFeedsOnFirstStart(Storage &storage);

/// Fills a (demo) database from the sample feeds and article pages bundled in
/// resources/demo, so Warta shows real Indonesian content without network. Idempotent.
/// The future yields the number of articles stored.
[[nodiscard]] QFuture<int> seedDemoContent(Storage &storage);

} // namespace warta
