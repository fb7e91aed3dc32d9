"""People an article names, under canonical names, with the titles it gives them.

No statistical model: spaCy is too slow for 10,000 articles and cannot be
installed offline. Names are capitalised-token sequences with a name's shape,
accepted only with an anchor that makes them a person:

* the knowledge base knows the full name ("Wang Yi", "Tony Blinken");
* a title stands before it ("Chinese Premier Li Qiang", "researcher Qin Chen");
* a title stands beside it ("Wang Yi, director of ...,", "China's top
  diplomat, Wang Yi,");
* an honorific or style ("Mr. Alberto Fernández", "Datuk Seri Anwar Ibrahim",
  "His Excellency ...", "Shri ..."): styles are no part of the name, the
  styled mention is kept as a form;
* a reporting verb ("Retno Marsudi said"), a weaker anchor that also requires
  that no word of the name is used in lower case elsewhere in the article;
  so do the other weak anchors, context only a person takes: "X, who",
  "X, 76,", "the late X", "X's trial", "signed by X", "X resigned", "X was
  prime minister"; and, for a full name with none of these, the surname used
  alone as a person's elsewhere ("Putin's envoy" for "Vladimir Putin") or a
  list beside a person ("Charles de Gaulle and Konrad Adenauer, who ...").
  A name after "the" is a thing ("the Silk Road Fund said"); an author cited
  for a work ("as X wrote in The New Yorker") is not a person of the story.

Short forms ("Kerry", "Secretary Kerry", "Wang", a garbled given name "Yi")
are then resolved against the people found in the same article; a surname
two people share goes to the one last named. Similar names are never merged.

The package, each module importing only those listed above it:

* ``vocabulary``: word lists (titles, stopwords, places, surnames, ...);
* ``tokens``: ``_Tok``, ``_tokenize`` and what one token looks like (styles, particles);
* ``titles``: titles before, beside and after a name; reporting-verb cues;
* ``candidates``: ``_Sentence`` and its name-shaped spans, knowledge-base names first;
* ``anchors``: what makes a span a person, and what rules one out;
* ``registry``: ``_Registry``, the article's people and how short forms resolve to them;
* ``settle``: the passes that settle who the people are (full names, short names, leaders);
* ``mentions``: pass 2, every mention with its forms, titles and evidence;
* ``find``: ``find_people``, the passes in order;
* ``lookup``: ``resolve_name`` and ``names_in``, for later stages.
"""

from __future__ import annotations

from .find import find_people
from .lookup import names_in, resolve_name
from .vocabulary import CJK_SURNAMES, HEAD_NOUNS, STOPWORDS, TITLE_WORDS

__all__ = ["CJK_SURNAMES", "HEAD_NOUNS", "STOPWORDS", "TITLE_WORDS", "find_people", "names_in", "resolve_name"]
