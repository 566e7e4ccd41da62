#include "feeds/feed_encoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <iconv.h>

namespace warta::feeds {
namespace {

QString decodeWindows1252(const QByteArray &bytes)
{
    // 0x80-0x9F differ from Latin-1; 0 marks the five unassigned bytes (kept as C1 controls).
    static const char16_t kHigh[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b < 0xA0 && kHigh[b - 0x80])
            out.append(QChar(kHigh[b - 0x80]));
        else
            out.append(QChar(b));
    }
    return out;
}

bool isWindows1252Label(const QString &label)
{
    static const QStringList labels = {"windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1",
                                       "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "x-cp1252"};
    return labels.contains(label);
}

/// Decodes with glibc's iconv for the encodings Qt 6.4 cannot (big5, euc-kr, gb2312, ...).
bool decodeIconv(const QByteArray &bytes, const QString &label, QString *out)
{
    iconv_t cd = iconv_open("UTF-8", label.toLatin1().constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    QByteArray result(bytes.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = static_cast<size_t>(bytes.size());
    char *dst = result.data();
    size_t outLeft = static_cast<size_t>(result.size());
    const size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
    iconv_close(cd);
    if (rc == static_cast<size_t>(-1))
        return false;
    result.truncate(result.size() - static_cast<qsizetype>(outLeft));
    *out = QString::fromUtf8(result);
    return true;
}

/// Bytes 0x80-0x9F that reached the text as C1 controls were meant as windows-1252
/// ("smart quotes" from Word); no real feed uses the controls.
void demoronize(QString &text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && u < 0xA0) {
            const QString mapped = decodeWindows1252(QByteArray(1, static_cast<char>(u)));
            c = mapped.at(0);
        }
    }
}

bool decodeAs(const QByteArray &bytes, const QString &label, QString *out)
{
    if (isWindows1252Label(label)) {
        *out = decodeWindows1252(bytes);
        return true;
    }
    if (auto enc = QStringConverter::encodingForName(label.toLatin1().constData())) {
        QStringDecoder decoder(*enc, QStringDecoder::Flag::Stateless);
        *out = decoder.decode(bytes);
        return !decoder.hasError();
    }
    return decodeIconv(bytes, label, out);
}

/// Encoding implied by a BOM or by how "<?" is laid out; strips the BOM.
QString sniffUnicode(QByteArray *bytes)
{
    const auto starts = [&](std::initializer_list<int> pattern) {
        int i = 0;
        for (int b : pattern) {
            if (i >= bytes->size() || static_cast<unsigned char>(bytes->at(i)) != b)
                return false;
            ++i;
        }
        return true;
    };
    struct Bom { std::initializer_list<int> bytes; const char *name; bool strip; };
    const Bom boms[] = {{{0x00, 0x00, 0xFE, 0xFF}, "utf-32be", true}, {{0xFF, 0xFE, 0x00, 0x00}, "utf-32le", true},
                        {{0xEF, 0xBB, 0xBF}, "utf-8", true},          {{0xFE, 0xFF}, "utf-16be", true},
                        {{0xFF, 0xFE}, "utf-16le", true},             {{0x00, 0x00, 0x00, 0x3C}, "utf-32be", false},
                        {{0x3C, 0x00, 0x00, 0x00}, "utf-32le", false}, {{0x00, 0x3C, 0x00, 0x3F}, "utf-16be", false},
                        {{0x3C, 0x00, 0x3F, 0x00}, "utf-16le", false}};
    for (const Bom &bom : boms) {
        if (starts(bom.bytes)) {
            if (bom.strip)
                bytes->remove(0, static_cast<qsizetype>(bom.bytes.size()));
            return QString::fromLatin1(bom.name);
        }
    }
    return {};
}

} // namespace

void splitContentType(const QByteArray &header, QByteArray *mediaType, QByteArray *charset)
{
    const QList<QByteArray> parts = header.split(';');
    *mediaType = parts.value(0).trimmed().toLower();
    charset->clear();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray p = parts.at(i).trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq > 0 && p.left(eq).trimmed().toLower() == "charset") {
            QByteArray v = p.mid(eq + 1).trimmed();
            if (v.size() >= 2 && (v.startsWith('"') || v.startsWith('\'')))
                v = v.mid(1, v.size() - 2);
            *charset = v.toLower();
        }
    }
}

