#include "core/dates.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// One tolerant, token-based parser for every textual form instead of a chain of strict
// formats: feeds and Indonesian pages mix weekday names, commas, "|" separators, site
// prefixes and zones in every order, so we classify tokens and then check that the pieces
// found make exactly one date. Any token holding digits must be understood, otherwise the
// text is rejected: that keeps garbage ("2013-xx-27", "+zz:00") from becoming a date.

namespace warta {
namespace {

int monthFromName(const QString &word)
{
    // Full English and Indonesian names; a prefix of at least three letters also matches
    // ("Agu", "Sept", "Okt." after the dot is stripped).
    static const char *const kFull[12][2] = {
        {"january", "januari"},   {"february", "februari"}, {"march", "maret"},
        {"april", "april"},       {"may", "mei"},           {"june", "juni"},
        {"july", "juli"},         {"august", "agustus"},    {"september", "september"},
        {"october", "oktober"},   {"november", "november"}, {"december", "desember"}};
    // Abbreviations that are not prefixes of either full name.
    static const QHash<QString, int> kOdd = {{QStringLiteral("agt"), 8}, {QStringLiteral("ags"), 8},
                                             {QStringLiteral("peb"), 2}, {QStringLiteral("pebruari"), 2},
                                             {QStringLiteral("nop"), 11}, {QStringLiteral("nopember"), 11},
                                             {QStringLiteral("sept"), 9}};
    if (const auto it = kOdd.constFind(word); it != kOdd.constEnd())
        return it.value();
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        for (const char *name : kFull[m]) {
            if (QLatin1String(name).startsWith(word))
                return m + 1;
        }
    }
    return 0;
}

std::optional<int> namedZone(const QString &word)
{
    // Hours east of UTC. The US single-letter-less names and MET/MEST follow feedparser.
    static const QHash<QString, int> kZones = {
        {QStringLiteral("ut"), 0},    {QStringLiteral("utc"), 0},   {QStringLiteral("gmt"), 0},
        {QStringLiteral("z"), 0},     {QStringLiteral("etc/gmt"), 0}, {QStringLiteral("etc/utc"), 0},
        {QStringLiteral("adt"), -3},  {QStringLiteral("ast"), -4},  {QStringLiteral("at"), -4},
        {QStringLiteral("edt"), -4},  {QStringLiteral("est"), -5},  {QStringLiteral("et"), -5},
        {QStringLiteral("cdt"), -5},  {QStringLiteral("cst"), -6},  {QStringLiteral("ct"), -6},
        {QStringLiteral("mdt"), -6},  {QStringLiteral("mst"), -7},  {QStringLiteral("mt"), -7},
        {QStringLiteral("pdt"), -7},  {QStringLiteral("pst"), -8},  {QStringLiteral("pt"), -8},
        {QStringLiteral("met"), 1},   {QStringLiteral("mest"), 2},  {QStringLiteral("cet"), 1},
        {QStringLiteral("cest"), 2},  {QStringLiteral("bst"), 1},   {QStringLiteral("wib"), 7},
        {QStringLiteral("wita"), 8},  {QStringLiteral("wit"), 9},   {QStringLiteral("sgt"), 8},
        {QStringLiteral("jst"), 9}};
    if (const auto it = kZones.constFind(word); it != kZones.constEnd())
        return it.value() * 3600;
    return std::nullopt;
}

std::optional<int> militaryZone(const QString &word)
{
    // RFC 822 as written (A = -1 ... M = -12, N = +1 ... Y = +12), as feedparser does.
    if (word.size() != 1)
        return std::nullopt;
    const char c = word.at(0).toLatin1();
    if (c == 'z')
        return 0;
    if (c >= 'a' && c <= 'i')
        return -(c - 'a' + 1) * 3600;
    if (c >= 'k' && c <= 'm')
        return -(c - 'k' + 10) * 3600;
    if (c >= 'n' && c <= 'y')
        return (c - 'n' + 1) * 3600;
    return std::nullopt;
}

/// "+0700", "-07:00", "+7", "gmt-01:01", "utc+7"; nullopt if not an offset at all.
std::optional<int> numericZone(const QString &word, bool *malformed)
{
    static const QRegularExpression re(QStringLiteral("^(?:gmt|utc|ut)?([+-])(\\d{1,2})(?::?(\\d{2}))?$"));
    QString w = word;
    if (w.startsWith(QLatin1String("gmt")) || w.startsWith(QLatin1String("utc")) || w.startsWith(QLatin1String("ut"))) {
        if (w == QLatin1String("gmt") || w == QLatin1String("utc") || w == QLatin1String("ut"))
            return 0;
    } else if (!w.startsWith(QLatin1Char('+')) && !w.startsWith(QLatin1Char('-'))) {
        return std::nullopt;
    }
    const auto m = re.match(w);
    if (!m.hasMatch()) {
        *malformed = true;
        return std::nullopt;
    }
    const int hours = m.captured(2).toInt();
    const int minutes = m.capturedLength(3) ? m.captured(3).toInt() : 0;
    if (hours > 23 || minutes > 59) {
        *malformed = true;
        return std::nullopt;
    }
    const int seconds = hours * 3600 + minutes * 60;
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

int expandYear(const QString &digits)
{
    const int y = digits.toInt();
    if (digits.size() > 2)
        return y;
    return y < 50 ? 2000 + y : 1900 + y; // RFC 2822 section 4.3
}

struct Pieces {
    int year = -1, month = 0, day = 0;
    int hour = -1, minute = 0, second = 0;
    std::optional<int> zone;
    bool pm = false, am = false;
    QStringList numbers; // bare numbers not yet assigned (day, year)
};

bool takeTime(const QString &token, Pieces &p, bool *bad)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?|\\.(\\d{2}))(.*)$"));
    const auto m = re.match(token);
    if (!m.hasMatch())
        return false;
    if (p.hour >= 0) {
        *bad = true;
        return true;
    }
    p.hour = m.captured(1).toInt();
    p.minute = (m.capturedLength(2) ? m.captured(2) : m.captured(4)).toInt();
    p.second = m.capturedLength(3) ? m.captured(3).toInt() : 0;
    if (p.hour > 24 || p.minute > 59 || p.second > 60 || (p.hour == 24 && (p.minute || p.second))) {
        *bad = true;
        return true;
    }
    const QString rest = m.captured(5);
    if (rest.isEmpty())
        return true;
    if (rest == QLatin1String("am") || rest == QLatin1String("pm")) {
        (rest == QLatin1String("pm") ? p.pm : p.am) = true;
        return true;
    }
    bool malformed = false;
    if (auto z = numericZone(rest, &malformed))
        p.zone = z;
    else if (auto n = namedZone(rest))
        p.zone = n;
    else
        *bad = true;
    return true;
}

