#pragma once

// Helpers shared by the per-format mappers.

#include "feeds/parsed_feed.h"
#include "feeds/xml_tree.h"

namespace warta::feeds {

/// Removes what must never run: <script>, <style>-like elements and on* / javascript: attributes.
/// The real allow-list sanitiser lives in the content layer; this only makes parser output inert.
[[nodiscard]] QString removeScripts(const QString &html);

/// Resolves relative href/src/... attributes of HTML against base.
[[nodiscard]] QString resolveHtmlUrls(const QString &html, const QString &base);

/// True if text contains markup or entities (RSS does not say whether a field is HTML).
[[nodiscard]] bool looksLikeHtml(const QString &text);

/// The src of the first <img> in HTML, resolved against base; empty if none.
[[nodiscard]] QString firstImageSource(const QString &html, const QString &base);

/// Text of an element whose content may be plain text, escaped HTML or inline markup.
/// Inline child elements (RSS descriptions written without CDATA, XHTML) are serialised.
[[nodiscard]] TextDetail looseText(const XmlNode &node, const QString &defaultType);

/// Script-free, URL-resolved value for HTML types; text types are returned as given.
void finishHtml(TextDetail &detail);

/// Parses an element's text as a date (UTC); invalid if absent or unparseable.
[[nodiscard]] QDateTime nodeDate(const XmlNode *node);

/// Reads media:content / media:thumbnail / media:group and media:keywords-less bits.
void readMediaRss(const XmlNode &parent, ParsedItem &item);

/// Fills the convenience fields (author, categories, link, imageUrl, summary/content)
/// from the detailed ones once a format mapper is done with an item.
void finishItem(ParsedItem &item);

/// Normalises the feed-level convenience fields the same way.
void finishFeed(ParsedFeed &feed);

/// "Name (email)" / "email (Name)" / "Name <email>" as found in RSS author fields.
[[nodiscard]] Person parsePersonText(const QString &text);

} // namespace warta::feeds
