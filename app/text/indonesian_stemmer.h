#pragma once

#include "text/root_dictionary.h"

#include <QString>

#include <string>
#include <string_view>

namespace warta::text {

/// Indonesian stemmer of the Nazief–Adriani family (confix stripping checked against a
/// root-word dictionary), with the Enhanced Confix Stripping prefix table for sound changes.
///
/// Instead of stopping at the first dictionary hit along one fixed path, it tries every
/// reading the rules allow (particle, possessive, one derivational suffix, up to three
/// prefixes) and picks among the readings that end in a dictionary root: fewest inflectional
/// endings removed first ("bermasalah" is masalah, not masa + -lah), then the longest root
/// across suffix readings ("memakai" is pakai, not maka + -i). The readings of one prefix
/// are tried in rule order and the first that reaches a root wins ("berada": ber-ada
/// before be-rada; "memakan": makan before pakan).
/// A word that is itself in the dictionary is returned whole ("berita", "menteri"); a word
/// with no reading is returned unchanged. Input: one lowercase word; anything that is not
/// plain a–z (digits, other scripts) is returned unchanged.
///
/// Thread-safe: stem() is const and the dictionary is read-only.
class IndonesianStemmer {
public:
    explicit IndonesianStemmer(const RootDictionary &dictionary = RootDictionary::builtIn())
        : m_dict(dictionary) {}

    [[nodiscard]] std::string stem(std::string_view word) const;
    /// Lowercases first; convenient for the CLI and tests.
    [[nodiscard]] QString stem(const QString &word) const;

private:
    struct Best;
    void tryForm(std::string_view form, int inflections, Best &best) const;
    bool stripPrefixes(std::string_view word, std::string_view suffix, int depth, int lastPrefix,
                       int inflections, Best &best) const;
    [[nodiscard]] std::string stemPlain(std::string_view word) const;

    const RootDictionary &m_dict;
};

} // namespace warta::text
