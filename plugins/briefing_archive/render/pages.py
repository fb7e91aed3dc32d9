"""Render the archive as pages: blocks that become HTML for the site and Markdown for ``briefings/``.

Every page is a pure function of the ``Archive``: same archive, same bytes.
Article text goes through ``page.Text``/``page.Heading`` or ``text.h`` and
nothing else. Briefing pages carry their data as YAML frontmatter (what
``briefings/`` holds on disk) and show it in an HTML header so that search
indexes it too.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from ..knowledge import Knowledge
from ..models import Archive, Briefing, Discrepancy, Evidence, Meeting
from ..slugs import slugify
from .page import GeneratedPage, Heading, Html, Text
from .text import h, human_date, iso, md, plain_title
from .urls import Urls, briefing_uri, meeting_uri, outlet_uri, person_uri, text_fragment

INDEX_PAGES = {
    "briefings/index.md": "Briefings",
    "meetings/index.md": "Meetings",
    "people/index.md": "People",
    "outlets/index.md": "Outlets",
    "discrepancies/index.md": "Discrepancies",
}
UNKNOWN_OUTLET = "Outlet unknown"
HEADER = '<dl class="ba-meta">'  # opens the facts header of briefing and meeting pages
RELATED_SHOWN = 3  # other meetings of the same people listed on each side of a meeting (see _Site.related)


@dataclass
class SitePages:
    """What the render stage hands to MkDocs."""

    pages: dict[str, GeneratedPage] = field(default_factory=dict)  # src_uri -> page
    panels: dict[str, str] = field(default_factory=dict)  # src_uri -> sidebar HTML
    overview: str = ""  # Markdown for the home page placeholder


class _Site:
    """Look-ups shared by all pages, built once per render."""

    def __init__(self, archive: Archive, knowledge: Knowledge, urls: Urls) -> None:
        self.archive = archive
        self.knowledge = knowledge
        self.urls = urls
        self.people: dict[str, str] = {}  # canonical name -> slug
        for name in sorted({p.name for b in archive.briefings for p in b.people}
                           | {n for m in archive.meetings for n in m.participants}):
            self.people[name] = _unique(slugify(name), set(self.people.values()))
        self.outlets: dict[str, str] = {}
        for outlet in sorted({b.outlet or UNKNOWN_OUTLET for b in archive.briefings}):
            self.outlets[outlet] = _unique(slugify(outlet), set(self.outlets.values()))
        self.disc_by_briefing: dict[str, list[Discrepancy]] = defaultdict(list)
        self.disc_by_meeting: dict[str, list[Discrepancy]] = defaultdict(list)
        for d in archive.discrepancies:
            for bid in d.briefings:
                self.disc_by_briefing[bid].append(d)
            if d.meeting:
                self.disc_by_meeting[d.meeting].append(d)
        self.meetings_by_pair: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
        self.meetings_by_person: dict[str, list[Meeting]] = defaultdict(list)
        for m in archive.meetings:
            for name in m.participants:
                self.meetings_by_person[name].append(m)
            for pair in combinations(sorted(m.participants), 2):
                self.meetings_by_pair[pair].append(m)
        self.briefings_by_person: dict[str, list[Briefing]] = defaultdict(list)
        self.briefings_by_outlet: dict[str, list[Briefing]] = defaultdict(list)
        self.source_to_id = {b.source: b.id for b in archive.briefings}
        self._related: dict[str, tuple[list[Meeting], int]] = {}
        for b in archive.briefings:
            self.briefings_by_outlet[b.outlet or UNKNOWN_OUTLET].append(b)
            for p in b.people:
                self.briefings_by_person[p.name].append(b)

    def related(self, meeting: Meeting) -> tuple[list[Meeting], int]:
        """The other meetings of (at least two of) the same people nearest in time, by date, and how many there are.

        Up to ``RELATED_SHOWN`` on each side of the meeting: in a large archive two
        office holders can meet hundreds of times, and every page that lists them all
        grows with the archive (178 links at the 90th percentile at 10,000 briefings).
        The person pages keep the whole timeline.
        """
        found = self._related.get(meeting.id)
        if found is None:
            seen: dict[str, Meeting] = {}
            for pair in combinations(sorted(meeting.participants), 2):
                for other in self.meetings_by_pair.get(pair, []):
                    if other.id != meeting.id:
                        seen[other.id] = other
            ordered = sorted(seen.values(), key=_meeting_order)
            split = bisect_left([_meeting_order(o) for o in ordered], _meeting_order(meeting))
            shown = ordered[max(0, split - RELATED_SHOWN):split + RELATED_SHOWN]
            found = self._related[meeting.id] = (shown, len(ordered))
        return found

    def link(self, here: str, there: str, label: str, fragment: str = "") -> str:
        return f'<a href="{h(self.urls.rel(here, there, fragment))}">{h(label)}</a>'

    def person_link(self, here: str, name: str) -> str:
        return self.link(here, person_uri(self.people[name]), name) if name in self.people else h(name)

    def briefing_label(self, b: Briefing) -> str:
        return f"{b.outlet or UNKNOWN_OUTLET}, {human_date(b.published)}: {b.title}"


def render_site(archive: Archive, knowledge: Knowledge, urls: Urls | None = None) -> SitePages:
    """All generated pages of the archive."""
    site = _Site(archive, knowledge, urls or Urls())
    out = SitePages()
    for b in archive.briefings:
        uri = briefing_uri(b.id)
        panel = _panel(site, uri, site.disc_by_briefing.get(b.id, []), this=b.id)
        out.pages[uri] = _briefing_page(site, b, uri, panel)
        out.panels[uri] = panel
    for m in archive.meetings:
        out.pages[meeting_uri(m.id)] = _meeting_page(site, m)
    for name, slug in site.people.items():
        out.pages[person_uri(slug)] = _person_page(site, name, slug)
    for outlet, slug in site.outlets.items():
        out.pages[outlet_uri(slug)] = _outlet_page(site, outlet, slug)
    out.pages["briefings/index.md"] = _briefings_index(site)
    out.pages["meetings/index.md"] = _meetings_index(site)
    out.pages["people/index.md"] = _people_index(site)
    out.pages["outlets/index.md"] = _outlets_index(site)
    out.pages["discrepancies/index.md"] = _discrepancies_index(site)
    out.overview = _overview(site)
    return out


# ------------------------------------------------------------------ briefing


def briefing_meta(b: Briefing, archive: Archive) -> dict:
    """The frontmatter of a briefing page: what a reader needs, as data."""
    meetings = archive.meetings_by_id
    return {
        "title": plain_title(b.title),
        "outlet": b.outlet,
        "wire": b.wire,
        "published": b.published,
        "source": b.source,
        "dateline": {"place": b.dateline_place, "date": b.dateline_date} if b.dateline_place else None,
        "people": [{"name": p.name, "roles": p.role_titles, "forms": p.forms} for p in b.people],
        "places": [p.name for p in b.places],
        "organisations": [o.name for o in b.organisations],
        "meetings": [
            {
                "id": mid,
                "title": meetings[mid].title,
                "date": meetings[mid].date,
                "place": meetings[mid].place,
                "format": meetings[mid].format,
                "participants": meetings[mid].participants,
            }
            for mid in b.meetings
            if mid in meetings
        ],
        "copies": b.copies,
        "corrected": b.corrected,
        "warnings": b.warnings,
    }


def _briefing_page(site: _Site, b: Briefing, uri: str, panel: str) -> GeneratedPage:
    page = GeneratedPage(briefing_meta(b, site.archive),
                         [_title(b.title), Html(_briefing_header(site, b, uri)), *_warnings(b)])
    page.blocks += [Text(p) for p in b.paragraphs] or [Html("<p><em>No article text could be read from this file.</em></p>")]
    if b.meetings:
        page.blocks += [Heading("Meetings reported"), Html("\n".join(
            _meeting_block(site, uri, site.archive.meetings_by_id[mid], b.id) for mid in b.meetings))]
    page.blocks += [Heading("Where sources disagree"), Html(f'<div class="ba-panel--inline">\n{panel}\n</div>'),
                    Heading("Evidence"), Html(_evidence_table(b))]
    if b.removed:
        page.blocks.append(Html(_removed(b)))
    return page


def _title(text: str) -> Html:
    """The page's one h1 (raw HTML, so Markdown readers and the theme show the same heading)."""
    return Html(f'<h1 class="ba-title">{h(text)}</h1>\n')


