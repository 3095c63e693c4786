"""Maintain PCMD's translations: extract strings, merge .ts files, compile, check.

Usage (from the repository root)::

    python i18n/i18n_tool.py update     # scan the sources, merge i18n/<area>_<lang>.ts
    python i18n/i18n_tool.py compile    # build desktop/locale/pcmd_<lang>.qm and .json
    python i18n/i18n_tool.py check      # exit 1 on unfinished or inconsistent translations
    python i18n/i18n_tool.py respell    # one spelling of tone marks: hòa, thủy, hủy, khóa, xóa

Areas and their sources:

* ``core``: ``desktop/*.py``, ``desktop/domain``, ``desktop/db``, ``desktop/services``,
  ``desktop/commands``
* ``ui``: ``desktop/ui``
* ``exchange``: ``desktop/exchange``
* ``reports``: ``desktop/reports``
* ``qt``: Qt's own widget strings, hand-maintained in ``i18n/qt_vi.ts`` (never updated here)

Recognised calls (all arguments must be string literals):

* ``self.tr("text")`` / ``<anything>.tr("text"[, "disambiguation"[, n]])``: context = the
  enclosing class name;
* ``QCoreApplication.translate("Context", "text"[, "disambiguation"[, n]])`` and the plain
  ``translate("Context", "text")`` of :mod:`desktop.i18n`;
* ``QT_TRANSLATE_NOOP("Context", "text")`` and ``QT_TR_NOOP("text")`` (enclosing class);
* ``helper("text")`` where ``helper`` is a function of the same module whose whole body is
  ``return translate("Context", <its first parameter>)``.

Messages that disappear from the sources are kept as ``type="vanished"`` when they carry a
translation (and dropped when they do not, or when an English one is just the source); they
are ignored by ``check`` and ``compile`` and revived (vi: as unfinished, to be reviewed) when
the text comes back.

Only the standard library is used, so the tool runs without Qt except for ``compile``, which
needs ``lrelease`` (shipped with PySide6).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

#: area -> (folder relative to the repository root, recursive?)
AREAS: dict[str, tuple[tuple[str, bool], ...]] = {
    "core": (
        ("desktop", False),
        ("desktop/domain", True),
        ("desktop/db", True),
        ("desktop/services", True),
        ("desktop/commands", True),
    ),
    "ui": (("desktop/ui", True),),
    "exchange": (("desktop/exchange", True),),
    "reports": (("desktop/reports", True),),
}
#: language -> value of the TS ``language`` attribute
TS_LANGUAGE = {"vi": "vi_VN", "en": "en_GB"}
#: language -> areas compiled into ``pcmd_<lang>.qm`` (in this order); areas missing from
#: AREAS (``qt``) are maintained by hand and never rewritten by ``update``
LANGUAGE_AREAS: dict[str, tuple[str, ...]] = {
    "vi": ("core", "ui", "exchange", "reports", "qt"),
    "en": ("core", "ui", "exchange", "reports"),
}
#: areas whose finished translations also go into ``pcmd_<lang>.json``
JSON_AREAS = tuple(AREAS)
#: number of plural forms Qt uses for the language
NUMERUS_FORMS = {"vi": 1, "en": 2}
#: languages whose translation of a new message is its source text (finished)
SOURCE_LANGUAGES = ("en",)

TS_DIR = "i18n"
LOCALE_DIR = "desktop/locale"
INACTIVE_TYPES = ("vanished", "obsolete")

_QT_APP_NAMES = {"QCoreApplication", "QGuiApplication", "QApplication"}


class I18nError(Exception):
    """A problem that stops the tool (unparsable source or .ts file, missing lrelease)."""


# --------------------------------------------------------------------------- data model


@dataclass
class SourceMessage:
    """One translatable text found in the sources."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.comment)


