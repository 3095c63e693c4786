"""Vietnamese text, number, date and yes/no helpers shared by the domain and the importer.

Pure standard library, no Qt: the same rules serve the GUI, the command line and the tests.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "clean_text",
    "fold",
    "format_vi_date",
    "format_vi_number",
    "format_vnd",
    "name_key",
    "nfc",
    "normalize_tones",
    "parse_vi_date",
    "parse_vi_month",
    "parse_vi_number",
    "parse_yes_no",
    "person_sort_key",
    "split_multi",
    "split_unit_prefix",
    "vi_sort_key",
]

# Tone marks as NFD combining characters, in dictionary order (ngang has none).
_TONE_ORDER = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền hỏi ngã sắc nặng
_TONES = frozenset(_TONE_ORDER)
_VOWELS = frozenset("aăâeêioôơuưy")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), " ")
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# An old-style tone mark can only sit on the a/e/y of "oa", "oe", "uy": most text has none.
_OLD_STYLE_PAIR = re.compile("[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]")


# --- text ---------------------------------------------------------------------------------


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def clean_text(s: object) -> str:
    """NFC text on one line, single spaces, no leading/trailing blanks; None -> ""."""
    if s is None:
        return ""
    text = nfc(str(s))
    if _ZERO_WIDTH_RE.search(text):  # rare: translate() is slow, the search is not
        text = text.translate(_ZERO_WIDTH)
    # str.split() with no argument splits on every Unicode blank: NBSP, narrow NBSP, tabs, EOLs.
    return " ".join(text.split())


def _split_tone(ch: str) -> tuple[str, str]:
    """One NFC letter -> (letter without tone mark, NFC; tone mark or "")."""
    parts = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in parts if c in _TONES)
    if not tone:
        return ch, ""
    return nfc("".join(c for c in parts if c not in _TONES)), tone[0]


def _fix_word_tone(m: re.Match[str]) -> str:
    word = m.group()
    if len(word) < 2:
        return word
    last, tone = _split_tone(word[-1])
    prev = word[-2]
    if not tone or (prev.lower(), last.lower()) not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return word
    if len(word) >= 3:
        before = _split_tone(word[-3])[0].lower()
        # "quý" keeps its mark (qu is the initial); a third vowel means another pattern.
        if before in _VOWELS or (before == "q" and prev.lower() == "u"):
            return word
    return word[:-2] + nfc(prev + tone) + last


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def normalize_tones(s: str) -> str:
    """Move old-style tone marks of open oa/oe/uy to the first vowel ("Thuỷ" -> "Thủy").

    This is the placement of NQ 1669 and of most current official lists; syllables with a
    final consonant ("Hoàng", "Quỳnh") already agree in both styles and are left alone.
    """
    text = nfc(s)
    if not _OLD_STYLE_PAIR.search(text):
        return text
    return _LETTER_RUN.sub(_fix_word_tone, text)


def name_key(s: str) -> str:
    """Key for matching names: tone placement, case, punctuation and spacing ignored."""
    text = normalize_tones(clean_text(s)).casefold()
    kept = (c if c.isspace() or unicodedata.category(c)[0] in "LNM" else " " for c in text)
    return nfc(" ".join("".join(kept).split()))


def fold(s: str) -> str:
    """Accent- and case-insensitive search key: "Đồ Sơn" -> "do son"."""
    if s.__class__ is str and s.isascii():  # the same result, without the Unicode steps
        return " ".join(s.lower().split())
    decomposed = unicodedata.normalize("NFD", clean_text(s))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("đ", "d").replace("Đ", "D").casefold().split())


# --- collation ----------------------------------------------------------------------------

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# Weights are plain characters so that binary ordering of the key is the collation.
_SEP = " "  # below every weight
_W_SPACE = "!"
_W_PUNCT = "#"
_W_LETTER = {c: chr(0x41 + i) for i, c in enumerate(_ALPHABET)}  # "A" .. "a"
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_SORT_KEY_UNITS = 64


def _collation_unit(ch: str) -> tuple[str, str, str]:
    """(primary, tone, case) weights of one NFC character."""
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    tone = next((c for c in marks if c in _TONES), "")
    w_tone = str(_TONE_ORDER.index(tone) + 1) if tone else "0"
    w_case = "1" if base.isupper() else "0"
    lower = base.lower()
    if lower == "đ":
        return _W_LETTER["đ"], w_tone, w_case
    if lower in _W_LETTER:
        for mark in marks:
            lower = _MODIFIED.get((lower, mark), lower)
        return _W_LETTER[lower], w_tone, w_case
    if ch.isspace():
        return _W_SPACE, "0", "0"
    if ch.isdecimal():
        return str(unicodedata.decimal(ch)), "0", "0"
    if unicodedata.category(ch)[0] == "L":
        return ch.lower(), "0", w_case  # other scripts: after z, in code-point order
    return _W_PUNCT, "0", "0"


class _Weights(dict):
    """Code point -> one weight of its character (primary, tone or case), made when first
    met; str.translate() with these tables builds a key without a Python loop."""

    def __init__(self, part: int) -> None:
        super().__init__()
        self.part = part

    def __missing__(self, code: int) -> str:
        weight = self[code] = _collation_unit(chr(code))[self.part]
        return weight


_PRIMARY, _TONE, _CASE = _Weights(0), _Weights(1), _Weights(2)


def vi_sort_key(s: str) -> str:
    """Key whose binary ("C" collation) order is Vietnamese dictionary order.

    Letters first (a < ă < â ... d < đ ... u < ư ...), then tones (ngang, huyền, hỏi, ngã,
    sắc, nặng), then case (lower first). Only the first 64 characters count.
    """
    text = normalize_tones(clean_text(s))[:_SORT_KEY_UNITS]
    return (text.translate(_PRIMARY) + _SEP + text.translate(_TONE) + _SEP
            + text.translate(_CASE))


def person_sort_key(full_name: str) -> str:
    """Vietnamese order of people: by given name (the last word), then the rest of the name
    ("Trần Thị Bình" before "Nguyễn Văn Cường", and "Lê An" before "Nguyễn An")."""
    words = clean_text(full_name).split(" ")
    given, rest = words[-1], " ".join(words[:-1])
    return vi_sort_key(given) + "\x00" + vi_sort_key(rest)


# --- numbers ------------------------------------------------------------------------------

_CURRENCY = re.compile(r"\s*(?:₫|dong|vnd|d)\.?$")
_SIGN = re.compile(r"^([+\-\u2212])\s*")
_GROUPED = re.compile(r"(\d+|[1-9]\d{0,2}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)(?:,(\d+))?")
_DOT_DECIMAL = re.compile(r"(\d+)\.(\d+)")


def _to_number(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def parse_vi_number(value: object) -> int | float:
    """Number from a cell: dot = thousands, comma = decimal ("1.234.567,5").

    A single dot is thousands only before exactly three digits after a 1-3 digit group not
    starting with 0 ("34.805" -> 34805); otherwise it is a decimal point ("1.5", "0.500").
    Integral results are returned as int.
    """
    if isinstance(value, bool):
        raise ValueError("a yes/no value is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal):
        d = Decimal(value) if isinstance(value, Decimal) else Decimal(repr(value))
        if not d.is_finite():
            raise ValueError("not a finite number")
        return _to_number(d)
    text = fold(clean_text(value))
    if not text:
        raise ValueError("empty value")
    text = _CURRENCY.sub("", text)
    sign = ""
    if m := _SIGN.match(text):
        sign = "-" if m.group(1) != "+" else ""
        text = text[m.end() :]
    if m := _GROUPED.fullmatch(text):
        number = m.group(1).replace(".", "").replace(" ", "") + "." + (m.group(2) or "0")
    elif m := _DOT_DECIMAL.fullmatch(text):
        number = f"{m.group(1)}.{m.group(2)}"
    else:
        if not text or not re.search(r"\d", text):
            raise ValueError("not a number")
        raise ValueError("misplaced separators or characters in number")
    try:
        return _to_number(Decimal(sign + number))
    except InvalidOperation as exc:  # pragma: no cover - the patterns above only pass digits
        raise ValueError("not a number") from exc


def format_vi_number(x: int | float | None, decimals: int | None = None) -> str:
    """34805 -> "34.805", 1234567.5 -> "1.234.567,5"; decimals fixes the fraction digits."""
    if x is None:
        return ""
    d = Decimal(x) if isinstance(x, int | Decimal) else Decimal(repr(float(x)))
    if not d.is_finite():
        raise ValueError("not a finite number")
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    int_part, _, frac = format(abs(d), "f").partition(".")
    if decimals is None:
        frac = frac.rstrip("0")
    grouped = f"{int(int_part):,}".replace(",", ".")
    sign = "-" if d < 0 else ""
    return sign + grouped + ("," + frac if frac else "")


def format_vnd(x: int | float | None) -> str:
    """Whole dong: 1500000 -> "1.500.000 đ"; None -> ""."""
    return "" if x is None else format_vi_number(x, decimals=0) + " đ"


# --- dates --------------------------------------------------------------------------------

_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
# "ngày 15/3/2024" and "15 / 3 / 2024" as typed in report forms are that date too
_DMY = re.compile(r"(?:ngay\s*)?(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d+)" + _TIME)
_YMD = re.compile(r"(\d{4})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})" + _TIME)
_DMY_WORDS = re.compile(r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d+)")
_MY = re.compile(r"(?:thang\s*|t)?(\d{1,2})\s*(?:[/.\-]|nam)\s*(\d+)")
_YM = re.compile(r"(\d{4})[/.\-](\d{1,2})")


#: a two-digit year is this century's unless that is more than this many years ahead
CENTURY_WINDOW = 20


def full_year(text: str, today: _dt.date) -> int:
    """"24" -> 2024, "1999" -> 1999; a two-digit year more than 20 years ahead is last
    century's ("85" -> 1985). Raises ValueError for any other number of digits."""
    if not text.isdigit() or len(text) not in (2, 4):  # "5" is a slip, not 2005
        raise ValueError(f"year must have two or four digits: {text!r}")
    year = int(text)
    if len(text) == 2:
        year += 2000
        if year > today.year + CENTURY_WINDOW:
            year -= 100
    return year


