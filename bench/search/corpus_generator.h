#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace warta::bench {

/// Deterministic Indonesian-looking news text: real roots inflected with real affixes and
/// sound changes (menolak, ditolak, penolakan...), Zipf-distributed, mixed with the function
/// words that make up a third of real Indonesian prose.
class CorpusGenerator {
public:
    explicit CorpusGenerator(unsigned seed = 42);

    struct Article {
        QString title, summary, body;
        QStringList tags;
    };
    Article article();
    /// A word form as a reader would type it: a root or an inflected form.
    QString queryWord(bool common);
    QString tag();
    static const QStringList &roots();

private:
    QString word();
    QString sentence(int words);
    std::mt19937 m_rng;
    std::vector<double> m_zipf;
    std::discrete_distribution<int> m_rootDist;
};

/// All the affixed forms the generator makes of `root`.
QStringList inflections(const QString &root);

} // namespace warta::bench
