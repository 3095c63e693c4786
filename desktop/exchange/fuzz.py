"""Damaged and hostile variants of real workbooks, imported one by one in a worker process,
to show that no file crashes the import, hangs it, raises an unexpected error or leaves a
partial import (tests/test_fuzz_import.py for a bounded run in CI, benchmarks/bench_fuzz.py
for a larger one).

Mutations: bytes flipped, inserted, deleted or cut anywhere in the file; for zip workbooks
(.xlsx, .ods) the parts are decompressed and their XML mutated (references moved to far
cells, doubled, removed; error cells; repeat counts; shared-string counts; tags cut; bytes
flipped) and zipped again; for .xls the Workbook stream's records are mutated (row, column,
DIMENSIONS, lengths) inside a valid compound file. A worker process imports each variant
into a copy of an empty database with a plain import: a refusal or a rejection must leave
the database as it was. A worker that dies is a crash; one that does not answer in time is
a hang; both are restarted.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

_REF = re.compile(rb'r="[A-Z]+[0-9]+"')
_FAR = [b"XFD1048576", b"A1048576", b"ZZ99999", b"AAA1", b"A99999999999", b"A0", b"1",
        b"a1", b"XFE1"]


@dataclass
class Tally:
    files: int = 0
    crashes: int = 0
    hangs: int = 0
    unexpected: int = 0
    partial: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # what went wrong, with the file

    def line(self) -> str:
        return (f"files {self.files}, crashes {self.crashes}, hangs {self.hangs}, unexpected "
                f"errors {self.unexpected}, partial imports {self.partial}; outcomes "
                + ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())))


# ---- mutations --------------------------------------------------------------------------------
def _flip(data: bytes, rng: random.Random, n: int | None = None) -> bytes:
    out = bytearray(data)
    for _ in range(n or rng.randint(1, 12)):
        if not out:
            break
        i = rng.randrange(len(out))
        what = rng.random()
        if what < 0.6:
            out[i] ^= rng.randint(1, 255)
        elif what < 0.8:
            del out[i:i + rng.randint(1, 64)]
        else:
            out[i:i] = bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 16)))
    return bytes(out)


def _xml(data: bytes, rng: random.Random) -> bytes:
    """A structural change to an XML part, as hostile or broken writers make them."""
    cells = [m.start() for m in re.finditer(rb"<c[ >]", data)] or [0]
    at = rng.choice(cells)
    choice = rng.randrange(12)
    if choice == 0:  # a reference moved far away
        return data[:at] + _REF.sub(b'r="' + rng.choice(_FAR) + b'"', data[at:], count=1)
    if choice == 1:  # a second reference
        return data[:at] + b'<c r="A1" r="' + rng.choice(_FAR) + b'"><v>1</v></c>' + data[at:]
    if choice == 2:  # references removed: cells placed by their order
        return re.sub(rb' r="[A-Z]+[0-9]+"', b"", data, count=rng.randint(1, 50))
    if choice == 3:  # an error cell
        return data[:at] + b'<c r="B2" t="e"><v>#DIV/0!</v></c>' + data[at:]
    if choice == 4:  # a row far below
        return data.replace(b"</sheetData>", b'<row r="1048576"><c><v>1</v></c></row>'
                            b"</sheetData>", 1)
    if choice == 5:  # counts and repeats made huge
        return re.sub(rb'(uniqueCount|count|number-columns-repeated|number-rows-repeated|'
                      rb'text:c)="[0-9]+"', lambda m: m.group(1) + b'="' + str(rng.choice(
                          [0, 16384, 1048576, 99999999999])).encode() + b'"', data)
    if choice == 6:  # cut in the middle of a tag
        return data[:rng.randrange(max(1, len(data)))]
    if choice == 7:  # a prefixed cell
        return data[:at] + b'<x:c xmlns:x="urn:x" r="' + rng.choice(_FAR) + b'"><v>1</v>' \
            b"</x:c>" + data[at:]
    if choice == 8:  # a comment or a CDATA section
        return data[:at] + rng.choice([b"<!-- </sheetData> -->", b"<![CDATA[<c r='XFD9'>]]>",
                                       b"<?pi x?>"]) + data[at:]
    if choice == 9:  # a date or number cell made odd
        return re.sub(rb"<v>[0-9.]+</v>", rng.choice([b"<v>1e308</v>", b"<v>-1</v>",
                                                      b"<v>NaN</v>", b"<v>99999999</v>",
                                                      b"<v></v>"]), data, count=5)
    if choice == 10:  # an entity
        return data.replace(b"<sheetData>", b'<!DOCTYPE x [<!ENTITY e "x">]><sheetData>', 1)
    return _flip(data, rng)


def _zip_variant(src: Path, rng: random.Random) -> bytes:
    import io

    with zipfile.ZipFile(src) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    names = [n for n in parts if n.endswith(".xml") or n.endswith(".rels")]
    for _ in range(rng.randint(1, 3)):
        name = rng.choice(names)
        parts[name] = _xml(parts[name], rng)
    if rng.random() < 0.1:  # a part the workbook should not have
        parts[rng.choice(["xl/vbaProject.bin", "xl/connections.xml",
                          "xl/macrosheets/sheet1.xml", "Basic/Standard/Module1.xml"])] = b"x" * 600
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def _xls_variant(src: Path, rng: random.Random) -> bytes:
    from desktop.exchange.ole import Ole, single_stream

    stream = bytearray(Ole(src.read_bytes()).stream("Workbook", "Book"))
    records = []
    pos = 0
    while pos + 4 <= len(stream):
        typ, length = struct.unpack_from("<HH", stream, pos)
        records.append((pos, typ, length))
        pos += 4 + length
    for _ in range(rng.randint(1, 6)):
        pos, typ, length = rng.choice(records)
        if pos + 4 + length > len(stream):  # an earlier flip made the stream shorter
            continue
        choice = rng.randrange(4)
        if choice == 0 and length >= 4:  # a cell moved to a far row or column
            struct.pack_into("<HH", stream, pos + 4, rng.choice([0, 65535, 1048]),
                             rng.choice([0, 255, 65535]))
        elif choice == 1 and typ == 0x0200:  # DIMENSIONS
            struct.pack_into("<II", stream, pos + 4, rng.randint(0, 2**32 - 1),
                             rng.randint(0, 2**32 - 1))
        elif choice == 2:  # a record length
            struct.pack_into("<H", stream, pos + 2, rng.randint(0, 65535))
        else:
            stream[pos:pos + 4 + length] = _flip(bytes(stream[pos:pos + 4 + length]), rng, 3)
    return single_stream("Workbook", bytes(stream)) if rng.random() < 0.8 else _flip(
        src.read_bytes(), rng)


def variant(src: Path, rng: random.Random) -> bytes:
    """One damaged or hostile variant of the workbook `src`."""
    data = src.read_bytes()
    kind = rng.random()
    if kind < 0.15:
        return data[:rng.randrange(max(1, len(data)))]
    if kind < 0.35:
        return _flip(data, rng)
    if data.startswith(b"PK"):
        return _zip_variant(src, rng)
    return _xls_variant(src, rng)


# ---- the worker -------------------------------------------------------------------------------
def _counts(db_path: Path) -> tuple[object, ...]:
    """Rows of every record table (a refused or rejected import only adds its log line)."""
    import sqlite3

    from desktop.db.models import RECORD_MODELS

    con = sqlite3.connect(db_path)
    try:
        names = sorted(m.__table__.name for m in RECORD_MODELS.values())
        return tuple(con.execute(f'SELECT count(*), max(updated_at) FROM "{n}"').fetchone()
                     for n in names)
    finally:
        con.close()


def _work(template: Path, unit: str) -> None:
    """Read file paths from stdin, import each into a copy of `template`, answer in JSON."""
    from desktop.db.database import open_database
    from desktop.errors import PcmdError
    from desktop.exchange.importer import apply_plan
    from desktop.services.context import AppContext

    work = Path(tempfile.mkdtemp(prefix="pcmd-fuzz-db-"))
    for line in sys.stdin:
        path = Path(line.strip())
        target = work / "t.sqlite"
        for old in work.glob("t.sqlite*"):
            old.unlink()
        shutil.copy(template, target)
        before = _counts(target)
        ctx = AppContext(open_database(str(target)), user_name="fuzz")
        result: dict[str, object] = {"unexpected": False, "partial": False}
        try:
            from desktop.exchange.batch import checked_plan

            plan = checked_plan(ctx, path, unit_code=unit)
            outcome = apply_plan(ctx, plan)
            result["outcome"] = outcome
        except PcmdError as exc:
            result["outcome"] = "refused"
            if getattr(exc, "unexpected", False):
                result["unexpected"] = True
                result["detail"] = exc.message
        except Exception as exc:  # what the fuzzing is looking for
            result["outcome"] = "error"
            result["unexpected"] = True
            result["detail"] = f"{exc.__class__.__name__}: {exc}"[:300]
        finally:
            ctx.db.close()
        if result["outcome"] != "ok" and _counts(target) != before:
            result["partial"] = True
        print(json.dumps(result), flush=True)


class Runner:
    """A worker process, restarted after a crash or a hang."""

    def __init__(self, template: Path, unit: str, timeout: float) -> None:
        self.template, self.unit, self.timeout = template, unit, timeout
        self.proc: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        env = dict(os.environ, PYTHONFAULTHANDLER="")
        return subprocess.Popen(
            [sys.executable, "-m", "desktop.exchange.fuzz", "--worker", str(self.template),
             self.unit], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, env=env)

    def run(self, path: Path) -> dict[str, object]:
        import selectors

        if self.proc is None or self.proc.poll() is not None:
            self.proc = self._start()
        proc = self.proc
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(f"{path}\n")
            proc.stdin.flush()
        except BrokenPipeError:
            self.proc = None
            return {"outcome": "crash"}
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        ready = sel.select(self.timeout)
        sel.close()
        if not ready:
            self.stop()
            return {"outcome": "hang"}
        line = proc.stdout.readline()
        if not line:
            code = proc.wait()
            self.proc = None
            return {"outcome": "crash", "detail": f"exit code {code}"}
        return json.loads(line)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


def fuzz(seeds: list[Path], template: Path, *, files: int, seconds: float, seed: int = 1,
         unit: str = "308", timeout: float = 60.0, keep: Path | None = None) -> Tally:
    """Import up to `files` variants of `seeds` (or as many as fit in `seconds`)."""
    rng = random.Random(seed)
    tally = Tally()
    runner = Runner(template, unit, timeout)
    work = Path(tempfile.mkdtemp(prefix="pcmd-fuzz-"))
    deadline = time.monotonic() + seconds
    try:
        while tally.files < files and time.monotonic() < deadline:
            src = seeds[tally.files % len(seeds)]
            path = work / f"v{tally.files}{src.suffix}"
            path.write_bytes(variant(src, rng))
            result = runner.run(path)
            tally.files += 1
            outcome = str(result.get("outcome"))
            tally.outcomes[outcome] = tally.outcomes.get(outcome, 0) + 1
            bad = [k for k, hit in (("crash", outcome == "crash"), ("hang", outcome == "hang"),
                                    ("unexpected", bool(result.get("unexpected"))),
                                    ("partial", bool(result.get("partial")))) if hit]
            tally.crashes += outcome == "crash"
            tally.hangs += outcome == "hang"
            tally.unexpected += bool(result.get("unexpected"))
            tally.partial += bool(result.get("partial"))
            if bad:
                tally.failures.append(f"{'/'.join(bad)} {src.name}: {result.get('detail', '')}")
                if keep is not None:
                    keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(path, keep / f"{bad[0]}-{tally.files}{src.suffix}")
            path.unlink()
    finally:
        runner.stop()
        shutil.rmtree(work, ignore_errors=True)
    return tally


if __name__ == "__main__" and len(sys.argv) >= 3 and sys.argv[1] == "--worker":
    _work(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "308")
