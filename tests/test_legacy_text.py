"""Tests for desktop.exchange.legacy_text: TCVN3 and VNI text read as cp1252/Latin-1.

TCVN3 expectations come from glibc's own `iconv -f TCVN5712-1` (libc-bin), run here; VNI
expectations from the VNI-Windows table (as in xvnkb/UniKey: base letter + mark character).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.exchange.legacy_text import (
    detect_legacy,
    fix_legacy_text,
    tcvn3_to_unicode,
    vni_to_unicode,
)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# Every Vietnamese vowel with each tone (ngang, sắc, huyền, hỏi, ngã, nặng) and đ, with its
# VNI-Windows code (as in xvnkb/UniKey). Used for the letter list of the TCVN3 tests too.
VNI_ROWS = [
    ("aáàảãạ", "a aù aø aû aõ aï"),
    ("âấầẩẫậ", "aâ aá aà aå aã aä"),
    ("ăắằẳẵặ", "aê aé aè aú aü aë"),
    ("eéèẻẽẹ", "e eù eø eû eõ eï"),
    ("êếềểễệ", "eâ eá eà eå eã eä"),
    ("iíìỉĩị", "i í ì æ ó ò"),
    ("oóòỏõọ", "o où oø oû oõ oï"),
    ("ôốồổỗộ", "oâ oá oà oå oã oä"),
    ("ơớờởỡợ", "ô ôù ôø ôû ôõ ôï"),
    ("uúùủũụ", "u uù uø uû uõ uï"),
    ("ưứừửữự", "ö öù öø öû öõ öï"),
    ("yýỳỷỹỵ", "y yù yø yû yõ î"),
    ("đ", "ñ"),
]


def read_as_cp1252(data: bytes) -> str:
    """What Excel/Windows shows for legacy bytes: cp1252, unused bytes as C1 controls."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


# --- TCVN3, against glibc iconv -----------------------------------------------------------

needs_iconv = pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not installed")


def iconv(data: bytes, source: str, target: str) -> bytes:
    result = subprocess.run(
        ["iconv", "-f", source, "-t", target], input=data, capture_output=True, check=True
    )
    return result.stdout


@functools.cache
def iconv_high_bytes() -> dict[int, str]:
    """glibc's reading of every byte 0x80-0xFF, in one iconv call (one byte per line)."""
    data = b"\n".join(bytes([b]) for b in range(0x80, 0x100))
    lines = iconv(data, "TCVN5712-1", "UTF-8").decode("utf-8").split("\n")
    assert len(lines) == 0x80
    return dict(zip(range(0x80, 0x100), lines, strict=True))


def to_tcvn3_bytes(text: str) -> bytes:
    return iconv(text.encode("utf-8"), "UTF-8", "TCVN5712-1")


@needs_iconv
@pytest.mark.parametrize("byte", range(0x80, 0x100), ids=lambda b: f"{b:#04x}")
def test_tcvn3_every_high_byte_matches_iconv(byte):
    expected = nfc(iconv_high_bytes()[byte])
    assert tcvn3_to_unicode(read_as_cp1252(bytes([byte]))) == expected
    assert tcvn3_to_unicode(bytes([byte]).decode("latin-1")) == expected


TCVN3_SENTENCES = [
    "Tuyên truyền phòng, chống mại dâm",
    "Tổ chức 117 buổi tuyên truyền với 34.805 lượt người tham gia",
    "Phường Đồ Sơn, thành phố Hải Phòng",
    "Huyện Thủy Nguyên; quận Hồng Bàng; Kiến Thụy",
    "Hỗ trợ tái hòa nhập cộng đồng cho người bán dâm",
    "Đội kiểm tra liên ngành 178 kiểm tra đột xuất cơ sở kinh doanh dịch vụ",
    'Chương trình truyền thông "Khát vọng yêu thương"',
    "Nhà nghỉ, khách sạn; Cắt tóc, gội đầu; Vũ trường",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hải Phòng, ngày 05 tháng 01 năm 2026",
    "Số tiền phạt: 1.500.000 đồng",
    "ẮNG ẰNG ẲNG ẴNG ẶNG ẦM ẨM ẪM ẤM ẬM ỀN ỂN ỄN ẾN ỆN ỒN ỔN ỖN ỐN ỘN ỜN ỞN ỠN ỚN ỢN",
]


