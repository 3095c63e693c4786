"""Indicator definitions as data: the built-in file, checking, `pcmd indicators export|import`,
the administrator's rights, retiring, and a definition added by import showing in the report."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.db import models as m
from desktop.domain import indicator_defs as defs
from desktop.domain.indicators import INDICATOR_BY_KEY, INDICATORS, builtin_definitions
from desktop.errors import InputError
from desktop.reports.sources import SourceSchema
from desktop.services import auth, catalogue, indicators
from desktop.services.session_user import set_user
from tests.report_helpers import add, unit

#: every key of domain.md ("Indicators (stable keys)" and the national reports' new ones)
_DOMAIN_KEYS = """
outreach_sessions outreach_participants outreach_women documents_distributed
leaflets_distributed media_special_pages media_articles media_news website_visits
communes_reached communes_total communes_reached_pct training_classes trainees officers_total
officers_trained officers_trained_pct establishments_total inspections inspections_planned
inspections_unannounced inspections_plan_target inspections_plan_pct establishments_inspected
establishments_inspected_pct establishments_violating fines_vnd buyers_sanctioned
sellers_sanctioned criminal_cases people_supported people_reintegrated
hotspots_active hotspots_detected hotspots_cleared rings_dismantled cases_detected
suspects_prosecuted cases_tried brokers_sanctioned denunciations_received
denunciations_handled denunciations_handled_pct sex_workers_recorded sex_workers_recorded_women
sex_workers_recorded_minors sex_workers_estimated workers_reached students_reached
workers_reached_pct students_reached_pct models_active communes_with_model
communes_with_model_pct establishments_by_kind establishment_workers
"""
DOMAIN_KEYS = _DOMAIN_KEYS.split()

DIALOGUES = """
format = 1

[[indicator]]
key = "outreach_dialogues"
label_vi = "Số buổi đối thoại"
label_en = "Dialogue sessions"
group = "Tuyên truyền"
sheet = "Tuyên truyền"
aggregate = "count"
where = { "Hình thức" = "Đối thoại" }
"""


def schema_of(db) -> SourceSchema:
    return SourceSchema(catalogue.load(db))


def problems_of(text: str, db) -> list[tuple[str, str]]:
    found, problems = defs.read_text(text)
    problems = [*problems, *defs.check(found, schema_of(db), builtin_definitions())]
    return [(p.key, p.field) for p in problems]


def test_builtin_file_holds_every_domain_key_and_checks_clean(db) -> None:
    builtin = builtin_definitions()
    keys = [d.key for d in builtin]
    assert len(keys) == len(set(keys))
    assert set(DOMAIN_KEYS) <= set(keys)
    assert defs.check(builtin, schema_of(db)) == []
    assert all(d.label_vi and d.label_en and d.group for d in builtin)
    # the old constants are derived from the file (breakdowns are not one number)
    assert [i.key for i in INDICATORS] == [d.key for d in builtin if d.by is None]
    assert INDICATOR_BY_KEY["communes_reached_pct"].percent
    assert INDICATOR_BY_KEY["communes_reached_pct"].target == "communes_reached_pct"


def test_every_problem_is_named_with_key_and_field(db) -> None:
    text = """
format = 1

[[indicator]]
key = "a1"
label_vi = "A"
sheet = "Tuyên truyền"
aggregate = "count"
where = { "Hình thức" = "Hát karaoke", "Cột lạ" = 1, "Số người tham dự" = "nhiều" }

[[indicator]]
key = "r1"
label_vi = "R"
aggregate = "ratio"
numerator = "r1"
denominator = "nothing_here"

[[indicator]]
key = "r2"
label_vi = "R2"
aggregate = "ratio"
numerator = "r3"
denominator = "outreach_sessions"

[[indicator]]
key = "r3"
label_vi = "R3"
aggregate = "ratio"
numerator = "r2"
denominator = "establishments_by_kind"

[[indicator]]
key = "a1"
label_vi = "again"
sheet = "Không có"
aggregate = "count"

[[indicator]]
key = "s1"
label_vi = "S"
sheet = "Kiểm tra"
aggregate = "sum"
field = "Đội kiểm tra"
denominatr = "x"

