#include "ui/open_request_handler.h"

#include "feeds/feed_parser.h"
#include "feeds/opml.h"
#include "services/opml_service.h"
#include "services/subscription_service.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace warta::ui {

namespace {

constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

bool isHttp(const QUrl &url)
{
    return (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty();
}

bool startsWithHttp(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// Whether the bytes are an OPML document: the first element is <opml>.
bool looksLikeOpml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype at = 0;
    while ((at = head.indexOf('<', at)) >= 0) {
        const char next = at + 1 < head.size() ? head.at(at + 1) : '\0';
        if (next != '?' && next != '!')
            return head.mid(at + 1, 4) == "opml";
        ++at;
    }
    return false;
}

} // namespace

QUrl feedLinkToHttp(const QString &link)
{
    QString rest = link.trimmed();
    QString scheme;
    if (rest.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive)) {
        rest = rest.mid(5);
        scheme = QStringLiteral("http");
    } else if (rest.startsWith(QLatin1String("feeds:"), Qt::CaseInsensitive)) {
        rest = rest.mid(6);
        scheme = QStringLiteral("https");
    } else if (!startsWithHttp(rest)) {
        return {};
    }
    if (!scheme.isEmpty()) {
        if (rest.startsWith(QLatin1String("//")) && startsWithHttp(rest.mid(2)))
            rest = rest.mid(2); // feed://https://host/path, as some sites write it
        if (!startsWithHttp(rest)) {
            const QString decoded = QUrl::fromPercentEncoding(rest.toUtf8()); // feed:https%3A%2F%2F...
            if (startsWithHttp(decoded))
                rest = decoded;
            else if (rest.startsWith(QLatin1String("//")))
                rest = scheme + QLatin1Char(':') + rest;
            else if (rest.contains(QLatin1String("://")))
                return {}; // feed:ftp://...: another scheme inside
            else
                rest = scheme + QStringLiteral("://") + rest;
        }
    }
    QUrl url(rest, QUrl::TolerantMode);
    url.setScheme(url.scheme().toLower());
    return url.isValid() && isHttp(url) ? url : QUrl();
}

QStringList openArguments(const QStringList &arguments)
{
    // The same options as ui::parseCommandLine (startup.cpp), only to skip their values.
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("demo"), QString()},
                       {QStringLiteral("db"), QString(), QStringLiteral("path")},
                       {QStringLiteral("article"), QString(), QStringLiteral("id")},
                       {{QStringLiteral("h"), QStringLiteral("help")}, QString()},
                       {{QStringLiteral("v"), QStringLiteral("version")}, QString()}});
    (void)parser.parse(arguments); // unknown options were refused by parseCommandLine already
    return parser.positionalArguments();
}

OpenRequest classifyOpenArgument(const QString &argument, const QString &workingDirectory)
{
    OpenRequest request;
    if (const QUrl feed = feedLinkToHttp(argument); feed.isValid()) {
        request.kind = OpenRequest::Kind::Subscribe;
        request.url = feed;
        return request;
    }
    QString path = argument;
    if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(argument);
        if (!url.isLocalFile()) {
            request.error = QCoreApplication::translate("warta::ui::OpenRequestHandler", "%1 is not a local file.").arg(argument);
            return request;
        }
        path = url.toLocalFile();
    } else if (QUrl url(argument); url.scheme().size() > 1 && !url.host().isEmpty()) {
        request.error = QCoreApplication::translate("warta::ui::OpenRequestHandler", "Warta cannot open %1 links.")
                            .arg(url.scheme());
        return request;
    }
    request.path = QFileInfo(QDir(workingDirectory), path).absoluteFilePath();

    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        request.error = QCoreApplication::translate("warta::ui::OpenRequestHandler", "Cannot open %1: %2")
                            .arg(request.path, file.errorString());
        return request;
    }
    const QByteArray bytes = file.read(kMaxFileBytes);
    if (looksLikeOpml(bytes)) {
        request.kind = OpenRequest::Kind::OpmlFile;
        return request;
    }
    const feeds::ParsedFeed feed = feeds::parseFeed(bytes, QUrl::fromLocalFile(request.path));
    if (feed.format.isEmpty()) {
        request.error = QCoreApplication::translate("warta::ui::OpenRequestHandler",
                                                    "%1 is neither a feed nor an OPML file.")
                            .arg(request.path);
        return request;
    }
    // Where the document is published: its self link, else its site (autodiscovery).
    for (const feeds::Link &link : feed.links) {
        if (link.rel == QLatin1String("self") && isHttp(QUrl(link.href))) {
            request.url = QUrl(link.href);
            break;
        }
    }
    if (request.url.isEmpty() && isHttp(QUrl(feed.link)))
        request.url = QUrl(feed.link);
    request.title = feed.title.simplified();
    if (request.url.isEmpty()) {
        request.error = QCoreApplication::translate("warta::ui::OpenRequestHandler",
                                                    "The feed file %1 does not say where the feed is "
                                                    "published, so Warta cannot subscribe to it.")
                            .arg(request.path);
        return request;
    }
    request.kind = OpenRequest::Kind::FeedFile;
    return request;
}

OpenRequestHandler::OpenRequestHandler(Storage &storage, Finder finder, Subscriber subscriber, QWidget *window,
                                       QObject *parent)
    : QObject(parent), m_storage(storage), m_window(window), m_findFeed(std::move(finder)),
      m_subscribe(std::move(subscriber))
{
}

