#include "content/encoding_sniffer.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace warta::content {
namespace {

QByteArray canonicalLabel(QByteArray label)
{
    label = label.trimmed().toLower();
    if (label.startsWith('"') || label.startsWith('\''))
        label = label.mid(1);
    while (label.endsWith('"') || label.endsWith('\'') || label.endsWith(';'))
        label.chop(1);
    // WHATWG: these all decode as windows-1252.
    static const QByteArrayList latin = {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii",
                                         "ascii", "iso_8859-1", "cp1252", "x-cp1252", "cp819"};
    if (latin.contains(label))
        return "windows-1252";
    if (label == "utf8" || label == "unicode-1-1-utf-8")
        return "utf-8";
    // A page cannot really be UTF-16 once it declares so in ASCII; browsers read UTF-8.
    if (label.startsWith("utf-16"))
        return "utf-8";
    return label;
}

QByteArray charsetParameter(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(text));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QByteArray metaCharset(const QByteArray &bytes)
{
    // The prescan of the HTML spec, simplified: the first <meta> carrying a charset.
    const QByteArray headBytes = bytes.left(4096);
    static const QRegularExpression meta(QStringLiteral("<meta\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    auto it = meta.globalMatch(QString::fromLatin1(headBytes));
    while (it.hasNext()) {
        const QByteArray tagText = it.next().captured(0).toLatin1();
        const QByteArray label = charsetParameter(tagText);
        if (!label.isEmpty())
            return label;
    }
    return {};
}

// Qt 6.4's QStringDecoder only knows the Unicode encodings and Latin-1, so legacy pages
// go through glibc's iconv, which knows every label browsers do.
QByteArray iconvToUtf8(const QByteArray &bytes, const QByteArray &label)
{
    iconv_t cd = iconv_open("UTF-8", label.constData());
    if (cd == iconv_t(-1))
        return {};
    QByteArray out;
    out.resize(bytes.size() * 3 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *dst = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &dst, &outLeft) != size_t(-1))
            break;
        if (errno == E2BIG || outLeft < 4)
            break; // cannot happen with 3x room; stop rather than loop
        // Invalid or truncated sequence: emit U+FFFD and skip one byte, as a browser would.
        memcpy(dst, "\xEF\xBF\xBD", 3);
        dst += 3;
        outLeft -= 3;
        ++in;
        --inLeft;
    }
    iconv_close(cd);
    out.truncate(int(dst - out.data()));
    return out;
}

bool isKnown(const QByteArray &label)
{
    if (label == "utf-8")
        return true;
    iconv_t cd = iconv_open("UTF-8", label.constData());
    if (cd == iconv_t(-1))
        return false;
    iconv_close(cd);
    return true;
}

} // namespace

QByteArray sniffEncoding(const QByteArray &bytes, const QByteArray &contentType)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "utf-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "utf-16le";
    if (bytes.startsWith("\xFE\xFF"))
        return "utf-16be";
    QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString probed = probe.decode(bytes.left(1 << 20));
    const bool validUtf8 = !probe.hasError();
    const QByteArray header = canonicalLabel(charsetParameter(contentType));
    if (!header.isEmpty() && isKnown(header))
        return header;
    const QByteArray meta = canonicalLabel(metaCharset(bytes));
    if (!meta.isEmpty() && isKnown(meta)) {
        // Deviation from browsers, on purpose: pages re-saved as UTF-8 often keep their old
        // legacy <meta>. Legacy text is practically never valid multi-byte UTF-8.
        const bool hasMultibyte = probed.size() < bytes.left(1 << 20).size();
        if (meta != "utf-8" && validUtf8 && hasMultibyte)
            return "utf-8";
        return meta;
    }
    // Undeclared: UTF-8 if it decodes cleanly, else the legacy Western default.
    return validUtf8 ? QByteArray("utf-8") : QByteArray("windows-1252");
}

QByteArray decodeToUtf8(const QByteArray &bytes, const QByteArray &contentType)
{
    const QByteArray label = sniffEncoding(bytes, contentType);
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.mid(3);
    if (label == "utf-8") {
        // Still pass through the decoder: it replaces invalid sequences, which libxml2
        // would otherwise treat as a reason to switch encodings mid-document.
        QStringDecoder dec(QStringDecoder::Utf8);
        return QString(dec.decode(body)).toUtf8();
    }
    if (label.startsWith("utf-16"))
        body = body.mid(2);
    const QByteArray out = iconvToUtf8(body, label);
    return out.isNull() ? QString::fromLatin1(body).toUtf8() : out;
}

} // namespace warta::content