def _briefing_header(site: _Site, b: Briefing, uri: str) -> str:
    rows = [
        ("Outlet", site.link(uri, outlet_uri(site.outlets[b.outlet or UNKNOWN_OUTLET]), b.outlet or "unknown")
         + (f" (copy from {h(b.wire)})" if b.wire else "")),
        ("Published", h(human_date(b.published))),
    ]
    if b.dateline_place:
        rows.append(("Dateline", h(b.dateline_place + (f", {human_date(b.dateline_date)}" if b.dateline_date else ""))))
    if b.people:
        rows.append(("People", "; ".join(
            site.person_link(uri, p.name) + (f" ({h(', '.join(p.role_titles))})" if p.role_titles else "")
            for p in b.people)))
    if b.places:
        rows.append(("Places", h(", ".join(p.name for p in b.places))))
    if b.meetings:
        rows.append(("Meetings", "; ".join(
            site.link(uri, meeting_uri(mid), site.archive.meetings_by_id[mid].title)
            + f" ({h(human_date(site.archive.meetings_by_id[mid].date))})" for mid in b.meetings)))
    if b.copies:
        rows.append(("Copies", ", ".join(site.link(uri, briefing_uri(c), site.archive.by_id[c].title) for c in b.copies)))
    rows.append(("Source file", f"<code>{h(b.source)}</code>"))
    if b.corrected:
        rows.append(("Curator set", h(", ".join(b.corrected))))
    return _header(rows)


