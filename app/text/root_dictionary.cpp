#include "text/root_dictionary.h"

#include <QFile>

#include <stdexcept>

namespace warta::text {

namespace {

bool isPlainWord(std::string_view w)
{
    if (w.size() < 2)
        return false;
    for (char c : w) {
        if (c < 'a' || c > 'z')
            return false; // hyphenated reduplications, abbreviations with digits: never a stem result
    }
    return true;
}

} // namespace

RootDictionary RootDictionary::fromHunspell(const QByteArray &dicText)
{
    RootDictionary dict;
    const QList<QByteArray> lines = dicText.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the entry count
        QByteArray entry = lines[i].trimmed();
        const qsizetype slash = entry.indexOf('/');
        if (slash >= 0)
            entry.truncate(slash);
        // The file is ISO-8859-1 (its .aff says so); Indonesian roots are ASCII anyway.
        const std::string word = QString::fromLatin1(entry).toLower().toStdString();
        if (isPlainWord(word))
            dict.add(word);
    }
    return dict;
}

const RootDictionary &RootDictionary::builtIn()
{
    static const RootDictionary dict = [] {
        QFile file(QStringLiteral(":/text/id_ID.dic"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("the Indonesian root dictionary is missing from this build (:/text/id_ID.dic)");
        return fromHunspell(file.readAll());
    }();
    return dict;
}

} // namespace warta::text
