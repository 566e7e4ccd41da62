#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_set>

namespace warta::text {

/// The set of Indonesian root words the stemmer accepts as results. Loaded from the
/// hunspell-id dictionary compiled into the build (see app/text/CMakeLists.txt): every
/// entry with its affix flags ("tolak/B0D0M0") stripped, lowercased, ASCII letters only.
class RootDictionary {
public:
    RootDictionary() = default;
    /// Parses hunspell .dic text: first line is the entry count, then "word[/FLAGS]".
    static RootDictionary fromHunspell(const QByteArray &dicText);
    /// The dictionary compiled into this build (loaded once, thread-safe).
    /// Throws std::runtime_error if the resource is missing (a broken build).
    static const RootDictionary &builtIn();

    void add(std::string_view word) { m_words.emplace(word); }
    [[nodiscard]] bool contains(std::string_view word) const { return m_words.find(word) != m_words.end(); }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_words.size()); }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_set<std::string, Hash, std::equal_to<>> m_words;
};

} // namespace warta::text
