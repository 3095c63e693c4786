"""Repair text typed with legacy Vietnamese fonts (TCVN3 ".VnTime", VNI "VNI-Times").

Such text reaches us as the Windows code page 1252 (or Latin-1) reading of the legacy bytes:
"Tuyªn truyÒn" (TCVN3) or "Tuyeân truyeàn" (VNI) for "Tuyên truyền".
"""

from __future__ import annotations

import contextlib
import re
import unicodedata

__all__ = ["detect_legacy", "fix_legacy_text", "tcvn3_to_unicode", "vni_to_unicode"]


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# --- TCVN3 --------------------------------------------------------------------------------

# Bytes 0x80-0xFF of glibc's TCVN5712-1 codec (generated with iconv, checked by the tests).
# 0xB0-0xB4 are combining tone marks. Bytes below 0x20 are left alone on purpose: glibc puts
# a few capitals there, but office TCVN3 fonts do not, and control characters must stay
# control characters.
_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # 0xB0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0
)


def _tcvn3_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for byte, target in zip(range(0x80, 0x100), _TCVN3_HIGH, strict=True):
        table[byte] = target  # read as Latin-1 (also how cp1252's unused bytes come out)
        with contextlib.suppress(UnicodeDecodeError):  # 0x81, 0x8D, 0x8F, 0x90, 0x9D unused
            table[ord(bytes([byte]).decode("cp1252"))] = target
    return table


_TCVN3 = _tcvn3_table()
# Characters a cp1252/Latin-1 reading can produce above ASCII: the legacy alphabet.
_HIGH_CHARS = frozenset(map(chr, _TCVN3))


def tcvn3_to_unicode(s: str) -> str:
    """TCVN3 text read as cp1252/Latin-1 -> Unicode NFC ("Tuyªn truyÒn" -> "Tuyên truyền")."""
    return _nfc(s.translate(_TCVN3))


# --- VNI ----------------------------------------------------------------------------------

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"

# VNI-Windows: a base letter followed by one mark character (lower or upper case alike).
_VNI_MARKS_LOWER = {
    "ø": ("", _GRAVE),
    "ù": ("", _ACUTE),
    "û": ("", _HOOK),
    "õ": ("", _TILDE),
    "ï": ("", _DOT),
    "ê": (_BREVE, ""),
    "è": (_BREVE, _GRAVE),
    "é": (_BREVE, _ACUTE),
    "ú": (_BREVE, _HOOK),
    "ü": (_BREVE, _TILDE),
    "ë": (_BREVE, _DOT),
    "â": (_CIRCUMFLEX, ""),
    "à": (_CIRCUMFLEX, _GRAVE),
    "á": (_CIRCUMFLEX, _ACUTE),
    "å": (_CIRCUMFLEX, _HOOK),
    "ã": (_CIRCUMFLEX, _TILDE),
    "ä": (_CIRCUMFLEX, _DOT),
}
_VNI_MARKS = _VNI_MARKS_LOWER | {k.upper(): v for k, v in _VNI_MARKS_LOWER.items()}
# Letters that take marks; "ô"/"ö" are VNI's ơ/ư. i and y take their tones as the single
# characters below in the VNI table; "iø", "yï" and the like are accepted as well.
_VNI_BASES = {c: c for c in "aeiouyAEIOUY"} | {
    "ô": "o" + _HORN,
    "Ô": "O" + _HORN,
    "ö": "u" + _HORN,
    "Ö": "U" + _HORN,
}
# Characters that are a letter on their own.
_VNI_SINGLE = {
    "ñ": "đ",
    "Ñ": "Đ",
    "ô": "ơ",
    "Ô": "Ơ",
    "ö": "ư",
    "Ö": "Ư",
    "ì": "ì",
    "Ì": "Ì",
    "í": "í",
    "Í": "Í",
    "æ": "ỉ",
    "Æ": "Ỉ",
    "ó": "ĩ",
    "Ó": "Ĩ",
    "ò": "ị",
    "Ò": "Ị",
    "î": "ỵ",
    "Î": "Ỵ",
}


