"""The archive as JSON (``briefings export``), following the shared contract.

The required fields are exactly what the site shows; extra fields (evidence,
forms, dateline, end dates) are allowed by the schema and make every claim
checkable from the JSON alone.
"""

from __future__ import annotations

import json
from typing import Any

from .models import Archive, Briefing, Discrepancy, Evidence, Meeting
from .render.urls import Urls, briefing_uri, meeting_uri

SCHEMA_ID = "briefing-archive/export/1"


def to_data(archive: Archive, urls: Urls | None = None) -> dict[str, Any]:
    urls = urls or Urls()
    return {
        "schema": SCHEMA_ID,
        "briefings": [_briefing(b, urls) for b in archive.briefings],
        "meetings": [_meeting(m, urls) for m in archive.meetings],
        "discrepancies": [_discrepancy(d) for d in archive.discrepancies],
        "problems": [str(p) for p in archive.problems],
    }


def to_json(archive: Archive, urls: Urls | None = None) -> str:
    return json.dumps(to_data(archive, urls), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _evidence(ev: Evidence | None) -> dict[str, str] | None:
    return {"source": ev.source, "sentence": ev.sentence} if ev else None


def _briefing(b: Briefing, urls: Urls) -> dict[str, Any]:
    return {
        "id": b.id,
        "source": b.source,
        "url": urls.url(briefing_uri(b.id)),
        "title": b.title,
        "title_origin": b.title_origin,
        "outlet": b.outlet,
        "wire": b.wire,
        "published": _iso(b.published),
        "dateline": {"place": b.dateline_place, "date": _iso(b.dateline_date)} if b.dateline_place else None,
        "people": [
            {
                "name": p.name,
                "roles": p.role_titles,
                "forms": p.forms,
                "known": p.known,
                "evidence": [_evidence(r.evidence) for r in p.roles] or [_evidence(e) for e in p.evidence[:1]],
            }
            for p in b.people
        ],
        "places": [p.name for p in b.places],
        "organisations": [o.name for o in b.organisations],
        "dates": [
            {"text": d.text, "value": _iso(d.value), "precision": d.precision, "uncertain": d.uncertain,
             "evidence": d.evidence.sentence}
            for d in b.dates
        ],
        "meetings": list(b.meetings),
        "copies": list(b.copies),
        "corrected": list(b.corrected),
        "evidence": {k: _evidence(v) for k, v in sorted(b.evidence.items())},
        "warnings": list(b.warnings),
    }


def _meeting(m: Meeting, urls: Urls) -> dict[str, Any]:
    return {
        "id": m.id,
        "url": urls.url(meeting_uri(m.id)),
        "title": m.title,
        "date": _iso(m.date),
        "end_date": _iso(m.end_date),
        "place": m.place,
        "format": m.format,
        "status": m.status,
        "participants": list(m.participants),
        "roles": dict(m.roles),
        "briefings": m.briefings,
        "evidence": [
            {"briefing": c.briefing, **_evidence(ev)} for c in m.coverage for ev in c.report.evidence[:3]
        ],
    }


def _discrepancy(d: Discrepancy) -> dict[str, Any]:
    return {
        "id": d.id,
        "meeting": d.meeting,
        "kind": d.kind,
        "subject": d.subject,
        "claims": [
            {"value": c.value, "briefings": list(c.briefings), "evidence": [e.sentence for e in c.evidence]}
            for c in d.claims
        ],
        "note": d.note,
    }