@needs_iconv
@pytest.mark.parametrize("sentence", TCVN3_SENTENCES)
def test_tcvn3_sentences_match_iconv(sentence):
    data = to_tcvn3_bytes(sentence)
    garbled = read_as_cp1252(data)
    expected = nfc(iconv(data, "TCVN5712-1", "UTF-8").decode("utf-8"))
    assert expected == nfc(sentence)
    assert tcvn3_to_unicode(garbled) == expected
    assert fix_legacy_text(garbled, hint="tcvn3") == expected
    assert detect_legacy(garbled) == "tcvn3"
    assert fix_legacy_text(garbled) == expected


# glibc puts these capitals on control codes (< 0x20); they are deliberately not decoded.
TCVN3_C0_CAPITALS = set("ÚỤỪỬỮỨỰỲỶỸÝỴ")
VIETNAMESE_LOWER = "".join(letters for letters, _ in VNI_ROWS) + "bcdghklmnpqrstvx"
VIETNAMESE_LETTERS = VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()


@needs_iconv
def test_tcvn3_all_letters_round_trip_through_iconv():
    letters = "".join(c for c in VIETNAMESE_LETTERS if c not in TCVN3_C0_CAPITALS)
    text = " ".join(letters)
    assert tcvn3_to_unicode(read_as_cp1252(to_tcvn3_bytes(text))) == text


@needs_iconv
def test_tcvn3_control_codes_are_left_alone():
    assert to_tcvn3_bytes("Ý") == b"\x16"  # glibc's choice, not followed
    assert tcvn3_to_unicode("\x16\x01\t\n") == "\x16\x01\t\n"


def test_tcvn3_examples():
    assert tcvn3_to_unicode("Tuyªn truyÒn") == "Tuyên truyền"
    assert tcvn3_to_unicode("§å S¬n") == "Đồ Sơn"
    assert tcvn3_to_unicode("H¶i Phßng") == "Hải Phòng"
    assert tcvn3_to_unicode("ng\xadêi") == "người"
    assert tcvn3_to_unicode("a\xb0") == "à"  # combining tone byte composes
    assert tcvn3_to_unicode("Plain ASCII 123") == "Plain ASCII 123"


# --- VNI ----------------------------------------------------------------------------------

VNI_OF = {
    case(u): case(v)
    for letters, codes in VNI_ROWS
    for u, v in zip(letters, codes.split(), strict=True)
    for case in (str.lower, str.upper)
}


def to_vni(text: str) -> str:
    """Independent Unicode -> VNI encoder built from the table above."""
    return "".join(VNI_OF.get(c, c) for c in nfc(text))


@pytest.mark.parametrize(("letter", "code"), sorted(VNI_OF.items()))
def test_vni_every_letter(letter, code):
    assert vni_to_unicode(code) == letter


