#include "text/html_text.h"

namespace warta::text {

namespace {

/// The common named references of news feeds; any other name is kept as written.
char16_t namedReference(QStringView name)
{
    struct Entry {
        const char *name;
        char16_t ch;
    };
    static constexpr Entry entries[] = {
        {"amp", u'&'},      {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},     {"apos", u'\''},
        {"nbsp", u' '},     {"hellip", u'…'},   {"mdash", u'—'},    {"ndash", u'–'},    {"lsquo", u'‘'},
        {"rsquo", u'’'},    {"ldquo", u'“'},    {"rdquo", u'”'},    {"laquo", u'«'},    {"raquo", u'»'},
        {"middot", u'·'},   {"bull", u'•'},     {"copy", u'©'},     {"reg", u'®'},      {"deg", u'°'},
        {"eacute", u'é'},   {"egrave", u'è'},   {"aacute", u'á'},   {"agrave", u'à'},   {"uuml", u'ü'},
    };
    for (const Entry &e : entries)
        if (name == QLatin1String(e.name))
            return e.ch;
    return 0;
}

/// Decodes the reference starting at text[i] == '&'; returns false to keep the '&' as text.
bool decodeReference(const QString &text, qsizetype &i, QString &out)
{
    const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
    if (semi < 0 || semi - i > 12)
        return false;
    const QStringView name = QStringView(text).mid(i + 1, semi - i - 1);
    char32_t code = 0;
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
        code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
    } else {
        code = namedReference(name);
        if (code == 0)
            return false;
    }
    out += QString::fromUcs4(&code, 1);
    i = semi;
    return true;
}

/// Skips the tag opening at text[i] == '<'; returns the index of its '>' (or the end).
qsizetype skipTag(const QString &text, qsizetype i)
{
    if (text.mid(i, 4) == QLatin1String("<!--")) {
        const qsizetype end = text.indexOf(QLatin1String("-->"), i + 4);
        return end < 0 ? text.size() : end + 2;
    }
    QChar quote;
    for (++i; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i;
        }
    }
    return i;
}

bool opensRawText(QStringView tag, const char *name)
{
    const qsizetype n = qsizetype(qstrlen(name));
    return tag.size() > n && tag.mid(1, n).compare(QLatin1String(name), Qt::CaseInsensitive) == 0 &&
           (tag.size() == n + 1 || !tag[n + 1].isLetterOrNumber());
}

} // namespace

QString htmlToIndexText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html;
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == QLatin1Char('&')) {
            if (!decodeReference(html, i, out))
                out += c;
        } else if (c == QLatin1Char('<') && i + 1 < html.size() &&
                   (html[i + 1].isLetter() || html[i + 1] == QLatin1Char('/') || html[i + 1] == QLatin1Char('!'))) {
            const qsizetype end = skipTag(html, i);
            const QStringView tag = QStringView(html).mid(i, end - i);
            // Script and style hold no words for a reader: skip to their closing tag.
            for (const char *raw : {"script", "style"}) {
                if (opensRawText(tag, raw)) {
                    const qsizetype close = html.indexOf(QLatin1String("</") + QLatin1String(raw), end, Qt::CaseInsensitive);
                    i = close < 0 ? html.size() : skipTag(html, close);
                    break;
                }
            }
            i = std::max(i, end);
            out += QLatin1Char(' '); // "a<br>b" is two words; an inline tag inside a word is rare in feeds
        } else {
            out += c;
        }
    }
    return out.simplified();
}

} // namespace warta::text
