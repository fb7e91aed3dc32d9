"""Month, weekday and number words, and the regular expressions built from them: the
patterns the scan tries per trigger kind, and the words that make a capitalised date a name."""

from __future__ import annotations

import re

# ------------------------------------------------------------------ vocabulary

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_CJK_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def _cased(*words: str) -> str:
    """ "last" -> "[Ll]ast": lower case or capitalised (sentence start), no re.I.

    re.IGNORECASE doubled the cost of every match attempt, and month and
    weekday names must be capitalised anyway ("may meet" is not a date).
    """
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)


def _title_or_caps(*pairs: tuple[str, str]) -> str:
    """("Jan", "uary") -> Jan(?:uary)?|JAN(?:UARY)?"""
    out = []
    for head, tail in pairs:
        for h, t in ((head, tail), (head.upper(), tail.upper())):
            out.append(f"{h}(?:{t})?" if t else h)
    return "|".join(out)


_MON = (
    r"(?<![A-Za-z])(?:"
    + _title_or_caps(
        ("Jan", "uary"), ("Feb", "ruary"), ("Mar", "ch"), ("Apr", "il"), ("May", ""), ("Jun", "e"),
        ("Jul", "y"), ("Aug", "ust"), ("Sept", "ember"), ("Sep", ""), ("Oct", "ober"), ("Nov", "ember"),
        ("Dec", "ember"),
    )
    + r")(?![A-Za-z])"
)
_WD = (
    r"(?<![A-Za-z])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)"
    r"(?![A-Za-z])"
)
_WD_ABBR = r"(?<![A-Za-z])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![A-Za-z])\.?"
_WD_PREFIX = rf"(?:(?:{_WD}|{_WD_ABBR}),?\s+(?:the\s+)?)"
_YEAR = r"(?:1[89]|20)\d{2}(?![\w]|[.,:]\d)"
# a day number is not followed by more digits, a time, a decimal, "000" or "%"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\w|:\d|\.\d|,\d{3}(?!\d)|\s?%|\s?per\s?cent)"
_MONTH_CUES = _cased(
    "last", "next", "this", "coming", "past", "early", "mid", "late", "in", "since", "by", "until",
    "till", "through", "from", "during", "of", "before", "after", "between", "and", "or", "to",
)
_CJK_REL = r"前天|昨天|昨日|今天|今日|明天|明日|后天|前年|去年|今年|明年|上周|本周|下周|上个?月|本月|下个?月"
_NUMBER_WORDS = _cased("an", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve")

_ALTERNATIVES = {
    # 2023-07-18, 2023/07/18, 2023.07.18 (a time after it is not part of the date)
    "iso": rf"(?<![\w.\-/])(?P<iso_y>(?:19|20)\d{{2}})(?P<iso_s>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_s)"
    rf"(?P<iso_d>\d{{1,2}})(?!(?!T\d)\w|[.\-/]\d)",
    # 18.07.2023, 18-07-2023 (day first), 07/18/2023 (US order when unambiguous)
    "num": rf"(?<![\w.\-/:])(?P<num_a>\d{{1,2}})(?P<num_s>[-/.])(?P<num_b>\d{{1,2}})(?P=num_s)"
    rf"(?P<num_y>(?:19|20)\d{{2}})(?![\w]|[.\-/]\d)",
    # 2023年7月18日, 7月18日, 2023年7月, 去年11月
    # 2024년 5월 26일 (Korean) alike
    "cjk": r"(?:(?<!\d)(?P<cjk_y>\d{4})\s*[年년]\s*|(?P<cjk_ry>[前去今明])年)?(?<!\d)(?P<cjk_m>\d{1,2})\s*[月월]"
    r"(?:\s*(?P<cjk_d>\d{1,2})\s*[日号일])?",
    "cjky": r"(?<!\d)(?P<cjky>\d{4})\s*[年년]",
    "cjkrel": rf"(?P<cjk_rel>{_CJK_REL})|(?:星期|礼拜|周)(?P<cjk_wd>[一二三四五六日天])",
    # July 18, 2023 / Tuesday, Sept. 1 / July 18-19
    "mdy": rf"(?P<mdy_mon>{_MON})\.?\s+(?P<mdy_d>{_DAY})"
    rf"(?:(?:\s*[-–]\s*|\s+(?:to|through)\s+)(?P<mdy_d2>{_DAY}))?(?:,?\s+(?P<mdy_y>{_YEAR}))?",
    # 18-Jul-2023, 18-Jul-23 (page furniture)
    "hyph": rf"(?<![\w.\-/])(?P<hyph_d>\d{{1,2}})-(?P<hyph_mon>{_MON})-(?P<hyph_y>(?:19|20)?\d{{2}})(?![\w\-])",
    # 18 July 2023 / 1st of September / 18-19 July
    "dmy": rf"(?<![\w.,:/$£€\-])(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*[-–]\s*(?P<dmy_d2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<dmy_mon>{_MON})\.?"
    rf"(?:,?\s+(?P<dmy_y>{_YEAR}))?",
    # July 2023 / last November / in early July / November's
    "mon": rf"(?:(?<![A-Za-z])(?P<mon_cue>{_MONTH_CUES})[\s-]+(?:(?P<mon_part>early|mid|late)[\s-]+)?)?"
    rf"(?P<mon_mon>{_MON})(?!\.?\s+\d{{1,2}}(?!\d))\.?(?P<mon_pos>['’]s)?(?:,?\s+(?P<mon_y>{_YEAR}))?",
    # Tuesday / last Tuesday / Tuesday's
    "wd": rf"(?:(?<![A-Za-z])(?P<wd_rel>{_cased('last', 'next', 'this', 'coming', 'past')})\s+)?"
    rf"(?P<wd>{_WD})(?:['’]s)?",
    # yesterday / last week / two days ago
    "rel": r"\b(?P<rel_day>" + _cased("the") + r"\s+day\s+before\s+yesterday|" + _cased("the")
    + r"\s+day\s+after\s+tomorrow|" + _cased("yesterday", "today", "tomorrow", "tonight") + "|"
    + _cased("last") + r"\s+night|" + _cased("this") + r"\s+(?:morning|afternoon|evening))\b",
    "per": r"\b(?P<per_q>" + _cased("last", "this", "next") + "|" + _cased("earlier", "later")
    + r"\s+this)\s+(?P<per>week|weekend|month|year)\b",
    "ago": rf"\b(?P<ago_n>\d{{1,3}}|{_NUMBER_WORDS})\s+(?P<ago_u>day|week|month|year)s?\s+ago\b",
    # a year on its own: 2022, "in 2019", "by 2030"
    "yr": rf"(?<![\w$£€#.,:/])(?P<yr>{_YEAR})(?!%|\s?per\s?cent|-\d{{1,2}}-)",
}


def _compile(*names: str, weekday_prefix: bool = False) -> re.Pattern[str]:
    """One pattern of the named alternatives, in the given (priority) order."""
    parts = []
    for name in names:
        alt = _ALTERNATIVES[name]
        if weekday_prefix:  # "Tuesday, July 18": the weekday starts the match
            alt = rf"(?P<{name}_wd>{_WD_PREFIX}){alt}"
        parts.append(alt)
    return re.compile("|".join(parts))


# The pattern tried depends on what triggered the attempt (see ``_triggers``):
# smaller alternations fail faster, and each attempt is the scan's main cost.
_AT_DIGIT = _compile("iso", "num", "hyph", "cjk", "cjky", "dmy", "ago", "yr")
_AT_MONTH = _compile("mdy", "mon")
_AT_WORD = re.compile(
    _compile("mdy", "dmy", weekday_prefix=True).pattern + "|" + _compile("wd", "rel", "per", "ago").pattern
)
_AT_CJK = _compile("cjk", "cjky", "cjkrel")
_BY_TRIGGER = (_AT_DIGIT, _AT_MONTH, _AT_WORD, _AT_CJK)

# Words that may stand, capitalised, right before a date without making it a name.
_FUNCTION_WORDS = {
    "in", "since", "by", "until", "till", "between", "from", "during", "before", "after",
    "through", "throughout", "early", "late", "mid", "end", "of", "and", "or", "to", "for",
    "as", "at", "circa", "the", "on", "last", "next", "this", "that", "spring", "summer",
    "autumn", "fall", "winter", "year", "fiscal", "but", "so", "then", "also", "only", "even",
    "unlike", "like", "with", "within", "across",
}
_COUNT_WORDS = {
    "about", "some", "nearly", "around", "approximately", "than", "least", "almost", "roughly",
    "total", "number", "estimated", "additional", "another", "over", "under", "top",
}
_TEMPORAL_PREPS = {
    "on", "last", "next", "this", "since", "by", "until", "till", "from", "before", "after",
    "coming", "early", "late", "through", "every", "each", "that", "past", "and", "or",
}
_HOLIDAY_WORDS = {
    "good", "black", "super", "cyber", "bloody", "easter", "ash", "palm", "holy", "maundy",
    "shrove", "fat", "giving", "blue", "manic", "small",
}