[[indicator]]
label_vi = "no key"
aggregate = "summ"
"""
    found = problems_of(text, db)
    assert ("a1", "where") in found and found.count(("a1", "where")) == 3
    assert ("r1", "numerator") in found and ("r1", "denominator") in found
    assert ("r3", "denominator") in found  # a breakdown is not one number
    assert ("r2", "numerator") in found  # r2 -> r3 -> r2: a circle
    assert ("a1", "key") in found  # given twice
    assert ("s1", "denominatr") in found and ("s1", "field") in found
    assert any(f == "aggregate" for _k, f in found)


def test_messages_are_sentences_in_the_interface_language(db) -> None:
    from desktop.i18n import set_language

    set_language("vi")
    text = DIALOGUES.replace("Đối thoại", "Hát karaoke")
    found, _ = defs.read_text(text)
    (problem,) = defs.check(found, schema_of(db))
    sentence = problem.sentence()
    assert sentence.startswith("Chỉ tiêu “outreach_dialogues”, trường “where”:")
    assert "Hội nghị, tọa đàm; Đối thoại" in sentence  # the allowed values, as written


def test_structure_rules(db) -> None:
    def one(body: str) -> list[tuple[str, str]]:
        return problems_of("format = 1\n[[indicator]]\n" + body, db)

    assert one('key = "x"\nlabel_vi = "X"\naggregate = "count"') == [("x", "sheet")]
    assert one('key = "x"\nlabel_vi = "X"\naggregate = "sum"\nsheet = "Tuyên truyền"') == [
        ("x", "field")]
    assert ("x", "target") in one('key = "x"\nlabel_vi = "X"\naggregate = "count"\n'
                                  'sheet = "Tuyên truyền"\ntarget = 12')
    assert ("x", "field") in one('key = "x"\nlabel_vi = "X"\naggregate = "sum"\n'
                                 'sheet = "Tuyên truyền"\nfield = "Hình thức"')
    assert ("x", "date") in one('key = "x"\nlabel_vi = "X"\naggregate = "latest"\n'
                                'sheet = "Cơ sở"\nfield = "Số lao động"')
    assert ("x", "by") in one('key = "x"\nlabel_vi = "X"\naggregate = "count"\n'
                              'sheet = "Cơ sở"\nby = "Số lao động"')
    assert one('key = "x"\nlabel_vi = "X"\naggregate = "count"\nsheet = "tuyen truyen"\n'
               'where = { "hinh thuc" = ["doi thoai", "Loa truyền thanh"] }') == []
    assert problems_of("format = 2\n", db) == [("(file)", "format")]
    assert problems_of("format = 1\n[[indicator]\n", db)[0][0] == "(file)"


def test_import_adds_an_indicator_that_appears_in_the_next_report(db, tmp_path: Path,
                                                                  capsys) -> None:
    from desktop.services.context import AppContext

    ctx = AppContext(db)
    hai_son = unit(ctx.units, "11458", date(2024, 3, 1))
    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    for form, day in (("doi_thoai", 5), ("doi_thoai", 20), ("hoi_nghi", 9)):
        add(db, m.OutreachSession, date=date(2024, 3, day), unit_id=hai_son.id,
            owner_id=d308.id, form=form, participants=10)
    add(db, m.OutreachSession, date=date(2023, 3, 1), unit_id=hai_son.id, owner_id=d308.id,
        form="doi_thoai", participants=10)
    path = tmp_path / "dialogues.toml"
    path.write_text(DIALOGUES, encoding="utf-8")
    assert main(["indicators", "import", str(path), "--db", db.url]) == 0
    assert "outreach_dialogues" in capsys.readouterr().out
    assert main(["report", "monthly", "--period", "2024-03", "--format", "json",
                 "--db", db.url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["values"]["outreach_dialogues"] == {"period": 2, "ytd": 2,
                                                             "last_year": 1}
    row = next(r for r in data["rows"] if r["unit"]["code"] == "11458")
    assert row["values"]["outreach_dialogues"]["period"] == 2
    used = {d["key"]: d["hash"] for d in data["definitions"]}
    assert used["outreach_dialogues"] == defs.parse_text(DIALOGUES)[0].digest()
    # the same file again changes nothing
    assert main(["indicators", "import", str(path), "--db", db.url, "--lang", "en"]) == 0
    assert "unchanged: 1" in capsys.readouterr().out


def test_a_wrong_definition_is_refused_and_nothing_is_imported(db, tmp_path: Path,
                                                               capsys) -> None:
    path = tmp_path / "two.toml"
    path.write_text(DIALOGUES + """
