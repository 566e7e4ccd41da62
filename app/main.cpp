// The GUI entry point and composition root: it builds the storage and services and
// hands them to the UI; nothing below it looks services up on its own.
#include "core/app_paths.h"
#include "net/fetcher.h"
#include "services/first_start.h"
#include "services/refresh_service.h"
#include "storage/storage.h"
#include "ui/article_scheme_handler.h"
#include "ui/main_window.h"
#include "ui/network_hooks.h"
#include "ui/open_request_handler.h"
#include "ui/service_refresh_controller.h"
#include "ui/single_instance.h"
#include "ui/startup.h"
#include "ui/translations.h"
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
    refresh.setFullText(settings.cacheForOffline());

    ui::MainWindow window(*storage, settings, &refresh);
    window.setNetworkHooks(ui::makeNetworkHooks(*storage, fetcher));
    window.show();
    if (options.article)
        window.openArticle(options.article);

    // Desktop integration: feed links, feed and OPML files, from this launch and later ones.
    const ui::NetworkHooks openHooks = ui::makeNetworkHooks(*storage, fetcher);
    ui::OpenRequestHandler opener(*storage, openHooks.findFeed, openHooks.subscribe, &window);
    QObject::connect(&instance, &ui::SingleInstance::activated, &opener,
                     [&window, &opener](const QStringList &arguments, const QString &workingDirectory) {
                         ui::SingleInstance::raise(&window);
                         opener.handleArguments(arguments, workingDirectory);
                     });
    opener.handleArguments(QApplication::arguments(), QDir::currentPath());
    if (const int ms = qEnvironmentVariableIntValue("WARTA_QUIT_AFTER_MS"); ms > 0)
        QTimer::singleShot(ms, &app, &QCoreApplication::quit); // automated start checks (scripts/package.sh)

    // A failed start job (demo content missing, resource missing) is told, never blocks.
    auto tell = [&window](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Warta"), message, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    if (!opened.message.isEmpty())
        tell(opened.message); // what recovery did and where the backup is
    try {
        QFuture<int> job = options.demo ? seedDemoContent(*storage) : subscribeDefaultFeedsOnFirstStart(*storage);
        job.then(&window, [](int) {}).onFailed(&window, [tell](const std::exception &e) {
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
