#pragma once

// The metric of ../shared/tools/extraction_score.py (ScrapingHub benchmark): \w+ tokens,
// 4-word shingles with repeats, per-page TP/FP/FN normalised, P and R averaged over pages.
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace warta::test {

inline QStringList wordTokens(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(0));
    return out;
}

inline QHash<QString, int> shingles(const QStringList &t)
{
    QHash<QString, int> out;
    if (t.size() < 4) {
        if (!t.isEmpty())
            out[t.join(QLatin1Char(' '))] += 1;
        return out;
    }
    for (int i = 0; i + 4 <= t.size(); ++i)
        out[t.mid(i, 4).join(QLatin1Char(' '))] += 1;
    return out;
}

struct PageScore {
    double tp = 0, fp = 0, fn = 0;
    double precision() const { return (fp == 0 && fn == 0) ? 1.0 : (tp + fp > 0 ? tp / (tp + fp) : 0.0); }
    double recall() const { return (fp == 0 && fn == 0) ? 1.0 : (tp + fn > 0 ? tp / (tp + fn) : 0.0); }
};

inline PageScore scorePage(const QString &truth, const QString &pred)
{
    const auto t = shingles(wordTokens(truth));
    const auto p = shingles(wordTokens(pred));
    double tp = 0, fp = 0, fn = 0;
    for (auto it = t.begin(); it != t.end(); ++it) {
        const int pc = p.value(it.key());
        tp += std::min(pc, it.value());
        fn += std::max(0, it.value() - pc);
    }
    for (auto it = p.begin(); it != p.end(); ++it)
        fp += std::max(0, it.value() - t.value(it.key()));
    const double s = tp + fp + fn;
    return s > 0 ? PageScore{tp / s, fp / s, fn / s} : PageScore{};
}

} // namespace warta::test