@dataclass
class TsMessage:
    """One ``<message>`` of a .ts file."""

    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=lambda: [""])
    type: str | None = None  # None = finished, "unfinished", "vanished", "obsolete"
    locations: list[tuple[str, int]] = field(default_factory=list)
    translator_comment: str = ""
    extra_comment: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.comment)

    @property
    def active(self) -> bool:
        return self.type not in INACTIVE_TYPES

    @property
    def finished(self) -> bool:
        return self.type is None and all(self.translations)


@dataclass
class TsFile:
    """A parsed .ts file: contexts in file order, messages in file order."""

    language: str
    contexts: dict[str, list[TsMessage]] = field(default_factory=dict)

    def messages(self) -> Iterator[tuple[str, TsMessage]]:
        for context, messages in self.contexts.items():
            for message in messages:
                yield context, message


@dataclass
class Extraction:
    """Result of scanning the sources of every area."""

    areas: dict[str, dict[str, list[SourceMessage]]]
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- extraction


def area_files(repo_root: Path, area: str) -> list[Path]:
    """Return the Python files of ``area``, sorted by their repository-relative path."""
    files: set[Path] = set()
    for folder, recursive in AREAS[area]:
        base = repo_root / folder
        if not base.is_dir():
            continue
        found = base.rglob("*.py") if recursive else base.glob("*.py")
        files.update(p for p in found if "__pycache__" not in p.parts)
    return sorted(files, key=lambda p: p.relative_to(repo_root).as_posix())


