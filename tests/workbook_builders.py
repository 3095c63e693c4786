"""Workbooks built part by part, for the tests of hostile and odd files: a minimal .xlsx
whose sheet XML, extra parts, content types and relationships the test chooses, and
conversions by LibreOffice (headless) to .xls and .ods."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def sheet_xml(body: str, dimension: str = "A1") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS} xmlns:r="{REL_NS}">'
            f'<dimension ref="{dimension}"/><sheetData>{body}</sheetData></worksheet>')


def rows_xml(rows: list[list[object]], start: int = 1) -> str:
    """Inline-string and number cells, each with its reference (as Excel writes them)."""
    out = []
    for r, row in enumerate(rows, start):
        cells = []
        for c, v in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if v is None:
                continue
            if isinstance(v, int | float):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    return "".join(out)


def minimal_xlsx(path: Path, sheets: dict[str, str], *, parts: dict[str, bytes] | None = None,
                 types: list[tuple[str, str]] | None = None,
                 rels: list[tuple[str, str]] | None = None,
                 sheet_type: str = "worksheet", main: str = MAIN) -> Path:
    """An .xlsx of `sheets` (name -> sheet XML); `parts` added as they are, `types`
    (part name, content type) as overrides, `rels` (type, target) on the workbook."""
    overrides = [("/xl/workbook.xml", main)]
    wb_rels, entries = [], []
    for i, name in enumerate(sheets, 1):
        overrides.append((f"/xl/worksheets/sheet{i}.xml", SHEET))
        wb_rels.append((f"rId{i}", f"{REL_NS}/{sheet_type}", f"worksheets/sheet{i}.xml"))
        entries.append(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>')
    for k, (typ, target) in enumerate(rels or [], len(sheets) + 1):
        wb_rels.append((f"rId{k}", typ, target))
    overrides.extend(types or [])
    content = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
               'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
               'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
               + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                 f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    book_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships">'
                 + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>'
                           for i, t, g in wb_rels) + "</Relationships>")
    book = (f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} xmlns:r="{REL_NS}">'
            f'<sheets>{"".join(entries)}</sheets></workbook>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", book_rels)
        for i, xml in enumerate(sheets.values(), 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", xml)
        for name, data in (parts or {}).items():
            z.writestr(name, data)
    return path


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """`src` saved by LibreOffice Calc (headless) as `fmt` (xls, ods, xlsx)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    assert exe, "LibreOffice (soffice) is needed for this test"
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / ".lo-profile"
    subprocess.run([exe, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
                    "--norestore", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    out = outdir / (src.stem + "." + fmt)
    assert out.exists(), f"LibreOffice wrote no {out.name}"
    return out


_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub OpenWithPassword(inUrl As String, pass As String, outUrl As String)
  Dim args(1) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot; : args(0).Value = True
  args(1).Name = &quot;Password&quot; : args(1).Value = pass
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot; : out(0).Value = &quot;Calc Office Open XML&quot;
  doc.storeToURL(outUrl, out())
  doc.close(True)
End Sub
</script:module>
"""


def soffice_open_with_password(src: Path, password: str, out: Path) -> Path:
    """LibreOffice Calc (headless) opens `src` with `password` and saves what it read as a
    plain .xlsx `out` (a Basic macro in a fresh profile: soffice --convert-to cannot give a
    password)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    assert exe, "LibreOffice (soffice) is needed for this test"
    out.parent.mkdir(parents=True, exist_ok=True)
    profile = out.parent / ".lo-password-profile"
    uri = f"-env:UserInstallation={profile.resolve().as_uri()}"
    if not (profile / "user" / "basic" / "Standard").is_dir():  # let Calc make the profile
        seed = out.parent / "seed.csv"
        seed.write_text("a\n")
        subprocess.run([exe, uri, "--headless", "--norestore", "--convert-to", "ods",
                        "--outdir", str(out.parent), str(seed)], check=True,
                       capture_output=True, timeout=180)
    (profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(_MODULE)
    quoted = password.replace('"', '""')
    macro = (f'macro:///Standard.Module1.OpenWithPassword("{src.resolve().as_uri()}",'
             f'"{quoted}","{out.resolve().as_uri()}")')
    subprocess.run([exe, uri, "--headless", "--norestore", macro], check=True,
                   capture_output=True, timeout=180)
    assert out.exists(), "LibreOffice did not open the workbook with the password"
    return out
