#pragma once

#include <QByteArray>
#include <QString>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <vector>

namespace warta::content {

/// Owns one libxml2 HTML tree parsed from UTF-8 bytes; frees it on destruction.
class HtmlDocument {
public:
    /// `utf8` must already be decoded to UTF-8 (see decodeHtml): libxml2 misreads
    /// undeclared UTF-8, so the encoding is always passed explicitly.
    explicit HtmlDocument(const QByteArray &utf8);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    [[nodiscard]] bool isValid() const { return m_doc != nullptr; }
    [[nodiscard]] xmlDocPtr doc() const { return m_doc; }
    [[nodiscard]] xmlNodePtr root() const;
    [[nodiscard]] xmlNodePtr body() const;
    [[nodiscard]] xmlNodePtr head() const;

private:
    xmlDocPtr m_doc = nullptr;
};

/// Small DOM helpers over libxml2 nodes. Walkers stop at kMaxDepth so hostile nesting
/// cannot exhaust the stack.
namespace dom {
inline constexpr int kMaxDepth = 400;

// Inline: these sit in every tree walk's inner loop.
[[nodiscard]] inline bool isElement(const xmlNode *n) { return n && n->type == XML_ELEMENT_NODE; }
[[nodiscard]] inline bool isText(const xmlNode *n)
{
    return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}
/// Lower-case tag name ("" for non-elements); libxml2's HTML parser already lower-cases.
[[nodiscard]] QString tag(const xmlNode *n);
[[nodiscard]] bool is(const xmlNode *n, const char *tagName);
[[nodiscard]] QString attr(const xmlNode *n, const char *name);
[[nodiscard]] bool hasAttr(const xmlNode *n, const char *name);
void setAttr(xmlNode *n, const char *name, const QString &value);
/// class + " " + id, for the pattern tests readability-style scoring does.
[[nodiscard]] QString classAndId(const xmlNode *n);
[[nodiscard]] bool hasClass(const xmlNode *n, const QString &cls);
/// Raw concatenated text of the subtree (script/style included, as DOM textContent).
[[nodiscard]] QString textContent(const xmlNode *n);
/// textContent with whitespace collapsed and trimmed.
[[nodiscard]] QString innerText(const xmlNode *n);
/// !textContent(n).trimmed().isEmpty(), without building the text: stops at the first
/// visible character.
[[nodiscard]] bool hasVisibleText(const xmlNode *n);
[[nodiscard]] std::vector<xmlNodePtr> elementChildren(const xmlNode *n);
/// All descendant elements named `tagName` (all elements if null), document order.
[[nodiscard]] std::vector<xmlNodePtr> descendants(const xmlNode *n, const char *tagName = nullptr);
/// !descendants(n, tagName).empty(), stopping at the first match.
[[nodiscard]] bool hasDescendant(const xmlNode *n, const char *tagName);
[[nodiscard]] bool hasAncestor(const xmlNode *n, const char *tagName, int maxDepth = -1);
/// Unlinks and frees a node and its subtree.
void remove(xmlNode *n);
/// Replaces `old` by `replacement` and frees `old`.
void replace(xmlNode *old, xmlNode *replacement);
[[nodiscard]] xmlNodePtr createElement(xmlDocPtr doc, const char *tagName);
/// Renames an element in place (keeps children and attributes).
void rename(xmlNode *n, const char *tagName);
} // namespace dom

} // namespace warta::content
