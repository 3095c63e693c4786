"""Git merge driver for translation catalogues, so two branches that both add texts merge.

Line numbers in ``<location>`` change with every edit of the code, so a plain text merge of two
branches' ``.ts`` files always conflicts. This driver unites them instead: every context and
message of either side is kept; where both have a message, the side that changed its translation
since the common ancestor wins, else a finished translation wins over an unfinished one (ours
first). The compiled catalogues (``.qm``, ``.json``) are generated: for them it keeps ours.
Run ``python i18n/i18n_tool.py update`` and ``compile`` after the merge to renumber the
locations and rebuild the compiled files.

Set up once per clone (``.gitattributes`` names the drivers)::

    git config merge.pcmd-ts.driver "python i18n/ts_merge.py ts %O %A %B"
    git config merge.pcmd-generated.driver "python i18n/ts_merge.py ours %O %A %B"
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import i18n_tool  # noqa: E402


def _text(m: i18n_tool.TsMessage | None) -> tuple[object, ...] | None:
    return None if m is None else (m.type, tuple(m.translations))


def unite(ours: i18n_tool.TsFile, theirs: i18n_tool.TsFile,
          base: i18n_tool.TsFile | None = None) -> i18n_tool.TsFile:
    out = i18n_tool.TsFile(language=ours.language or theirs.language)
    before = {(c, m.key): m for c, m in base.messages()} if base is not None else {}
    for name in [*ours.contexts, *(c for c in theirs.contexts if c not in ours.contexts)]:
        merged: dict[tuple[str, str], i18n_tool.TsMessage] = {}
        for side in (ours.contexts.get(name, []), theirs.contexts.get(name, [])):
            for message in side:
                kept = merged.get(message.key)
                if kept is None:
                    merged[message.key] = message
                    continue
                old = _text(before.get((name, message.key)))
                if old is not None and _text(kept) == old and _text(message) != old:
                    better = message.active or not kept.active  # theirs changed it
                elif old is not None and _text(message) == old:
                    better = False  # ours changed it, or neither did
                else:
                    better = (message.finished and not kept.finished) or (
                        not kept.active and message.active)
                if better:
                    merged[message.key] = message
        out.contexts[name] = list(merged.values())
    return out


def main(argv: list[str]) -> int:
    mode, base_path, ours_path, theirs_path = argv[:4]
    if mode == "ours":
        return 0
    ours = i18n_tool.read_ts(Path(ours_path))
    theirs = i18n_tool.read_ts(Path(theirs_path))
    try:
        base = i18n_tool.read_ts(Path(base_path))
    except i18n_tool.I18nError:  # the file is new on both sides
        base = None
    Path(ours_path).write_text(i18n_tool.format_ts(unite(ours, theirs, base)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
