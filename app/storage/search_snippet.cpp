#include "storage/search_snippet.h"

#include "text/indonesian_stemmer.h"
#include "text/stopwords.h"

#include <QList>

#include <unordered_map>

namespace warta {

namespace {

const text::IndonesianStemmer &stemmer()
{
    static const text::IndonesianStemmer instance;
    return instance;
}

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    int key = -1; ///< index of the query key it matches, -1 for none
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QString folded(QStringView word)
{
    QString lower = word.toString().toLower();
    bool ascii = true;
    for (QChar c : lower)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return lower;
    // remove_diacritics 2: decompose and drop the combining marks ("kafé" is "kafe").
    const QString decomposed = lower.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (!c.isMark())
            out += c;
    return out;
}

struct Window {
    int distinct = 0;
    int hits = 0;
    qsizetype first = 0; ///< first token of the window
};

} // namespace

std::string SearchSnippets::indexKey(QStringView word)
{
    // News text repeats its words and stemming costs dictionary look-ups: cache per thread
    // (search runs on reader threads), bounded like the tokenizer's cache.
    thread_local std::unordered_map<std::u16string, std::string> cache;
    std::u16string raw(reinterpret_cast<const char16_t *>(word.data()), size_t(word.size()));
    if (const auto it = cache.find(raw); it != cache.end())
        return it->second;
    const QByteArray utf8 = folded(word).toUtf8();
    const std::string_view view(utf8.constData(), size_t(utf8.size()));
    std::string key = text::isStopword(view) ? std::string() : stemmer().stem(view);
    if (cache.size() >= 50000)
        cache.clear();
    cache.emplace(std::move(raw), key);
    return key;
}

SearchSnippets::SearchSnippets(const QStringList &words)
{
    for (const QString &w : words)
        if (std::string key = indexKey(w); !key.empty())
            m_keys.insert(std::move(key));
    // An affixed form holds its root but for the first letter, which a prefix may change
    // (menolak: tolak, memukul: pukul, menyapu: sapu), so stemming only words that hold the
    // rest of a key skips nearly every word of a text.
    for (const std::string &key : m_keys) {
        const QString k = QString::fromStdString(key);
        m_needles << (k.size() >= 3 ? k.mid(1) : k);
    }
}

bool SearchSnippets::mayMatch(QStringView word) const
{
    for (QChar c : word)
        if (c.unicode() >= 0x80)
            return true; // folding may change it: take the exact path
    for (const QString &needle : m_needles)
        if (word.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

QString SearchSnippets::snippet(const QStringList &columns, int windowWords) const
{
    // Keys as small numbers, so a window can count the different ones it holds.
    std::unordered_map<std::string, int> keyIds;
    for (const std::string &k : m_keys)
        keyIds.emplace(k, int(keyIds.size()));

    int bestColumn = -1;
    Window best;
    QList<Token> bestTokens;
    for (int c = 0; c < columns.size(); ++c) {
        const QString &text = columns[c];
        QList<Token> tokens;
        for (qsizetype i = 0; i < text.size();) {
            if (!isWordChar(text[i])) {
                ++i;
                continue;
            }
            Token t{i, i, -1};
            while (t.end < text.size() && isWordChar(text[t.end]))
                ++t.end;
            const QStringView word = QStringView(text).mid(t.start, t.end - t.start);
            if (mayMatch(word))
                if (const auto it = keyIds.find(indexKey(word)); it != keyIds.end())
                    t.key = it->second;
            tokens.append(t);
            i = t.end;
        }
        // Slide a window over the tokens; the best holds the most different keys, then the most hits.
        std::vector<int> counts(keyIds.size(), 0);
        Window w;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (const int k = tokens[i].key; k >= 0) {
                w.distinct += counts[size_t(k)]++ == 0;
                ++w.hits;
            }
            if (i >= windowWords) {
                if (const int k = tokens[i - windowWords].key; k >= 0) {
                    w.distinct -= --counts[size_t(k)] == 0;
                    --w.hits;
                }
            }
            w.first = std::max<qsizetype>(0, i - windowWords + 1);
            if (w.distinct > best.distinct || (w.distinct == best.distinct && w.hits > best.hits)) {
                best = w;
                bestColumn = c;
                bestTokens = tokens;
            }
        }
    }
    if (bestColumn < 0) {
        // Nothing matched in text (a tag or a filter did): the start of the first column with text.
        for (int c = 0; c < columns.size() && bestColumn < 0; ++c) {
            if (columns[c].trimmed().isEmpty())
                continue;
            bestColumn = c;
            for (qsizetype i = 0; i < columns[c].size();) {
                if (!isWordChar(columns[c][i])) {
                    ++i;
                    continue;
                }
                Token t{i, i, -1};
                while (t.end < columns[c].size() && isWordChar(columns[c][t.end]))
                    ++t.end;
                bestTokens.append(t);
                i = t.end;
            }
        }
        if (bestColumn < 0)
            return {};
    }
    const QString &text = columns[bestColumn];
    // Start the window on its first match when the text after it allows, as snippet() does.
    qsizetype first = best.first;
    while (first < bestTokens.size() && bestTokens[first].key < 0 && best.hits > 0)
        ++first;
    first = std::max<qsizetype>(0, std::min(first, bestTokens.size() - windowWords));
    const qsizetype last = std::min(bestTokens.size(), first + windowWords); // one past
    if (bestTokens.isEmpty())
        return text.toHtmlEscaped();
    QString html;
    const qsizetype from = first == 0 ? 0 : bestTokens[first].start;
    const qsizetype to = last == bestTokens.size() ? text.size() : bestTokens[last - 1].end;
    if (first > 0)
        html += QStringLiteral("…");
    qsizetype pos = from;
    for (qsizetype i = first; i < last; ++i) {
        const Token &t = bestTokens[i];
        if (t.key < 0)
            continue;
        html += QStringView(text).mid(pos, t.start - pos).toString().toHtmlEscaped();
        html += QLatin1String("<mark>") + QStringView(text).mid(t.start, t.end - t.start).toString().toHtmlEscaped() +
                QLatin1String("</mark>");
        pos = t.end;
    }
    html += QStringView(text).mid(pos, to - pos).toString().toHtmlEscaped();
    if (last < bestTokens.size())
        html += QStringLiteral("…");
    return html;
}

} // namespace warta