def _header(rows: list[tuple[str, str]]) -> str:
    """A page's facts as a definition list (a space between term and value: search reads "Outlet AP")."""
    return "\n".join([HEADER, *(f"<dt>{label}</dt> <dd>{value}</dd>" for label, value in rows), "</dl>"])


def _warnings(b: Briefing) -> list[Html]:
    if not b.warnings:
        return []
    items = "".join(f"<li>{h(w)}</li>" for w in b.warnings)
    return [Html(f'<div class="admonition warning"><p class="admonition-title">Warnings</p><ul>\n{items}</ul></div>')]


def _meeting_block(site: _Site, here: str, m: Meeting, this: str) -> str:
    others = [bid for bid in m.briefings if bid != this]
    lines = [f'<div class="ba-meeting">',
             f'<p class="ba-meeting__title">{site.link(here, meeting_uri(m.id), m.title)}</p>',
             f"<p>{h(_meeting_facts(m))}</p>"]
    if others:
        lines.append("<p>Also reporting this meeting:</p><ul>")
        lines += [f"<li>{site.link(here, briefing_uri(o), site.briefing_label(site.archive.by_id[o]))}</li>" for o in others]
        lines.append("</ul>")
    related = _related_list(site, here, m)
    if related:
        lines += ["<p>Other meetings of the same people:</p>", related]
    lines.append("</div>")
    return "\n".join(lines)


def _related_list(site: _Site, here: str, m: Meeting) -> str:
    """The nearest other meetings of the same people; the rest are on the participants' pages."""
    shown, total = site.related(m)
    if not shown:
        return ""
    items = [f"<li>{_when(m, r)} {site.link(here, meeting_uri(r.id), r.title)} ({h(human_date(r.date))})</li>"
             for r in shown]
    if total > len(shown):
        people = ", ".join(site.link(here, person_uri(site.people[n]), n, "meetings") if n in site.people else h(n)
                           for n in m.participants)
        items.append(f'<li class="ba-related__more">{total - len(shown)} more, in the meetings of {people}</li>')
    return '<ul class="ba-related">' + "".join(items) + "</ul>"


def _when(current: Meeting, other: Meeting) -> str:
    if current.date and other.date:
        return "earlier:" if other.date < current.date else "later:" if other.date > current.date else "same day:"
    return ""


def _meeting_facts(m: Meeting) -> str:
    when = human_date(m.date)
    if m.end_date and m.end_date != m.date:
        when += f" to {human_date(m.end_date)}"
    facts = [when, m.place or "place not stated", m.format or "format not stated"]
    if m.status == "preview":
        facts.append("announced (preview)")
    return " · ".join(facts)