def _make_date(year: str, month: str, day: str, text: str,
               today: _dt.date | None = None) -> _dt.date:
    """The date; a two-digit year as a date field reads it (typed_dates), else four."""
    if len(year) == 2:
        number = full_year(year, today or _dt.date.today())
    elif len(year) == 4:
        number = int(year)
    else:
        raise ValueError(f"year must have two or four digits: {text!r}")
    try:
        return _dt.date(number, int(month), int(day))
    except ValueError:
        raise ValueError(f"invalid date: {text!r}") from None


def parse_vi_date(value: object, today: _dt.date | None = None) -> _dt.date:
    """Date from a cell: date objects, "15/3/2022", "15/3/22", "2022-03-15", "ngày 15 tháng 3
    năm 2022". `today` decides a two-digit year's century (default: the clock's)."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if value is None or isinstance(value, bool | int | float):
        raise ValueError("not a date")
    text = clean_text(value)
    key = fold(text)
    if not key:
        raise ValueError("empty date")
    if m := _DMY.fullmatch(key):
        return _make_date(m.group(4), m.group(3), m.group(1), text, today)
    if m := _YMD.fullmatch(key):
        return _make_date(m.group(1), m.group(3), m.group(4), text)
    if m := _DMY_WORDS.fullmatch(key):
        return _make_date(m.group(3), m.group(2), m.group(1), text, today)
    raise ValueError(f"not a date (expected dd/mm/yyyy): {text!r}")


def format_vi_date(d: _dt.date | None) -> str:
    return "" if d is None else f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_vi_month(value: object, today: _dt.date | None = None) -> _dt.date:
    """First day of the month named by a cell: "3/2022", "3/22", "2022-03", "Tháng 3/2022", a
    date."""
    if isinstance(value, _dt.date):  # datetime included
        return _dt.date(value.year, value.month, 1)
    if value is None or isinstance(value, bool | int | float):
        raise ValueError("not a month")
    text = clean_text(value)
    key = fold(text)
    if not key:
        raise ValueError("empty month")
    m = _MY.fullmatch(key)
    year, month = (m.group(2), m.group(1)) if m else (None, None)
    if m is None and (m := _YM.fullmatch(key)):
        year, month = m.group(1), m.group(2)
    if year is None or month is None:
        if not any(p.fullmatch(key) for p in (_DMY, _YMD, _DMY_WORDS)):
            raise ValueError(f"not a month (expected mm/yyyy): {text!r}")
        # a full date: its errors are the reason
        return parse_vi_month(parse_vi_date(text, today))
    if not 1 <= int(month) <= 12:
        raise ValueError(f"invalid month: {text!r}")
    return _make_date(year, month, "1", text, today)


# --- yes / no -----------------------------------------------------------------------------

_YES = frozenset({"co", "c", "x", "1", "yes", "y", "true", "v", "dung", "✓", "✔", "☑", "☒"})
_NO = frozenset({"khong", "k", "ko", "0", "no", "n", "false", "sai", "✗", "✘", "☐"})


def parse_yes_no(value: object) -> bool | None:
    """Có/Không, C/K, x/blank, 1/0, Yes/No, Y/N, True/False, ✓ -> bool; blank -> None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value != value:
        return None  # NaN: how pandas reads an empty cell
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise ValueError(f"not a yes/no value: {value!r}")
    key = fold(clean_text(value))
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(f"not a yes/no value (expected Có/Không): {clean_text(value)!r}")


