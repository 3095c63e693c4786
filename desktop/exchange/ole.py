"""A strict reader of OLE compound files (the container of .xls workbooks, of Excel's
password-protected workbooks, and of VBA projects), and a writer of one-stream files.

python-calamine's own compound-file reader trusts the header: a sector count or a sector
chain that loops makes it reserve gigabytes or run forever. Here every number is checked
against the file, every chain is followed at most once per sector, and OleError says what is
wrong. An .xls is then given to calamine rewritten by `single_stream` (only its Workbook
stream, in a file this module wrote), so calamine never reads a hostile container.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FREESECT, ENDOFCHAIN, FATSECT, DIFSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC
MINI_CUTOFF = 4096


class OleError(Exception):
    """The compound file is damaged."""


@dataclass(frozen=True)
class Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


class Ole:
    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(MAGIC):
            raise OleError("not a compound file")
        self.data = data
        shift = struct.unpack_from("<H", data, 30)[0]
        if shift not in (9, 12) or struct.unpack_from("<H", data, 32)[0] != 6:
            raise OleError("bad sector size")
        self.sector = 1 << shift
        self.count = max(0, (len(data) - self.sector) // self.sector + (
            1 if (len(data) - self.sector) % self.sector else 0))
        n_fat, dir_start = struct.unpack_from("<II", data, 44)
        mini_start, n_mini = struct.unpack_from("<II", data, 60)
        difat_start, n_difat = struct.unpack_from("<II", data, 68)
        if n_fat > self.count or n_mini > self.count or n_difat > self.count:
            raise OleError("sector counts beyond the file")
        difat = list(struct.unpack_from("<109I", data, 76))
        seen: set[int] = set()
        sid = difat_start
        while sid not in (ENDOFCHAIN, FREESECT) and len(seen) <= n_difat:
            if sid in seen or sid >= self.count:
                raise OleError("bad DIFAT chain")
            seen.add(sid)
            ids = struct.unpack_from(f"<{self.sector // 4}I", self._sector(sid))
            difat.extend(ids[:-1])
            sid = ids[-1]
        fat_ids = [i for i in difat if i < DIFSECT][:max(n_fat, 1)]
        if any(i >= self.count for i in fat_ids):
            raise OleError("FAT sector beyond the file")
        self.fat = [x for i in fat_ids
                    for x in struct.unpack_from(f"<{self.sector // 4}I", self._sector(i))]
        raw_dir = self._chain(dir_start, self.fat, self.count * self.sector)
        self.entries = [self._entry(raw_dir[i:i + 128]) for i in range(0, len(raw_dir) - 127, 128)]
        if not self.entries or self.entries[0].kind != 5:
            raise OleError("no root entry")
        root = self.entries[0]
        self.mini_stream = self._chain(root.start, self.fat, root.size) if root.size else b""
        minifat = self._chain(mini_start, self.fat, n_mini * self.sector) if n_mini else b""
        self.minifat = list(struct.unpack_from(f"<{len(minifat) // 4}I", minifat))

    def _sector(self, sid: int) -> bytes:
        start = self.sector + sid * self.sector
        if sid >= self.count or start >= len(self.data):
            raise OleError("sector beyond the file")
        return self.data[start:start + self.sector].ljust(self.sector, b"\0")

    def _chain(self, sid: int, fat: list[int], size: int, mini: bool = False) -> bytes:
        out: list[bytes] = []
        seen: set[int] = set()
        have = 0
        step = 64 if mini else self.sector
        while sid != ENDOFCHAIN and have < size:
            if sid in seen or sid >= len(fat):
                raise OleError("bad sector chain")
            seen.add(sid)
            if mini:
                start = sid * 64
                if start + 64 > len(self.mini_stream):
                    raise OleError("mini sector beyond the mini stream")
                out.append(self.mini_stream[start:start + 64])
            else:
                out.append(self._sector(sid))
            have += step
            sid = fat[sid]
        data = b"".join(out)
        if len(data) < size and size != self.count * self.sector:
            raise OleError("stream shorter than its size")
        return data[:size]

    def _entry(self, raw: bytes) -> Entry:
        n = struct.unpack_from("<H", raw, 64)[0]
        name = raw[:min(n, 64)].decode("utf-16-le", "replace").rstrip("\0")
        kind = raw[66]
        start = struct.unpack_from("<I", raw, 116)[0]
        size = struct.unpack_from("<Q" if self.sector == 4096 else "<I", raw, 120)[0]
        return Entry(name, kind, start, size)

    def names(self) -> set[str]:
        """Every storage and stream name, at any depth."""
        return {e.name for e in self.entries if e.kind in (1, 2, 5)}

    def stream(self, *names: str) -> bytes:
        """The first stream named like one of `names` (in that order), as calamine looks them
        up. Raises KeyError when there is none."""
        for wanted in names:
            for e in self.entries:
                if e.name == wanted and e.kind in (2, 5):
                    if e.size > len(self.data) * 2:
                        raise OleError("stream larger than the file")
                    if e.size < MINI_CUTOFF:
                        return self._chain(e.start, self.minifat, e.size, mini=True)
                    return self._chain(e.start, self.fat, e.size)
        raise KeyError(names[0])


def single_stream(name: str, payload: bytes) -> bytes:
    """A version-3 compound file holding one stream (padded to the mini-stream cutoff, so it
    is stored in ordinary 512-byte sectors)."""
    payload = payload.ljust(MINI_CUTOFF, b"\0")
    n_data = -(-len(payload) // 512)
    n_fat = 1
    while True:  # FAT sectors needed for data + directory + FAT itself
        total = n_data + 1 + n_fat
        if n_fat * 128 >= total:
            break
        n_fat += 1
    if n_fat > 109:
        raise OleError("stream too large")
    fat = [FATSECT] * n_fat
    dir_sid = n_fat
    fat.append(ENDOFCHAIN)  # the directory: one sector
    first = len(fat)
    fat.extend(range(first + 1, first + n_data))
    fat.append(ENDOFCHAIN)
    fat.extend([FREESECT] * (n_fat * 128 - len(fat)))
    header = bytearray(512)
    header[:8] = MAGIC
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 44, n_fat, dir_sid, 0, MINI_CUTOFF)
    struct.pack_into("<IIII", header, 60, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    struct.pack_into("<109I", header, 76, *difat)

    def entry(name_: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (name_ + "\0").encode("utf-16-le")
        raw[:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, FREESECT, FREESECT, child)
        struct.pack_into("<II", raw, 116, start, size)
        return bytes(raw)

    directory = (entry("Root Entry", 5, 1, ENDOFCHAIN, 0) + entry(name, 2, FREESECT, first,
                                                                   len(payload))
                 + b"\0" * 256)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return bytes(header) + fat_bytes + directory + payload.ljust(n_data * 512, b"\0")
