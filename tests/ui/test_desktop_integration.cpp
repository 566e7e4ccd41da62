// Desktop integration: one instance per user and database (a second launch hands over its
// arguments and exits), feed: links mapped to http(s), feed and OPML files recognised, and
// opening them asks before subscribing or importing.
#include "services/subscription_service.h"
#include "storage/feed_store.h"
#include "storage/storage.h"
#include "ui/open_request_handler.h"
#include "ui/single_instance.h"
#include "ui_test_fixture.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace warta;
using namespace warta::test;

namespace {

// The child process of secondInstance*: runs SingleInstance::start on the socket named in
// this variable with its own arguments and exits 0 when they were handed over.
const char *const kSecondaryEnv = "WARTA_TEST_SECONDARY_SOCKET";

int runAsSecondary(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ui::SingleInstance instance(qEnvironmentVariable(kSecondaryEnv));
    switch (instance.start(QCoreApplication::arguments())) {
    case ui::SingleInstance::Role::Secondary:
        return 0;
    case ui::SingleInstance::Role::Primary:
        return 3;
    case ui::SingleInstance::Role::Alone:
        break;
    }
    return 4;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kOpml = "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<opml version='2.0'>\n"
    "  <head><title>Langganan Budi</title></head>\n"
    "  <body>\n"
    "    <outline text='Berita'>\n"
    "      <outline type='rss' text='Kompas' xmlUrl='https://www.kompas.com/getrss/all'/>\n"
    "      <outline type='rss' text='CNN Indonesia' xmlUrl='https://www.cnnindonesia.com/rss'/>\n"
    "    </outline>\n"
    "  </body>\n"
    "</opml>\n";

const QByteArray kRss = "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<rss version='2.0' xmlns:atom='http://www.w3.org/2005/Atom'>\n"
    "  <channel>\n"
    "    <title>Republika Online</title>\n"
    "    <link>https://www.republika.co.id/</link>\n"
    "    <atom:link href='https://www.republika.co.id/rss' rel='self' type='application/rss+xml'/>\n"
    "    <item><title>Berita satu</title><link>https://www.republika.co.id/berita/1</link></item>\n"
    "  </channel>\n"
    "</rss>\n";

QMessageBox *waitForBox(QWidget *window, const QString &name)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor([&] {
        box = window->findChild<QMessageBox *>(name);
        return box && box->isVisible();
    }, 10000);
    return box;
}

} // namespace

class TestDesktopIntegration : public QObject {
    Q_OBJECT

private slots:
    void feedLinkMapping_data();
    void feedLinkMapping();
    void openArgumentsSkipOptions();
    void classifiesFiles();
    void secondInstanceForwardsArgumentsAndExits();
    void secondLaunchOfWartaForwardsToTheRunningOne();
    void staleSocketIsReplaced();
    void openingOpmlImportsAfterConfirmation();
    void feedLinkSubscribesAfterConfirmation();
    void feedFileSubscribesToWhereItIsPublished();
};

void TestDesktopIntegration::feedLinkMapping_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected"); // empty: not a feed link

    QTest::newRow("feed://") << "feed://www.antaranews.com/rss/terkini.xml"
                             << "http://www.antaranews.com/rss/terkini.xml";
    QTest::newRow("feed:https") << "feed:https://rss.detik.com/index.php/detikcom"
                                << "https://rss.detik.com/index.php/detikcom";
    QTest::newRow("feed:http") << "feed:http://example.com/rss?x=1" << "http://example.com/rss?x=1";
    QTest::newRow("feed://https://") << "feed://https://example.com/feed" << "https://example.com/feed";
    QTest::newRow("feed:host") << "feed:example.com/feed.xml" << "http://example.com/feed.xml";
    QTest::newRow("upper case") << "FEED://Example.com/rss" << "http://example.com/rss";
    QTest::newRow("percent-encoded") << "feed:https%3A%2F%2Fexample.com%2Frss" << "https://example.com/rss";
    QTest::newRow("feeds://") << "feeds://example.com/rss" << "https://example.com/rss";
    QTest::newRow("https as is") << "https://www.tempo.co/rss" << "https://www.tempo.co/rss";
    QTest::newRow("no host") << "feed://" << "";
    QTest::newRow("empty feed:") << "feed:" << "";
    QTest::newRow("other scheme inside") << "feed:ftp://example.com/rss" << "";
    QTest::newRow("mailto") << "mailto:redaksi@example.com" << "";
    QTest::newRow("file path") << "/home/budi/langganan.opml" << "";
}

