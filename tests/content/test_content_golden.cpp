// Golden test: every article of ../shared/fixtures/id-news must extract exactly as its
// expected/<slug>.json says; the manifest doubles as the PageLoader for later pages.
#include "content/extraction.h"
#include "test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace warta::content;

class ContentGolden : public QObject {
    Q_OBJECT
private slots:
    void articles_data();
    void articles();
};

static QString idNews() { return warta::test::sharedDir() + QStringLiteral("/fixtures/id-news/"); }

static QJsonObject manifest()
{
    return QJsonDocument::fromJson(warta::test::readFile(idNews() + QStringLiteral("manifest.json"))).object();
}

void ContentGolden::articles_data()
{
    QTest::addColumn<QJsonObject>("page");
    const QJsonObject outlets = manifest().value(QLatin1String("outlets")).toObject();
    for (auto it = outlets.begin(); it != outlets.end(); ++it)
        for (const QJsonValue &p : it.value().toObject().value(QLatin1String("pages")).toArray())
            if (p.toObject().contains(QLatin1String("expected")))
                QTest::newRow(qPrintable(p.toObject().value(QLatin1String("file")).toString())) << p.toObject();
}

static QString str(const QJsonValue &v) { return v.isNull() ? QString() : v.toString(); }

static void diffLists(const char *field, const QStringList &got, const QStringList &want, QStringList &problems)
{
    if (got == want)
        return;
    QString d = QStringLiteral("%1: got %2 entries, want %3\n").arg(QLatin1String(field)).arg(got.size()).arg(want.size());
    for (int i = 0; i < std::max(got.size(), want.size()); ++i) {
        const QString g = i < got.size() ? got[i] : QStringLiteral("<none>");
        const QString w = i < want.size() ? want[i] : QStringLiteral("<none>");
        if (g != w)
            d += QStringLiteral("  [%1]\n    got:  %2\n    want: %3\n").arg(i).arg(g, w);
    }
    problems.append(d);
}

void ContentGolden::articles()
{
    QFETCH(QJsonObject, page);
    QHash<QString, QJsonObject> byUrl;
    const QJsonObject outlets = manifest().value(QLatin1String("outlets")).toObject();
    for (const QJsonValue &o : outlets)
        for (const QJsonValue &p : o.toObject().value(QLatin1String("pages")).toArray())
            byUrl.insert(p.toObject().value(QLatin1String("url")).toString(), p.toObject());
    PageLoader loader = [&](const QUrl &u) -> std::optional<QByteArray> {
        const auto it = byUrl.constFind(u.toString());
        if (it == byUrl.constEnd())
            return std::nullopt;
        return warta::test::readFile(idNews() + it->value(QLatin1String("file")).toString());
    };
    const QByteArray html = warta::test::readFile(idNews() + page.value(QLatin1String("file")).toString());
    const Extraction e = extractArticle(html, QUrl(page.value(QLatin1String("url")).toString()),
                                        page.value(QLatin1String("content_type")).toString().toUtf8(), loader);
    const QJsonObject want = QJsonDocument::fromJson(warta::test::readFile(idNews() + page.value(QLatin1String("expected")).toString())).object();

    QStringList problems;
    auto same = [&](const char *field, const QString &got, const QString &w) {
        if (got != w)
            problems.append(QStringLiteral("%1:\n    got:  %2\n    want: %3").arg(QLatin1String(field), got, w));
    };
    same("title", e.title, str(want.value(QLatin1String("title"))));
    same("published_utc", e.published.isValid() ? e.published.toUTC().toString(Qt::ISODate) : QString(), str(want.value(QLatin1String("published_utc"))));
    same("byline", e.byline, str(want.value(QLatin1String("byline"))));
    same("editor", e.editor, str(want.value(QLatin1String("editor"))));
    same("source", e.source, str(want.value(QLatin1String("source"))));
    same("lead_image", e.leadImage, str(want.value(QLatin1String("lead_image"))));
    same("pages", QString::number(e.pages), QString::number(want.value(QLatin1String("pages")).toInt()));
    QStringList wantTags, wantRelated, gotRelated, wantParas;
    for (const QJsonValue &t : want.value(QLatin1String("tags")).toArray())
        wantTags.append(t.toString());
    for (const QJsonValue &r : want.value(QLatin1String("related")).toArray())
        wantRelated.append(r.toObject().value(QLatin1String("text")).toString() + QStringLiteral(" -> ") + r.toObject().value(QLatin1String("url")).toString());
    for (const auto &r : e.related)
        gotRelated.append(r.text + QStringLiteral(" -> ") + r.url);
    for (const QJsonValue &p : want.value(QLatin1String("body_paragraphs")).toArray())
        wantParas.append(p.toString());
    diffLists("tags", e.tags, wantTags, problems);
    diffLists("related", gotRelated, wantRelated, problems);
    diffLists("body_paragraphs", e.paragraphs, wantParas, problems);
    // The body HTML holds one marker per related block and never a script.
    QVERIFY(!e.html.contains(QLatin1String("<script")));
    if (!e.related.isEmpty())
        QVERIFY(e.html.contains(QLatin1String("class=\"warta-related\" data-related=\"0\"")));
    if (!problems.isEmpty())
        QFAIL(qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(ContentGolden)
#include "test_content_golden.moc"
