"""Prompts and menus (related links, share, comment and subscription prompts, ads,
navigation rows, breadcrumbs): the UI vocabulary of one line or menu item."""

from __future__ import annotations

import re
from typing import Sequence

from .lines import _word_count
from .shapes import _STOPS, _ends_with
from .text import _CJK_RE, _WORD
from .vocabulary import (
    _ADVERT, _ADVERT_LABEL, _CHAPTER, _COMMENT, _COMMENT_HINTS, _CONTACT, _CRUMB_SEP, _CRUMB_STRONG,
    _DESK_CODE, _EMBED, _HASHTAGS, _LINK_SEPARATORS, _LIST_MARKS, _LIST_SEP, _MAILING, _MAILING_HINTS,
    _MEDIA_FURNITURE, _NAV_PHRASE, _PRIVACY_NOTICE, _RELATED_HEADER, _RELATED_MARKER, _RELATED_PHRASE,
    _RELATED_PHRASE_CJK, _REPORTED, _SECTION_WORDS, _SHARE_CORE, _SHARE_WORDS, _SUBSCRIBE, _SUBSCRIBE_CJK,
    _SUBSCRIBE_HINTS, _SUBSCRIBE_LONG, _SUBSCRIBE_SHORT, _UI_HINTS, _UI_MISC, _has, _ui_key,
)

_NEWSLETTER = re.compile(
    r"^(?:thanks|thank you) for (?:reading|subscribing)\b|^.{0,60}?\bis an? (?:reader|listener)-supported publication\b"
    r"|^discover more from\b|^(?:type|enter|add) (?:your )?e-?mail\b|^your e-?mail(?: address)?$"
    r"|^upgrade to paid\b|^(?:give a gift|get \d+% off|start (?:your )?(?:free )?trial)\b|^restack\b"
    r"|^(?:refer a friend|share this post|subscribed|subscribe now|pledge your support)$"
    r"|^join (?:\S+ ){0,3}(?:telegram|whatsapp|viber|signal|line) (?:channel|group|community)\b",
    re.I,
)
# Telegram: "TASS, [12.07.24 14:05]" heads a copied post; "@tass_agency", "👁 12.3K" are its furniture.
_TELEGRAM_HEAD = re.compile(r"^[^\[\]]{2,60},\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]$")
_FORWARDED = re.compile(r"^forwarded from\b", re.I)
_HANDLE_ONLY = re.compile(r"^(?:@\w{3,40}|t\.me/\S+|\U0001f441\ufe0f?\s*[\d.,]+\s*[kKmM]?)$")
_RELEASE_LABEL = re.compile(
    r"^(?:for immediate release|embargoed(?: until| till)?\b.*|press release|news release|media release|press statement"
    r"|(?:- )?page \d+(?: of \d+)?(?: -)?|-\s*\d+\s*-|end(?:s)? of (?:release|statement)"
    r"|(?:no|nr|ref|reference)\.?\s*:?\s*\d[\d/.-]*)$",
    re.I,
)


_PAGE_MARK = re.compile(r"\bpage \d+ ?(?:of|/) ?\d+\b")


def _prompt_rule(text: str, raw: str, key: str, words: float) -> str | None:
    """Related links, share/comment/subscription prompts, ads, navigation.

    A row of menu items ("News  World  Sport", "Advertisement · Scroll to
    continue") is junk when every item is.
    """
    if words > 40 or (_ends_with(text, _STOPS) and _REPORTED.search(text)):
        return None  # reported speech ("Click here, the spokesman said.") is prose
    if _NEWSLETTER.match(key):
        return "subscription"
    if words <= 12 and (_HANDLE_ONLY.match(text) or _RELEASE_LABEL.match(key)):
        return "navigation"
    if words <= 15 and "page" in key and _PAGE_MARK.search(key):
        return "navigation"  # a PDF's running header or footer: "Ministry ... - Press Release 045 Page 2 of 2"
    parts = _list_items(text, raw)
    if len(parts) >= 3 and all(_word_count(p) <= 4 for p in parts):
        return _market_or_menu(parts)
    reason = _ui_rule(text, words, key)
    if reason or words > 20 or len(parts) < 2:
        return reason
    reasons = [_ui_rule(p.strip(), _word_count(p)) for p in parts]
    return reasons[0] if all(reasons) else None