def _literal(node: ast.AST | None) -> str | None:
    """Return the value of a string literal (implicit and ``+`` concatenation allowed)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _call_name(func: ast.expr) -> tuple[str | None, str | None]:
    """Return ``(name, receiver)`` of a call: ``f()`` -> (f, None), ``a.b.f()`` -> (f, b)."""
    if isinstance(func, ast.Name):
        return func.id, None
    if isinstance(func, ast.Attribute):
        value = func.value
        receiver = None
        if isinstance(value, ast.Name):
            receiver = value.id
        elif isinstance(value, ast.Attribute):
            receiver = value.attr
        return func.attr, receiver
    return None, None


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Find module-level ``def f(text): return translate("Ctx", text)`` helpers."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [n for n in node.body if not _is_docstring(n)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not isinstance(call, ast.Call) or len(call.args) != 2 or call.keywords:
            continue
        name, _ = _call_name(call.func)
        context = _literal(call.args[0])
        param = node.args.args[0].arg
        if (
            name == "translate"
            and context is not None
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == param
        ):
            found[node.name] = context
    return found


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and _literal(node.value) is not None


class _Visitor(ast.NodeVisitor):
    """Collect translatable calls of one module."""

    def __init__(self, relpath: str, wrappers: dict[str, str]) -> None:
        self.relpath = relpath
        self.wrappers = wrappers
        self.classes: list[str] = []
        self.found: list[SourceMessage] = []
        self.warnings: list[str] = []
        self.tr_classes: set[str] = set()
        self.bases: dict[str, list[str]] = {}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        bases = []
        for base in node.bases:
            name, _ = _call_name(base)
            if name:
                bases.append(name)
        self.bases.setdefault(node.name, bases)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        # A wrapper's own body is not a translatable call.
        if not self.classes and node.name in self.wrappers:
            return
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _warn(self, node: ast.AST, text: str) -> None:
        self.warnings.append(f"{self.relpath}:{getattr(node, 'lineno', 0)}: {text}")

    def _add(
        self, node: ast.Call, context: str, source: str, comment: str = "", numerus: bool = False
    ) -> None:
        if not source:
            self._warn(node, "empty text is not translatable")
            return
        self.found.append(
            SourceMessage(context, source, comment, numerus, [(self.relpath, node.lineno)])
        )

    def visit_Call(self, node: ast.Call) -> None:
        name, receiver = _call_name(node.func)
        if name == "tr" and isinstance(node.func, ast.Attribute):
            self._tr(node)
        elif name == "translate":
            self._translate(node, receiver)
        elif name == "QT_TRANSLATE_NOOP" or name == "QT_TRANSLATE_NOOP3":
            context, source = _literal(_argument(node, 0, "")), _literal(_argument(node, 1, ""))
            comment = _literal(_argument(node, 2, "")) or ""
            if context is None or source is None:
                self._warn(node, f"{name}() needs string literals")
            else:
                self._add(node, context, source, comment)
        elif name == "QT_TR_NOOP":
            source = _literal(_argument(node, 0, ""))
            if source is None:
                self._warn(node, "QT_TR_NOOP() needs a string literal")
            elif not self.classes:
                self._warn(node, "QT_TR_NOOP() outside a class has no context")
            else:
                self._add(node, self.classes[-1], source)
        elif isinstance(node.func, ast.Name) and name in self.wrappers:
            source = _literal(_argument(node, 0, "text"))
            if source is None:
                self._warn(node, f"{name}() needs a string literal to be translatable")
            else:
                self._add(node, self.wrappers[name], source)
        self.generic_visit(node)

    def _tr(self, node: ast.Call) -> None:
        source = _literal(_argument(node, 0, "sourceText"))
        if source is None:
            self._warn(node, "tr() needs a string literal to be translatable")
            return
        if not self.classes:
            self._warn(node, "tr() outside a class has no context; use QCoreApplication.translate")
            return
        disambiguation = _argument(node, 1, "disambiguation")
        comment = _literal(disambiguation) or ""
        if disambiguation is not None and not _is_none(disambiguation) and not comment:
            self._warn(node, "tr() disambiguation must be a string literal")
        numerus = _argument(node, 2, "n") is not None
        self.tr_classes.add(self.classes[-1])
        self._add(node, self.classes[-1], source, comment, numerus)

    def _translate(self, node: ast.Call, receiver: str | None) -> None:
        plain = isinstance(node.func, ast.Name)
        # Skip str.translate(table), QTranslator.translate(...) and friends.
        if (
            not plain
            and receiver not in _QT_APP_NAMES
            and (len(node.args) < 2 or _literal(node.args[0]) is None)
        ):
            return
        context = _literal(_argument(node, 0, "context"))
        source = _literal(_argument(node, 1, "text" if plain else "key"))
        if source is None and not plain:
            source = _literal(_argument(node, 1, "sourceText"))
        if context is None or source is None:
            if len(node.args) >= 2 or plain:
                self._warn(node, "translate() needs string literals to be translatable")
            return
        comment = _literal(_argument(node, 2, "disambiguation")) or ""
        numerus = _argument(node, 3, "n") is not None
        self._add(node, context, source, comment, numerus)


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def extract(repo_root: Path | str = REPO_ROOT) -> dict[str, dict[str, list[SourceMessage]]]:
    """Return ``{area: {context: [SourceMessage, ...]}}`` found in the sources.

    Contexts are sorted; messages keep source order (files sorted by path, then position);
    a text used several times in one context is one message with several locations.
    """
    return extract_all(Path(repo_root)).areas


def extract_all(repo_root: Path) -> Extraction:
    """Scan every area; raise :class:`I18nError` if a source file cannot be parsed."""
    result = Extraction(areas={})
    errors: list[str] = []
    for area in AREAS:
        contexts: dict[str, dict[tuple[str, str], SourceMessage]] = {}
        tr_classes: dict[str, str] = {}
        bases: dict[str, list[tuple[str, str]]] = {}
        for path in area_files(repo_root, area):
            relpath = path.relative_to(repo_root).as_posix()
            try:
                tree = ast.parse(path.read_bytes(), filename=relpath)
            except (SyntaxError, ValueError) as exc:
                errors.append(f"{relpath}: cannot parse: {exc}")
                continue
            visitor = _Visitor(relpath, _wrappers(tree))
            visitor.visit(tree)
            result.warnings.extend(visitor.warnings)
            for cls in visitor.tr_classes:
                tr_classes.setdefault(cls, relpath)
            for cls, cls_bases in visitor.bases.items():
                for base in cls_bases:
                    bases.setdefault(base, []).append((cls, relpath))
            for message in visitor.found:
                messages = contexts.setdefault(message.context, {})
                known = messages.get(message.key)
                if known is None:
                    messages[message.key] = message
                    continue
                known.locations.extend(message.locations)
                if known.numerus != message.numerus:
                    file, line = message.locations[0]
                    result.warnings.append(
                        f"{file}:{line}: {message.source!r} is used both with and without n "
                        f"in context {message.context}"
                    )
                    known.numerus = True
        for cls, relpath in sorted(tr_classes.items()):
            for sub, sub_path in sorted(set(bases.get(cls, ()))):
                result.warnings.append(
                    f"{relpath}: class {cls} uses self.tr() but is subclassed by {sub} "
                    f"({sub_path}); PySide looks texts up under the runtime class name, so "
                    f"use QCoreApplication.translate({cls!r}, ...) in {cls}"
                )
        result.areas[area] = {ctx: list(contexts[ctx].values()) for ctx in sorted(contexts)}
    if errors:
        raise I18nError("\n".join(errors))
    return result


# --------------------------------------------------------------------------- .ts files


def ts_path(ts_dir: Path, area: str, lang: str) -> Path:
    return ts_dir / f"{area}_{lang}.ts"


def read_ts(path: Path) -> TsFile:
    """Parse a Qt TS 2.x file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise I18nError(f"{path}: cannot read: {exc}") from exc
    if root.tag != "TS":
        raise I18nError(f"{path}: not a TS file")
    ts = TsFile(language=root.get("language", ""))
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        messages = ts.contexts.setdefault(name, [])
        for msg in ctx.iter("message"):
            numerus = msg.get("numerus") == "yes"
            trans = msg.find("translation")
            if trans is None:
                translations, type_ = [""], "unfinished"
            else:
                type_ = trans.get("type")
                if numerus:
                    translations = [f.text or "" for f in trans.iter("numerusform")] or [""]
                else:
                    translations = [trans.text or ""]
            locations = [
                (loc.get("filename", ""), int(loc.get("line", "0") or 0))
                for loc in msg.iter("location")
            ]
            messages.append(
                TsMessage(
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment") or "",
                    numerus=numerus,
                    translations=translations,
                    type=type_,
                    locations=locations,
                    translator_comment=msg.findtext("translatorcomment") or "",
                    extra_comment=msg.findtext("extracomment") or "",
                )
            )
    return ts


