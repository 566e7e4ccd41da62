#pragma once

#include <libxml/tree.h>

#include <QtGlobal>

#include <vector>

namespace warta::content {

/// innerText lengths of every element of one subtree, computed in a single pass.
///
/// Readability-style code asks "how long is this element's text?" at nearly every node;
/// building the collapsed string each time is O(subtree), so a page costs O(n·depth).
/// Collapsed-whitespace length composes over children (a small monoid: non-space count,
/// inner gaps, leading/trailing space), so one post-order walk answers every node in O(1).
///
/// Answers are exact: equal to dom::innerText(n).size() (and its sum over links), including
/// the kMaxDepth cut — elements deeper than that below `n`, unknown nodes and non-elements
/// fall back to building the text. The index describes the tree as it was when built: it
/// stays valid for an element as long as nothing inside that element's subtree has been
/// added or removed since (callers rely on exactly that; see the uses).
class TextIndex {
public:
    explicit TextIndex(const xmlNode *root);

    /// dom::innerText(n).size().
    [[nodiscard]] qsizetype innerLength(const xmlNode *n) const;

    /// dom::innerText(n).size() and how many ',' it holds, for a tree that is being
    /// rewritten (no index can stay valid): one walk over the text nodes, same depth cut,
    /// but no string is built.
    struct Measure {
        qsizetype length = 0;
        qsizetype commas = 0;
    };
    [[nodiscard]] static Measure measure(const xmlNode *n);

private:
    struct Summary {
        qsizetype visible = 0; ///< characters that are not whitespace
        qsizetype gaps = 0;    ///< whitespace runs between two visible characters
        bool leadingSpace = false;  ///< whitespace before the first visible character
        bool trailingSpace = false; ///< whitespace after the last one (or anywhere, if none)
        int height = 0;             ///< element levels below this one
    };
    static Summary textSummary(const xmlNode *text);
    static void append(Summary &into, const Summary &next);

    // Open addressing (linear probing) over a power-of-two table: one allocation per index
    // instead of one per element, which std::unordered_map costs.
    struct Slot {
        const xmlNode *node = nullptr;
        Summary sum;
    };
    void insert(const xmlNode *node, const Summary &sum);
    [[nodiscard]] const Summary *find(const xmlNode *node) const;
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 64;
    size_t m_count = 0;
};

} // namespace warta::content