def _list_items(text: str, raw: str) -> list[str]:
    """The items of a menu row ("News  World  Sport", "Home | World"); just the line when it is none.

    A line with single spaces only and no separator character is not split (the common case).
    """
    if raw == text and not _has(raw, _LIST_MARKS):
        return [raw] if raw.strip() else []
    return [p for p in _LIST_SEP.split(raw) if p.strip()]


def _market_or_menu(parts: Sequence[str]) -> str:
    """A row of short items: figures make it a market ticker, words a menu."""
    figures = sum(1 for p in parts if re.search(r"\d", p))
    return "ticker" if figures >= 0.5 * len(parts) else "navigation"


def _ui_rule(text: str, words: float, key: str | None = None) -> str | None:
    """The UI vocabulary class of one line or menu item, if it has one."""
    key = _ui_key(text) if key is None else key
    phrase = _RELATED_PHRASE.match(key) or _RELATED_PHRASE_CJK.match(key)
    if phrase and (words <= 12 or (words <= 40 and key[phrase.end() :].lstrip()[:1] in _LINK_SEPARATORS)):
        return "related links"
    if words <= 25 and _RELATED_MARKER.match(text):
        return "related links"
    if words <= 40 and _has(key, _MAILING_HINTS) and _MAILING.search(key):
        return "subscription"
    if words <= 25 and ("pic.twitter.com" in key or "(@" in text and _EMBED.search(text)):
        return "social embed"
    if words <= 60 and _PRIVACY_NOTICE.match(text) and _has(key, _SUBSCRIBE_HINTS):
        return "subscription"  # "Privacy Notice: Newsletters may contain info about charities ..."
    if words > 14:
        return "subscription" if words <= 40 and _SUBSCRIBE_LONG.match(key) else None
    if words <= 12 and _CONTACT.match(key):
        return "contact details"
    tokens = _WORD.findall(key)
    if not tokens and not any(ch.isdigit() for ch in key):
        return "separator"
    if tokens and len(tokens) <= 10 and set(tokens) <= _SHARE_WORDS and set(tokens) & _SHARE_CORE:
        return "share prompt"
    if _CJK_RE.search(key) and len(key) <= 10 and "分享" in key:
        return "share prompt"
    if (_has(key, _COMMENT_HINTS) and _COMMENT.search(key)) or (
        len(key) <= 12 and ("评论" in key or "留言" in key)
    ):
        return "comment prompt"
    if _SUBSCRIBE.match(key) or _SUBSCRIBE_CJK.match(key):
        return "subscription"
    if words <= 14 and _has(key, _SUBSCRIBE_HINTS) and _SUBSCRIBE_SHORT.search(key):
        return "subscription"
    if _ADVERT.match(key) or _ADVERT_LABEL.match(key):
        return "advertisement"
    if key in _RELATED_HEADER:
        return "related links"
    if _NAV_PHRASE.match(key) or (words <= 14 and _has(key, _UI_HINTS) and _UI_MISC.search(key)):
        return "navigation"
    if tokens and len(tokens) <= 5 and all(t in _SECTION_WORDS for t in tokens):
        return "navigation"
    if _HASHTAGS.match(text):
        return "navigation"
    if (words <= 12 and _CHAPTER.match(text)) or _MEDIA_FURNITURE.match(key):
        return "navigation"
    if _DESK_CODE.match(key):
        return "credit"
    return None


def _breadcrumb(text: str) -> str | None:
    """The last crumb of "Home » Section » Headline", or None if not a breadcrumb."""
    parts = [p.strip() for p in _CRUMB_SEP.split(text) if p.strip()]
    if len(parts) < 2 or _word_count(parts[0]) > 3:
        return None
    if any(_word_count(p) > 5 for p in parts[1:-1]):
        return None
    first = _WORD.findall(parts[0].lower())
    if not _CRUMB_STRONG.search(text) and not all(t in _SECTION_WORDS for t in first):
        return None
    return parts[-1]