void TestDesktopIntegration::feedLinkMapping()
{
    QFETCH(QString, link);
    QFETCH(QString, expected);
    const QUrl url = ui::feedLinkToHttp(link);
    if (expected.isEmpty())
        QVERIFY2(!url.isValid() || url.isEmpty(), qPrintable(url.toString()));
    else
        QCOMPARE(url.toString(), expected);
}

void TestDesktopIntegration::openArgumentsSkipOptions()
{
    const QStringList args{QStringLiteral("/usr/bin/warta"), QStringLiteral("--db"), QStringLiteral("x.db"),
                           QStringLiteral("--demo"), QStringLiteral("feed://example.com/rss"),
                           QStringLiteral("--article=5"), QStringLiteral("langganan.opml")};
    QCOMPARE(ui::openArguments(args),
             QStringList({QStringLiteral("feed://example.com/rss"), QStringLiteral("langganan.opml")}));
    QVERIFY(ui::openArguments({QStringLiteral("warta")}).isEmpty());
}

void TestDesktopIntegration::classifiesFiles()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("langganan.xml")), kOpml); // by content, not by name
    writeFile(dir.filePath(QStringLiteral("republika.rss")), kRss);
    writeFile(dir.filePath(QStringLiteral("catatan.txt")), "bukan umpan");

    ui::OpenRequest r = ui::classifyOpenArgument(QStringLiteral("langganan.xml"), dir.path());
    QCOMPARE(r.kind, ui::OpenRequest::Kind::OpmlFile);
    QCOMPARE(r.path, dir.filePath(QStringLiteral("langganan.xml")));

    r = ui::classifyOpenArgument(QUrl::fromLocalFile(dir.filePath(QStringLiteral("republika.rss"))).toString(),
                                 QStringLiteral("/"));
    QCOMPARE(r.kind, ui::OpenRequest::Kind::FeedFile);
    QCOMPARE(r.url, QUrl(QStringLiteral("https://www.republika.co.id/rss")));
    QCOMPARE(r.title, QStringLiteral("Republika Online"));

    r = ui::classifyOpenArgument(QStringLiteral("feed:https://example.com/rss"), dir.path());
    QCOMPARE(r.kind, ui::OpenRequest::Kind::Subscribe);
    QCOMPARE(r.url, QUrl(QStringLiteral("https://example.com/rss")));

    r = ui::classifyOpenArgument(QStringLiteral("catatan.txt"), dir.path());
    QCOMPARE(r.kind, ui::OpenRequest::Kind::Unsupported);
    QVERIFY(!r.error.isEmpty());
    r = ui::classifyOpenArgument(QStringLiteral("hilang.opml"), dir.path());
    QCOMPARE(r.kind, ui::OpenRequest::Kind::Unsupported);
    QVERIFY(r.error.contains(QStringLiteral("hilang.opml")));
}

void TestDesktopIntegration::secondInstanceForwardsArgumentsAndExits()
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("warta-test"));
    ui::SingleInstance primary(socket);
    QCOMPARE(primary.start({QStringLiteral("warta")}), ui::SingleInstance::Role::Primary);
    QSignalSpy activated(&primary, &ui::SingleInstance::activated);

    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kSecondaryEnv), socket);
    second.setProcessEnvironment(env);
    second.setWorkingDirectory(dir.path());
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("feed://example.com/rss"), QStringLiteral("langganan berita.opml")});
    QVERIFY(second.waitForStarted());
    // The event loop must run for the primary to answer; the child exits once it has.
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 20000);
    QVERIFY(QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);

    const QStringList args = activated.at(0).at(0).toStringList();
    QCOMPARE(args.mid(1), QStringList({QStringLiteral("feed://example.com/rss"), QStringLiteral("langganan berita.opml")}));
    QCOMPARE(QDir(activated.at(0).at(1).toString()).canonicalPath(), QDir(dir.path()).canonicalPath());
}