OpenRequestHandler::~OpenRequestHandler()
{
    for (QFuture<void> &job : m_jobs)
        job.waitForFinished();
}

void OpenRequestHandler::handleArguments(const QStringList &arguments, const QString &workingDirectory)
{
    for (const QString &argument : openArguments(arguments))
        open(classifyOpenArgument(argument, workingDirectory));
}

void OpenRequestHandler::open(const OpenRequest &request)
{
    switch (request.kind) {
    case OpenRequest::Kind::Subscribe:
        lookUp(request.url, QString());
        break;
    case OpenRequest::Kind::FeedFile:
        lookUp(request.url, request.title);
        break;
    case OpenRequest::Kind::OpmlFile:
        importOpmlFile(request.path);
        break;
    case OpenRequest::Kind::Unsupported:
        showError(tr("Cannot open"), request.error);
        break;
    }
}

void OpenRequestHandler::lookUp(const QUrl &url, const QString &fileTitle)
{
    if (!m_findFeed || !m_subscribe) {
        showError(tr("Cannot subscribe"), tr("This build of Warta cannot subscribe to feeds."));
        return;
    }
    showMessage(tr("Looking for the feed at %1…").arg(url.toDisplayString()));
    QFuture<FeedCandidate> job = m_findFeed(url);
    track(QFuture<void>(job));
    job.then(this, [this, fileTitle](const FeedCandidate &found) {
        if (!found.error.isEmpty()) {
            showError(tr("Cannot subscribe"), tr("No feed found:\n%1").arg(found.error));
            return;
        }
        FeedCandidate candidate = found;
        if (candidate.title.isEmpty())
            candidate.title = fileTitle;
        confirmSubscription(candidate);
    }).onFailed(this, [this](const std::exception &e) {
        showError(tr("Cannot subscribe"), QString::fromUtf8(e.what()));
    });
}

void OpenRequestHandler::confirmSubscription(const FeedCandidate &candidate)
{
    const QString name = candidate.title.isEmpty() ? candidate.feedUrl.toDisplayString() : candidate.title;
    QMessageBox *box = confirmBox(QStringLiteral("subscribeConfirmBox"), tr("Subscribe"),
                                  tr("Subscribe to “%1”?").arg(name),
                                  tr("Feed address: %1").arg(candidate.feedUrl.toDisplayString()), tr("Subscribe"));
    connect(box, &QMessageBox::finished, this, [this, candidate](int result) {
        if (result != QMessageBox::Yes)
            return;
        QFuture<SubscribeResult> job = m_subscribe(candidate, QString());
        track(QFuture<void>(job));
        job.then(this, [this](const SubscribeResult &result) {
               showMessage(result.added ? tr("Subscribed to “%1”.").arg(result.title)
                                        : tr("“%1” is already among your subscriptions.").arg(result.title));
               emit subscribed(result.feedId, result.added, result.title);
           }).onFailed(this, [this](const std::exception &e) {
            showError(tr("Cannot subscribe"), QString::fromUtf8(e.what()));
        });
    });
    box->open();
}

void OpenRequestHandler::importOpmlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot import"), tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray opml = file.read(kMaxFileBytes);
    const feeds::OpmlDocument doc = feeds::parseOpml(opml);
    if (!doc.error.isEmpty() || doc.entries.isEmpty()) {
        showError(tr("Cannot import"),
                  tr("%1 holds no subscriptions Warta can import.").arg(path)
                      + (doc.error.isEmpty() ? QString() : QStringLiteral("\n") + doc.error));
        return;
    }
    QMessageBox *box = confirmBox(QStringLiteral("importConfirmBox"), tr("Import subscriptions"),
                                  tr("Import %n subscription(s) from %1?", nullptr, int(doc.entries.size()))
                                      .arg(QFileInfo(path).fileName()),
                                  doc.title, tr("Import"));
    connect(box, &QMessageBox::finished, this, [this, opml](int result) {
        if (result != QMessageBox::Yes)
            return;
        QFuture<OpmlImportReport> job = importOpml(m_storage, opml);
        track(QFuture<void>(job));
        job.then(this, [this](const OpmlImportReport &report) {
               QString message = tr("Imported %n new subscription(s).", nullptr, report.added);
               if (report.duplicates)
                   message += QLatin1Char(' ') + tr("%n already followed.", nullptr, report.duplicates);
               showMessage(message);
               emit imported(report.added, report.duplicates);
           }).onFailed(this, [this](const std::exception &e) {
            showError(tr("Cannot import"), QString::fromUtf8(e.what()));
        });
    });
    box->open();
}

QMessageBox *OpenRequestHandler::confirmBox(const QString &objectName, const QString &title, const QString &text,
                                            const QString &details, const QString &acceptText)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->button(QMessageBox::Yes)->setText(acceptText);
    box->button(QMessageBox::No)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setEscapeButton(QMessageBox::No);
    return box;
}

void OpenRequestHandler::showMessage(const QString &message)
{
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(message, 8000);
}

void OpenRequestHandler::showError(const QString &title, const QString &message)
{
    showMessage(QString());
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("openRequestErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit failed(message);
}

void OpenRequestHandler::track(const QFuture<void> &job)
{
    m_jobs.removeIf([](const QFuture<void> &done) { return done.isFinished(); });
    m_jobs.append(job);
}

} // namespace warta::ui
