// The UI language and the reader's clock: Indonesian from an Indonesian system locale,
// a switch from English to Indonesian in the settings applying at once, and dates in the
// reader's time zone (the process runs in Asia/Jakarta, UTC+7, "WIB", with LANG=id_ID.UTF-8).
#include "ui/article_html.h"
#include "ui/article_list_model.h"
#include "ui/article_scheme_handler.h"
#include "ui/article_view.h"
#include "ui/language_switcher.h"
#include "ui/main_window.h"
#include "ui/relative_date.h"
#include "ui/settings_dialog.h"
#include "ui/translations.h"
#include "ui/ui_settings.h"
#include "ui_test_fixture.h"
#include "ui_test_helpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <ctime>

using namespace warta;
using namespace warta::test;

namespace {

// 2020-08-26 01:02 UTC: Wednesday 08.02 in Jakarta.
const QDateTime kMorning(QDate(2020, 8, 26), QTime(1, 2), Qt::UTC);

// Answers the next modal dialog `T` once it shows (the click that opens it blocks in exec()).
QString firstMenuTitle(const ui::MainWindow *window)
{
    return window->menuBar()->actions().first()->text();
}

QString listHeader(const ui::MainWindow *window, int column)
{
    return window->findChild<QTableView *>(QStringLiteral("articleList"))
        ->model()
        ->headerData(column, Qt::Horizontal)
        .toString();
}

} // namespace

class TestUiLanguageTime : public QObject {
    Q_OBJECT
public:
    static void initMain()
    {
        // A reader in Jakarta. The Indonesian desktop locale (LANG, LC_ALL) comes from the
        // test's environment (tests/ui/CMakeLists.txt): Qt reads it before main().
        qputenv("TZ", "Asia/Jakarta");
        tzset();
        ui::registerUrlSchemes();
    }

private slots:
    void indonesianSystemLocaleGivesIndonesianUi();
    void headerShowsTheReadersLocalTimeAndZone();
    void relativeDatesCountTheReadersDays();
    void switchingLanguageInSettingsAppliesAtOnce();
};

void TestUiLanguageTime::indonesianSystemLocaleGivesIndonesianUi()
{
    QCOMPARE(QLocale::system().language(), QLocale::Indonesian);
    QCOMPARE(ui::resolveLanguage(QString()), QStringLiteral("id")); // the setting says "system"
    QCOMPARE(ui::resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(ui::installTranslations(ui::resolveLanguage(QString())));
    UiFixture db;
    ui::UiSettings settings(db.settings());
    ui::MainWindow window(db.storage(), settings);
    QCOMPARE(firstMenuTitle(&window), QStringLiteral("&Berkas"));
    QCOMPARE(listHeader(&window, ui::ArticleListModel::TitleColumn), QStringLiteral("Judul"));
}

void TestUiLanguageTime::headerShowsTheReadersLocalTimeAndZone()
{
    Article a;
    a.title = QStringLiteral("Gempa di Maluku");
    a.published = kMorning;
    QVERIFY(ui::installTranslations(QStringLiteral("id")));
    QString header = ui::renderArticleHeader(a, QStringLiteral("ANTARA"));
    QVERIFY2(header.contains(QStringLiteral("<time>Rabu, 26 Agustus 2020 08.02 WIB</time>")), qPrintable(header));
    QVERIFY(ui::installTranslations(QStringLiteral("en")));
    header = ui::renderArticleHeader(a, QStringLiteral("ANTARA"));
    QVERIFY2(header.contains(QStringLiteral("<time>Wednesday, August 26, 2020 8:02")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("WIB</time>")), qPrintable(header));
    QVERIFY(!header.contains(QStringLiteral(":00 ")) && !header.contains(QStringLiteral("UTC")));
}

void TestUiLanguageTime::relativeDatesCountTheReadersDays()
{
    QVERIFY(ui::installTranslations(QStringLiteral("id")));
    QCOMPARE(ui::relativeDate(kMorning, kMorning.addSecs(2 * 3600)), QStringLiteral("2 jam lalu"));
    // 16.30 UTC on the 25th is 23.30 in Jakarta: an hour before midnight there, so "yesterday"
    // once the reader's clock is past midnight (00.30 WIB), although in UTC it is the same day.
    const QDateTime lateEvening(QDate(2020, 8, 25), QTime(16, 30), Qt::UTC);
    QCOMPARE(ui::relativeDate(lateEvening, lateEvening.addSecs(3600)), QStringLiteral("kemarin 23.30"));
}

void TestUiLanguageTime::switchingLanguageInSettingsAppliesAtOnce()
{
    UiFixture db;
    db.seedNews();
    // Published 20.00 UTC on 25 August: already the 26th in Jakarta.
    db.exec(QStringLiteral("UPDATE articles SET published = %1 WHERE id = %2")
                .arg(QDateTime(QDate(2020, 8, 25), QTime(20, 0), Qt::UTC).toSecsSinceEpoch())
                .arg(db.startupArticle));
    ui::UiSettings settings(db.settings());
    settings.setLanguage(QStringLiteral("en"));
    QVERIFY(ui::installTranslations(ui::resolveLanguage(settings.language())));
    ui::LanguageSwitcher windows([&] { return std::make_unique<ui::MainWindow>(db.storage(), settings); });
    QPointer<ui::MainWindow> english = windows.window();
    english->resize(1200, 900);
    english->show();
    QVERIFY(QTest::qWaitForWindowExposed(english));
    QCOMPARE(firstMenuTitle(english), QStringLiteral("&File"));
    QCOMPARE(listHeader(english, ui::ArticleListModel::TitleColumn), QStringLiteral("Title"));
    english->showSource({ui::ArticleQuery::Scope::Feed, db.antara, {}});
    english->openArticle(db.startupArticle);
    QVERIFY(waitForPageText(english->articleView().webView(), QStringLiteral("August 26, 2020")));

    whenModal<ui::SettingsDialog>([](ui::SettingsDialog *dialog) {
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("id")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    english->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();

    QTRY_VERIFY_WITH_TIMEOUT(english.isNull(), 10000);
    ui::MainWindow *indonesian = windows.window();
    QVERIFY(indonesian->isVisible());
    QCOMPARE(settings.language(), QStringLiteral("id"));
    QCOMPARE(firstMenuTitle(indonesian), QStringLiteral("&Berkas"));
    QCOMPARE(listHeader(indonesian, ui::ArticleListModel::TitleColumn), QStringLiteral("Judul"));
    QCOMPARE(listHeader(indonesian, ui::ArticleListModel::DateColumn), QStringLiteral("Tanggal"));
    // Same place: the feed listed and the article open, now with an Indonesian local date.
    QCOMPARE(indonesian->currentSource().scope, ui::ArticleQuery::Scope::Feed);
    QCOMPARE(indonesian->currentSource().id, db.antara);
    QCOMPARE(indonesian->articleView().articleId(), db.startupArticle);
    QVERIFY(waitForPageText(indonesian->articleView().webView(), QStringLiteral("Rabu, 26 Agustus 2020 03.00 WIB")));
    // The list's date column counts in the reader's days too: the 26th, not UTC's 25th.
    auto *list = indonesian->findChild<QTableView *>(QStringLiteral("articleList"));
    const int row = indonesian->articleModel().rowOf(db.startupArticle);
    QVERIFY(row >= 0);
    QCOMPARE(list->model()->index(row, ui::ArticleListModel::DateColumn).data().toString(), QStringLiteral("26 Agu 2020"));
}

QTEST_MAIN(TestUiLanguageTime)
#include "test_ui_language_time.moc"
