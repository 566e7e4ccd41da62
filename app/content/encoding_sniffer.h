#pragma once

#include <QByteArray>
#include <QString>

namespace warta::content {

/// Finds a page's encoding the way a browser does: BOM, then the HTTP charset, then a
/// <meta charset> / http-equiv in the first 1024 bytes, else UTF-8 (or windows-1252 when
/// the bytes are not valid UTF-8). Labels follow the WHATWG table for the common cases
/// (iso-8859-1, latin1, us-ascii mean windows-1252).
[[nodiscard]] QByteArray sniffEncoding(const QByteArray &bytes, const QByteArray &contentType);

/// Decodes page bytes to UTF-8 using sniffEncoding (BOM removed).
[[nodiscard]] QByteArray decodeToUtf8(const QByteArray &bytes, const QByteArray &contentType);

} // namespace warta::content
