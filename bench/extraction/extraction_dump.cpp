// Writes every field of extractArticle's result for each corpus page to <out dir>/<case>.txt,
// so a speed change can be checked byte for byte (diff -r before/ after/).
// Usage: extraction_dump <corpus dir> <out dir>
#include "corpus.h"
#include "content/extraction.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

using warta::content::Extraction;

static void write(QTextStream &out, const Extraction &e)
{
    out << "title: " << e.title << "\nbyline: " << e.byline << "\neditor: " << e.editor << "\nsource: " << e.source
        << "\nsiteName: " << e.siteName << "\nlanguage: " << e.language << "\nleadImage: " << e.leadImage
        << "\npublished: " << e.published.toString(Qt::ISODateWithMs) << "\npages: " << e.pages << "\nerror: " << e.error
        << "\ntags: " << e.tags.join(QStringLiteral(" | ")) << "\nimages: " << e.imageUrls.join(QStringLiteral(" | ")) << '\n';
    for (const warta::RelatedLink &r : e.related)
        out << "related: " << r.position << ' ' << r.url << ' ' << r.text << '\n';
    for (const QString &p : e.paragraphs)
        out << "p: " << p << '\n';
    out << "html:\n" << e.html << '\n';
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s <corpus dir> <out dir>\n", argv[0]);
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    for (const auto &page : warta::bench::loadCorpus(QString::fromLocal8Bit(argv[1]))) {
        QFile f(outDir + QLatin1Char('/') + page.name + QStringLiteral(".txt"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
        QTextStream out(&f);
        write(out, warta::content::extractArticle(page.source, warta::bench::corpusPageUrl()));
    }
    return 0;
}