def _evidence_table(b: Briefing) -> str:
    rows: list[tuple[str, str, Evidence]] = []
    for key, ev in sorted(b.evidence.items()):
        rows.append((key, "", ev))
    for p in b.people:
        for role in p.roles:
            rows.append(("role", f"{p.name}: {role.title}", role.evidence))
        if not p.roles and p.evidence:
            rows.append(("person", p.name, p.evidence[0]))
    for d in b.dates:
        value = d.value.isoformat() if d.value else "unresolved"
        rows.append(("date", f"{d.text} → {value}{' (uncertain)' if d.uncertain else ''}", d.evidence))
    for r in b.reports:
        for ev in r.evidence[:1]:
            rows.append(("meeting", ", ".join(r.participants), ev))
        for fact in r.facts:
            rows.append((fact.kind, f"{fact.subject}: {fact.value}", fact.evidence))
    if not rows:
        return "<p>No facts were extracted.</p>"
    html = ['<details class="ba-evidence"><summary>Every extracted fact and the sentence it came from</summary>',
            "<table><thead><tr><th>Fact</th><th>Value</th><th>Sentence</th></tr></thead><tbody>"]
    html += [f"<tr><td>{h(k)}</td><td>{h(v)}</td><td>{h(ev.sentence)}</td></tr>" for k, v, ev in rows]
    html.append("</tbody></table></details>")
    return "\n".join(html)


def _removed(b: Briefing) -> str:
    html = [f'<details class="ba-removed"><summary>{len(b.removed)} lines removed by cleaning</summary><ul>']
    html += [f"<li>line {r.number} ({h(r.reason)}): <code>{h(r.text[:200])}</code></li>" for r in b.removed]
    html.append("</ul></details>")
    return "\n".join(html)


# ------------------------------------------------------------------ panel


def _panel(site: _Site, here: str, discrepancies: list[Discrepancy], this: str | None = None) -> str:
    """The discrepancy list: used in the right column and, on phones, in the body."""
    if not discrepancies:
        return ('<div class="ba-panel"><p class="ba-panel__title">Where sources disagree</p>'
                "<p>No disagreement found with other coverage of the same meetings.</p></div>")
    html = [f'<div class="ba-panel"><p class="ba-panel__title">Where sources disagree ({len(discrepancies)})</p><ul>']
    for d in discrepancies:
        html.append(f'<li class="ba-disc ba-disc--{h(d.kind)}" id="{h(d.id)}">')
        html.append(f'<p class="ba-disc__subject"><span class="ba-kind">{h(d.kind)}</span> {h(d.subject)}</p><ul>')
        for claim in d.claims:
            mine = this in claim.briefings
            who = ", ".join(
                ("this briefing" if bid == this else site.link(here, briefing_uri(bid), site.archive.by_id[bid].outlet or site.archive.by_id[bid].title))
                for bid in claim.briefings)
            quotes = "".join(
                f'<blockquote>{_quote_link(site, here, ev)}</blockquote>' for ev in claim.evidence[:2])
            html.append(f'<li class="ba-claim{" ba-claim--this" if mine else ""}"><strong>{h(claim.value)}</strong>: {who}{quotes}</li>')
        html.append("</ul>")
        if d.note:
            html.append(f'<p class="ba-disc__note">{h(d.note)}</p>')
        html.append("</li>")
    html.append("</ul></div>")
    return "\n".join(html)


def _quote_link(site: _Site, here: str, ev: Evidence) -> str:
    """A quoted sentence linking to the spot in its briefing."""
    bid = site.source_to_id.get(ev.source)
    if bid is None:
        return h(ev.sentence)
    return site.link(here, briefing_uri(bid), ev.sentence, text_fragment(ev.sentence))


# ------------------------------------------------------------------ meeting


def _meeting_page(site: _Site, m: Meeting) -> GeneratedPage:
    uri = meeting_uri(m.id)
    meta = {"title": plain_title(m.title), "date": m.date, "end_date": m.end_date, "place": m.place,
            "format": m.format, "participants": m.participants, "briefings": m.briefings}
    people = "; ".join(site.person_link(uri, n) + (f" ({h(m.roles[n])})" if n in m.roles else "") for n in m.participants)
    rows = [("When", h(_meeting_facts(m))), ("Participants", people)]
    page = GeneratedPage(meta, [
        _title(m.title),
        Html(_header(rows)),
        Heading("Coverage"),
        Html("<ul>" + "".join(f"<li>{site.link(uri, briefing_uri(bid), site.briefing_label(site.archive.by_id[bid]))}</li>"
                              for bid in m.briefings) + "</ul>"),
        Heading("Account from the coverage"), Html(_account(site, uri, m)),
        Heading("Where sources disagree"), Html(_panel(site, uri, site.disc_by_meeting.get(m.id, []))),
    ])
    related = _related_list(site, uri, m)
    if related:
        page.blocks += [Heading("Other meetings of the same people"), Html(related)]
    return page


