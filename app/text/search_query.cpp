#include "text/search_query.h"

#include "text/stopwords.h"

#include <QRegularExpression>

namespace warta::text {

bool SearchQuery::hasIncludedTerm() const
{
    for (const Term &t : terms) {
        if (!t.excluded)
            return true;
    }
    return false;
}

bool SearchQuery::hasConditions() const
{
    return !terms.isEmpty() || !filters.isEmpty() || before || after || read || starred;
}

namespace {

class Parser {
public:
    Parser(const QString &text, QString *error) : m_s(text), m_error(error) {}

    std::optional<SearchQuery> run()
    {
        while (skipSpace()) {
            if (!item())
                return std::nullopt;
        }
        if (!m_q.hasConditions())
            return fail(QStringLiteral("The search is empty: type a word, a \"phrase\" or a filter such as tag:teknologi."));
        return m_q;
    }

private:
    bool skipSpace()
    {
        while (m_pos < m_s.size() && m_s[m_pos].isSpace())
            ++m_pos;
        return m_pos < m_s.size();
    }

    std::nullopt_t fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return std::nullopt;
    }

    /// A quoted string starting at m_pos (which holds '"'); false if it never closes.
    bool quoted(QString *out)
    {
        const qsizetype start = m_pos;
        const qsizetype close = m_s.indexOf(QLatin1Char('"'), start + 1);
        if (close < 0) {
            fail(QStringLiteral("Missing closing quote after %1").arg(m_s.mid(start).trimmed()));
            return false;
        }
        *out = m_s.mid(start + 1, close - start - 1).simplified();
        m_pos = close + 1;
        return true;
    }

    QString bareWord()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && !m_s[m_pos].isSpace() && m_s[m_pos] != QLatin1Char('"'))
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }

    bool item()
    {
        bool excluded = false;
        if (m_s[m_pos] == QLatin1Char('-')) {
            excluded = true;
            ++m_pos;
            if (m_pos >= m_s.size() || m_s[m_pos].isSpace()) {
                fail(QStringLiteral("A lone \"-\": write it right before the word to leave out, e.g. -gosip."));
                return false;
            }
        }
        if (m_s[m_pos] == QLatin1Char('"')) {
            QString phrase;
            if (!quoted(&phrase))
                return false;
            if (phrase.isEmpty()) {
                fail(QStringLiteral("Empty quotes: put the words of the phrase between them."));
                return false;
            }
            m_q.terms.append({phrase, true, excluded});
            return true;
        }
        const QString word = bareWord();
        static const QRegularExpression filterRe(QStringLiteral("^([A-Za-z]+):(.*)$"));
        const QRegularExpressionMatch m = filterRe.match(word);
        if (!m.hasMatch()) {
            m_q.terms.append({word, false, excluded});
            return true;
        }
        QString value = m.captured(2);
        if (value.isEmpty() && m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('"')) {
            if (!quoted(&value))
                return false;
        }
        return filter(m.captured(1).toLower(), value, excluded);
    }

    bool filter(const QString &key, const QString &value, bool excluded)
    {
        if (value.isEmpty()) {
            fail(QStringLiteral("%1: needs a value, e.g. %1:%2").arg(key, exampleFor(key)));
            return false;
        }
        if (key == QLatin1String("tag") || key == QLatin1String("feed") || key == QLatin1String("collection")) {
            const auto kind = key == QLatin1String("tag")    ? SearchQuery::FilterKind::Tag
                              : key == QLatin1String("feed") ? SearchQuery::FilterKind::Feed
                                                             : SearchQuery::FilterKind::Collection;
            m_q.filters.append({kind, value, excluded});
            return true;
        }
        if (key == QLatin1String("before") || key == QLatin1String("after")) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid() || value.size() != 10) {
                fail(QStringLiteral("%1:%2 is not a date: write it as YYYY-MM-DD, e.g. %1:2024-05-31").arg(key, value));
                return false;
            }
            if (excluded) {
                fail(QStringLiteral("-%1: cannot be excluded; use %2: instead")
                         .arg(key, key == QLatin1String("before") ? QStringLiteral("after") : QStringLiteral("before")));
                return false;
            }
            (key == QLatin1String("before") ? m_q.before : m_q.after) = date;
            return true;
        }
        if (key == QLatin1String("is")) {
            const QString v = value.toLower();
            if (v == QLatin1String("unread") || v == QLatin1String("read")) {
                m_q.read = (v == QLatin1String("read")) != excluded;
                return true;
            }
            if (v == QLatin1String("starred")) {
                m_q.starred = !excluded;
                return true;
            }
            fail(QStringLiteral("is:%1 is not known: use is:unread, is:read or is:starred").arg(value));
            return false;
        }
        fail(QStringLiteral("Unknown filter \"%1:\": known filters are tag:, feed:, collection:, before:, after: and is:. "
                            "To search for the text itself, put it in quotes.").arg(key));
        return false;
    }

    static QString exampleFor(const QString &key)
    {
        if (key == QLatin1String("before") || key == QLatin1String("after"))
            return QStringLiteral("2024-05-31");
        if (key == QLatin1String("is"))
            return QStringLiteral("unread");
        return QStringLiteral("teknologi");
    }

    const QString &m_s;
    QString *m_error;
    qsizetype m_pos = 0;
    SearchQuery m_q;
};

} // namespace

std::optional<SearchQuery> parseSearchQuery(const QString &text, QString *error)
{
    return Parser(text, error).run();
}

QStringList searchableWords(const QString &text)
{
    QStringList words;
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList parts = text.toLower().split(split, Qt::SkipEmptyParts);
    for (const QString &w : parts) {
        if (!isStopword(w.toStdString()))
            words.append(w);
    }
    return words;
}

} // namespace warta::text
