#include "ui/startup.h"

#include "storage/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>

namespace warta::ui {

StartupOptions parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Startup", "Warta, a reader for Indonesian news"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("Startup", "Open a separate database filled with sample news."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("Startup", "Use the database at <path>."),
                                QStringLiteral("path"));
    const QCommandLineOption article(QStringLiteral("article"),
                                     QCoreApplication::translate("Startup", "Open the article with id <id>."),
                                     QStringLiteral("id"));
    parser.addOption(demo);
    parser.addOption(db);
    parser.addOption(article);
    parser.process(arguments);
    return {parser.isSet(demo), parser.value(db), parser.value(article).toLongLong()};
}

std::unique_ptr<Storage> openStorage(const QString &path, QString *error)
{
    try {
        return std::make_unique<Storage>(path);
    } catch (const StorageError &e) {
        if (error)
            *error = openFailureMessage(path, e.message());
    } catch (const std::exception &e) {
        if (error)
            *error = openFailureMessage(path, QString::fromUtf8(e.what()));
    }
    return nullptr;
}

QString openFailureMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Startup",
                                       "Warta cannot open its database:\n%1\n\n%2\n\n"
                                       "The file was left untouched.")
        .arg(path, reason);
}

void showFatalError(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("Startup", "Warta"), message, QMessageBox::Close);
    box.setObjectName(QStringLiteral("fatalErrorBox"));
    box.exec();
}

} // namespace warta::ui
