// A reader's first day, end to end on real services: subscribe to a loopback site through
// the add-feed dialog (autodiscovery from the home page, preview, folder), refresh, read an
// article with its "Baca Juga" cards and a cached picture, open an uncached card inside
// Warta, stop the server and read everything again offline, save to a new collection,
// restart, find it there and export it with the picture inlined.
#include "e2e_site.h"
#include "net/fetcher.h"
#include "services/refresh_service.h"
#include "services/site_icon_service.h"
#include "storage/storage.h"
#include "ui/add_feed_dialog.h"
#include "ui/article_list_model.h"
#include "ui/article_page.h"
#include "ui/article_scheme_handler.h"
#include "ui/article_view.h"
#include "ui/main_window.h"
#include "ui/service_refresh_controller.h"
#include "ui/ui_settings.h"
#include "ui_test_helpers.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>

#include <memory>

using namespace warta;
using namespace warta::test;

namespace {
/// Every URL the pane's profile asks for, to prove what was (not) requested.
class RecordingInterceptor : public QWebEngineUrlRequestInterceptor {
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override { urls << info.requestUrl(); }
    QList<QUrl> urls;
};

// The colour near the top left of the feed's icon in the feed list (an error badge
// would sit at the lower right).
QColor feedIconColor(const QAbstractItemModel *tree, const QString &feed)
{
    const QModelIndex row = findRow(tree, feed);
    if (!row.isValid())
        return {};
    const QImage icon = row.data(Qt::DecorationRole).value<QIcon>().pixmap(32, 32).toImage();
    return icon.isNull() ? QColor() : icon.pixelColor(8, 8);
}

bool hasColor(const QImage &image, const QColor &color)
{
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) < 12 && qAbs(c.green() - color.green()) < 12 &&
                qAbs(c.blue() - color.blue()) < 12)
                return true;
        }
    return false;
}
} // namespace

