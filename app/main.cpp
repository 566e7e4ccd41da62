// The GUI entry point and composition root: it builds the storage and services and
// hands them to the UI; nothing below it looks services up on its own.
#include "core/app_paths.h"
#include "services/first_start.h"
#include "storage/storage.h"
#include "ui/article_scheme_handler.h"
#include "ui/main_window.h"
#include "ui/startup.h"
#include "ui/translations.h"
#include "ui/ui_settings.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

using namespace warta;

int main(int argc, char *argv[])
{
    // WebEngine needs custom schemes registered before the application object exists.
    ui::registerUrlSchemes();
    QApplication app(argc, argv);
    setApplicationIdentity();

    QSettings qsettings;
    ui::UiSettings settings(qsettings);
    ui::installTranslations(ui::resolveLanguage(settings.language()));
    const ui::StartupOptions options = ui::parseCommandLine(QApplication::arguments());

    const QString path = options.demo                ? demoDatabasePath()
                         : !options.database.isEmpty() ? options.database
                                                       : defaultDatabasePath();
    QString error;
    std::unique_ptr<Storage> storage = ui::openStorage(path, &error);
    if (!storage) {
        ui::showFatalError(error);
        return 1;
    }

    // No refresh service yet: the window runs without one (see ui/refresh_controller.h).
    ui::MainWindow window(*storage, settings, nullptr);
    window.show();
    if (options.article)
        window.openArticle(options.article);

    // A failed start job (demo content missing, resource missing) is told, never blocks.
    auto tell = [&window](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Warta"), message, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    try {
        QFuture<int> job = options.demo ? seedDemoContent(*storage) : subscribeDefaultFeedsOnFirstStart(*storage);
        job.then(&window, [](int) {}).onFailed(&window, [tell](const std::exception &e) {
            tell(QString::fromUtf8(e.what()));
        });
    } catch (const std::exception &e) {
        tell(QString::fromUtf8(e.what()));
    }

    const int rc = app.exec();
    storage->drain();
    return rc;
}