_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _escape(text: str) -> str:
    if _XML_INVALID.search(text):
        raise I18nError(f"control character in translatable text {text!r}")
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def format_ts(ts: TsFile) -> str:
    """Serialise ``ts`` the way lupdate does (stable: same input, same bytes)."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{_escape(ts.language)}">',
    ]
    for name, messages in ts.contexts.items():
        if not messages:
            continue
        out += ["<context>", f"    <name>{_escape(name)}</name>"]
        for m in messages:
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for filename, line in m.locations:
                out.append(f'        <location filename="{_escape(filename)}" line="{line}"/>')
            out.append(f"        <source>{_escape(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{_escape(m.comment)}</comment>")
            if m.extra_comment:
                out.append(f"        <extracomment>{_escape(m.extra_comment)}</extracomment>")
            if m.translator_comment:
                out.append(
                    f"        <translatorcomment>{_escape(m.translator_comment)}"
                    "</translatorcomment>"
                )
            type_attr = f' type="{m.type}"' if m.type else ""
            if m.numerus:
                out.append(f"        <translation{type_attr}>")
                for form in m.translations:
                    out.append(f"            <numerusform>{_escape(form)}</numerusform>")
                out.append("        </translation>")
            else:
                out.append(
                    f"        <translation{type_attr}>{_escape(m.translations[0])}</translation>"
                )
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def _write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` atomically unless the file already holds it; return True if written."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _file_mode(path: Path) -> int:
    """Mode for a rewritten file: the old file's, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _location(relpath: str) -> str:
    """Location as seen from ``i18n/`` (kept stable whichever folder the .ts is written to)."""
    return f"../{relpath}"


