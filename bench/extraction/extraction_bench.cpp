// Times warta::content::extractArticle on every page of the readability corpus.
// Usage: extraction_bench <corpus dir> [repetitions]
// Prints "<case>\t<median ms>" per page; run.sh joins this with the Readability side.
#include "corpus.h"
#include "content/extraction.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

static double median(std::vector<double> xs)
{
    std::sort(xs.begin(), xs.end());
    const size_t m = xs.size() / 2;
    return xs.size() % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
}

int main(int argc, char **argv)
{
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/work/shared/corpora/readability-test-pages");
    const int reps = std::max(1, argc > 2 ? std::atoi(argv[2]) : 5);
    const auto pages = warta::bench::loadCorpus(dir);
    if (pages.empty()) {
        std::fprintf(stderr, "no pages under %s\n", qPrintable(dir));
        return 1;
    }
    const QUrl url = warta::bench::corpusPageUrl();
    std::vector<std::vector<double>> times(pages.size());
    qsizetype sink = 0; // uses each result so the call cannot be dropped
    // Rounds outermost, like the Node side: every page sees the same cache/heap history.
    for (int r = 0; r < reps; ++r) {
        for (size_t i = 0; i < pages.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            const warta::content::Extraction e = warta::content::extractArticle(pages[i].source, url);
            times[i].push_back(timer.nsecsElapsed() / 1e6);
            sink += e.html.size();
        }
    }
    for (size_t i = 0; i < pages.size(); ++i)
        std::printf("%s\t%.3f\n", qPrintable(pages[i].name), median(times[i]));
    std::fprintf(stderr, "warta: %zu pages x %d reps (chars %lld)\n", pages.size(), reps, static_cast<long long>(sink));
    return 0;
}