def _account(site: _Site, uri: str, m: Meeting) -> str:
    """What each briefing says of the meeting, quoted, each sentence linked to its place."""
    html = ["<ul class=\"ba-account\">"]
    for item in m.coverage:
        b = site.archive.by_id[item.briefing]
        quotes = "".join(f"<blockquote>{_quote_link(site, uri, ev)}</blockquote>" for ev in item.report.evidence[:3])
        html.append(f"<li>{h(b.outlet or UNKNOWN_OUTLET)}: {quotes}</li>")
    html.append("</ul>")
    return "\n".join(html)


# ------------------------------------------------------------------ people & outlets


def _person_page(site: _Site, name: str, slug: str) -> GeneratedPage:
    uri = person_uri(slug)
    known = site.knowledge.person(name)
    mentions = site.briefings_by_person.get(name, [])
    meetings = sorted(site.meetings_by_person.get(name, []), key=_meeting_order)
    page = GeneratedPage({"title": plain_title(name), "search": {"boost": 2}}, [_title(name)])
    if known and known.terms:
        offices = [f"<li>{h(site.knowledge.office(t.office).title if site.knowledge.office(t.office) else t.office)}: "
                   f"{h(iso(t.start))} to {h(iso(t.end) if t.end else 'present')}</li>" for t in known.terms]
        page.blocks += [Heading("Offices (from the knowledge base)"), Html("<ul>" + "".join(offices) + "</ul>")]
    roles: dict[str, list[str]] = defaultdict(list)
    for b in mentions:
        for p in b.people:
            if p.name == name:
                for title in p.role_titles:
                    roles[title].append(b.id)
    if roles:
        page.blocks += [Heading("Roles as the articles give them"), Html("<ul>" + "".join(
            f"<li>{h(title)}: " + ", ".join(site.link(uri, briefing_uri(bid), site.archive.by_id[bid].outlet or bid) for bid in bids) + "</li>"
            for title, bids in sorted(roles.items())) + "</ul>")]
    page.blocks += [Heading("Meetings"), Html("<ol class=\"ba-timeline\">" + "".join(
        f"<li>{h(human_date(m.date))}: {site.link(uri, meeting_uri(m.id), m.title)}</li>" for m in meetings) + "</ol>"
        if meetings else "<p>No meetings reported.</p>")]
    page.blocks += [Heading("Briefings naming them"), Html(_briefing_list(site, uri, mentions))]
    return page


def _outlet_page(site: _Site, outlet: str, slug: str) -> GeneratedPage:
    uri = outlet_uri(slug)
    items = site.briefings_by_outlet.get(outlet, [])
    return GeneratedPage({"title": plain_title(outlet)}, [_title(outlet), Html(_briefing_list(site, uri, items))])


def _briefing_list(site: _Site, here: str, briefings: list[Briefing]) -> str:
    ordered = sorted(briefings, key=lambda b: (-(b.published.toordinal()) if b.published else 1, b.id))
    return "<ul class=\"ba-list\">" + "".join(
        f"<li>{h(human_date(b.published))} · {h(b.outlet or UNKNOWN_OUTLET)} · {site.link(here, briefing_uri(b.id), b.title)}</li>"
        for b in ordered) + "</ul>"


# ------------------------------------------------------------------ indexes


def _briefings_index(site: _Site) -> GeneratedPage:
    uri = "briefings/index.md"
    by_month: dict[str, list[Briefing]] = defaultdict(list)
    for b in site.archive.briefings:
        by_month[f"{b.published:%Y-%m}" if b.published else "Undated"].append(b)
    page = GeneratedPage({"title": "Briefings by date"}, [_title("Briefings by date")])
    months = sorted((k for k in by_month if k != "Undated"), reverse=True) + (["Undated"] if "Undated" in by_month else [])
    for month in months:
        label = month if month == "Undated" else f"{_month_name(month)}"
        page.blocks += [Heading(label), Html(_briefing_list(site, uri, by_month[month]))]
    return page