def _vni_fits(base: str, modifier: str) -> bool:
    if not modifier:
        return True
    if modifier == _BREVE:
        return base in "aA"
    return base in "aeoAEO"  # circumflex


def vni_to_unicode(s: str) -> str:
    """VNI text read as cp1252/Latin-1 -> Unicode NFC ("Ñoà Sôn" -> "Đồ Sơn")."""
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        base = _VNI_BASES.get(ch)
        mark = _VNI_MARKS.get(s[i + 1]) if i + 1 < n else None
        if base is not None and mark is not None and _vni_fits(base, mark[0]):
            out.append(base + mark[0] + mark[1])
            i += 2
            continue
        out.append(_VNI_SINGLE.get(ch, ch))
        i += 1
    return _nfc("".join(out))


# --- detection ----------------------------------------------------------------------------

# Unicode Vietnamese letters that no cp1252/Latin-1 reading can produce.
_UNICODE_VI = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0300-\u036f]")
_TOKEN = re.compile("[A-Za-z" + re.escape("".join(sorted(_HIGH_CHARS - {"\xa0"}))) + "]+")
_TONE_MARKS = frozenset((_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))

_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_FINALS = "ng|nh|ch|c|m|n|p|t"
_OPEN_RIMES = (  # no final consonant
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa uơ oai oao oay oeo uây uôi ươi "
    "ươu iêu yêu uyu uya"
)
_CLOSED_RIMES = "ă â iê yê uô ươ oă uâ uyê oo"  # final consonant required
_ANY_RIMES = "a e ê i o ô ơ u ư y oa oe uê uy"


def _alternation(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


_SYLLABLE = re.compile(
    f"(?:{_INITIALS})?(?:(?:{_alternation(_OPEN_RIMES)})"
    f"|(?:{_alternation(_CLOSED_RIMES)})(?:{_FINALS})"
    f"|(?:{_alternation(_ANY_RIMES)})(?:{_FINALS})?)"
)


def _is_syllable(word: str) -> bool:
    """Whether a word is one well-formed Vietnamese syllable (at most one tone mark)."""
    parts = unicodedata.normalize("NFD", word.lower())
    if sum(c in _TONE_MARKS for c in parts) > 1:
        return False
    bare = _nfc("".join(c for c in parts if c not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


_CONVERTERS = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}


def detect_legacy(s: str) -> str | None:
    """Name the legacy encoding ("tcvn3" or "vni") the text clearly reads as, else None.

    Each word holding legacy characters is converted both ways: a conversion scores when it
    yields a Vietnamese syllable that the word was not already, and fails when it yields none.
    An encoding is chosen only with clear support and no tie.
    """
    if not s or s.isascii() or _UNICODE_VI.search(s):
        return None
    if any(ord(c) > 0x7F and c not in _HIGH_CHARS for c in s):
        return None  # characters no legacy reading produces: real Unicode text
    score = dict.fromkeys(_CONVERTERS, 0)
    fail = dict.fromkeys(_CONVERTERS, 0)
    for word in _TOKEN.findall(s):
        if word.isascii() or len(word) < 2 or not any(c.isalpha() for c in word):
            continue
        already = _is_syllable(word)
        for name, convert in _CONVERTERS.items():
            if not _is_syllable(convert(word)):
                fail[name] += 1
            elif not already:
                score[name] += 1
    best = max(score, key=lambda k: (score[k], -fail[k]))
    others = [k for k in score if k != best]
    if score[best] == 0 or score[best] <= 2 * fail[best]:
        return None
    if any(score[k] == score[best] for k in others):
        return None
    return best


def fix_legacy_text(s: str, hint: str | None = None) -> str:
    """Convert legacy text (by hint, else if detected) and return NFC; other text only NFC."""
    if hint is not None:
        if hint not in _CONVERTERS:
            raise ValueError(f"unknown legacy encoding: {hint!r}")
        return _CONVERTERS[hint](s)
    found = detect_legacy(s)
    return _CONVERTERS[found](s) if found else _nfc(s)