bool takeNumericDate(const QString &token, Pieces &p, bool *bad)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})([-/.])(\\d{1,3})\\2(\\d{1,4})$"));
    const auto m = re.match(token);
    if (!m.hasMatch())
        return false;
    if (p.month) {
        *bad = true;
        return true;
    }
    const QString a = m.captured(1), b = m.captured(3), c = m.captured(4);
    if (a.size() == 4) { // 2020-08-26, 2006/09/15
        p.year = a.toInt();
        p.month = b.toInt();
        p.day = c.toInt();
    } else if (c.size() == 4 || c.size() == 2) { // 26/08/2020 (day first, as Indonesia writes it)
        p.day = a.toInt();
        p.month = b.toInt();
        p.year = expandYear(c);
        if (p.month > 12 && p.day <= 12) // clearly US order
            std::swap(p.day, p.month);
    } else {
        *bad = true;
    }
    return true;
}

std::optional<QDateTime> parseIsoPartial(const QString &s)
{
    // Dates too short for the token path: "2003", "2003-12", "031231", "03-12-31", "-0312".
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})(?:-(\\d{2}))?$"));
    static const QRegularExpression twoDigit(QStringLiteral("^(\\d{2})-?(\\d{2})-?(\\d{2})$"));
    static const QRegularExpression centuryless(QStringLiteral("^-(\\d{2})-?(\\d{2})$"));
    int y = 0, mo = 1, d = 1;
    if (auto m = yearMonth.match(s); m.hasMatch()) {
        y = m.captured(1).toInt();
        mo = m.capturedLength(2) ? m.captured(2).toInt() : 1;
    } else if (auto m2 = twoDigit.match(s); m2.hasMatch()) {
        y = 2000 + m2.captured(1).toInt();
        mo = m2.captured(2).toInt();
        d = m2.captured(3).toInt();
    } else if (auto m3 = centuryless.match(s); m3.hasMatch()) {
        y = 2000 + m3.captured(1).toInt();
        mo = m3.captured(2).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(y, mo, d);
    if (!date.isValid())
        return QDateTime();
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

} // namespace

