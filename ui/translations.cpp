#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace warta::ui {

QString resolveLanguage(const QString &setting)
{
    if (setting == QLatin1String("id") || setting == QLatin1String("en"))
        return setting;
    return QLocale::system().language() == QLocale::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

bool installTranslations(const QString &language)
{
    // The locale first: swapping translators sends LanguageChange at once, and whoever
    // reacts to it (ui/language_switcher.h) must already see the new language.
    QLocale::setDefault(QLocale(language == QLatin1String("id") ? QLocale::Indonesian : QLocale::English,
                                language == QLatin1String("id") ? QLocale::Indonesia : QLocale::UnitedStates));
    // Owned by the application object; replaced when the language changes.
    static const char *kTag = "warta_translator";
    for (QTranslator *old : qApp->findChildren<QTranslator *>(QString::fromLatin1(kTag))) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *own = new QTranslator(qApp);
    own->setObjectName(QString::fromLatin1(kTag));
    const bool ok = own->load(QStringLiteral(":/i18n/warta_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(qApp);
    qt->setObjectName(QString::fromLatin1(kTag));
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ok;
}

} // namespace warta::ui