VNI_PHRASES = [
    ("Hải Phòng", "Haûi Phoøng"),
    ("Đồ Sơn", "Ñoà Sôn"),
    ("Thủy Nguyên", "Thuûy Nguyeân"),
    ("Tuyên truyền phòng, chống mại dâm", "Tuyeân truyeàn phoøng, choáng maïi daâm"),
    ("Người dân", "Ngöôøi daân"),
    ("Nữ", "Nöõ"),
    ("Ưu tiên", "Öu tieân"),
    ("Ợ", "ÔÏ"),
    ("Ỹ", "YÕ"),
    ("Kiến Thụy", "Kieán Thuïy"),
    ("Hòa Bình", "Hoøa Bình"),
    ("Lê Chân", "Leâ Chaân"),
    ("Ngô Quyền", "Ngoâ Quyeàn"),
    ("Hồng Bàng", "Hoàng Baøng"),
    ("Dương Kinh", "Döông Kinh"),
    ("Vĩnh Bảo", "Vónh Baûo"),
    ("Tiên Lãng", "Tieân Laõng"),
    ("Cát Hải", "Caùt Haûi"),
    ("Bạch Long Vĩ", "Baïch Long Vó"),
    ("Đằng Hải", "Ñaèng Haûi"),
    ("Hỗ trợ tái hòa nhập cộng đồng", "Hoã trôï taùi hoøa nhaäp coäng ñoàng"),
    ("Kiểm tra đột xuất", "Kieåm tra ñoät xuaát"),
    ("Tập huấn", "Taäp huaán"),
    ("Cơ sở kinh doanh", "Cô sôû kinh doanh"),
    ("Xử lý hành chính", "Xöû lyù haønh chính"),
    ("Số tiền phạt", "Soá tieàn phaït"),
    ("Trẻ em, mẹ", "Treû em, meï"),
    ("Chỉ tiêu", "Chæ tieâu"),
    ("Nghĩa vụ", "Nghóa vuï"),
    ("Lịch sử", "Lòch söû"),
    ("Kỹ thuật", "Kyõ thuaät"),
    ("Quỳnh", "Quyønh"),
    ("Tỷ lệ", "Tyû leä"),
    ("Mỵ Châu", "Mî Chaâu"),
    ("ẩm ướt", "aåm öôùt"),
    ("Ắc quy", "AÉc quy"),
    ("Mặt trận Tổ quốc", "Maët traän Toå quoác"),
    ("ẵm", "aüm"),
    ("lẳng lặng", "laúng laëng"),
    ("CĂNG THẲNG", "CAÊNG THAÚNG"),
    ("ĐOÀN THANH NIÊN", "ÑOAØN THANH NIEÂN"),
    ("HỘI LIÊN HIỆP PHỤ NỮ", "HOÄI LIEÂN HIEÄP PHUÏ NÖÕ"),
    ("ỦY BAN NHÂN DÂN", "UÛY BAN NHAÂN DAÂN"),
    ("Ừ Ứng Ửng Ữ Ự", "ÖØ ÖÙng ÖÛng ÖÕ ÖÏ"),
    ("Ờ Ớ Ở Ỡ", "ÔØ ÔÙ ÔÛ ÔÕ"),
    ("Ễ Ẽ Ẻ", "EÃ EÕ EÛ"),
    ("Ì Í Ỉ Ĩ Ị", "Ì Í Æ Ó Ò"),
    ("Ỳ Ý Ỷ Ỵ", "YØ YÙ YÛ Î"),
    ("Khát vọng yêu thương", "Khaùt voïng yeâu thöông"),
    ("Giữ gìn", "Giöõ gìn"),
    ("Thuở", "Thuôû"),
    ("Khuỷu", "Khuyûu"),
    ("Nguyễn Văn Ổn", "Nguyeãn Vaên OÅn"),
    ("Tổ chức 117 buổi, 34.805 lượt", "Toå chöùc 117 buoåi, 34.805 löôït"),
]


def test_vni_phrase_table_is_consistent_with_letter_table():
    assert len(VNI_PHRASES) >= 40
    for unicode_text, vni_text in VNI_PHRASES:
        assert to_vni(unicode_text) == vni_text, unicode_text


@pytest.mark.parametrize(("expected", "vni"), VNI_PHRASES)
def test_vni_phrases(expected, vni):
    assert vni_to_unicode(vni) == expected
    assert fix_legacy_text(vni, hint="vni") == expected


