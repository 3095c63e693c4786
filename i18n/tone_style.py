"""One spelling of Vietnamese tone marks: "hòa, thủy, hủy, khóa, xóa, tòa, lũy", the style of
current administrative texts, never "hoà, thuỷ, huỷ, khoá, xoá".

``respell`` rewrites the old style in the Vietnamese translations (``i18n/*_vi.ts``), in the
string literals of the code (``desktop/**/*.py``) and in the user guide
(``resources/help/*.html``); ``find_old_style`` lists what it would change, for
``i18n_tool.py check``. The rule is desktop.domain.text.normalize_tones (the tone mark of an
open "oa", "oe", "uy" goes on its first vowel), loaded from its file so this tool keeps to
the standard library.

Files listed in KEEP hold the old style on purpose (examples of what is corrected, text in a
legacy font encoding) and are left alone.
"""

from __future__ import annotations

import importlib.util
import io
import re
import tokenize
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

KEEP = {
    "desktop/domain/text.py": "examples of the old style in the normaliser's own docstring",
    "desktop/exchange/legacy_text.py": "text in legacy (VNI, TCVN3) font encodings",
}
_TRANSLATION = re.compile(r"(<translation(?: [^>]*)?>)(.*?)(</translation>)", re.S)
_NUMERUS = re.compile(r"(<numerusform>)(.*?)(</numerusform>)", re.S)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class OldStyle:
    """A place spelled in the old style and how it is spelled right."""

    path: str
    line: int
    words: tuple[tuple[str, str], ...]  # (as written, as it should be)

    def __str__(self) -> str:
        fixes = ", ".join(f"{a!r} → {b!r}" for a, b in self.words)
        return f"{self.path}:{self.line}: old-style tone marks: {fixes}"


def _normaliser(root: Path) -> Callable[[str], str]:
    spec = importlib.util.spec_from_file_location("_pcmd_text",
                                                  root / "desktop" / "domain" / "text.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.normalize_tones  # type: ignore[no-any-return]


def _words(before: str, after: str) -> tuple[tuple[str, str], ...]:
    pairs = zip(_WORD.findall(before), _WORD.findall(after), strict=False)
    return tuple(dict.fromkeys((a, b) for a, b in pairs if a != b))


def _ts_fixed(text: str, fix: Callable[[str], str]) -> str:
    def one(m: re.Match[str]) -> str:
        return m.group(1) + fix(m.group(2)) + m.group(3)

    return _NUMERUS.sub(one, _TRANSLATION.sub(one, text))


def _py_fixed(text: str, fix: Callable[[str], str]) -> str:
    """The source with the string literals respelled (code and comments untouched)."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    row, col = 1, 0
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type != tokenize.STRING:
            continue
        (srow, scol), (erow, ecol) = tok.start, tok.end
        out.append(_slice(lines, (row, col), (srow, scol)))
        out.append(fix(tok.string))
        row, col = erow, ecol
    out.append(_slice(lines, (row, col), (len(lines) + 1, 0)))
    return "".join(out)


def _slice(lines: list[str], start: tuple[int, int], end: tuple[int, int]) -> str:
    (r1, c1), (r2, c2) = start, end
    if r1 == r2:
        return lines[r1 - 1][c1:c2] if r1 <= len(lines) else ""
    parts = [lines[r1 - 1][c1:]] if r1 <= len(lines) else []
    parts += lines[r1:r2 - 1]
    if r2 <= len(lines):
        parts.append(lines[r2 - 1][:c2])
    return "".join(parts)


def files(root: Path) -> Iterator[tuple[Path, str]]:
    """(path, kind) of every file whose Vietnamese is kept in one style."""
    for path in sorted((root / "i18n").glob("*_vi.ts")):
        yield path, "ts"
    for path in sorted((root / "desktop").rglob("*.py")):
        if path.relative_to(root).as_posix() not in KEEP:
            yield path, "py"
    for path in sorted((root / "resources" / "help").rglob("*.html")):
        yield path, "text"


def _fixed(text: str, kind: str, fix: Callable[[str], str]) -> str:
    if kind == "ts":
        return _ts_fixed(text, fix)
    if kind == "py":
        return _py_fixed(text, fix)
    return fix(text)


def find_old_style(root: Path) -> list[OldStyle]:
    fix = _normaliser(root)
    found: list[OldStyle] = []
    for path, kind in files(root):
        text = path.read_text(encoding="utf-8")
        new = _fixed(text, kind, fix)
        if new == text:
            continue
        rel = path.relative_to(root).as_posix()
        for n, (a, b) in enumerate(zip(text.splitlines(), new.splitlines(), strict=False),
                                   start=1):
            if a != b:
                found.append(OldStyle(rel, n, _words(a, b)))
    return found


def respell(root: Path) -> list[Path]:
    """Rewrite every old-style tone mark; returns the files changed."""
    fix = _normaliser(root)
    changed: list[Path] = []
    for path, kind in files(root):
        text = path.read_text(encoding="utf-8")
        new = _fixed(text, kind, fix)
        if new != text:
            path.write_text(new, encoding="utf-8", newline="")
            changed.append(path)
    return changed
