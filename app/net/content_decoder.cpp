#include "net/content_decoder.h"

#include <zlib.h>

namespace warta::net {

namespace {
constexpr int kSliceBytes = 64 * 1024;
} // namespace

struct ContentDecoder::Zlib
{
    z_stream stream{};
    bool ended = false;
    bool producedOutput = false;

    explicit Zlib(int windowBits) { inflateInit2(&stream, windowBits); }
    ~Zlib() { inflateEnd(&stream); }
};

ContentDecoder::ContentDecoder(const QByteArray &contentEncoding)
    : m_encoding(contentEncoding.trimmed().toLower())
{
    if (m_encoding.isEmpty() || m_encoding == "identity")
        return;
    m_identity = false;
    if (m_encoding == "gzip" || m_encoding == "x-gzip" || m_encoding == "deflate") {
        // +32: zlib detects gzip or zlib framing by itself, so a server that labels one as
        // the other still works.
        m_zlib = std::make_unique<Zlib>(MAX_WBITS + 32);
    } else {
        m_supported = false;
        m_error = QStringLiteral("Unsupported Content-Encoding: %1").arg(QString::fromLatin1(m_encoding));
    }
}

ContentDecoder::~ContentDecoder() = default;

bool ContentDecoder::complete() const
{
    return m_identity || (m_zlib && m_zlib->ended);
}

bool ContentDecoder::decode(const QByteArray &input, QByteArray &out, qint64 maxOut)
{
    if (!m_supported)
        return false;
    if (m_identity) {
        out.append(input);
        return true;
    }
    return inflateSome(input, out, maxOut);
}

bool ContentDecoder::inflateSome(const QByteArray &input, QByteArray &out, qint64 maxOut)
{
    z_stream &s = m_zlib->stream;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    s.avail_in = uInt(input.size());
    while (!m_zlib->ended && out.size() <= maxOut) {
        const qsizetype before = out.size();
        out.resize(before + kSliceBytes);
        s.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        s.avail_out = kSliceBytes;
        const int rc = inflate(&s, Z_NO_FLUSH);
        out.resize(before + (kSliceBytes - qsizetype(s.avail_out)));
        if (out.size() > before)
            m_zlib->producedOutput = true;
        if (rc == Z_STREAM_END) {
            m_zlib->ended = true; // trailing bytes after the stream are ignored
        } else if (rc == Z_DATA_ERROR && m_encoding == "deflate" && !m_triedRawDeflate
                   && !m_zlib->producedOutput) {
            // Some servers send raw RFC 1951 data as "deflate"; retry once that way.
            m_triedRawDeflate = true;
            m_zlib = std::make_unique<Zlib>(-MAX_WBITS);
            return inflateSome(input, out, maxOut);
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = QStringLiteral("Corrupt %1 body").arg(QString::fromLatin1(m_encoding));
            return false;
        }
        if (s.avail_in == 0 && s.avail_out != 0)
            break; // all input consumed and inflate has nothing more buffered
    }
    return true;
}

} // namespace warta::net