QDateTime parseDate(QStringView text, int defaultOffsetSeconds)
{
    QString s = text.toString().trimmed().toLower();
    if (s.isEmpty())
        return {};
    // Typographic apostrophes in "Jum’at" and non-breaking spaces from HTML.
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    if (auto partial = parseIsoPartial(s))
        return *partial;

    // Separate an ISO "T" (with or without stray spaces around it) from date and time.
    static const QRegularExpression isoT(QStringLiteral("(\\d)\\s*t\\s*(\\d)"));
    s.replace(isoT, QStringLiteral("\\1 \\2"));
    // "Feb," "2012" - commas, bars and parentheses are only separators.
    static const QRegularExpression separators(QStringLiteral("[,|()\\[\\]]"));
    s.replace(separators, QStringLiteral(" "));
    const QStringList tokens = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    Pieces p;
    bool bad = false;
    for (QString token : tokens) {
        while (token.endsWith(QLatin1Char('.')) && token.size() > 1)
            token.chop(1);
        if (token == QLatin1String("-") || token == QLatin1String("/"))
            continue;
        bool hasDigit = false;
        for (QChar c : token)
            hasDigit = hasDigit || c.isDigit();
        if (!hasDigit) {
            if (const int m = monthFromName(token); m && !p.month) {
                p.month = m;
            } else if (token == QLatin1String("am") || token == QLatin1String("pm")) {
                (token == QLatin1String("pm") ? p.pm : p.am) = true;
            } else if (auto z = namedZone(token); z && p.hour >= 0) {
                // Only after the time: "at", "et" are also ordinary words before it.
                p.zone = z;
            } else if (p.hour >= 0 && !p.zone && militaryZone(token)) {
                p.zone = militaryZone(token);
            } else if (token.startsWith(QLatin1Char('+')) || (token.startsWith(QLatin1Char('-')) && token.size() > 1)) {
                return {}; // "+zz:00"
            }
            // Anything else ("Rabu", "pukul", "diperbarui", "Kompas.com") carries no date.
            continue;
        }
        bool allDigits = true;
        for (QChar c : token)
            allDigits = allDigits && c.isDigit();
        if (allDigits) {
            p.numbers << token;
            continue;
        }
        bool malformed = false;
        if (auto z = numericZone(token, &malformed)) {
            p.zone = z;
            continue;
        }
        if (malformed)
            return {};
        if (takeTime(token, p, &bad) || takeNumericDate(token, p, &bad)) {
            if (bad)
                return {};
            continue;
        }
        return {}; // digits we do not understand: "1:2:3:4", "2013-01-27-01"
    }

    // Bare numbers give the day and year next to a month name ("26 Agustus 2020",
    // "Aug 30 2012", "Jul 15 ... 2012").
    if (p.year < 0) {
        if (!p.month || p.numbers.size() != 2)
            return {};
        QString dayText = p.numbers.at(0), yearText = p.numbers.at(1);
        if (dayText.size() > 2 && yearText.size() <= 2)
            std::swap(dayText, yearText);
        if (dayText.size() > 2)
            return {};
        p.day = dayText.toInt();
        p.year = expandYear(yearText);
    } else if (!p.numbers.isEmpty()) {
        return {};
    }
    if (p.hour < 0)
        p.hour = 0;
    if (p.pm && p.hour < 12)
        p.hour += 12;
    else if (p.am && p.hour == 12)
        p.hour = 0;
    const QDate date(p.year, p.month, p.day);
    if (!date.isValid())
        return {};
    int addDays = 0;
    if (p.hour == 24) {
        p.hour = 0;
        addDays = 1;
    }
    const QTime time(p.hour, p.minute, qMin(p.second, 59)); // leap second: clamp
    const int offset = p.zone.value_or(defaultOffsetSeconds);
    return QDateTime(date.addDays(addDays), time, Qt::UTC).addSecs(-offset);
}

} // namespace warta
