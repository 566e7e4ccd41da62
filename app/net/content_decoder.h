#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace warta::net {

/// Streaming Content-Encoding decoder (identity, gzip, deflate) with an output cap.
///
/// We decode ourselves instead of letting QNAM do it: QNAM inflates a whole received chunk at
/// once, so a 100 KB gzip bomb became 100 MB in memory before our size check ever ran. Here
/// output is produced in small slices and stops as soon as the cap is passed.
class ContentDecoder
{
public:
    /// `contentEncoding` is the response header value; empty or "identity" means none.
    explicit ContentDecoder(const QByteArray &contentEncoding);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    /// False for an encoding we did not offer (e.g. br); see error().
    [[nodiscard]] bool supported() const { return m_supported; }

    /// Decodes `input` and appends to `out`, stopping early once out.size() > maxOut (the
    /// caller then gives up). Returns false on corrupt data; see error().
    bool decode(const QByteArray &input, QByteArray &out, qint64 maxOut);

    /// True when the compressed stream ended properly (always true for identity): a
    /// connection that closes before that is a truncated body.
    [[nodiscard]] bool complete() const;

    [[nodiscard]] QString error() const { return m_error; }

private:
    struct Zlib;
    bool inflateSome(const QByteArray &input, QByteArray &out, qint64 maxOut);

    QByteArray m_encoding;
    bool m_supported = true;
    bool m_identity = true;
    bool m_triedRawDeflate = false;
    QString m_error;
    std::unique_ptr<Zlib> m_zlib;
};

} // namespace warta::net
