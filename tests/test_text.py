"""Tests for desktop.domain.text: Vietnamese text, numbers, dates, yes/no and unit names."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.text import (
    clean_text,
    fold,
    format_vi_date,
    format_vi_number,
    format_vnd,
    name_key,
    nfc,
    normalize_tones,
    parse_vi_date,
    parse_vi_month,
    parse_vi_number,
    parse_yes_no,
    split_multi,
    split_unit_prefix,
    vi_sort_key,
)
from desktop.domain.typed_dates import parse_typed_date


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# --- nfc / clean_text ---------------------------------------------------------------------


def test_nfc_composes_nfd_input():
    assert nfc(nfd("Đồ Sơn")) == "Đồ Sơn"
    assert len(nfc(nfd("ệ"))) == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  Đồ   Sơn  ", "Đồ Sơn"),
        ("Đồ\u00a0Sơn", "Đồ Sơn"),
        ("Đồ\u202fSơn", "Đồ Sơn"),
        ("Đồ\u200bSơn", "Đồ Sơn"),
        ("\ufeffĐồ Sơn", "Đồ Sơn"),
        ("Đồ\tSơn\r\nHải Phòng\n", "Đồ Sơn Hải Phòng"),
        (nfd("Thủy Nguyên"), "Thủy Nguyên"),
        (34805, "34805"),
        (1.5, "1.5"),
    ],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


def test_clean_text_output_is_nfc():
    assert unicodedata.is_normalized("NFC", clean_text(nfd(" Người  dân ")))


# --- normalize_tones ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Thuỷ", "Thủy"),
        ("Hoà", "Hòa"),
        ("Hoè", "Hòe"),
        ("Kiến Thuỵ", "Kiến Thụy"),
        ("Thuỷ Nguyên", "Thủy Nguyên"),
        ("hoá", "hóa"),
        ("Toả", "Tỏa"),
        ("khoẻ", "khỏe"),
        ("Tuỳ", "Tùy"),
        ("THUỶ", "THỦY"),
        ("HOÀ", "HÒA"),
        ("Hoà Bình, Thuỷ Sơn", "Hòa Bình, Thủy Sơn"),
        (nfd("Hoà"), "Hòa"),
    ],
)
def test_normalize_tones_moves_old_style_marks(old, new):
    assert normalize_tones(old) == new


@pytest.mark.parametrize(
    "word",
    [
        "Hoàng",
        "Thủy",
        "Hòa",
        "Quý",
        "Quỳ",
        "quả",
        "Quỳnh",
        "Khuỷu",
        "hoài",
        "ngoại",
        "Huyện",
        "Đồ Sơn",
        "Hải Phòng",
        "",
        "abc",
    ],
)
def test_normalize_tones_leaves_new_style_and_other_words(word):
    assert normalize_tones(word) == word


def test_normalize_tones_is_idempotent():
    text = "Thuỷ Nguyên, Hoà Bình, Kiến Thuỵ, Quý"
    once = normalize_tones(text)
    assert normalize_tones(once) == once


# --- name_key / fold ----------------------------------------------------------------------


def test_name_key_matches_tone_placement_case_spacing_punctuation():
    assert name_key("Thuỷ Nguyên") == name_key("THỦY  NGUYÊN") == "thủy nguyên"
    assert name_key(" Hoà Bình ") == name_key("hòa bình")
    assert name_key("Xã/phường") == name_key("Xã / Phường") == "xã phường"
    assert name_key("Thanh niên, học sinh") == "thanh niên học sinh"
    assert name_key(nfd("Đồ Sơn")) == "đồ sơn"
    assert name_key("Phường 3") == "phường 3"


def test_name_key_keeps_accents():
    assert name_key("Đồ Sơn") != name_key("Do Son")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đồ Sơn", "do son"),
        ("ĐỒ SƠN", "do son"),
        (nfd("Đồ Sơn"), "do son"),
        ("  Hải   Phòng ", "hai phong"),
        ("Người dân", "nguoi dan"),
        ("Thủy Nguyên", "thuy nguyen"),
        ("Thuỷ Nguyên", "thuy nguyen"),
        ("Ưu tiên", "uu tien"),
        ("", ""),
    ],
)
def test_fold(raw, expected):
    assert fold(raw) == expected


# --- vi_sort_key --------------------------------------------------------------------------


def sorted_vi(items):
    return sorted(items, key=vi_sort_key)


def shuffled(items, seed=1669):
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def test_sort_key_dictionary_order_of_letters():
    expected = ["Anh", "Ánh", "Ăn", "Âm", "Bình", "Dũng", "Đà", "Ô", "Ông", "Ơn", "Uy", "Ư", "Ý"]
    for seed in range(5):
        assert sorted_vi(shuffled(expected, seed)) == expected


def test_sort_key_alphabet():
    alphabet = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
    assert sorted_vi(shuffled(alphabet)) == alphabet
    assert sorted_vi(shuffled([c.upper() for c in alphabet])) == [c.upper() for c in alphabet]


def test_sort_key_tones_are_secondary_in_dictionary_order():
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted_vi(shuffled(tones)) == tones
    # the letter decides before the tone
    assert sorted_vi(["mạ", "mb", "mà"]) == ["mà", "mạ", "mb"]
    assert sorted_vi(["ạ", "ă"]) == ["ạ", "ă"]


def test_sort_key_case_is_tertiary():
    assert sorted_vi(["An", "an", "Án", "án"]) == ["an", "An", "án", "Án"]
    assert vi_sort_key("an") < vi_sort_key("An") < vi_sort_key("án")


def test_sort_key_prefix_space_digits_punctuation():
    assert sorted_vi(["Anh", "An Dương", "An"]) == ["An", "An Dương", "Anh"]
    assert sorted_vi(["a", "1", "-", " "]) == [" ", "-", "1", "a"]
    assert sorted_vi(["Phường 2", "Phường 10", "Phường A"]) == [
        "Phường 10",
        "Phường 2",
        "Phường A",
    ]


def test_sort_key_unit_names():
    names = [
        "An Dương", "An Lão", "Bạch Đằng", "Cát Hải", "Dương Kinh", "Đồ Sơn", "Hải An",
        "Hồng Bàng", "Kiến An", "Kiến Thụy", "Lê Chân", "Ngô Quyền", "Thủy Nguyên",
        "Tiên Lãng", "Vĩnh Bảo",
    ]  # fmt: skip
    assert sorted_vi(shuffled(names)) == names


def test_sort_key_ignores_nfd_and_tone_placement():
    assert vi_sort_key(nfd("Đồ Sơn")) == vi_sort_key("Đồ Sơn")
    assert vi_sort_key("Thuỷ") == vi_sort_key("Thủy")
    assert vi_sort_key("  Đồ  Sơn ") == vi_sort_key("Đồ Sơn")


def test_sort_key_is_a_plain_deterministic_string():
    key = vi_sort_key("Phường Đồ Sơn")
    assert isinstance(key, str) and key == vi_sort_key("Phường Đồ Sơn")
    assert "\x00" not in key
    # binary order of the UTF-8 bytes (a "C" collation column) is the same order
    encoded = sorted(vi_sort_key(x).encode("utf-8") for x in ["b", "Ă", "ạ", "a", "đ", "d"])
    assert encoded == [vi_sort_key(x).encode("utf-8") for x in ["a", "ạ", "Ă", "b", "d", "đ"]]
    assert len(vi_sort_key("a" * 500)) < 300


def test_sort_key_other_scripts_after_latin():
    assert sorted_vi(["ж", "z", "a"]) == ["a", "z", "ж"]


# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("34.805", 34805),
        ("34 805", 34805),
        ("1.234.567,5", 1234567.5),
        ("1,5", 1.5),
        ("34805", 34805),
        ("1.500.000 đ", 1500000),
        ("1.500.000đ", 1500000),
        ("1.500.000 VNĐ", 1500000),
        ("1.500.000 vnd", 1500000),
        ("1.500.000 đồng", 1500000),
        ("  34.805  ", 34805),
        ("34\u00a0805", 34805),
        ("34\u202f805", 34805),
        ("1\u00a0234\u00a0567,5", 1234567.5),
        ("-34.805", -34805),
        ("- 1,5", -1.5),
        ("\u22121.500", -1500),
        ("+7", 7),
        ("1.5", 1.5),
        ("2.25", 2.25),
        ("1.500", 1500),
        ("0.500", 0.5),
        ("12345.678", 12345.678),
        ("0", 0),
        ("0,25", 0.25),
        ("12,0", 12),
        (34805, 34805),
        (34805.0, 34805),
        (1.5, 1.5),
        (-2.0, -2),
        (Decimal("12.50"), 12.5),
    ],
)
def test_parse_vi_number(raw, expected):
    result = parse_vi_number(raw)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    "raw",
    ["abc", "1..2", "", "   ", None, "1,2,3", "1.23.456", "12 34", ",5", "5.", "1,5.3", "1e5",
     "34.805 kg", "--1", True, float("nan"), float("inf")],
)  # fmt: skip
def test_parse_vi_number_rejects(raw):
    with pytest.raises(ValueError):
        parse_vi_number(raw)


def test_parse_vi_number_reason_is_short_english():
    with pytest.raises(ValueError, match="not a number"):
        parse_vi_number("abc")
    with pytest.raises(ValueError, match="empty"):
        parse_vi_number("")


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (34805, None, "34.805"),
        (1234567.5, None, "1.234.567,5"),
        (12, 1, "12,0"),
        (12.0, None, "12"),
        (12.04, 1, "12,0"),
        (12.05, 1, "12,1"),
        (0.5, 0, "1"),
        (-1234567.5, None, "-1.234.567,5"),
        (-34805, None, "-34.805"),
        (-0.04, 1, "0,0"),
        (0, None, "0"),
        (999, None, "999"),
        (1000, None, "1.000"),
        (None, None, ""),
        (None, 2, ""),
        (1.25, 2, "1,25"),
        (Decimal("1.50"), None, "1,5"),
    ],
)
def test_format_vi_number(value, decimals, expected):
    assert format_vi_number(value, decimals) == expected


def test_format_vnd():
    assert format_vnd(1500000) == "1.500.000 đ"
    assert format_vnd(1500000.4) == "1.500.000 đ"
    assert format_vnd(0) == "0 đ"
    assert format_vnd(None) == ""
    assert parse_vi_number(format_vnd(2_750_000)) == 2_750_000


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_number_round_trip_int(n):
    text = format_vi_number(n)
    assert parse_vi_number(text) == n
    assert "," not in text


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_number_round_trip_one_decimal(tenths):
    x = tenths / 10
    assert parse_vi_number(format_vi_number(x)) == x
    assert parse_vi_number(format_vi_number(x, decimals=1)) == x
    assert format_vi_number(x, decimals=1).rpartition(",")[2].isdigit()


# --- dates --------------------------------------------------------------------------------

MARCH_15 = dt.date(2022, 3, 15)


@pytest.mark.parametrize(
    "raw",
    [
        "15/3/2022",
        "15/03/2022",
        "15-03-2022",
        "15.03.2022",
        "2022-03-15",
        "2022-03-15 00:00:00",
        "2022-03-15T08:30",
        "ngày 15 tháng 3 năm 2022",
        "Ngày 15 tháng 03 năm 2022",
        nfd("ngày 15 tháng 3 năm 2022"),
        " 15/3/2022 ",
        MARCH_15,
        dt.datetime(2022, 3, 15, 17, 45),
    ],
)
def test_parse_vi_date(raw):
    result = parse_vi_date(raw)
    assert result == MARCH_15
    assert type(result) is dt.date


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("31/02/2022", "invalid date"),
        ("15/3/022", "two or four digits"),
        ("15/3/20222", "two or four digits"),
        ("abc", "not a date"),
        ("", "empty"),
        (None, "not a date"),
        (44635, "not a date"),
        ("15/03-2022", "not a date"),
        ("32/01/2022", "invalid date"),
    ],
)
def test_parse_vi_date_rejects_with_reason(raw, reason):
    with pytest.raises(ValueError, match=reason):
        parse_vi_date(raw)


@pytest.mark.parametrize(("raw", "meant"), [
    ("15/3/22", dt.date(2022, 3, 15)), ("22-03-15", dt.date(2015, 3, 22)),
    ("1/12/46", dt.date(2046, 12, 1)), ("1/12/47", dt.date(1947, 12, 1)),
    ("ngày 5 tháng 6 năm 24", dt.date(2024, 6, 5))])
def test_a_two_digit_year_is_read_as_a_date_field_reads_it(raw, meant):
    today = dt.date(2026, 12, 1)
    assert parse_vi_date(raw, today) == meant
    if not raw.startswith("ngày"):
        assert parse_typed_date(raw, today) == meant  # the window's date fields agree


@pytest.mark.parametrize(("raw", "meant"), [
    ("3/22", dt.date(2022, 3, 1)), ("tháng 3 năm 24", dt.date(2024, 3, 1)),
    ("15/3/22", dt.date(2022, 3, 1))])
def test_a_two_digit_year_of_a_month(raw, meant):
    assert parse_vi_month(raw, dt.date(2026, 12, 1)) == meant


def test_format_vi_date():
    assert format_vi_date(dt.date(2026, 1, 5)) == "05/01/2026"
    assert format_vi_date(dt.datetime(2026, 1, 5, 10, 0)) == "05/01/2026"
    assert format_vi_date(None) == ""


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_date_round_trip(d):
    assert parse_vi_date(format_vi_date(d)) == d


@pytest.mark.parametrize(
    "raw",
    [
        "3/2022",
        "03/2022",
        "2022-03",
        "03-2022",
        "Tháng 3/2022",
        "tháng 03 năm 2022",
        "THÁNG 3 NĂM 2022",
        "15/03/2022",
        "2022-03-15",
        dt.date(2022, 3, 15),
        dt.datetime(2022, 3, 31, 23, 59),
    ],
)
def test_parse_vi_month(raw):
    result = parse_vi_month(raw)
    assert result == dt.date(2022, 3, 1)
    assert type(result) is dt.date


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("13/2022", "invalid month"),
        ("0/2022", "invalid month"),
        ("3/022", "two or four digits"),
        ("31/02/2022", "invalid date"),
        ("tháng ba", "not a month"),
        ("", "empty"),
        (None, "not a month"),
    ],
)
def test_parse_vi_month_rejects(raw, reason):
    with pytest.raises(ValueError, match=reason):
        parse_vi_month(raw)


# --- yes / no -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["Có", "có", "CÓ", nfd("Có"), "C", "c", "x", "X", "1", 1, 1.0, "Yes", "yes", "Y", "True",
     "true", True, "v", "✓", " có "],
)  # fmt: skip
def test_parse_yes_no_true(raw):
    assert parse_yes_no(raw) is True


@pytest.mark.parametrize(
    "raw",
    ["Không", "không", "KHÔNG", "K", "k", "0", 0, 0.0, "No", "N", "False", "false", False],
)
def test_parse_yes_no_false(raw):
    assert parse_yes_no(raw) is False


@pytest.mark.parametrize("raw", [None, "", "   ", "\u00a0", float("nan")])
def test_parse_yes_no_blank(raw):
    assert parse_yes_no(raw) is None


@pytest.mark.parametrize("raw", ["maybe", "2", 2, "Có lẽ", "xx"])
def test_parse_yes_no_rejects(raw):
    with pytest.raises(ValueError):
        parse_yes_no(raw)


# --- split_unit_prefix --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "level", "bare"),
    [
        ("Phường Đồ Sơn", "phuong", "Đồ Sơn"),
        ("phuong Do Son", "phuong", "Do Son"),
        ("p.Đồ Sơn", "phuong", "Đồ Sơn"),
        ("P. Đồ Sơn", "phuong", "Đồ Sơn"),
        ("P Đồ Sơn", "phuong", "Đồ Sơn"),
        ("PHƯỜNG ĐỒ SƠN", "phuong", "ĐỒ SƠN"),
        (nfd("Phường Đồ Sơn"), "phuong", "Đồ Sơn"),
        ("Xã Xuân Lâm", "xa", "Xuân Lâm"),
        ("X. Kiến Thiết", "xa", "Kiến Thiết"),
        ("Thị trấn Núi Đèo", "thi_tran", "Núi Đèo"),
        ("TT. Núi Đèo", "thi_tran", "Núi Đèo"),
        ("TT Núi Đèo", "thi_tran", "Núi Đèo"),
        ("Thi tran Nui Deo", "thi_tran", "Nui Deo"),
        ("Đặc khu Bạch Long Vĩ", "dac_khu", "Bạch Long Vĩ"),
        ("Quận Hồng Bàng", "quan", "Hồng Bàng"),
        ("Q. Hồng Bàng", "quan", "Hồng Bàng"),
        ("Huyện Thủy Nguyên", "huyen", "Thủy Nguyên"),
        ("H.Thủy Nguyên", "huyen", "Thủy Nguyên"),
        ("Thành phố Hải Phòng", "thanh_pho", "Hải Phòng"),
        ("TP. Hải Phòng", "thanh_pho", "Hải Phòng"),
        ("TP Hải Phòng", "thanh_pho", "Hải Phòng"),
        ("Tỉnh Hải Dương", "tinh", "Hải Dương"),
        ("  Phường   Đồ  Sơn ", "phuong", "Đồ Sơn"),
        ("Phường 3", "phuong", "3"),
    ],
)
def test_split_unit_prefix(raw, level, bare):
    assert split_unit_prefix(raw) == (level, bare)


@pytest.mark.parametrize(
    "raw",
    [
        "Hải An",
        "Phù Ninh",
        "Phú Xuân",
        "Quan Lạn",
        "Tịnh Biên",
        "Xuân Đám",
        "Hòa Bình",
        "Thanh Phong",
        "Đồ Sơn",
        "Phường",
        "",
    ],
)
def test_split_unit_prefix_leaves_bare_names(raw):
    assert split_unit_prefix(raw) == (None, clean_text(raw))


# --- split_multi --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a; b;c", ["a", "b", "c"]),
        ("Mại dâm; Ma túy\nHIV/AIDS", ["Mại dâm", "Ma túy", "HIV/AIDS"]),
        ("Người dân;; ;\r\nPhụ nữ;", ["Người dân", "Phụ nữ"]),
        (" Thanh niên, học sinh, sinh viên ", ["Thanh niên, học sinh, sinh viên"]),
        (nfd("Mại dâm"), ["Mại dâm"]),
        ("", []),
        (None, []),
        (["a; b", "c"], ["a", "b", "c"]),
    ],
)
def test_split_multi(raw, expected):
    assert split_multi(raw) == expected
