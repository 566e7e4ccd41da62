#include "content/text_index.h"

#include "content/html_document.h"

#include <QString>

#include <algorithm>
#include <bit>
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
    // Pure ASCII (most text nodes): one byte is one UTF-16 unit, no decoding needed. One
    // pass, restarted on the decoded text at the first non-ASCII byte.
    bool inSpace = false;
    for (const char *p = bytes; *p; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x80) {
            s = {};
            // Decoded the way dom::textContent decodes it, so lengths are in the same UTF-16 units.
            const QString content = QString::fromUtf8(bytes);
            scan(content, isCollapsedSpace, s.visible, s.gaps, s.leadingSpace, s.trailingSpace);
            return s;
        }
        if (isAsciiSpace(c)) {
            inSpace = true;
            continue;
        }
        if (s.visible == 0)
            s.leadingSpace = inSpace;
        else if (inSpace)
            ++s.gaps;
        ++s.visible;
        inSpace = false;
    }
    s.trailingSpace = inSpace;
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
            insert(done.node, done.sum);
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

// Fibonacci hashing: the top bits of address × 2^64/φ spread even regularly spaced nodes.
static size_t slotOf(const xmlNode *node, int shift)
{
    return size_t((quint64(reinterpret_cast<quintptr>(node)) * 0x9E3779B97F4A7C15ull) >> shift);
}

void TextIndex::insert(const xmlNode *node, const Summary &sum)
{
    // Kept at most half full; growing is cheaper than counting the elements first (that
    // walk touches every node once more).
    if (2 * (m_count + 1) > m_slots.size()) {
        std::vector<Slot> old(std::max<size_t>(64, 2 * m_slots.size()));
        old.swap(m_slots);
        m_mask = m_slots.size() - 1;
        m_shift = 64 - std::countr_zero(m_slots.size());
        m_count = 0;
        for (const Slot &slot : old)
            if (slot.node)
                insert(slot.node, slot.sum);
    }
    ++m_count;
    for (size_t i = slotOf(node, m_shift);; i = (i + 1) & m_mask) {
        if (!m_slots[i].node || m_slots[i].node == node) {
            m_slots[i] = {node, sum};
            return;
        }
    }
}

const TextIndex::Summary *TextIndex::find(const xmlNode *node) const
{
    if (m_slots.empty())
        return nullptr;
    for (size_t i = slotOf(node, m_shift);; i = (i + 1) & m_mask) {
        if (m_slots[i].node == node)
            return &m_slots[i].sum;
        if (!m_slots[i].node)
            return nullptr;
    }
}

// Same walk and depth cut as dom::textContent.
static void measureText(const xmlNode *n, int depth, auto &&addText)
{
    if (depth > dom::kMaxDepth)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (dom::isText(c))
            addText(c);
        else if (dom::isElement(c))
            measureText(c, depth + 1, addText);
    }
}

TextIndex::Measure TextIndex::measure(const xmlNode *n)
{
    Measure out;
    if (!n)
        return out;
    Summary sum;
    const auto addText = [&](const xmlNode *text) {
        append(sum, textSummary(text));
        // ',' is one byte in UTF-8 and one unit in UTF-16, never part of another character.
        for (const char *p = reinterpret_cast<const char *>(text->content); p && *p; ++p)
            out.commas += *p == ',';
    };
    if (dom::isText(n))
        addText(n);
    else
        measureText(n, 0, addText);
    out.length = sum.visible + sum.gaps;
    return out;
}

qsizetype TextIndex::innerLength(const xmlNode *n) const
{
    const Summary *sum = find(n);
    // Deeper than the walkers' cap, dom::textContent stops early: take its answer as is.
    if (!sum || sum->height > dom::kMaxDepth)
        return dom::innerText(n).size();
    return sum->visible + sum->gaps;
}

} // namespace warta::content
