// Following tags from the article header, notifications about followed tags after a real
// refresh over loopback, and the offline-caching setting applying without a restart.
#include "e2e_site.h"
#include "net/fetcher.h"
#include "services/refresh_service.h"
#include "storage/feed_store.h"
#include "storage/tag_store.h"
#include "ui/article_page.h"
#include "ui/article_scheme_handler.h"
#include "ui/article_view.h"
#include "ui/followed_tag_notifier.h"
#include "ui/main_window.h"
#include "ui/service_refresh_controller.h"
#include "ui/settings_dialog.h"
#include "ui/tag_list_model.h"
#include "ui/ui_settings.h"
#include "ui_test_fixture.h"
#include "ui_test_helpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebEngineView>

using namespace warta;
using namespace warta::test;

namespace {

/// Presses Tab until the page's focused link is the `n`-th one (1-based), then Enter: a
/// keyboard user's click, which WebEngine reports as a link-click navigation.
void activateNthLink(QWebEngineView *view, int n)
{
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    target->setFocus();
    for (int i = 0; i < n; ++i)
        QTest::keyClick(target, Qt::Key_Tab);
    QTest::keyClick(target, Qt::Key_Return);
}

bool followedInDb(Storage &storage, const QString &key)
{
    storage.drain();
    for (const Tag &t : TagStore::all(*storage.openReader()))
        if (t.key == key)
            return t.followed;
    return false;
}

/// The app's refresh stack (what app/main.cpp builds) over one loopback site.
struct RefreshStack {
    RefreshStack()
        : storage(dir.filePath(QStringLiteral("warta.db")))
        , fetcher(routedToServer())
        , service(storage, fetcher)
        , controller(service, storage)
        , qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , settings(qsettings)
    {
        E2eSite::serve(server);
        controller.setFullText([this] { return settings.cacheForOffline(); });
    }
    /// Any host reaches the loopback site: a second host is a second feed with the same items.
    qint64 subscribe(const QString &host)
    {
        const QString url = QStringLiteral("http://%1/rss.xml").arg(host);
        return storage.write(QStringLiteral("subscribe"), [url](SqliteConnection &db) {
            return FeedStore::add(db, url, {}, FeedStore::ensureFolderPath(db, {})).id;
        }).result();
    }
    void follow(const QString &tag)
    {
        storage.write(QStringLiteral("follow"), [tag](SqliteConnection &db) { TagStore::setFollowed(db, tag, true); })
            .waitForFinished();
    }
    /// Refreshes through the UI's controller and returns the service's summary.
    RefreshSummary refresh()
    {
        QSignalSpy done(&service, &RefreshService::finished);
        controller.refreshAll();
        if (!done.wait(120'000))
            qFatal("refresh did not finish");
        return done.first().first().value<RefreshSummary>();
    }

    QTemporaryDir dir;
    LoopbackHttpServer server;
    Storage storage;
    net::Fetcher fetcher;
    RefreshService service;
    ui::ServiceRefreshController controller;
    QSettings qsettings;
    ui::UiSettings settings;

private:
    net::FetcherOptions routedToServer()
    {
        net::FetcherOptions options;
        options.rewriteUrl = server.rewriter();
        return options;
    }
};

} // namespace

class TestUiTagsTray : public QObject {
    Q_OBJECT
public:
    static void initMain() { ui::registerUrlSchemes(); }

private slots:
    void followAndUnfollowFromTheTagChip();
    void notifierCountsNewArticlesOfFollowedTagsAfterARefresh();
    void notifierStaysQuietWhenSwitchedOffOrNothingFollowedArrived();
    void notificationGroupsPerTagAndIsCapped();
    void offlineSettingAppliesToTheNextRefresh();
};

void TestUiTagsTray::followAndUnfollowFromTheTagChip()
{
    UiFixture db;
    db.seedNews();
    ui::UiSettings settings(db.settings());
    ui::MainWindow window(db.storage(), settings);
    window.resize(1200, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWebEngineView *web = window.articleView().webView();
    window.openArticle(db.startupArticle); // tags Teknologi, Ekonomi
    QVERIFY(waitForPageText(web, QStringLiteral("Teknologi")));
    QString html = pageHtml(web);
    // Each chip: the tag's own link, then its follow link.
    QVERIFY2(html.contains(QStringLiteral("href=\"warta://tag-follow/Teknologi\"")), qPrintable(html.left(2000)));
    QVERIFY(!html.contains(QStringLiteral("chip followed")));

    // Tab to the second link of the page (Teknologi's "+ Follow") and press Enter.
    activateNthLink(web, 2);
    QTRY_VERIFY_WITH_TIMEOUT(followedInDb(db.storage(), QStringLiteral("teknologi")), 10000);
    QVERIFY(!followedInDb(db.storage(), QStringLiteral("ekonomi")));
    // The sidebar pins it on top as followed (after the write's reload).
    auto *tags = window.findChild<QListView *>(QStringLiteral("tagList"));
    QTRY_COMPARE(tags->model()->index(0, 0).data(ui::TagListModel::KeyRole).toString(), QStringLiteral("teknologi"));
    QVERIFY(tags->model()->index(0, 0).data(ui::TagListModel::FollowedRole).toBool());
    // The chip re-renders as followed, offering to unfollow.
    QTRY_VERIFY_WITH_TIMEOUT(pageHtml(web).contains(QStringLiteral("href=\"warta://tag-unfollow/Teknologi\"")), 10000);
    html = pageHtml(web);
    QVERIFY(html.contains(QStringLiteral("chip followed")));
    QVERIFY(html.contains(QStringLiteral("href=\"warta://tag-follow/Ekonomi\"")));

    // The chip's name still lists the tag's articles.
    activateNthLink(web, 1);
    QTRY_COMPARE(window.currentSource().scope, ui::ArticleQuery::Scope::Tag);
    QCOMPARE(window.currentSource().name.toLower(), QStringLiteral("teknologi"));

    // And the check mark unfollows (from a freshly loaded page, so Tab starts at the top).
    QSignalSpy loaded(web, &QWebEngineView::loadFinished);
    web->reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(waitForPageText(web, QStringLiteral("Teknologi")));
    activateNthLink(web, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!followedInDb(db.storage(), QStringLiteral("teknologi")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(pageHtml(web).contains(QStringLiteral("href=\"warta://tag-follow/Teknologi\"")), 10000);
}

void TestUiTagsTray::notifierCountsNewArticlesOfFollowedTagsAfterARefresh()
{
    RefreshStack app;
    app.subscribe(QStringLiteral("kabar.test"));
    app.follow(QStringLiteral("Teknologi")); // the feed files one article under it
    ui::FollowedTagNotifier notifier(app.storage, app.controller);
    QList<ui::FollowedTagNotifier::Message> shown;
    notifier.setShowMessage([&](const ui::FollowedTagNotifier::Message &m) { shown << m; });
    QSignalSpy checked(&notifier, &ui::FollowedTagNotifier::checked);

    QCOMPARE(app.refresh().newArticles, 2);
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().tag, QStringLiteral("Teknologi"));
    QCOMPARE(shown.first().body, ui::FollowedTagNotifier::compose({{QStringLiteral("Teknologi"), 1}}).body);
    QVERIFY2(shown.first().body.contains(QRegularExpression(QStringLiteral("^1 .*Teknologi$"))),
             qPrintable(shown.first().body));

    // The same feed again brings nothing new: no second notification.
    QCOMPARE(app.refresh().newArticles, 0);
    QTRY_COMPARE(checked.size(), 2);
    QCOMPARE(shown.size(), 1);
}

void TestUiTagsTray::notifierStaysQuietWhenSwitchedOffOrNothingFollowedArrived()
{
    RefreshStack app;
    app.subscribe(QStringLiteral("kabar.test"));
    app.follow(QStringLiteral("Ekonomi")); // followed, but not in this feed
    ui::FollowedTagNotifier notifier(app.storage, app.controller);
    int shown = 0;
    notifier.setShowMessage([&](const ui::FollowedTagNotifier::Message &) { ++shown; });
    QSignalSpy checked(&notifier, &ui::FollowedTagNotifier::checked);
    QCOMPARE(app.refresh().newArticles, 2);
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(shown, 0);

    // Switched off in the settings: a followed tag's new article says nothing either.
    app.settings.setNotifyFollowedTags(false);
    notifier.setEnabled([&app] { return app.settings.notifyFollowedTags(); });
    app.follow(QStringLiteral("Teknologi"));
    app.subscribe(QStringLiteral("kabar-lain.test")); // the same items, new to this feed
    QCOMPARE(app.refresh().newArticles, 2);
    QTRY_COMPARE(checked.size(), 2);
    QCOMPARE(shown, 0);
}

void TestUiTagsTray::notificationGroupsPerTagAndIsCapped()
{
    const auto m = ui::FollowedTagNotifier::compose({{QStringLiteral("Politik"), 5},
                                                     {QStringLiteral("Teknologi"), 3},
                                                     {QStringLiteral("Ekonomi"), 2},
                                                     {QStringLiteral("Olahraga"), 1},
                                                     {QStringLiteral("Hiburan"), 1}});
    const QStringList lines = m.body.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), ui::FollowedTagNotifier::kTagsShown + 1);
    QVERIFY(lines[0].startsWith(QStringLiteral("5 ")) && lines[0].endsWith(QStringLiteral("Politik")));
    QVERIFY(lines[2].startsWith(QStringLiteral("2 ")) && lines[2].endsWith(QStringLiteral("Ekonomi")));
    QVERIFY(!m.body.contains(QStringLiteral("Olahraga")));
    QVERIFY(lines[3].contains(QStringLiteral("2"))); // "and 2 more tags"
    QCOMPARE(m.tag, QStringLiteral("Politik")); // a click opens the busiest
    QVERIFY(!m.title.isEmpty());
    QVERIFY(ui::FollowedTagNotifier::compose({}).body.isEmpty());
}

void TestUiTagsTray::offlineSettingAppliesToTheNextRefresh()
{
    RefreshStack app;
    auto setOffline = [&app](bool on) {
        ui::SettingsDialog dialog(app.settings);
        dialog.findChild<QCheckBox *>(QStringLiteral("cacheForOffline"))->setChecked(on);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    };
    auto cachedIn = [&app](qint64 feed) {
        app.storage.drain();
        return app.storage.openReader()
            ->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE feed_id = %1 AND extracted_at IS NOT NULL").arg(feed))
            .toInt();
    };
    setOffline(false);
    const qint64 first = app.subscribe(QStringLiteral("kabar.test"));
    RefreshSummary summary = app.refresh();
    QCOMPARE(summary.newArticles, 2);
    QCOMPARE(summary.cached, 0);
    QCOMPARE(cachedIn(first), 0);
    QCOMPARE(app.server.requestCount("/berita/satu.html"), 0);

    // Switched on while running: the very next refresh caches the new articles' pages.
    setOffline(true);
    const qint64 second = app.subscribe(QStringLiteral("kabar-lain.test"));
    summary = app.refresh();
    QCOMPARE(summary.newArticles, 2);
    QVERIFY(summary.cached >= 2);
    QCOMPARE(cachedIn(second), 2);
    QVERIFY(app.server.requestCount("/berita/satu.html") > 0);
}

QTEST_MAIN(TestUiTagsTray)
#include "test_ui_tags_tray.moc"