def _meetings_index(site: _Site) -> GeneratedPage:
    uri = "meetings/index.md"
    ordered = sorted(site.archive.meetings, key=_meeting_order, reverse=True)
    rows = "".join(
        f"<li>{h(human_date(m.date))} · {site.link(uri, meeting_uri(m.id), m.title)} · {h(m.place or '')} "
        f"· {len(m.briefings)} briefing{'s' if len(m.briefings) != 1 else ''}"
        f"{' · ' + str(len(site.disc_by_meeting.get(m.id, []))) + ' discrepancies' if site.disc_by_meeting.get(m.id) else ''}</li>"
        for m in ordered)
    return GeneratedPage({"title": "Meetings by date"}, [
        _title("Meetings by date"), Html(f"<ul class=\"ba-list\">{rows}</ul>" if rows else "<p>No meetings found yet.</p>")])


def _people_index(site: _Site) -> GeneratedPage:
    uri = "people/index.md"
    rows = "".join(f"<li>{site.link(uri, person_uri(slug), name)} · {len(site.briefings_by_person.get(name, []))} briefings</li>"
                   for name, slug in sorted(site.people.items(), key=lambda kv: _surname_key(kv[0])))
    return GeneratedPage({"title": "People"}, [_title("People"), Html(f"<ul class=\"ba-list\">{rows}</ul>")])


def _outlets_index(site: _Site) -> GeneratedPage:
    uri = "outlets/index.md"
    page = GeneratedPage({"title": "Briefings by outlet"}, [_title("Briefings by outlet")])
    for outlet, slug in sorted(site.outlets.items(), key=lambda kv: (kv[0] == UNKNOWN_OUTLET, kv[0].casefold())):
        items = site.briefings_by_outlet.get(outlet, [])
        page.blocks += [Heading(outlet), Html(f"<p>{site.link(uri, outlet_uri(slug), f'All {len(items)} from {outlet}')}</p>"),
                        Html(_briefing_list(site, uri, items[:50]))]
    return page


def _discrepancies_index(site: _Site) -> GeneratedPage:
    uri = "discrepancies/index.md"
    page = GeneratedPage({"title": "Discrepancies"}, [_title("Where sources disagree")])
    if not site.archive.discrepancies:
        page.blocks.append(Html("<p>No discrepancies found.</p>"))
    by_meeting: dict[str | None, list[Discrepancy]] = defaultdict(list)
    for d in site.archive.discrepancies:
        by_meeting[d.meeting].append(d)
    meetings = site.archive.meetings_by_id
    for mid in sorted(by_meeting, key=lambda k: (k is None, k or "")):
        title = meetings[mid].title if mid in meetings else "Not tied to one meeting"
        page.blocks.append(Heading(title))
        if mid in meetings:
            page.blocks.append(Html(f"<p>{site.link(uri, meeting_uri(mid), 'Meeting page')} · {h(_meeting_facts(meetings[mid]))}</p>"))
        page.blocks.append(Html(_panel(site, uri, by_meeting[mid])))
    return page


def _overview(site: _Site) -> str:
    a = site.archive
    latest = sorted((b for b in a.briefings if b.published), key=lambda b: (b.published, b.id), reverse=True)[:10]
    lines = [f"The archive holds **{len(a.briefings)}** briefings from **{len(site.outlets)}** outlets, "
             f"reporting **{len(a.meetings)}** meetings; sources disagree in **{len(a.discrepancies)}** places.",
             "", "Latest briefings:", ""]
    lines += [f"- [{md(b.title)}]({briefing_uri(b.id)}) ({md(b.outlet or UNKNOWN_OUTLET)}, {human_date(b.published)})"
              for b in latest]
    return "\n".join(lines)


# ------------------------------------------------------------------ helpers


def _meeting_order(m: Meeting) -> tuple:
    return (m.date.isoformat() if m.date else "0000", m.id)


def _surname_key(name: str) -> tuple[str, str]:
    return (name.split()[-1].casefold() if name.split() else "", name.casefold())


def _month_name(key: str) -> str:
    year, month = key.split("-")
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
    return f"{names[int(month) - 1]} {year}"


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate
