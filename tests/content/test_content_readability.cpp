// Regression test over Mozilla Readability's test pages (../shared/corpora): the running
// text must keep scoring like Readability's own output (shingle F1, same metric as
// ../shared/tools/extraction_score.py) and titles must match. Also reports time per page.
// Set WARTA_EXTRACT_OUT=dir to write <case>.txt files for the Python scorer.
#include "content/extraction.h"
#include "content/html_document.h"
#include "shingle_score.h"
#include "test_paths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include "core/text_utils.h"

using namespace warta::content;

// Floors set just below the figures measured when this test was written (docs/extraction.md).
constexpr double kMinF1 = 0.97;
constexpr double kMinTitleShare = 0.97;

static void truthText(const xmlNode *n, QString &out, int depth)
{
    static const QSet<QString> blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "blockquote",
                                         "figcaption", "section", "article", "table", "ul", "ol"};
    for (const xmlNode *c = n->children; c && depth < 400; c = c->next) {
        if (dom::isText(c)) {
            out += dom::textContent(c);
        } else if (dom::isElement(c) && !dom::is(c, "script") && !dom::is(c, "style")) {
            const bool block = blocks.contains(dom::tag(c));
            if (block)
                out += QLatin1Char('\n');
            truthText(c, out, depth + 1);
            if (block)
                out += QLatin1Char('\n');
        }
    }
}

class ContentReadability : public QObject {
    Q_OBJECT
private slots:
    void corpus();
};

void ContentReadability::corpus()
{
    const QDir dir(warta::test::sharedDir() + QStringLiteral("/corpora/readability-test-pages"));
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 100);
    const QString outDir = qEnvironmentVariable("WARTA_EXTRACT_OUT");
    double sumP = 0, sumR = 0;
    int nP = 0, nR = 0, titles = 0, pages = 0;
    qint64 nanos = 0;
    QList<QPair<double, QString>> worst;
    for (const QString &c : cases) {
        const QString base = dir.filePath(c);
        if (!QFile::exists(base + QStringLiteral("/expected.html")))
            continue;
        ++pages;
        const QByteArray source = warta::test::readFile(base + QStringLiteral("/source.html"));
        QElapsedTimer timer;
        timer.start();
        const Extraction e = extractArticle(source, QUrl(QStringLiteral("http://fakehost/test/page.html")));
        nanos += timer.nsecsElapsed();
        const QString pred = e.paragraphs.join(QStringLiteral("\n\n"));
        QString truth;
        {
            const HtmlDocument expected(warta::test::readFile(base + QStringLiteral("/expected.html")));
            truthText(expected.root(), truth, 0);
        }
        const warta::test::PageScore s = warta::test::scorePage(truth, pred);
        if (s.tp + s.fp > 0) {
            sumP += s.precision();
            ++nP;
        }
        if (s.tp + s.fn > 0) {
            sumR += s.recall();
            ++nR;
        }
        const double f = s.precision() + s.recall() > 0 ? 2 * s.precision() * s.recall() / (s.precision() + s.recall()) : 0;
        worst.append({f, c});
        const QJsonObject meta = QJsonDocument::fromJson(warta::test::readFile(base + QStringLiteral("/expected-metadata.json"))).object();
        const QString wantTitle = warta::collapseWhitespace(meta.value(QLatin1String("title")).toString());
        if (wantTitle == warta::collapseWhitespace(e.title))
            ++titles;
        else if (qEnvironmentVariableIsSet("WARTA_VERBOSE"))
            qInfo().noquote() << "title" << c << "got:" << e.title << "want:" << wantTitle;
        if (!outDir.isEmpty()) {
            QDir().mkpath(outDir);
            QFile f(outDir + QLatin1Char('/') + c + QStringLiteral(".txt"));
            if (f.open(QIODevice::WriteOnly))
                f.write(pred.toUtf8());
        }
    }
    std::sort(worst.begin(), worst.end());
    for (int i = 0; i < std::min<int>(8, worst.size()); ++i)
        qInfo().noquote() << QStringLiteral("worst %1 F1=%2").arg(worst[i].second).arg(worst[i].first, 0, 'f', 3);
    const double P = nP ? sumP / nP : 0, R = nR ? sumR / nR : 0;
    const double F1 = P + R > 0 ? 2 * P * R / (P + R) : 0;
    const double titleShare = double(titles) / pages;
    qInfo().noquote() << QStringLiteral("readability corpus: pages=%1 F1=%2 P=%3 R=%4 titles=%5/%1 (%6) extraction %7 ms/page")
                             .arg(pages).arg(F1, 0, 'f', 3).arg(P, 0, 'f', 3).arg(R, 0, 'f', 3).arg(titles)
                             .arg(titleShare, 0, 'f', 3).arg(nanos / 1e6 / pages, 0, 'f', 2);
    QVERIFY2(F1 >= kMinF1, qPrintable(QStringLiteral("F1 %1 fell below %2").arg(F1).arg(kMinF1)));
    QVERIFY2(titleShare >= kMinTitleShare, qPrintable(QStringLiteral("titles %1 fell below %2").arg(titleShare).arg(kMinTitleShare)));
}

QTEST_GUILESS_MAIN(ContentReadability)
#include "test_content_readability.moc"