void TestDesktopIntegration::secondLaunchOfWartaForwardsToTheRunningOne()
{
    const QString warta = qEnvironmentVariable("WARTA_BINARY_DIR") + QStringLiteral("/warta");
    if (!QFileInfo(warta).isExecutable())
        QSKIP("the warta executable is not built");
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("run"));
    QFile::setPermissions(dir.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray oldRuntime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", dir.filePath(QStringLiteral("run")).toUtf8());
    const QString db = dir.filePath(QStringLiteral("warta.db"));
    ui::SingleInstance primary(ui::SingleInstance::socketNameFor(db));
    const ui::SingleInstance::Role role = primary.start({QStringLiteral("warta")});
    if (oldRuntime.isNull())
        qunsetenv("XDG_RUNTIME_DIR");
    else
        qputenv("XDG_RUNTIME_DIR", oldRuntime);
    QCOMPARE(role, ui::SingleInstance::Role::Primary);
    QVERIFY(primary.socketName().startsWith(dir.filePath(QStringLiteral("run/warta-"))));
    QSignalSpy activated(&primary, &ui::SingleInstance::activated);

    // The real program, as the desktop starts it for a feed link: it must hand over and exit
    // before it opens the database or shows anything.
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(warta, {QStringLiteral("--db"), db, QStringLiteral("feed:https://example.com/rss")});
    QVERIFY(second.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 30000);
    QVERIFY(QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(ui::openArguments(activated.at(0).at(0).toStringList()),
             QStringList({QStringLiteral("feed:https://example.com/rss")}));
    QVERIFY(!QFileInfo::exists(db)); // the second launch never opened the database
}

void TestDesktopIntegration::staleSocketIsReplaced()
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("warta-stale"));
    // A crashed instance leaves its socket file behind, and nothing accepts on it.
    writeFile(socket, QByteArray());
    ui::SingleInstance instance(socket);
    QCOMPARE(instance.start({QStringLiteral("warta")}, 1000), ui::SingleInstance::Role::Primary);
}

