"""The year-end (6-month, programme) report written to a file: the Word document, the PDF
(signed when a certificate is given) or the statistical form alone as a workbook."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from desktop.reports.blocks import Tick, no_tick
from desktop.reports.document import ReportInfo
from desktop.reports.model import Report
from desktop.reports.signing import Place, SignerSpec, load_signer, sign_pdf, stamp_lines
from desktop.reports.year_end import build_form, build_year_end


def write_year_end(report: Report, info: ReportInfo, fmt: str, out: str | Path, *,
                   signer: SignerSpec | None = None, today: date | None = None,
                   tick: Tick = no_tick) -> int:
    """Writes `out` in `fmt` (docx | pdf | xlsx); returns the number of pages for a PDF."""
    today = today or date.today()
    from desktop.output_file import check_writable

    check_writable(out, inputs=signer.files() if signer is not None else ())
    loaded = load_signer(signer) if signer is not None and fmt == "pdf" else None
    if fmt == "xlsx":
        from desktop.reports.excel import write_doc_xlsx

        write_doc_xlsx(build_form(report, info.issuer, info.details, today), str(out), tick)
        return 0
    doc = build_year_end(report, info.issuer, info.details, today)
    if fmt == "docx":
        from desktop.reports.docx_writer import write_docx

        write_docx(doc, out, tick)
        return 0
    from desktop.reports.pdf_layout import write_doc_pdf

    if loaded is None:
        return write_doc_pdf(doc, str(out), tick).pages
    try:
        sig = doc.signature()
        if sig is not None:
            sig.stamp = stamp_lines(loaded, datetime.now())
        with tempfile.TemporaryDirectory(prefix="pcmd-sign-") as tmp:
            plain = Path(tmp) / "unsigned.pdf"
            placed = write_doc_pdf(doc, str(plain), tick)
            place = None
            if placed.signature is not None:
                page, rect = placed.signature
                place = Place(page, placed.landscape[page - 1], rect)
            sign_pdf(plain, out, loaded, place, location=info.issuer.place)
            return placed.pages
    finally:
        loaded.close()
