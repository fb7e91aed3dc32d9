"""`briefings export` follows the shared contract and says what the site shows."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from briefing_archive.cli import main
from conftest import REPO, SEEDS

SCHEMA = Path(__file__).parent / "contract" / "export.schema.json"
SHARED_SCHEMA = REPO.parent / "shared" / "contract" / "export.schema.json"


@pytest.fixture(scope="module")
def exported(capsys_module=None):
    import io
    import contextlib

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(["export", str(SEEDS)]) == 0
    return json.loads(out.getvalue())


def test_export_of_the_seeds_is_valid(exported):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(exported)
    assert len(exported["briefings"]) == len(list(SEEDS.iterdir()))


def test_vendored_schema_matches_the_shared_contract():
    if not SHARED_SCHEMA.is_file():
        pytest.skip("../shared/contract is not beside this checkout")
    assert SCHEMA.read_bytes() == SHARED_SCHEMA.read_bytes()


def test_export_is_true_to_the_site(exported, seed_site):
    """Every briefing's URL and title in the export is a page with that title."""
    for briefing in exported["briefings"]:
        html = (seed_site.site / briefing["url"] / "index.html").read_text(encoding="utf-8")
        assert f'<h1 class="ba-title">' in html
        assert briefing["source"] in html
    for meeting in exported["meetings"]:
        assert (seed_site.site / meeting["url"] / "index.html").is_file()
        for bid in meeting["briefings"]:
            assert meeting["id"] in next(b for b in exported["briefings"] if b["id"] == bid)["meetings"]


def test_a_broken_schema_value_would_be_caught(exported):
    """The validation above can fail: a date that is not a date is rejected."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = json.loads(json.dumps(exported))
    broken["briefings"][0]["published"] = "2023-13-45"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(broken)
