#pragma once

// The per-format mappers behind parseFeed(); each sniffs its root like KDE Syndication's
// AbstractParser::accept() and maps the tree onto ParsedFeed.

#include "feeds/parsed_feed.h"
#include "feeds/xml_tree.h"

#include <QByteArray>
#include <QUrl>

namespace warta::feeds {

[[nodiscard]] bool acceptRss(const XmlNode &root);
void parseRss(const XmlNode &root, bool wellFormed, ParsedFeed &feed);

[[nodiscard]] bool acceptAtom(const XmlNode &root);
void parseAtom(const XmlNode &root, bool wellFormed, ParsedFeed &feed);

[[nodiscard]] bool acceptJsonFeed(const QByteArray &bytes);
void parseJsonFeed(const QByteArray &bytes, const QUrl &documentUrl, ParsedFeed &feed);

} // namespace warta::feeds
