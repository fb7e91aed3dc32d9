"""Clean stage: reduce a scraped article to its own words.

Scraped text carries site furniture: menus, share and comment prompts, photo
credits, tickers of other stories, legal footers, sometimes in another
language than the article. Nothing here knows any one site. A line is junk
because of *what it is*: its shape (a bare timestamp, a run of short lines
between timestamps, a title that shares no words with the body), its
vocabulary class (the handful of words every site uses for "Share",
"Advertisement", "Also read"), its script or language, or because it repeats
across articles that otherwise differ (``find_boilerplate``).

A masthead (the site's or newsletter's own name above the headline: a known
outlet, a name with a publication word such as "Weekly" or "News Agency", an
institution such as "Ministry of ...", or a name the page repeats in its
copyright line, staff byline, sign-off or URL) is never the headline. Consent
buttons and translation notes never are either. Captions without a credit
are known by place (next to an image credit, or right under the headline
above the lead) and by words (a picture described, no verb, nothing reported).

Every dropped line is kept as a ``RemovedLine`` with its reason so a curator
can audit the choice. Date, byline, credit, URL, masthead, copyright and
licence lines, and newsletter sign-offs ("Thanks for reading X!"), also go to
``Cleaned.meta_lines``: they name the outlet and the publication date.
Everything is linear in the text.

Reasons: navigation, breadcrumb, masthead, section heading, share prompt,
comment prompt, subscription, advertisement, cookie notice, copyright,
disclaimer, related links, photo credit, caption, byline, credit, metadata,
timestamp, url, ticker, foreign-language boilerplate, unrelated headline,
repeated headline, repeated line, end marker, separator, contact details,
social embed, translation note, author bio, site statement, and
``BOILERPLATE``.

The package:

- ``text``: scripts, language function words, content tokens, ``normalise_line``;
- ``shapes``: prose or title, datelines, bare dates and times;
- ``lines``: the line model (``_Line``, ``_Profile``) and the foreign-language test;
- ``vocabulary``: the furniture words and patterns the rules read;
- ``rules`` and ``prompts``: the junk reason a line has on its own;
- ``tickers``: runs of timestamps;
- ``headline``: relevance to the body, the headline and the other title-shaped lines;
- ``captions``: photo captions without a credit;
- ``paragraphs``: hard-wrapped lines re-joined into paragraphs;
- ``stage``: ``clean`` itself, the order of its passes;
- ``boilerplate``: ``find_boilerplate``, lines that recur across stories.
"""

from __future__ import annotations

from .boilerplate import find_boilerplate
from .lines import BOILERPLATE
from .stage import clean
from .text import normalise_line

__all__ = ["BOILERPLATE", "clean", "find_boilerplate", "normalise_line"]