DecodedDocument decodeFeedBytes(const QByteArray &input, const QByteArray &httpContentType)
{
    DecodedDocument doc;
    QByteArray bytes = input;
    const QString sniffed = sniffUnicode(&bytes);

    // Read the XML declaration in whatever byte layout was sniffed.
    QString head;
    if (sniffed.startsWith(QLatin1String("utf-16")) || sniffed.startsWith(QLatin1String("utf-32")))
        decodeAs(bytes.left(512), sniffed, &head);
    else
        head = QString::fromLatin1(bytes.left(512));
    static const QRegularExpression declRe(QStringLiteral("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']"));
    const QString declared = declRe.match(head).captured(1).trimmed().toLower();

    QByteArray mediaType, charset;
    splitContentType(httpContentType, &mediaType, &charset);
    const bool textXml = mediaType.startsWith("text/") && (mediaType == "text/xml" || mediaType.endsWith("+xml")
                                                           || mediaType == "text/xml-external-parsed-entity");

    QString label;
    if (!sniffed.isEmpty() && (sniffed == QLatin1String("utf-8") || charset.isEmpty()))
        label = sniffed;
    else if (!charset.isEmpty())
        label = QString::fromLatin1(charset);
    else if (textXml)
        label = QStringLiteral("us-ascii"); // RFC 3023: text/xml without charset
    else if (!declared.isEmpty())
        label = declared;
    else
        label = QStringLiteral("utf-8");
    if (label == QLatin1String("gb2312") || label == QLatin1String("gbk"))
        label = QStringLiteral("gb18030"); // its superset, as browsers and feedparser do
    // A 16/32-bit declaration on 8-bit bytes is a lie we can see through.
    if (sniffed.isEmpty() && (label.startsWith(QLatin1String("utf-16")) || label.startsWith(QLatin1String("utf-32"))))
        label = QStringLiteral("utf-8");
    // "utf-16" without byte order: the sniffed one says which.
    if ((label == QLatin1String("utf-16") || label == QLatin1String("utf-32")) && sniffed.startsWith(label))
        label = sniffed;

    if (decodeAs(bytes, label, &doc.text)) {
        doc.encoding = label;
    } else if (decodeAs(bytes, QStringLiteral("utf-8"), &doc.text)) {
        doc.encoding = QStringLiteral("utf-8");
        doc.problem = QStringLiteral("document is not valid %1; read as utf-8").arg(label);
    } else {
        doc.text = decodeWindows1252(bytes);
        doc.encoding = QStringLiteral("windows-1252");
        doc.problem = QStringLiteral("document is not valid %1; read as windows-1252").arg(label);
    }
    const bool xmlType = mediaType.isEmpty() || mediaType.endsWith("/xml") || mediaType.endsWith("+xml")
        || mediaType.contains("xml-");
    if (!xmlType)
        doc.problem = QStringLiteral("served as %1, not an XML media type").arg(QString::fromLatin1(mediaType));
    if (textXml && charset.isEmpty() && sniffed.isEmpty()) {
        // us-ascii per RFC 3023; the bytes decide whether that was true.
        bool ascii = true;
        for (char c : bytes)
            ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (!ascii)
            doc.problem = QStringLiteral("text/xml served without charset holds non-ASCII bytes");
    }
    demoronize(doc.text);
    // The text is decoded now; an encoding declaration would make the XML reader re-decode it.
    static const QRegularExpression declEnc(QStringLiteral("^(\\s*<\\?xml[^>]*?)\\s+encoding\\s*=\\s*[\"'][^\"']*[\"']"));
    doc.text.replace(declEnc, QStringLiteral("\\1"));
    return doc;
}

} // namespace warta::feeds
