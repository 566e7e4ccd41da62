#pragma once

#include <QString>
#include <QUrl>
#include <QVector>

#include <cstddef>
#include <vector>

namespace warta::feeds {

/// Deepest element nesting parseXml accepts (the tree and its walkers recurse per level).
inline constexpr std::size_t kMaxXmlDepth = 256;
/// Characters that entity expansion may add to a document's text before parseXml stops.
inline constexpr qsizetype kMaxEntityGrowth = 1'000'000;

/// A small, immutable element tree built once per document; the format mappers walk it
/// instead of each driving its own stream reader. Text and element children keep their
/// order so mixed (X)HTML content can be serialised back.
struct XmlNode {
    bool isText = false;
    QString text;   // text nodes: the characters; elements: unused
    QString ns;     // canonical namespace key ("", "atom", "dc", "media", ...) or the URI
    QString name;   // local name, as written
    QString prefix; // as written, for serialising unknown markup
    QVector<std::pair<QString, QString>> attrs; // "prefix:local" or "local" -> value
    QVector<std::pair<QString, QString>> nsAttrs; // canonical ns + local -> value, for lookups
    QString base;   // effective xml:base, absolute when the document URL is known
    QString lang;   // effective xml:lang
    bool closed = false; // false for the element that was open when the XML broke
    std::vector<XmlNode> children;

    [[nodiscard]] const XmlNode *child(const QString &ns, const QString &name) const;
    [[nodiscard]] std::vector<const XmlNode *> elements(const QString &ns, const QString &name) const;
    [[nodiscard]] std::vector<const XmlNode *> elements() const;
    /// Attribute by local name with no namespace, or "ns:local" with a canonical key.
    [[nodiscard]] QString attr(const QString &key) const;
    [[nodiscard]] bool hasAttr(const QString &key) const;
    /// Concatenated descendant text.
    [[nodiscard]] QString textContent() const;
    /// The children serialised as markup (for inline XHTML / unescaped HTML content).
    [[nodiscard]] QString innerXml() const;
};

struct XmlDocument {
    XmlNode root; // a synthetic node whose only element child is the document element
    bool wellFormed = true;
    QString error;
    [[nodiscard]] const XmlNode *documentElement() const;
};

/// Parses text into a tree. Undefined HTML entities are turned into characters and stray
/// '&' are escaped first (both leave wellFormed false, as the document was not XML);
/// on a real XML error the tree holds what came before it. External entities are never
/// loaded (QXmlStreamReader does not), internal ones are capped by its expansion limit.
[[nodiscard]] XmlDocument parseXml(const QString &text, const QUrl &baseUrl);

/// How many characters the internal entities declared in `text` would add when every
/// reference were expanded, saturating just above `budget` (so billion laughs costs nothing).
[[nodiscard]] qsizetype entityExpansion(const QString &text, qsizetype budget);

/// Maps well-known namespace URIs (and their common misspellings) to short keys.
[[nodiscard]] QString canonicalNamespace(const QString &uri);

/// Resolves a possibly relative reference against a base; returns ref unchanged if either is unusable.
[[nodiscard]] QString resolveUrl(const QString &base, const QString &ref);

} // namespace warta::feeds