class TestUiEndToEnd : public QObject {
    Q_OBJECT
public:
    static void initMain() { ui::registerUrlSchemes(); }

private slots:
    void readerSubscribesReadsOfflineSavesAndExports();

private:
    void startApp();
    void stopApp();
    void selectFeedAndArticle(const QString &feed, const QString &title);
    [[nodiscard]] QWebEngineView *web() const { return m_window->articleView().webView(); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<net::Fetcher> m_fetcher;
    std::unique_ptr<RefreshService> m_service;
    std::unique_ptr<ui::ServiceRefreshController> m_refresh;
    std::unique_ptr<SiteIconService> m_icons;
    std::unique_ptr<ui::MainWindow> m_window;
    RecordingInterceptor *m_interceptor = nullptr;
};

// What app/main.cpp builds, in the same order.
void TestUiEndToEnd::startApp()
{
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<ui::UiSettings>(*m_qsettings);
    m_storage = std::make_unique<Storage>(m_dir.filePath(QStringLiteral("warta.db")));
    m_fetcher = std::make_unique<net::Fetcher>();
    m_service = std::make_unique<RefreshService>(*m_storage, *m_fetcher);
    m_refresh = std::make_unique<ui::ServiceRefreshController>(*m_service, *m_storage);
    m_icons = std::make_unique<SiteIconService>(*m_storage, *m_fetcher);
    m_icons->followRefreshes(*m_service);
    m_window = std::make_unique<ui::MainWindow>(*m_storage, *m_settings, m_refresh.get());
    m_window->setNetworkHooks(ui::makeNetworkHooks(*m_storage, *m_fetcher));
    m_window->setUrlOpener([](const QUrl &url) { QFAIL(qPrintable(QStringLiteral("went to the browser: ") + url.toString())); });
    m_interceptor = new RecordingInterceptor(m_window.get());
    m_window->articleView().profile()->setUrlRequestInterceptor(m_interceptor);
    m_window->resize(1300, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiEndToEnd::stopApp()
{
    m_window->close();
    m_window.reset();
    m_icons.reset();
    m_refresh.reset();
    m_service.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_fetcher.reset();
    m_storage->drain();
    m_storage.reset();
    m_settings.reset();
    m_qsettings.reset();
}

void TestUiEndToEnd::selectFeedAndArticle(const QString &feed, const QString &title)
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("feedTree"));
    QModelIndex feedIndex;
    QVERIFY(QTest::qWaitFor([&] { return (feedIndex = findRow(tree->model(), feed)).isValid(); }, 10000));
    tree->selectionModel()->select(feedIndex, QItemSelectionModel::ClearAndSelect);
    auto *list = m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    QModelIndex row;
    QVERIFY(QTest::qWaitFor([&] { return (row = findRow(list->model(), title)).isValid(); }, 10000));
    list->selectRow(row.row());
    QVERIFY(waitForPageText(web(), title));
}

void TestUiEndToEnd::readerSubscribesReadsOfflineSavesAndExports()
{
    QVERIFY(m_dir.isValid());
    auto server = std::make_unique<LoopbackHttpServer>();
    E2eSite::serve(*server);
    startApp();
    QSignalSpy finished(m_refresh.get(), &ui::RefreshController::finished);

    // Add feed: the home page's address, autodiscovery, preview, a new folder.
    m_window->findChild<QAction *>(QStringLiteral("addFeedAction"))->trigger();
    auto *dialog = m_window->findChild<ui::AddFeedDialog *>(QStringLiteral("addFeedDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("feedUrlEdit"))->setText(server->url(QStringLiteral("/")).toString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("findFeedButton")), Qt::LeftButton);
    auto *subscribe = dialog->findChild<QPushButton *>(QStringLiteral("subscribeButton"));
    QTRY_VERIFY_WITH_TIMEOUT(subscribe->isEnabled(), 15000);
    const QString preview = dialog->findChild<QLabel *>(QStringLiteral("feedPreview"))->text();
    QVERIFY2(preview.contains(QLatin1String(E2eSite::kFeedTitle)) && preview.contains(QLatin1String("rss.xml")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("2")), qPrintable(preview)); // two items previewed
    dialog->findChild<QComboBox *>(QStringLiteral("feedFolderCombo"))->setEditText(QStringLiteral("Lokal"));
    QTest::mouseClick(subscribe, Qt::LeftButton);

    // Subscribing refreshes the new feed, pages and pictures included.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QCOMPARE(finished.first().first().toInt(), 2);
    const QAbstractItemModel *feeds = m_window->findChild<QTreeView *>(QStringLiteral("feedTree"))->model();
    QTRY_VERIFY(findRow(feeds, QStringLiteral("Lokal")).isValid());
    // The site's icon (declared by its home page) follows the refresh into the feed list.
    QTRY_COMPARE_WITH_TIMEOUT(feedIconColor(feeds, QLatin1String(E2eSite::kFeedTitle)), E2eSite::kIconColor, 20000);

    // Read: body, both cards (one already saved), the picture from the cache.
    selectFeedAndArticle(QLatin1String(E2eSite::kFeedTitle), QLatin1String(E2eSite::kFirstTitle));
    QVERIFY(waitForPageText(web(), QLatin1String(E2eSite::kFirstBodyText)));
    QString text = pageText(web());
    QCOMPARE(text.count(QStringLiteral("Baca Juga"), Qt::CaseInsensitive), 2);
    QVERIFY(text.contains(QLatin1String(E2eSite::kSecondTitle)));
    QVERIFY(text.contains(QLatin1String(E2eSite::kOutsideTitle)));
    QTRY_VERIFY_WITH_TIMEOUT(hasColor(web()->grab().toImage(), E2eSite::kImageColor), 10000);

    // The uncached card opens inside Warta (fetched and cached), never in the browser.
    const QString html = pageHtml(web());
    const QRegularExpressionMatch card = QRegularExpression(QStringLiteral("href=\"(warta://related/[^\"]+)\"")).match(html);
    QVERIFY2(card.hasMatch(), qPrintable(html.left(3000)));
    const qint64 first = m_window->articleView().articleId();
    // What ArticlePage::acceptNavigationRequest reports for a click on the card.
    emit static_cast<ui::ArticlePage *>(web()->page())->linkClicked(QUrl(card.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->articleView().articleId() != first, 15000);
    QVERIFY(waitForPageText(web(), QLatin1String(E2eSite::kOutsideBodyText)));
    const qint64 outside = m_window->articleView().articleId();

    // Offline: the server is gone; both articles still read, picture included.
    server->stop();
    server.reset();
    m_interceptor->urls.clear();
    m_window->openArticle(first);
    QVERIFY(waitForPageText(web(), QLatin1String(E2eSite::kFirstBodyText)));
    QTRY_VERIFY_WITH_TIMEOUT(hasColor(web()->grab().toImage(), E2eSite::kImageColor), 10000);
    text = pageText(web());
    QCOMPARE(text.count(QStringLiteral("saved offline"), Qt::CaseInsensitive), 2); // both cards now cached
    for (const QUrl &url : std::as_const(m_interceptor->urls))
        QVERIFY2(url.scheme() == QLatin1String("warta"), qPrintable(url.toString()));
    m_window->openArticle(outside);
    QVERIFY(waitForPageText(web(), QLatin1String(E2eSite::kOutsideBodyText)));

    // A refresh now reaches no feed: the status bar says "Offline"; reading goes on.
    auto *offline = m_window->findChild<QLabel *>(QStringLiteral("offlineLabel"));
    QVERIFY(offline && !offline->isVisible());
    finished.clear();
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QTRY_VERIFY(offline->isVisible());

    // Save the first article to a new collection through the menu's prompt.
    m_window->openArticle(first);
    QVERIFY(waitForPageText(web(), QLatin1String(E2eSite::kFirstBodyText)));
    QTimer::singleShot(0, [] {
        QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        input->setTextValue(QStringLiteral("Bacaan Akhir Pekan"));
        input->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("saveToCollectionAction"))->trigger();
    m_storage->drain();

    // Restart: a new storage, window and services on the same files.
    stopApp();
    startApp();
    // The icon is stored with the feed: still there with the site gone.
    QTRY_COMPARE(feedIconColor(m_window->findChild<QTreeView *>(QStringLiteral("feedTree"))->model(),
                               QLatin1String(E2eSite::kFeedTitle)), E2eSite::kIconColor);
    auto *collections = m_window->findChild<QWidget *>(QStringLiteral("collectionsPanel"))->findChild<QListView *>();
    QVERIFY(collections);
    QModelIndex saved;
    QTRY_VERIFY((saved = findRow(collections->model(), QStringLiteral("Bacaan Akhir Pekan"))).isValid());
    collections->selectionModel()->select(saved, QItemSelectionModel::ClearAndSelect);
    collections->setCurrentIndex(saved);
    auto *list = m_window->findChild<QTableView *>(QStringLiteral("articleList"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->model()->index(0, ui::ArticleListModel::TitleColumn).data().toString().startsWith(QLatin1String(E2eSite::kFirstTitle)));

    // Export: one file that reads anywhere, the picture inside it.
    const QString exported = m_dir.filePath(QStringLiteral("bacaan.html"));
    m_window->setSaveFileChooser([exported](const QString &, const QString &, const QString &) { return exported; });
    m_window->exportCollection(QStringLiteral("Bacaan Akhir Pekan"), QStringLiteral("html"));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.contains(E2eSite::kFirstBodyText));
    QVERIFY(data.contains("src=\"data:image/png;base64,"));
    QVERIFY(!data.contains("warta://image/"));
    stopApp();
}

QTEST_MAIN(TestUiEndToEnd)
#include "test_ui_end_to_end.moc"
