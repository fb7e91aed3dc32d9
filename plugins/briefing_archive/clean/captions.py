"""Photo captions without a credit, known by their place (next to a credit, under the
headline) and by their words (a picture described, nothing reported)."""

from __future__ import annotations

import re
from typing import Sequence

from .lines import _Line, _Profile
from .shapes import _EXCLAIMS, _INNER_STOP, _PARAGRAPH_START, _STOPS, _ends_with
from .vocabulary import _AGENCY_ONLY, _REPORTED

# What only a photo caption says: the picture's poses and gestures.
_PICTURE_CUE = re.compile(
    r"\b(?:shak(?:e|es|ing) hands|shook hands|clasp(?:s|ed|ing)? hands|bump(?:s|ed)? fists"
    r"|pos(?:e|es|ed|ing)(?: for| with| during| ahead| before| after|$)|gestur(?:e|es|ed|ing)\b"
    r"|wav(?:e|es|ed|ing) (?:to|at|as|from|during)|smil(?:e|es|ed|ing) (?:as|at|during|while|before)"
    r"|look(?:s|ed|ing)? on\b|listen(?:s|ed|ing)? (?:to|as|during)\b"
    r"|(?:take|takes|took|taking) (?:a|an|part in a)\s+(?:[\w-]+\s+){0,2}(?:tour|ride|walk|stroll|cruise|selfie|photo)"
    r"|(?:lay|lays|laid|laying) (?:a )?wreaths?|inspect(?:s|ed|ing)? (?:an? |the )?(?:honou?r )?guard"
    r"|review(?:s|ed|ing)? (?:an? |the )?(?:honou?r|military) guard|(?:is|are|were|was) (?:seen|pictured|photographed)"
    r"|\bpictured\b|\bseen here\b|embrac(?:e|es|ed|ing)\b|\bhug(?:s|ged|ging)?\b|toast(?:s|ed|ing)? "
    r"|family photo|group photo|photo (?:op|session|call)\b)",
    re.I,
)
# Present-tense picture description: "Xi greets Putin at the Kremlin on Monday".
_PICTURE_PRESENT = re.compile(
    r"^(?:[A-Z][\w.'’-]*,?\s+(?:(?:and|with|of|the)\s+)?){1,8}(?:meets|greets|welcomes|speaks|attends|arrives"
    r"|walks|sits|stands|addresses|delivers|chairs|signs|visits|leaves|departs|receives|holds|enters)\b"
)


def _mark_captions(lines: Sequence[_Line], headline: tuple[int, str] | None, profile: _Profile) -> None:
    """Photo captions without a credit, known by their place and their words.

    A caption sits next to an image credit ("Image: ...", "📸 ...") or right
    under the headline above the lead. A line there that does not end like a
    sentence is a caption; one that does is a caption only when it describes
    a picture ("shook hands", "took a boat tour"), or has no verb at all, and
    reports nothing. The words are English ones: elsewhere only the place and
    the missing full stop count.
    """
    content = [ln for ln in lines if ln.text]
    kept = [k for k, ln in enumerate(content) if ln.reason is None and not ln.headline]
    anchors = {k for k, ln in enumerate(content) if _credits_a_picture(ln)}  # before this pass: no chains
    english = profile.script == "latin" and profile.language in ("en", None)
    after_headline = None
    if headline is not None:
        position = next((k for k, ln in enumerate(content) if ln.number == headline[0]), None)
        after_headline = next((k for k in kept if position is not None and k > position), None)
    for index, k in enumerate(kept):
        line = content[k]
        if line.dateline or line.words < 4 or line.words > 40:
            continue
        above_credit = k + 1 in anchors  # "Scholz and Li at the Chancellery" / "Image: ..."
        near_credit = above_credit or k - 1 in anchors
        under_headline = k == after_headline and index + 1 < len(kept)
        if not (near_credit or under_headline) or line.script != "latin":
            continue
        if not _caption_words(line, near_credit, above_credit, english):
            continue
        if under_headline and not near_credit:
            following = content[kept[index + 1]]
            if not (following.sentence or following.dateline):
                continue  # nothing reads like the lead below it
        line.reason = "caption"
        for j in (k - 1, k + 1):  # an agency's name next to a caption credits the picture, not the text
            if 0 <= j < len(content) and content[j].reason == "byline" and _credits_a_picture(content[j]):
                content[j].reason, content[j].meta = "photo credit", False


def _credits_a_picture(line: _Line) -> bool:
    """An image credit or caption line; or an agency's name alone, as under a picture ("EFE")."""
    if line.reason in ("photo credit", "caption"):
        return True
    return line.reason == "byline" and line.words <= 3 and bool(_AGENCY_ONLY.match(line.text))


def _caption_words(line: _Line, near_credit: bool, above_credit: bool, english: bool) -> bool:
    """Whether a line reads as a caption: a picture described, nothing reported.

    A caption usually sits above its credit; a sentence below a credit is more
    often the lead, so there only a picture's words make it a caption.
    """
    text = line.text
    if _REPORTED.search(text) or any(q in text for q in "\"“”«»") or _PARAGRAPH_START.match(text):
        return False
    if _INNER_STOP.search(text):
        return False  # two sentences: prose
    if not _ends_with(text, _STOPS) and not _ends_with(text, _EXCLAIMS):
        return near_credit and 6 <= line.words <= 30
    if not english or line.words > 30 or _CLAUSE.search(text):
        return False  # "..., before talks that lasted three hours": a lead tells more than a picture shows
    if _PICTURE_CUE.search(text):
        return True
    if above_credit and _PICTURE_PRESENT.match(text):
        return True
    # "Li Qiang and Anthony Albanese at Parliament House on Monday.": no verb, so not the lead.
    return not _FINITE_VERB.search(text) and (above_credit or (not near_credit and not _PRESENT_VERB.search(text)))


# "Li Qiang arrives ...", "Wang Yi meets ...": a name, then a present-tense verb.
_PRESENT_VERB = re.compile(r"\b[A-Z][\w'’.-]*\s+[a-z]{2,}s\b")


_CLAUSE = re.compile(
    r"\b(?:which|that|because|although|though|whereas|amid)\b|,\s*(?:as|while|after|before|where|when|but|and|which|who)\b"
    r"|\b(?:as|while|after|since)\s+(?:the\s+)?(?:two|both|they|he|she|it|talks|leaders|ministers|officials)\b",
    re.I,
)
# A finite verb: what a lead sentence has and "X and Y at their meeting in Z on Monday." lacks.
_FINITE_VERB = re.compile(
    r"\b[a-z]{2,}ed\b|\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does"
    r"|do|met|held|said|says|told|spoke|took|made|gave|went|came|saw|sent|won|lost|led|left|began|became|brought"
    r"|found|kept|paid|set|put|sat|stood|wrote|ran|rose|fell|got|grew|knew|heard|hit|let|cut|read|sought|sold"
    r"|bought|fought|caught|drew|flew|threw|spent|built|felt|dealt|meant|struck|won't|can't|isn't|wasn't)\b"
)
