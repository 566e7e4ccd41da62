#include "ui/startup.h"

#include "storage/recovery.h"
#include "storage/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QAbstractButton>
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

OpenResult openOrRecoverStorage(const QString &path, const RecoveryPrompt &ask)
{
    OpenResult result;
    QString error;
    result.storage = openStorage(path, &error);
    if (result.storage)
        return result;
    const DatabaseDiagnosis d = diagnoseDatabase(path);
    const bool damaged = d.state == DatabaseState::Damaged || d.state == DatabaseState::NotADatabase;
    if (!damaged) {
        result.message = error;
        return result;
    }
    const QString question =
        QCoreApplication::translate("Startup",
                                    "Warta's database is damaged:\n%1\n\n%2\n\nWarta can keep the damaged file as a "
                                    "backup beside it and start with a new database, rescuing what is still readable "
                                    "(collections first). Recover now?")
            .arg(path, d.message);
    if (!ask || !ask(question)) {
        result.message = openFailureMessage(path, d.message);
        return result;
    }
    const RecoveryResult r = recoverDatabase(path);
    if (!r.ok) {
        result.message = openFailureMessage(path, r.message);
        return result;
    }
    result.backup = r.movedTo;
    result.storage = openStorage(path, &error);
    if (!result.storage) {
        result.message = error;
        return result;
    }
    result.message = QCoreApplication::translate("Startup",
                                                 "The damaged database was kept as %1.\n"
                                                 "Rescued: %2 collection entries, %3 articles.")
                         .arg(r.movedTo)
                         .arg(r.salvaged.value(QStringLiteral("collection_articles")))
                         .arg(r.salvaged.value(QStringLiteral("articles")));
    return result;
}

bool askToRecover(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("Startup", "Warta"), message,
                    QMessageBox::Yes | QMessageBox::Close);
    box.setObjectName(QStringLiteral("recoverDatabaseBox"));
    box.button(QMessageBox::Yes)->setText(QCoreApplication::translate("Startup", "&Recover"));
    return box.exec() == QMessageBox::Yes;
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
