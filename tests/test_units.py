"""Dated units: code reuse, name resolution against a date, regrouping by the mappings."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.units import UnitNotFound

BEFORE, AFTER = date(2024, 6, 1), date(2025, 8, 1)


def test_unit_sets_have_the_official_counts(ctx) -> None:
    u = ctx.units
    city = u.code_on("31", BEFORE)
    assert len(u.communes_under(city, BEFORE)) == 217
    assert len(u.communes_under(city, date(2025, 3, 1))) == 167
    assert len(u.communes_under(city, AFTER)) == 114
    assert len(u.children(city, BEFORE)) == 15
    assert all(c.level == "commune" for c in u.children(city, AFTER))


def test_a_reused_code_is_two_units(ctx) -> None:
    u = ctx.units
    assert u.code_on("11455", BEFORE).name == "Phường Ngọc Xuyên"
    assert u.code_on("11455", AFTER).name == "Phường Đồ Sơn"
    assert u.code_on("11455", BEFORE).id != u.code_on("11455", AFTER).id
    assert u.resolve("11737", BEFORE).name == "Phường Hợp Đức"
    assert u.resolve("11737", AFTER).name == "Phường Nam Đồ Sơn"


@pytest.mark.parametrize("text", [
    "Phường Ngọc Xuyên", "ngoc xuyen", "P. Ngọc Xuyên", "p.ngoc xuyen", "NGỌC XUYÊN",
    "Phuong Ngoc Xuyen", " Ngọc   Xuyên ", "11455",
])
def test_names_resolve_ignoring_prefix_accents_and_case(ctx, text: str) -> None:
    assert ctx.units.resolve(text, BEFORE).name == "Phường Ngọc Xuyên"


def test_tone_mark_placement_is_ignored(ctx) -> None:
    # GSO spells "Thuỷ"; NQ 1669 spells "Thủy" — both must match.
    a = ctx.units.resolve("Phường Thủy Nguyên", AFTER)
    b = ctx.units.resolve("Phường Thuỷ Nguyên", AFTER)
    assert a.id == b.id == ctx.units.code_on("11560", AFTER).id


def test_an_old_name_does_not_resolve_after_the_change(ctx) -> None:
    with pytest.raises(UnitNotFound, match="Ngọc Xuyên"):
        ctx.units.resolve("Ngọc Xuyên", AFTER)


def test_whole_merger_regroups_exactly(ctx) -> None:
    u = ctx.units
    hai_son = u.code_on("11458", BEFORE)  # Hải Sơn -> Đồ Sơn, whole
    target, exact = u.regroup(hai_son, AFTER)
    assert target.name == "Phường Đồ Sơn" and exact


def test_split_unit_goes_to_the_unit_carrying_its_code(ctx) -> None:
    u = ctx.units
    ngoc_xuyen = u.code_on("11455", BEFORE)  # split between Đồ Sơn (11455) and Nam Đồ Sơn
    target, exact = u.regroup(ngoc_xuyen, AFTER)
    assert target.code == "11455" and target.name == "Phường Đồ Sơn" and not exact
    van_huong = u.code_on("11461", BEFORE)  # split, its code is gone: first listed receiver
    target, exact = u.regroup(van_huong, AFTER)
    assert target.name == "Phường Đồ Sơn" and not exact


def test_renamed_unit_keeps_regrouping_through_both_changes(ctx) -> None:
    u = ctx.units
    lac_vien = u.code_on("11341", BEFORE)  # Lạc Viên -> Gia Viên (2025-01) -> split (2025-07)
    mid, exact = u.regroup(lac_vien, date(2025, 3, 1))
    assert mid.name == "Phường Gia Viên" and exact
    final, _ = u.regroup(lac_vien, AFTER)
    assert final.valid_on(AFTER)


def test_unknown_destination_returns_none(ctx) -> None:
    import csv

    from desktop.paths import resources_dir

    with (resources_dir() / "units" / "mapping_2025_01.csv").open(encoding="utf-8") as fh:
        unknown = [r["old_code"] for r in csv.DictReader(fh) if not r["new_code"]]
    assert len(unknown) == 21
    unit = ctx.units.code_on(unknown[0], BEFORE)
    target, _ = ctx.units.regroup(unit, date(2025, 3, 1))
    assert target is None


def test_abolished_district_scope_is_its_successors(ctx) -> None:
    u = ctx.units
    do_son = u.latest("308")
    names = {c.name for c in u.scope(do_son, AFTER)}
    assert {"Phường Đồ Sơn", "Phường Nam Đồ Sơn"} <= names
    assert all(c.valid_on(AFTER) for c in u.scope(do_son, AFTER))
    assert len(u.scope(do_son, BEFORE)) == 6


def test_bach_long_vi_district_becomes_a_special_zone(ctx) -> None:
    u = ctx.units
    target, exact = u.regroup(u.code_on("318", BEFORE), AFTER)
    assert target.name == "Đặc khu Bạch Long Vĩ" and exact


def test_names_are_stored_in_one_spelling_and_found_in_either(ctx) -> None:
    """The official lists write "Thuỷ Đường" beside "Thủy Nguyên"; reports print one style,
    and a workbook typed in the other style still finds the unit."""
    from desktop.domain.text import normalize_tones

    names = [u.name for u in ctx.units.by_id.values()]
    assert names and all(normalize_tones(n) == n for n in names)
    assert "Xã Thủy Đường" in names
    assert ctx.units.resolve("Xã Thuỷ Đường", BEFORE).name == "Xã Thủy Đường"
