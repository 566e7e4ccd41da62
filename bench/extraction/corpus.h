#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QUrl>

#include <vector>

namespace warta::bench {

/// One page of the readability corpus: its case folder name and raw source.html bytes.
struct CorpusPage {
    QString name;
    QByteArray source;
};

/// Same URL Readability's own test harness (and test_content_readability) passes.
inline QUrl corpusPageUrl() { return QUrl(QStringLiteral("http://fakehost/test/page.html")); }

/// Every case folder of `dir` that has a source.html, sorted by name (the Node side sorts
/// the same way, so the two outputs line up row by row).
inline std::vector<CorpusPage> loadCorpus(const QString &dir)
{
    std::vector<CorpusPage> pages;
    const QDir root(dir);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(root.filePath(name + QStringLiteral("/source.html")));
        if (f.open(QIODevice::ReadOnly))
            pages.push_back({name, f.readAll()});
    }
    return pages;
}

} // namespace warta::bench
