#include "content/text_index.h"

#include "content/html_document.h"

#include <QString>

#include <algorithm>
#include <string_view>
#include <vector>

namespace warta::content {

// Must match warta::collapseWhitespace exactly (core/text_utils.cpp).
static bool isCollapsedSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x200B);
}

// QChar::isSpace for ASCII: U+0009..U+000D and U+0020.
static bool isAsciiSpace(unsigned char c)
{
    return c == 0x20 || (c >= 0x09 && c <= 0x0d);
}

template <typename Chars, typename IsSpace>
static void scan(const Chars &chars, IsSpace isSpace, qsizetype &visible, qsizetype &gaps, bool &leading, bool &trailing)
{
    bool inSpace = false;
    for (const auto c : chars) {
        if (isSpace(c)) {
            inSpace = true;
            continue;
        }
        if (visible == 0)
            leading = inSpace;
        else if (inSpace)
            ++gaps;
        ++visible;
        inSpace = false;
    }
    trailing = inSpace;
}

TextIndex::Summary TextIndex::textSummary(const xmlNode *text)
{
    Summary s;
    const char *bytes = reinterpret_cast<const char *>(text->content);
    if (!bytes)
        return s;
    const std::string_view view(bytes);
    // Pure ASCII (most text nodes): one byte is one UTF-16 unit, no decoding needed.
    if (std::all_of(view.begin(), view.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        scan(view, [](char c) { return isAsciiSpace(static_cast<unsigned char>(c)); }, s.visible, s.gaps, s.leadingSpace,
             s.trailingSpace);
        return s;
    }
    // Decoded the way dom::textContent decodes it, so lengths are in the same UTF-16 units.
    const QString content = QString::fromUtf8(view);
    scan(content, isCollapsedSpace, s.visible, s.gaps, s.leadingSpace, s.trailingSpace);
    return s;
}

void TextIndex::append(Summary &into, const Summary &next)
{
    if (next.visible == 0) {
        into.trailingSpace = into.trailingSpace || next.trailingSpace || next.leadingSpace;
        return;
    }
    if (into.visible == 0) {
        const bool spaceBefore = into.trailingSpace || into.leadingSpace;
        into.visible = next.visible;
        into.gaps = next.gaps;
        into.leadingSpace = spaceBefore || next.leadingSpace;
        into.trailingSpace = next.trailingSpace;
        return;
    }
    into.gaps += next.gaps + ((into.trailingSpace || next.leadingSpace) ? 1 : 0);
    into.visible += next.visible;
    into.trailingSpace = next.trailingSpace;
}

TextIndex::TextIndex(const xmlNode *root)
{
    if (!dom::isElement(root))
        return;
    // Iterative post-order: hostile pages nest far deeper than the stack allows.
    struct Frame {
        const xmlNode *node;
        const xmlNode *child;
        Summary sum;
    };
    std::vector<Frame> stack{{root, root->children, {}}};
    while (!stack.empty()) {
        Frame &top = stack.back();
        const xmlNode *c = top.child;
        if (!c) {
            const Frame done = top;
            m_elements.emplace(done.node, done.sum);
            stack.pop_back();
            if (!stack.empty()) {
                Frame &parent = stack.back();
                append(parent.sum, done.sum);
                parent.sum.height = std::max(parent.sum.height, done.sum.height + 1);
                parent.child = parent.child->next;
            }
            continue;
        }
        if (dom::isElement(c)) {
            stack.push_back({c, c->children, {}});
            continue;
        }
        if (dom::isText(c))
            append(top.sum, textSummary(c));
        top.child = c->next;
    }
}

qsizetype TextIndex::innerLength(const xmlNode *n) const
{
    const auto it = m_elements.find(n);
    // Deeper than the walkers' cap, dom::textContent stops early: take its answer as is.
    if (it == m_elements.end() || it->second.height > dom::kMaxDepth)
        return dom::innerText(n).size();
    return it->second.visible + it->second.gaps;
}

} // namespace warta::content
