"""Date expressions: find them in sentences and resolve them against the anchor.

The anchor is the publication date: news prose says "on Tuesday", "Sept 1" or
"last November" and leaves the year to the reader. Resolution rules:

* Weekdays: the most recent such day on or before the anchor ("on Tuesday" in
  a Tuesday article is that day), or the next on or after it when the
  sentence speaks of the future. "last Tuesday" is strictly before, "next
  Tuesday" strictly after, "this Tuesday" in the anchor's Monday-Sunday week.
* Day and month without a year ("Sept 1"): the latest on or before the anchor
  (earliest on or after it for the future); up to two days after the anchor
  still counts as "on or before" (wire copy is dated where it is filed, one
  time zone ahead of the publisher). A year written nearby in a range
  ("Nov 30 to Dec 12, 2023") is borrowed. ``uncertain`` is set when the other
  choice of year would lie nearer the anchor, i.e. the guess could be wrong.
* Months: "last November" is the latest November before the anchor's month,
  "in June" the latest on or before it (same nearer-year test as above).
* Weeks have no precision of their own: "last week" resolves to the Monday of
  the previous week, precision "day", always ``uncertain``. Value is the
  first day an expression denotes, as for months and years.
* No anchor and no year: value ``None`` and ``uncertain``; nothing is invented.

``future`` is decided per mention from the nearest tense cue: the last cue
to its left (back to the previous date in the sentence), else the first to
its right, else the previous mention's (ranges), else past.

Why regular expressions and not ``dateparser``: measured on the seed
sentences, ``dateparser.search.search_dates`` 1.5.0 cost 2.6 ms per sentence
(10,000 articles of ~25 sentences: about 11 minutes) and 0.13 s to import;
it made false hits ("We" read as Wednesday, "After four hours of" as 04:00,
"in a month" and "by 2030 and" as dates) and resolved "on Tuesday" in a
Tuesday article to the week before. This package costs about 0.01 ms for a
sentence without a date and 0.05-0.1 ms for one with a date (0.03 ms on
average over the seeds), needs no dependency, and every rule is visible here.
The speed comes from matching only around "triggers" (digits, month stems,
date words) with a pattern chosen by the trigger's kind; see ``_scan``.

The package, each module importing only those listed above it:

* ``vocabulary``: month, weekday and number words; the patterns tried per trigger kind;
* ``parsing``: ``_scan``, the expressions of a text (``_Expr``), false hits rejected;
* ``resolution``: an expression's value against the anchor; ``resolve``, ``resolve_range``;
* ``tense``: past or future per mention; ``find_dates``;
* ``dateline``: ``Dateline`` and ``parse_dateline``;
* ``metadata_lines``: dates on metadata lines, ranked as publication-date candidates;
* ``evidence``: dates in URLs, copyright years, furniture timestamps, the lead's weekday;
* ``publication``: ``find_publication_date``, the choice among the candidates.
"""

from __future__ import annotations

from .dateline import Dateline, parse_dateline
from .publication import find_publication_date
from .resolution import resolve, resolve_range
from .tense import find_dates

__all__ = [
    "Dateline",
    "find_dates",
    "find_publication_date",
    "parse_dateline",
    "resolve",
    "resolve_range",
]