# Lone i-letters are single Latin-1 letters in VNI too ("Ì Í"): nothing to tell them apart.
VNI_UNDETECTABLE = {"Ì Í Æ Ó Ò"}


@pytest.mark.parametrize(
    ("expected", "vni"), [(u, v) for u, v in VNI_PHRASES if v not in VNI_UNDETECTABLE]
)
def test_vni_phrases_detected(expected, vni):
    assert detect_legacy(vni) == "vni"
    assert fix_legacy_text(vni) == expected


@pytest.mark.parametrize(
    "vni",
    ["Tuyeân truyeàn phoøng, choáng maïi daâm", "Ñoà Sôn", "Haûi Phoøng", "Ngöôøi daân",
     "Thuûy Nguyeân", "ÑOAØN THANH NIEÂN", "Kieán Thuïy"],
)  # fmt: skip
def test_vni_detected(vni):
    assert detect_legacy(vni) == "vni"


def test_vni_accepts_mark_in_other_case_and_leaves_stray_marks():
    assert vni_to_unicode("AÙ aÙ Ôï") == "Á á Ợ"
    assert vni_to_unicode("bø") == "bø"  # a mark after a consonant is not VNI
    assert vni_to_unicode("uê") == "uê"  # breve only fits a


@given(st.text(alphabet=VIETNAMESE_LETTERS + "bcdghklmnpqrstvx ,.-0123456789", max_size=40))
def test_vni_round_trip_property(text):
    assert vni_to_unicode(to_vni(text)) == text


# --- detection ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "garbled",
    ["Tuyªn truyÒn", "Tuyªn truyÒn phßng, chèng m¹i d©m", "§å S¬n", "H¶i Phßng", "S¬n",
     "Tæ chøc 117 buæi tuyªn truyÒn víi 34.805 l\xadît ng\xadêi tham gia"],
)  # fmt: skip
def test_tcvn3_detected(garbled):
    assert detect_legacy(garbled) == "tcvn3"


@pytest.mark.parametrize(
    "text",
    [
        "Tuyên truyền phòng, chống mại dâm",
        "Phường Đồ Sơn, thành phố Hải Phòng",
        "Người dân",
        "Hà Nội",
        "Hòa Bình",
        "Hoà Bình",
        "Cà Mau",
        "Tô Lâm",
        "Lê",
        unicodedata.normalize("NFD", "Tuyên truyền phòng, chống mại dâm"),
        "The quick brown fox jumps over the lazy dog.",
        "Outreach sessions, 2016-2020",
        "34.805",
        "1.500.000 đ",
        "12345",
        "",
        "Café",
        "Müller",
        "São Paulo",
        "Zürich",
        "naïve café résumé",
        "très bien, à la carte",
        "Noël",
        "2020 – 2025",
        "Company® 2020 ©",
        "25°C",
        "€100",
        "“Quoted”",
        "Ω",
    ],
)
def test_detection_negatives(text):
    assert detect_legacy(text) is None
    assert fix_legacy_text(text) == nfc(text)


def test_fix_legacy_text():
    assert fix_legacy_text("Tuyªn truyÒn") == "Tuyên truyền"
    assert fix_legacy_text("Tuyeân truyeàn") == "Tuyên truyền"
    assert fix_legacy_text("Ñoà Sôn", hint="vni") == "Đồ Sơn"
    assert fix_legacy_text("§å S¬n", hint="tcvn3") == "Đồ Sơn"
    nfd_text = unicodedata.normalize("NFD", "Đồ Sơn")
    assert fix_legacy_text(nfd_text) == "Đồ Sơn"
    assert fix_legacy_text("") == ""
    with pytest.raises(ValueError):
        fix_legacy_text("x", hint="viqr")


def test_outputs_are_nfc():
    for converted in (tcvn3_to_unicode("Tuyªn a\xb0"), vni_to_unicode("Tuyeân")):
        assert unicodedata.is_normalized("NFC", converted)
