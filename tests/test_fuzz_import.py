"""A bounded fuzz run (35 seconds): damaged and hostile variants of a PCMD export and
of a report form (.xlsx, .xls, .ods) never crash the import, never hang it, never raise an
unexpected error and never leave a partial import. benchmarks/bench_fuzz.py runs more."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.exchange.fuzz import fuzz
from tests.exchange_helpers import empty_context

SEEDS = sorted((Path(__file__).parent / "data" / "fuzz").iterdir())


def test_no_variant_crashes_hangs_or_half_imports(tmp_path: Path) -> None:
    template = tmp_path / "empty.sqlite"
    empty_context(template).db.close()
    tally = fuzz(SEEDS, template, files=400, seconds=35, seed=2026, timeout=60,
                 keep=tmp_path / "kept")
    print(tally.line())
    assert tally.files >= 20
    assert (tally.crashes, tally.hangs, tally.unexpected, tally.partial) == (0, 0, 0, 0), \
        tally.failures[:5]
    shutil.rmtree(tmp_path / "kept", ignore_errors=True)


def test_the_variant_maker_survives_every_seed_file() -> None:
    """An .xls variant whose earlier flip shortened the stream made the fuzzer itself fail
    (struct.error) on formats.xls with seed 1, ending the benchmark's run."""
    import random

    from desktop.exchange.fuzz import variant

    rng = random.Random(1)
    for src in SEEDS:
        for _ in range(400 if src.suffix == ".xls" else 40):
            assert isinstance(variant(src, rng), bytes)