def merge(
    extracted: dict[str, list[SourceMessage]],
    old: TsFile | None,
    lang: str,
    drop_vanished: bool = False,
) -> TsFile:
    """Merge freshly extracted messages of one area into its existing .ts file."""
    forms = NUMERUS_FORMS.get(lang, 1)
    old_contexts = old.contexts if old else {}
    new = TsFile(language=TS_LANGUAGE[lang])
    for context in sorted(set(extracted) | set(old_contexts)):
        previous = {m.key: m for m in old_contexts.get(context, [])}
        messages: list[TsMessage] = []
        used: set[tuple[str, str]] = set()
        for sm in extracted.get(context, []):
            used.add(sm.key)
            messages.append(_merge_one(sm, previous.get(sm.key), lang, forms))
        if not drop_vanished:
            for m in old_contexts.get(context, []):
                if m.key in used or not _worth_keeping(m, lang):
                    continue
                used.add(m.key)
                messages.append(
                    TsMessage(
                        source=m.source,
                        comment=m.comment,
                        numerus=m.numerus,
                        translations=list(m.translations),
                        type="vanished",
                        translator_comment=m.translator_comment,
                    )
                )
        if messages:
            new.contexts[context] = messages
    return new


def _worth_keeping(m: TsMessage, lang: str) -> bool:
    """Whether a message gone from the sources keeps a (vanished) place in the file."""
    if lang in SOURCE_LANGUAGES:
        return any(t and t != m.source for t in m.translations)
    return any(m.translations)


def _merge_one(sm: SourceMessage, old: TsMessage | None, lang: str, forms: int) -> TsMessage:
    locations = [(_location(f), line) for f, line in sm.locations]
    count = forms if sm.numerus else 1
    fresh = TsMessage(sm.source, sm.comment, sm.numerus, locations=locations)
    if lang in SOURCE_LANGUAGES:
        fresh.translations, fresh.type = [sm.source] * count, None
    else:
        fresh.translations, fresh.type = [""] * count, "unfinished"
    if old is None or old.numerus != sm.numerus:
        return fresh
    translations = (list(old.translations) + [""] * count)[:count]
    fresh.translator_comment = old.translator_comment
    if not any(translations):
        return fresh
    if lang in SOURCE_LANGUAGES:
        translations = [t or sm.source for t in translations]
        type_ = None
    elif old.active:
        type_ = old.type if all(translations) else "unfinished"
    else:
        type_ = "unfinished"  # revived: let the translator confirm it
    fresh.translations, fresh.type = translations, type_
    return fresh


@dataclass
class UpdateResult:
    counts: dict[str, int]  # .ts file name -> active messages
    written: list[Path]  # .ts files whose content changed
    warnings: list[str]


def update(
    repo_root: Path | str = REPO_ROOT,
    ts_dir: Path | str | None = None,
    drop_vanished: bool = False,
) -> UpdateResult:
    """Extract the sources and rewrite every area's .ts files (manual areas are left alone)."""
    repo_root = Path(repo_root)
    ts_dir = Path(ts_dir) if ts_dir else repo_root / TS_DIR
    extraction = extract_all(repo_root)
    result = UpdateResult(counts={}, written=[], warnings=extraction.warnings)
    for area, contexts in extraction.areas.items():
        for lang in LANGUAGE_AREAS:
            if area not in LANGUAGE_AREAS[lang]:
                continue
            path = ts_path(ts_dir, area, lang)
            old = read_ts(path) if path.exists() else None
            ts = merge(contexts, old, lang, drop_vanished)
            if _write_if_changed(path, format_ts(ts).encode("utf-8")):
                result.written.append(path)
            result.counts[path.name] = sum(1 for _, m in ts.messages() if m.active)
    return result