[[indicator]]
key = "dialogue_share"
label_vi = "Tỷ lệ đối thoại (%)"
aggregate = "ratio"
numerator = "outreach_dialogues"
denominator = "outreach_sesions"
scale = 100
""", encoding="utf-8")
    assert main(["indicators", "import", str(path), "--db", db.url]) == 1
    err = capsys.readouterr().err
    assert "“dialogue_share”" in err and "“denominator”" in err and "outreach_sesions" in err
    assert "Traceback" not in err
    out = tmp_path / "out.toml"
    assert main(["indicators", "export", "--out", str(out), "--db", db.url]) == 0
    assert "outreach_dialogues" not in out.read_text(encoding="utf-8")
    with db.read_session() as s:
        assert s.scalars(select(m.AuditEntry).where(
            m.AuditEntry.record_type == "indicator")).all() == []


def test_unreadable_files_exit_2(db, tmp_path: Path, capsys) -> None:
    assert main(["indicators", "import", str(tmp_path / "none.toml"), "--db", db.url]) == 2
    bad = tmp_path / "latin1.toml"
    bad.write_bytes("label_vi = \"Số\"".encode("utf-16"))
    assert main(["indicators", "import", str(bad), "--db", db.url]) == 2
    assert "UTF-8" in capsys.readouterr().err
    assert main(["indicators", "export", "--out", str(tmp_path / "no" / "x.toml"),
                 "--db", db.url]) == 2


def test_export_then_import_elsewhere_gives_the_same_set(db, tmp_path: Path) -> None:
    from desktop.db.database import open_database
    from desktop.services import setup
    from desktop.services.context import AppContext

    ctx = AppContext(db)
    indicators.import_text(ctx, DIALOGUES, schema_of(db))
    changed = defs.parse_text(DIALOGUES.replace("outreach_dialogues", "media_news")
                              .replace("Số buổi đối thoại", "Số tin (sửa)"))
    indicators.put(ctx, changed, schema_of(db))
    out = tmp_path / "set.toml"
    assert main(["indicators", "export", "--out", str(out), "--db", db.url]) == 0
    other = open_database(str(tmp_path / "other.sqlite"), create=True)
    try:
        setup.prepare(other)
        assert main(["indicators", "import", str(out), "--db", other.url]) == 0
        with db.read_session() as a, other.read_session() as b:
            mine = [(d.key, d.digest()) for d in indicators.in_force(a)]
            theirs = [(d.key, d.digest()) for d in indicators.in_force(b)]
        assert mine == theirs
        assert ("media_news", changed[0].digest()) in theirs
    finally:
        other.close()


def test_only_an_administrator_changes_definitions_and_it_is_audited(ctx) -> None:
    home = ctx.home_unit()
    auth.create_user(ctx, "admin", "admin-secret", "admin", home.id)
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret"))
    auth.create_user(ctx, "binh", "staff-pw-1", "staff", home.id)
    set_user(ctx, auth.authenticate(ctx.db, "binh", "staff-pw-1"))
    with pytest.raises(InputError):
        indicators.import_text(ctx, DIALOGUES, schema_of(ctx.db))
    with pytest.raises(InputError):
        indicators.set_retired(ctx, ["media_news"], True)
    set_user(ctx, auth.authenticate(ctx.db, "admin", "admin-secret"))
    indicators.import_text(ctx, DIALOGUES, schema_of(ctx.db))
    with ctx.db.read_session() as s:
        entry = s.scalars(select(m.AuditEntry).where(
            m.AuditEntry.record_type == "indicator")).one()
    assert entry.user_name == "admin" and entry.record_id == "outreach_dialogues"
    assert "Đối thoại" in json.loads(entry.changes)["definition"][1]


def test_retire_and_restore(ctx) -> None:
    schema = schema_of(ctx.db)
    with pytest.raises(defs.DefinitionsRefused) as refused:
        indicators.set_retired(ctx, ["communes_total"], True)  # two ratios divide by it
    assert {p.key for p in refused.value.problems} == {"communes_reached_pct",
                                                       "communes_with_model_pct"}
    indicators.set_retired(ctx, ["media_news", "website_visits"], True)
    with ctx.db.read_session() as s:
        keys = [d.key for d in indicators.in_force(s)]
    assert "media_news" not in keys and "website_visits" not in keys
    retired = {e.definition.key for e in indicators.load_entries(ctx.db) if e.retired}
    assert retired == {"media_news", "website_visits"}
    # importing a retired key brings it back; so does restoring
    media = [d for d in builtin_definitions() if d.key == "media_news"]
    outcome = indicators.put(ctx, media, schema)
    assert outcome.replaced == ["media_news"]
    indicators.set_retired(ctx, ["website_visits"], False)
    with ctx.db.read_session() as s:
        assert [d.key for d in indicators.in_force(s)] == [d.key for d in builtin_definitions()]
        # a built-in given back unchanged is the built-in again, not an office copy
        assert indicators.office_set(s).own == []


def test_pcmd_check_accepts_the_changed_definitions(db, tmp_path: Path, capsys) -> None:
    """The settings row holding the office's definitions is stamped by its audit entry:
    the integrity check does not take it for a change made outside PCMD."""
    from desktop.services.context import AppContext

    ctx = AppContext(db)
    indicators.import_text(ctx, DIALOGUES, schema_of(db))
    indicators.set_retired(ctx, ["media_news"], True)
    assert main(["check", "--db", db.url]) == 0, capsys.readouterr()
    with db.read_session() as s:
        row = s.get(m.Setting, indicators.SETTING_KEY)
        row_hash = row.audit_hash
    assert row_hash
    with db.session() as s:  # a change outside PCMD
        s.get(m.Setting, indicators.SETTING_KEY).value = '{"own": [], "retired": []}'
    assert main(["check", "--db", db.url]) == 1


def test_reports_still_print_when_built_in_figures_are_retired(db, tmp_path: Path,
                                                               qapp) -> None:
    from desktop.reports.summary import summary_text
    from desktop.services.context import AppContext

    ctx = AppContext(db)
    indicators.set_retired(ctx, ["media_news", "website_visits", "establishments_by_kind"],
                           True)
    d308 = unit(ctx.units, "308", date(2024, 3, 1))
    from desktop.domain.periods import parse_period
    from desktop.reports.engine import build_report

    report = build_report(db, ctx.units, d308, parse_period("2024-03"))
    assert "media_news" not in report.total.values
    assert "–" in summary_text(report)
    for fmt in ("pdf", "xlsx", "json"):
        out = tmp_path / f"r.{fmt}"
        assert main(["report", "monthly", "--period", "2024-03", "--format", fmt,
                     "--out", str(out), "--db", db.url]) == 0, fmt
    assert main(["report", "year-end", "--period", "2024", "--format", "docx", "--out",
                 str(tmp_path / "y.docx"), "--db", db.url]) == 0
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert "media_news" not in data["total"]["values"]
    assert "media_news" not in {d["key"] for d in data["definitions"]}


def test_plan_keys_follow_the_definitions_in_force(ctx) -> None:
    indicators.import_text(ctx, DIALOGUES, schema_of(ctx.db))
    with ctx.db.read_session() as s:
        keys = indicators.plan_keys(s)
    assert keys["outreach_dialogues"] == ("Số buổi đối thoại", "Dialogue sessions")
    assert "workers_population" in keys and "inspections_plan_target" in keys
    assert "establishments_by_kind" not in keys  # a breakdown has no single target


def test_the_command_line_is_refused_without_a_signed_in_administrator(ctx, tmp_path: Path,
                                                                       capsys) -> None:
    auth.create_user(ctx, "admin", "admin-secret", "admin", ctx.home_unit().id)
    path = tmp_path / "dialogues.toml"
    path.write_text(DIALOGUES, encoding="utf-8")
    assert main(["indicators", "import", str(path), "--db", ctx.db.url]) != 0
    assert "Traceback" not in capsys.readouterr().err
    with ctx.db.read_session() as s:
        assert "outreach_dialogues" not in [d.key for d in indicators.in_force(s)]


def test_damaged_stored_definitions_are_one_sentence(db, capsys) -> None:
    with db.session() as s:
        s.add(m.Setting(key=indicators.SETTING_KEY, value="{not json"))
    assert main(["report", "monthly", "--period", "2024-03", "--db", db.url,
                 "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "indicator definitions" in err and "damaged" in err and "Traceback" not in err