# --- unit names ---------------------------------------------------------------------------

# (level, folded full word, canonical spelling) for whole-word prefixes, longest first.
_PREFIX_WORDS = (
    ("thi_tran", "thi tran", "thị trấn"),
    ("thanh_pho", "thanh pho", "thành phố"),
    ("dac_khu", "dac khu", "đặc khu"),
    ("phuong", "phuong", "phường"),
    ("huyen", "huyen", "huyện"),
    ("quan", "quan", "quận"),
    ("tinh", "tinh", "tỉnh"),
    ("xa", "xa", "xã"),
)
_PREFIX_WORD_PATTERNS = tuple(
    (level, word, canonical, re.compile(re.escape(word) + r"(?:[\s.:,]+|$)"))
    for level, word, canonical in _PREFIX_WORDS)
_PREFIX_ABBREV = (
    ("thi_tran", re.compile(r"tt(?:\.\s*|\s+)")),
    ("thanh_pho", re.compile(r"tp(?:\.\s*|\s+)")),
    ("phuong", re.compile(r"p(?:\.\s*|\s+)")),
    ("xa", re.compile(r"x\.\s*")),
    ("quan", re.compile(r"q\.\s*")),
    ("huyen", re.compile(r"h\.\s*")),
)


_FOLDED_CHAR: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    f = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    f = _FOLDED_CHAR[ch] = f.replace("đ", "d").replace("Đ", "D").casefold()
    return f


