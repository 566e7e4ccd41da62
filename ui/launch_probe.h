#pragma once

class QWidget;

namespace warta::ui {

/// Opt-in start-up measurement for bench/ui/run.sh. With WARTA_BENCH_STARTUP=1 set, the
/// first paint of `window`'s article list ("articleList") that shows rows prints
///   painted-ms=<ms since the process started> rss-kb=<peak resident set (VmHWM)>
///   anon-kb=<RssAnon now> file-kb=<RssFile now>
/// on stderr and quits the application; WARTA_BENCH_STARTUP=any takes the first paint even
/// without rows (the empty-database baseline). Without the variable it does nothing.
void installLaunchProbe(QWidget *window);

} // namespace warta::ui