void TestDesktopIntegration::openingOpmlImportsAfterConfirmation()
{
    UiFixture fixture;
    QMainWindow window;
    window.show();
    ui::OpenRequestHandler handler(fixture.storage(), {}, {}, &window);
    QSignalSpy imported(&handler, &ui::OpenRequestHandler::imported);
    const QString path = fixture.path(QStringLiteral("langganan.opml"));
    writeFile(path, kOpml);
    auto feedCount = [&] {
        auto reader = fixture.storage().openReader();
        return FeedStore::all(*reader).size();
    };
    const auto before = feedCount();

    // Cancel: nothing is imported.
    handler.handleArguments({QStringLiteral("warta"), QUrl::fromLocalFile(path).toString()}, QStringLiteral("/"));
    QMessageBox *box = waitForBox(&window, QStringLiteral("importConfirmBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("2")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("langganan.opml")));
    box->button(QMessageBox::No)->click();
    QTest::qWait(200);
    QCOMPARE(imported.size(), 0);
    QCOMPARE(feedCount(), before);

    // Confirm: both feeds are subscribed, in their folder.
    handler.handleArguments({QStringLiteral("warta"), path}, QStringLiteral("/"));
    box = waitForBox(&window, QStringLiteral("importConfirmBox"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
    QCOMPARE(imported.at(0).at(0).toInt(), 2);
    QCOMPARE(imported.at(0).at(1).toInt(), 0);
    QCOMPARE(feedCount(), before + 2);
    {
        auto reader = fixture.storage().openReader();
        bool found = false;
        for (const Feed &feed : FeedStore::all(*reader)) {
            if (feed.url == QLatin1String("https://www.kompas.com/getrss/all")) {
                found = true;
                QCOMPARE(FeedStore::folderPath(*reader, feed.folderId), QStringLiteral("Berita"));
            }
        }
        QVERIFY(found);
    }

    // Again: duplicates are counted, nothing doubled.
    handler.handleArguments({QStringLiteral("warta"), path}, QStringLiteral("/"));
    box = waitForBox(&window, QStringLiteral("importConfirmBox"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 10000);
    QCOMPARE(imported.at(1).at(1).toInt(), 2);
    QCOMPARE(feedCount(), before + 2);
}

void TestDesktopIntegration::feedLinkSubscribesAfterConfirmation()
{
    UiFixture fixture;
    QMainWindow window;
    window.show();
    QList<QUrl> lookedUp;
    QList<Qt::HANDLE> subscribeThreads;
    Storage &storage = fixture.storage();
    ui::OpenRequestHandler handler(
        storage,
        [&lookedUp](const QUrl &url) {
            lookedUp.append(url);
            FeedCandidate c;
            c.feedUrl = url;
            c.title = QStringLiteral("Detikcom");
            c.items = 20;
            return QtFuture::makeReadyFuture(c);
        },
        [&storage, &subscribeThreads](const FeedCandidate &c, const QString &folder) {
            return QtConcurrent::run([&storage, &subscribeThreads, c, folder] {
                subscribeThreads.append(QThread::currentThreadId()); // read after the future ends
                return subscribe(storage, c, folder);
            });
        },
        &window);
    QSignalSpy subscribed(&handler, &ui::OpenRequestHandler::subscribed);

    handler.handleArguments({QStringLiteral("warta"), QStringLiteral("feed:https://rss.detik.com/index.php/detikcom")},
                            QStringLiteral("/"));
    QCOMPARE(lookedUp, QList<QUrl>({QUrl(QStringLiteral("https://rss.detik.com/index.php/detikcom"))}));
    QMessageBox *box = waitForBox(&window, QStringLiteral("subscribeConfirmBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Detikcom")));
    QVERIFY(box->informativeText().contains(QStringLiteral("https://rss.detik.com/index.php/detikcom")));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 10000);
    QVERIFY(subscribed.at(0).at(1).toBool()); // added
    QCOMPARE(subscribeThreads.size(), 1);
    QVERIFY(subscribeThreads.first() != QThread::currentThreadId()); // off the GUI thread
    auto reader = storage.openReader();
    const Feed feed = FeedStore::byId(*reader, subscribed.at(0).at(0).toLongLong());
    QCOMPARE(feed.url, QStringLiteral("https://rss.detik.com/index.php/detikcom"));
    QCOMPARE(feed.title, QStringLiteral("Detikcom"));
}

void TestDesktopIntegration::feedFileSubscribesToWhereItIsPublished()
{
    UiFixture fixture;
    QMainWindow window;
    window.show();
    QList<QUrl> lookedUp;
    ui::OpenRequestHandler handler(
        fixture.storage(),
        [&lookedUp](const QUrl &url) {
            lookedUp.append(url);
            FeedCandidate c;
            c.error = QStringLiteral("cannot fetch %1: host not found").arg(url.toString());
            return QtFuture::makeReadyFuture(c);
        },
        [](const FeedCandidate &, const QString &) { return QtFuture::makeReadyFuture(SubscribeResult{}); }, &window);
    QSignalSpy failed(&handler, &ui::OpenRequestHandler::failed);
    const QString path = fixture.path(QStringLiteral("republika.rss"));
    writeFile(path, kRss);

    handler.handleArguments({QStringLiteral("warta"), path}, QStringLiteral("/"));
    QCOMPARE(lookedUp, QList<QUrl>({QUrl(QStringLiteral("https://www.republika.co.id/rss"))}));
    // The look-up failed: told, nothing asked.
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("host not found")));
    QVERIFY(waitForBox(&window, QStringLiteral("openRequestErrorBox")));
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("subscribeConfirmBox")));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kSecondaryEnv))
        return runAsSecondary(argc, argv);
    QApplication app(argc, argv);
    TestDesktopIntegration test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_desktop_integration.moc"