def _fold_with_index(text: str) -> tuple[str, list[int]]:
    """fold() character by character, with the original index of every folded character
    (each character folded once per process: unit names are split at every start)."""
    out: list[str] = []
    index: list[int] = []
    folded = _FOLDED_CHAR
    for i, ch in enumerate(text):
        f = folded.get(ch)
        if f is None:
            f = _fold_char(ch)
        out.append(f)
        if len(f) == 1:
            index.append(i)
        else:
            index.extend([i] * len(f))
    index.append(len(text))
    return "".join(out), index


def _has_marks(text: str) -> bool:
    return fold(text) != " ".join(text.casefold().split())


def split_unit_prefix(name: str) -> tuple[str | None, str]:
    """("phuong", "Đồ Sơn") from "Phường Đồ Sơn", "P.Đồ Sơn" or "phuong Do Son".

    A prefix must be a whole word (or an abbreviation with its dot). A full word typed without
    accents counts only when the whole name is unaccented, so "Quan Lạn" keeps its "Quan".
    """
    text = clean_text(name)
    folded, index = _fold_with_index(text)
    for level, word, canonical, pattern in _PREFIX_WORD_PATTERNS:
        m = pattern.match(folded)
        if not m:
            continue
        head, rest = text[: index[len(word)]], text[index[m.end()] :]
        if head.casefold() != canonical and (_has_marks(head) or _has_marks(rest)):
            continue
        if rest := clean_text(rest):
            return level, rest
    for level, pattern in _PREFIX_ABBREV:
        if (m := pattern.match(folded)) and (rest := clean_text(text[index[m.end()] :])):
            return level, rest
    return None, text


def split_multi(value: object) -> list[str]:
    """ "a; b;c" -> ["a", "b", "c"]: ";" or line breaks separate values; blanks dropped."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [item for v in value for item in split_multi(v)]
    parts = re.split(r"[;\r\n]", nfc(str(value)))
    return [c for c in map(clean_text, parts) if c]
