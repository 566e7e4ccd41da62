// The GUI entry point and composition root: it builds the storage and services and
// hands them to the UI; nothing below it looks services up on its own.
#include "core/app_paths.h"
#include "net/fetcher.h"
#include "services/first_start.h"
#include "services/refresh_service.h"
#include "services/site_icon_service.h"
#include "storage/storage.h"
#include "sync/sync_service.h"
#include "ui/article_scheme_handler.h"
#include "ui/followed_tag_notifier.h"
#include "ui/language_switcher.h"
#include "ui/launch_probe.h"
#include "ui/main_window.h"
#include "ui/network_hooks.h"
#include "ui/open_request_handler.h"
#include "ui/service_refresh_controller.h"
#include "ui/single_instance.h"
#include "ui/sync_controller.h"
#include "ui/startup.h"
#include "ui/translations.h"
#include "ui/tray_icon.h"
#include "ui/ui_settings.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

using namespace warta;

int main(int argc, char *argv[])
{
    // WebEngine needs custom schemes registered before the application object exists.
    ui::registerUrlSchemes();
    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("id.warta.Warta")); // packaging/: Wayland app id

    QSettings qsettings;
    ui::UiSettings settings(qsettings);
    ui::installTranslations(ui::resolveLanguage(settings.language()));
    const ui::StartupOptions options = ui::parseCommandLine(QApplication::arguments());

    const QString path = options.demo                ? demoDatabasePath()
                         : !options.database.isEmpty() ? options.database
                                                       : defaultDatabasePath();
    // One instance per user and database: a later launch hands its arguments over and exits.
    ui::SingleInstance instance(ui::SingleInstance::socketNameFor(path));
    if (instance.start(QApplication::arguments()) == ui::SingleInstance::Role::Secondary)
        return 0;
    // A damaged file is diagnosed, kept as a backup and salvaged (with the user's consent).
    ui::OpenResult opened = ui::openOrRecoverStorage(path, ui::askToRecover);
    if (!opened.storage) {
        ui::showFatalError(opened.message);
        return 1;
    }
    std::unique_ptr<Storage> storage = std::move(opened.storage);

    // The network side: one Fetcher (its own thread) shared by refresh, discovery and
    // "Baca Juga" fetching; blocking service calls run on the global pool, never here.
    net::Fetcher fetcher;
    RefreshService refreshService(*storage, fetcher);
    ui::ServiceRefreshController refresh(refreshService, *storage);
    refresh.setFullText([&settings] { return settings.cacheForOffline(); });
    // Site icons for the feed list: after each refresh, for the feeds whose icon is due.
    SiteIconService siteIcons(*storage, fetcher);
    siteIcons.followRefreshes(refreshService);

    SyncService syncService(*storage); // outlives the window; waits for a running sync on exit
    // The window is rebuilt when the language changes (see ui/language_switcher.h): what
    // refers to it asks the switcher for the current one.
    ui::LanguageSwitcher windows([&] {
        auto window = std::make_unique<ui::MainWindow>(*storage, settings, &refresh);
        window->setNetworkHooks(ui::makeNetworkHooks(*storage, fetcher));
        new ui::SyncController(syncService, *storage, qsettings, *window); // owned by the window
        return window;
    });
    ui::installLaunchProbe(windows.window()); // WARTA_BENCH_STARTUP only (bench/ui/run.sh)
    windows.window()->show();
    if (options.article)
        windows.window()->openArticle(options.article);

    // Tray icon and notifications about followed tags, where the desktop has a tray.
    std::unique_ptr<ui::TrayIcon> tray = ui::TrayIcon::create(windows, &refresh);
    ui::FollowedTagNotifier notifier(*storage, refresh);
    notifier.setEnabled([&settings] { return settings.notifyFollowedTags(); });
    if (tray)
        notifier.setShowMessage([&tray](const ui::FollowedTagNotifier::Message &m) { tray->showMessage(m); });

    // Desktop integration: feed links, feed and OPML files, from this launch and later ones.
    const ui::NetworkHooks openHooks = ui::makeNetworkHooks(*storage, fetcher);
    auto makeOpener = [&] {
        return std::make_unique<ui::OpenRequestHandler>(*storage, openHooks.findFeed, openHooks.subscribe,
                                                        windows.window());
    };
    std::unique_ptr<ui::OpenRequestHandler> opener = makeOpener();
    QObject::connect(&windows, &ui::LanguageSwitcher::windowReplaced, &windows, [&] { opener = makeOpener(); });
    QObject::connect(&instance, &ui::SingleInstance::activated, &windows,
                     [&windows, &opener](const QStringList &arguments, const QString &workingDirectory) {
                         ui::SingleInstance::raise(windows.window());
                         opener->handleArguments(arguments, workingDirectory);
                     });
    opener->handleArguments(QApplication::arguments(), QDir::currentPath());
    if (const int ms = qEnvironmentVariableIntValue("WARTA_QUIT_AFTER_MS"); ms > 0)
        QTimer::singleShot(ms, &app, &QCoreApplication::quit); // automated start checks (scripts/package.sh)

    // A failed start job (demo content missing, resource missing) is told, never blocks.
    auto tell = [&windows](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Warta"), message, QMessageBox::Ok,
                                    windows.window());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    if (!opened.message.isEmpty())
        tell(opened.message); // what recovery did and where the backup is
    try {
        QFuture<int> job = options.demo ? seedDemoContent(*storage) : subscribeDefaultFeedsOnFirstStart(*storage);
        job.then(&windows, [](int) {}).onFailed(&windows, [tell](const std::exception &e) {
            tell(QString::fromUtf8(e.what()));
        });
    } catch (const std::exception &e) {
        tell(QString::fromUtf8(e.what()));
    }

    const int rc = app.exec();
    // Stop network work before the services it reports to go away.
    refreshService.cancel();
    QThreadPool::globalInstance()->waitForDone();
    storage->drain();
    return rc;
}
