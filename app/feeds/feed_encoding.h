#pragma once

#include <QByteArray>
#include <QString>

namespace warta::feeds {

struct DecodedDocument {
    QString text;      // the document as text, XML declaration's encoding removed
    QString encoding;  // what the bytes were decoded as, lower case
    QString problem;   // non-empty when the declared/served encoding was wrong or missing
};

/// Decodes feed bytes following RFC 3023 as feedparser does: BOM, then HTTP charset, then
/// the XML declaration, then UTF-8. Bytes that are not valid in the chosen encoding are
/// re-read as windows-1252 (what such feeds really are); iso-8859-1/latin1/us-ascii labels
/// are read as windows-1252 too (WHATWG).
[[nodiscard]] DecodedDocument decodeFeedBytes(const QByteArray &bytes, const QByteArray &httpContentType);

/// The media type and charset parameter of a Content-Type header, lower case.
void splitContentType(const QByteArray &header, QByteArray *mediaType, QByteArray *charset);

} // namespace warta::feeds
