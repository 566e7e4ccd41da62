#include "content/boilerplate_filter.h"

#include "content/html_document.h"
#include "content/readability_scorer.h"
#include "content/text_index.h"

#include <QRegularExpression>

#include <string_view>

namespace warta::content {

bool isBoilerplateParagraph(const QString &text)
{
    using RX = QRegularExpression;
    static const RX patterns[] = {
        // Desk initials close Indonesian articles: "(das/eds)", "(asa)", "(rns/ega)".
        RX(QStringLiteral("^\\(\\s*[a-z0-9]{1,5}(\\s*[/,]\\s*[a-z0-9]{1,5})*\\s*\\)$")),
        RX(QStringLiteral("^(penulis|editor|pewarta|sumber|reporter|fotografer|penyunting|redaktur|kontributor)\\s*:"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^copyright\\s*(©|\\(c\\)|\\d)"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^laporan (wartawan|reporter|koresponden)\\b"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^artikel ini (telah|sudah) (tayang|terbit|dimuat)"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^dapatkan (update|informasi|berita)\\b.*(setiap hari|telegram|whatsapp|google news)"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^simak (video|juga video)\\b"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^\\[gambas:[^\\]]*\\]$"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^simak\\b.{0,120}\\bdi halaman (berikut|berikutnya|selanjutnya)\\.?$"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^(halaman|hal\\.?)\\s*:?\\s*(\\d+\\s*)+(selanjutnya|berikutnya)?$"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^(halaman )?(selanjutnya|berikutnya|sebelumnya)\\s*(»|›|>)?$"), RX::CaseInsensitiveOption),
        RX(QStringLiteral("^(advertisement|scroll to (continue|resume) with content|iklan)$"), RX::CaseInsensitiveOption),
    };
    if (text.isEmpty())
        return true;
    if (text.size() > 400)
        return false;
    // Every pattern is anchored and starts with one of these characters (either case), so
    // most paragraphs are settled without running twelve regexes. Non-ASCII first characters
    // go through them all: caseless PCRE also matches e.g. U+212A KELVIN SIGN for "k".
    if (const char16_t first = text.front().unicode(); first < 0x80) {
        static constexpr std::u16string_view kFirst = u"([pesrfkcladhbiPESRFKCLADHBI";
        if (kFirst.find(first) == std::u16string_view::npos)
            return false;
    }
    for (const RX &re : patterns)
        if (re.match(text).hasMatch())
            return true;
    return false;
}

bool isCaptionElement(const xmlNode *n)
{
    static const QRegularExpression captionClass(QStringLiteral("caption|wp-caption|photo__author|img-credit|foto-credit|keterangan"),
                                                 QRegularExpression::CaseInsensitiveOption);
    return dom::is(n, "figcaption") || captionClass.match(dom::attr(n, "class")).hasMatch();
}

void removeBoilerplate(xmlNode *article)
{
    const auto nodes = dom::descendants(article);
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        xmlNodePtr n = *it;
        const QString t = dom::tag(n);
        static const QStringList blocks = {"p", "div", "span", "section", "li", "h2", "h3", "h4", "h5", "h6", "strong", "b", "table", "blockquote"};
        if (!blocks.contains(t) || dom::hasDescendant(n, kRelatedMarkerTag))
            continue;
        if (dom::hasDescendant(n, "img"))
            continue;
        // Empty or longer than any boilerplate line: settled without building the text.
        if (const qsizetype length = TextIndex::measure(n).length; length == 0 || length > 400)
            continue;
        const QString text = dom::innerText(n);
        if (!text.isEmpty() && isBoilerplateParagraph(text))
            dom::remove(n);
    }
}

} // namespace warta::content