# --------------------------------------------------------------------------- compile


def find_lrelease() -> list[str]:
    """Return the command that runs lrelease (PySide6's copy first, then PATH)."""
    override = os.environ.get("PCMD_LRELEASE")
    if override:
        return [override]
    exe = ".exe" if sys.platform == "win32" else ""
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            base = Path(location)
            for candidate in (base / f"lrelease{exe}", base / "Qt" / "bin" / f"lrelease{exe}"):
                if candidate.is_file():
                    return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise I18nError("lrelease not found: install PySide6 (it ships pyside6-lrelease)")


def catalogue(ts_files: Iterable[TsFile]) -> dict[str, dict[str, str]]:
    """Build the JSON catalogue: finished, non-empty, singular messages without disambiguation."""
    result: dict[str, dict[str, str]] = {}
    for ts in ts_files:
        for context, m in ts.messages():
            if m.active and m.finished and not m.numerus and not m.comment:
                result.setdefault(context, {}).setdefault(m.source, m.translations[0])
    return result


def format_json(data: dict[str, dict[str, str]]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None) + "\n"


def compile_all(
    repo_root: Path | str = REPO_ROOT,
    ts_dir: Path | str | None = None,
    out_dir: Path | str | None = None,
) -> list[Path]:
    """Compile ``pcmd_<lang>.qm`` (lrelease) and ``pcmd_<lang>.json`` for every language."""
    repo_root = Path(repo_root)
    ts_dir = Path(ts_dir) if ts_dir else repo_root / TS_DIR
    out_dir = Path(out_dir) if out_dir else repo_root / LOCALE_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    lrelease = find_lrelease()
    written: list[Path] = []
    for lang, areas in LANGUAGE_AREAS.items():
        paths = [ts_path(ts_dir, area, lang) for area in areas]
        missing = [p.name for p in paths if not p.exists()]
        if missing:
            raise I18nError(f"missing {', '.join(missing)}: run 'update' first")
        parsed = {area: read_ts(p) for area, p in zip(areas, paths, strict=True)}
        qm = out_dir / f"pcmd_{lang}.qm"
        with tempfile.TemporaryDirectory() as tmp:
            tmp_qm = Path(tmp) / qm.name
            cmd = [*lrelease, "-silent", "-nounfinished", *map(str, paths), "-qm", str(tmp_qm)]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0 or not tmp_qm.exists():
                raise I18nError(f"lrelease failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
            _write_if_changed(qm, tmp_qm.read_bytes())
        data = catalogue(parsed[a] for a in areas if a in JSON_AREAS)
        js = out_dir / f"pcmd_{lang}.json"
        _write_if_changed(js, format_json(data).encode("utf-8"))
        written += [qm, js]
    return written


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def read_qm(path: Path | str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """Decode a .qm file into ``{(context, source, comment): translations}``."""
    data = Path(path).read_bytes()
    if data[:16] != _QM_MAGIC:
        raise I18nError(f"{path}: not a .qm file")
    pos, block = 16, b""
    while pos + 5 <= len(data):
        tag, size = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        if tag == 0x69:
            block = data[pos + 5 : pos + 5 + size]
        pos += 5 + size
    result: dict[tuple[str, str, str], tuple[str, ...]] = {}
    pos, current, translations = 0, {"ctx": "", "src": "", "cmt": ""}, []
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == 1:  # end of message
            result[(current["ctx"], current["src"], current["cmt"])] = tuple(translations)
            current, translations = {"ctx": "", "src": "", "cmt": ""}, []
            continue
        if tag == 5:  # obsolete, no payload
            continue
        size = struct.unpack(">I", block[pos : pos + 4])[0]
        pos += 4
        if tag == 3:
            if size == 0xFFFFFFFF:
                translations.append("")
                continue
            translations.append(block[pos : pos + size].decode("utf-16-be"))
        elif tag in (6, 7, 8):
            current[{6: "src", 7: "ctx", 8: "cmt"}[tag]] = block[pos : pos + size].decode("utf-8")
        pos += size
    return result


# --------------------------------------------------------------------------- check

_BRACE_FIELD = re.compile(r"(?<!\{)\{(?!\{)([^{}]*)\}")
_QT_MARKER = re.compile(r"%L?(?:n|\d{1,2})")
_ACCEL = re.compile(r"&(?![A-Za-z]+;|#\d+;|#x[0-9A-Fa-f]+;)(?=[^\s&])")


def placeholders(text: str) -> set[str]:
    """Return the ``{field}`` placeholders of a text."""
    return {"{" + m.group(1) + "}" for m in _BRACE_FIELD.finditer(text.replace("{{", "\0\0"))}


def qt_markers(text: str) -> set[str]:
    """Return the ``%1``/``%L1``/``%n`` markers of a text."""
    return set(_QT_MARKER.findall(text))


def has_accelerator(text: str) -> bool:
    return bool(_ACCEL.search(text.replace("&&", "")))


@dataclass
class CheckResult:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_all(repo_root: Path | str = REPO_ROOT, ts_dir: Path | str | None = None) -> CheckResult:
    """Check every .ts file; see :func:`check`."""
    repo_root = Path(repo_root)
    ts_dir = Path(ts_dir) if ts_dir else repo_root / TS_DIR
    result = CheckResult()
    try:
        extraction = extract_all(repo_root)
    except I18nError as exc:
        result.errors.append(str(exc))
        extraction = None
    else:
        result.warnings.extend(extraction.warnings)
    for lang, areas in LANGUAGE_AREAS.items():
        seen: dict[tuple[str, str, str], tuple[str, list[str]]] = {}
        for area in areas:
            path = ts_path(ts_dir, area, lang)
            label = f"{TS_DIR}/{path.name}"
            if not path.exists():
                result.errors.append(f"{label}: missing (run 'update')")
                continue
            try:
                ts = read_ts(path)
            except I18nError as exc:
                result.errors.append(str(exc))
                continue
            if ts.language != TS_LANGUAGE[lang]:
                result.errors.append(
                    f"{label}: language is {ts.language!r}, expected {TS_LANGUAGE[lang]!r}"
                )
            keys: set[tuple[str, str, str]] = set()
            for context, m in ts.messages():
                if not m.active:
                    continue
                where = f"{label}: [{context}] {m.source!r}" + (
                    f" ({m.comment})" if m.comment else ""
                )
                key = (context, m.source, m.comment)
                if key in keys:
                    result.errors.append(f"{where}: duplicate message")
                keys.add(key)
                other = seen.get(key)
                if other and other[1] != m.translations and m.finished:
                    result.errors.append(f"{where}: translated differently in {other[0]}")
                elif m.finished:
                    seen[key] = (label, m.translations)
                _check_message(result, where, m, lang)
            if extraction is not None and area in extraction.areas:
                for context, messages in extraction.areas[area].items():
                    for sm in messages:
                        if (context, sm.source, sm.comment) not in keys:
                            file, line = sm.locations[0]
                            result.errors.append(
                                f"{label}: [{context}] {sm.source!r} ({file}:{line}) is not in "
                                "the .ts file: run 'python i18n/i18n_tool.py update'"
                            )
    if (repo_root / "desktop" / "domain" / "text.py").exists():
        result.errors.extend(f"{place} (run 'python i18n/i18n_tool.py respell')"
                             for place in tone_style().find_old_style(repo_root))
    return result


def tone_style():  # the sibling module tone_style.py
    """The tone-mark style checker (i18n/tone_style.py), loaded beside this tool."""
    spec = importlib.util.spec_from_file_location("pcmd_tone_style",
                                                  Path(__file__).with_name("tone_style.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("pcmd_tone_style", module)
    spec.loader.exec_module(module)
    return module


def _check_message(result: CheckResult, where: str, m: TsMessage, lang: str) -> None:
    if lang not in SOURCE_LANGUAGES and (m.type == "unfinished" or not all(m.translations)):
        result.errors.append(f"{where}: unfinished")
        if not any(m.translations):
            return
    for index, text in enumerate(m.translations):
        if not text:
            continue
        form = f" (form {index + 1})" if m.numerus else ""
        if placeholders(text) != placeholders(m.source):
            result.errors.append(
                f"{where}{form}: placeholders {sorted(placeholders(m.source))} in source but "
                f"{sorted(placeholders(text))} in translation {text!r}"
            )
        source_markers = qt_markers(m.source)
        if qt_markers(text) != source_markers:
            result.errors.append(
                f"{where}{form}: markers {sorted(source_markers)} in source but "
                f"{sorted(qt_markers(text))} in translation {text!r}"
            )
        if has_accelerator(m.source) and not has_accelerator(text):
            result.warnings.append(f"{where}{form}: '&' accelerator missing in {text!r}")
        for side, stripped in (("leading", str.lstrip), ("trailing", str.rstrip)):
            src_ws = len(m.source) - len(stripped(m.source))
            txt_ws = len(text) - len(stripped(text))
            if bool(src_ws) != bool(txt_ws):
                result.warnings.append(f"{where}{form}: {side} whitespace differs in {text!r}")


def check(repo_root: Path | str = REPO_ROOT, ts_dir: Path | str | None = None) -> list[str]:
    """Return the errors found in the .ts files (an empty list when all is well).

    Errors: vi messages unfinished or empty; ``{placeholders}`` or ``%1``/``%n`` markers that
    differ between source and translation (vi and en); sources not yet merged into the .ts
    files; duplicates; one text translated differently in two files; Vietnamese tone marks in
    the old style ("hoà", "thuỷ": i18n/tone_style.py) in translations, code strings and the
    user guide. Accelerator, whitespace
    and extraction warnings are only in :func:`check_all`'s ``warnings``.
    """
    return check_all(repo_root, ts_dir).errors


# --------------------------------------------------------------------------- command line


def _count(ts_dir: Path) -> dict[str, tuple[int, int]]:
    counts = {}
    for lang, areas in LANGUAGE_AREAS.items():
        for area in areas:
            path = ts_path(ts_dir, area, lang)
            if path.exists():
                messages = [m for _, m in read_ts(path).messages() if m.active]
                counts[path.name] = (len(messages), sum(1 for m in messages if m.finished))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository root")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="extract the sources and merge the .ts files")
    up.add_argument(
        "--drop-vanished", action="store_true", help="forget translations no longer in the sources"
    )
    sub.add_parser("compile", help="build desktop/locale/pcmd_<lang>.qm and .json")
    sub.add_parser("check", help="report unfinished or inconsistent translations")
    sub.add_parser("respell", help="rewrite old-style tone marks (hoà -> hòa) in the "
                                   "Vietnamese translations, code strings and user guide")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    try:
        if args.command == "update":
            result = update(root, drop_vanished=args.drop_vanished)
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            for path in result.written:
                print(f"updated {path.relative_to(root).as_posix()}")
            for name, (total, done) in _count(root / TS_DIR).items():
                print(f"{TS_DIR}/{name}: {total} messages, {done} finished")
        elif args.command == "respell":
            for path in tone_style().respell(root):
                print(f"respelled {path.relative_to(root).as_posix()}")
        elif args.command == "compile":
            for path in compile_all(root):
                print(path.relative_to(root).as_posix())
        else:
            result = check_all(root)
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            for error in result.errors:
                print(f"error: {error}")
            total = _count(root / TS_DIR)
            print(
                f"{len(result.errors)} error(s), {len(result.warnings)} warning(s) in "
                f"{sum(t for t, _ in total.values())} messages"
            )
            return 1 if result.errors else 0
    except I18nError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
