#pragma once

#include "feeds/parsed_feed.h"

#include <QByteArray>
#include <QUrl>

namespace warta::feeds {

/// Parses RSS 0.9x/2.0, RSS 1.0/0.90 (RDF), Atom 0.3/1.0 or JSON Feed 1.0/1.1 bytes.
/// `documentUrl` resolves relative links (and is the outermost xml:base); `httpContentType`
/// is the Content-Type header the bytes were served with, if any (its charset wins over the
/// XML declaration, RFC 3023). Never throws: ill-formed input yields what was parsed before
/// the error with wellFormed = false and a readable error. No network access, ever.
[[nodiscard]] ParsedFeed parseFeed(const QByteArray &bytes, const QUrl &documentUrl = {},
                                   const QByteArray &httpContentType = {});

} // namespace warta::feeds
