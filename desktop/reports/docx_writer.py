"""The block document (blocks.py) as a Word file (python-docx) in the Decree 30/2020 layout:
A4, margins 20/20/30/15 mm, Times New Roman (LibreOffice and WPS put the metric-compatible
Liberation Serif in its place where it is missing), 14 pt body; page numbers centred at the top
from page 2; tables whose header rows repeat on every page, whose rows never split, and whose
totals row keeps with the row before it; headings and the last paragraph keep with what
follows, so the signature block is never alone on a page. The manager edits the file in Word,
LibreOffice Writer or WPS before signing."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from desktop.output_file import write_whole
from desktop.reports import blocks as b
from desktop.reports.indicator_view import number

FONT = "Times New Roman"
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
SHADE = "E6E6E6"
#: the cells' padding, as the PDF's (1.2 mm at the sides, a little above and below)
CELL_MARGINS = ('<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="68" w:type="dxa"/>'
                '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="68" w:type="dxa"/></w:tblCellMar>')
#: what follows w:pBdr inside w:pPr (ECMA-376 CT_PPrBase)
PPR_AFTER_BORDER = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                    "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                    "w:pPrChange")


def write_docx(doc: b.Doc, path: Path | str, tick: b.Tick = b.no_tick) -> None:
    document = render(doc, tick)
    with write_whole(path) as partial:
        document.save(str(partial))


def render(doc: b.Doc, tick: b.Tick = b.no_tick) -> Document:
    d = new_document()
    _base_style(d)
    d.core_properties.title = doc.title
    d.core_properties.author = "PCMD"
    done, total = 0, len(doc.blocks())
    for i, section in enumerate(doc.sections):
        s = d.sections[0] if i == 0 else d.add_section(WD_SECTION.NEW_PAGE)
        _page(s, section.landscape, first=i == 0)
        width = _text_width(section.landscape)
        for k, block in enumerate(section.blocks):
            done += 1
            tick(done, total)
            if isinstance(block, b.Letterhead):
                _letterhead(d, block, width)
            elif isinstance(block, b.Para):
                _para(d.add_paragraph(), block)
            elif isinstance(block, b.Table):
                _table(d, block, width, last=k == len(section.blocks) - 1)
            elif isinstance(block, b.Signature):
                _signature(d, block, width)
    body = d.element.body
    first = body[0] if len(body) else None
    if first is not None and first.tag == qn("w:p") and not first.xpath(".//w:t"):
        body.remove(first)  # python-docx's template starts with an empty paragraph: none here
    return d


def _text_width(landscape: bool) -> float:
    page = b.A4_MM[1] if landscape else b.A4_MM[0]
    return page - b.MARGINS_MM["left"] - b.MARGINS_MM["right"]


def _base_style(d: Document) -> None:
    style = d.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(14)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    pf = style.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    rpr.append(lang)


def _page(s, landscape: bool, first: bool) -> None:  # docx Section
    s.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    w, h = (b.A4_MM[1], b.A4_MM[0]) if landscape else b.A4_MM
    s.page_width, s.page_height = Mm(w), Mm(h)
    m = b.MARGINS_MM
    s.top_margin, s.bottom_margin = Mm(m["top"]), Mm(m["bottom"])
    s.left_margin, s.right_margin = Mm(m["left"]), Mm(m["right"])
    s.header_distance, s.footer_distance = Mm(10), Mm(10)
    s.different_first_page_header_footer = first  # no number on page 1, numbers after
    if first:
        p = s.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(p, "PAGE", 13)


def _field(p: Paragraph, code: str, size: float) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "2"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def _para(p: Paragraph, block: b.Para) -> Paragraph:
    pf = p.paragraph_format
    p.alignment = ALIGN[block.align]
    pf.space_before, pf.space_after = Pt(block.space_before), Pt(block.space_after)
    pf.first_line_indent = Mm(block.indent_mm) if block.indent_mm else None
    pf.keep_with_next = block.keep_with_next or None
    pf.widow_control = True
    for run in block.runs:
        r = p.add_run(run.text)
        r.bold, r.italic = run.bold or None, run.italic or None
        r.font.size = Pt(block.size)
    return p


def _line(p: Paragraph, text: str, size: float, *, bold: bool = False, italic: bool = False,
          align: str = "center", after: float = 0.0, keep: bool = True) -> Paragraph:
    return _para(p, b.Para([b.Run(text, bold, italic)], align=align, size=size,
                           space_after=after, keep_with_next=keep))


def _rule(cell: _Cell, cell_mm: float, rule_mm: float) -> None:
    """A short centred rule: an empty tiny paragraph with a bottom border, indented."""
    p = cell.add_paragraph()
    side = max(0.0, (cell_mm - rule_mm) / 2)
    pf = p.paragraph_format
    pf.left_indent, pf.right_indent = Mm(side), Mm(side)
    pf.space_before, pf.space_after = Pt(0), Pt(4)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY  # the line is 2 pt: the rule hugs the text
    pf.line_spacing = Pt(2)
    pf.keep_with_next = True
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.insert_element_before(bdr, *PPR_AFTER_BORDER)  # Word wants the schema's order
    mark = OxmlElement("w:rPr")  # the paragraph mark's size sets the line's height in Writer
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "4")
    mark.append(size)
    ppr.insert_element_before(mark, "w:sectPr", "w:pPrChange")


def _layout_table(table, widths_mm: list[float]) -> None:
    table.autofit = False  # w:tblLayout fixed
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)


def _no_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _no_cell_margins(table) -> None:
    """Cells without side padding: the agency and national lines then fit on one line each,
    as in the PDF."""
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), "0")
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    table._tbl.tblPr.insert_element_before(mar, "w:tblLook", "w:tblCaption", "w:tblDescription",
                                           "w:tblPrChange")


def _letterhead(d: Document, lh: b.Letterhead, width: float) -> None:
    left_w = width * 0.40
    right_w = width - left_w
    t = d.add_table(rows=1, cols=2)
    _layout_table(t, [left_w, right_w])
    _no_cell_margins(t)
    _no_split(t.rows[0])
    left, right = t.rows[0].cells
    first = left.paragraphs[0]
    if lh.parent:
        _line(first, lh.parent, 12.5)
        _line(left.add_paragraph(), lh.agency, 12.5, bold=True)
    else:
        _line(first, lh.agency, 12.5, bold=True)
    _rule(left, left_w, min(left_w * 0.4, 30))
    if lh.number:
        _line(left.add_paragraph(), lh.number, 13)
    _line(right.paragraphs[0], lh.nation, 12.5, bold=True)
    _line(right.add_paragraph(), lh.motto, 13.5, bold=True)
    _rule(right, right_w, 62)
    _line(right.add_paragraph(), lh.place_date, 14, italic=True, keep=False)
    d.add_paragraph().paragraph_format.space_after = Pt(0)


def _cell_xml(text: str, width_tw: int, size: float, align: str, *, bold: bool, keep: bool,
              shaded: bool) -> str:
    """One table cell as WordprocessingML (written as text: python-docx's object API costs
    seconds on a table of a hundred communes)."""
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{SHADE}"/>' if shaded else ""
    jc = {"left": "left", "center": "center", "right": "right", "justify": "both"}[align]
    half = int(size * 2)
    run = ""
    if text:
        run = (f'<w:r><w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{half}"/>'
               f'<w:szCs w:val="{half}"/></w:rPr>'
               f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width_tw}" w:type="dxa"/>{shade}'
            f'<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>'
            f'{"<w:keepNext/>" if keep else ""}<w:spacing w:before="0" w:after="0"/>'
            f'<w:jc w:val="{jc}"/><w:rPr><w:sz w:val="{half}"/></w:rPr></w:pPr>{run}</w:p></w:tc>')


def _cell_text(value: object, column: int) -> str:
    if isinstance(value, str):
        return value
    if value is None and column == 0:
        return ""
    return number(value, isinstance(value, float))


def _table(d: Document, table: b.Table, width: float, last: bool = False) -> None:
    """A table whose header rows repeat on every page, whose rows never split, whose group
    lines keep with their first row and whose totals keep the row before them."""
    total_w = sum(table.widths)
    tw = [int(Mm(w / total_w * width).twips) for w in table.widths]
    rows: list[str] = []
    for head in table.headers:
        cells = "".join(_cell_xml(text, tw[c], table.size, "center", bold=True, keep=True,
                                  shaded=False) for c, text in enumerate(head))
        rows.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>")
    end = len(table.rows) - 1
    for i, data in enumerate(table.rows):
        keep = data.kind == "group" or (i == end - 1 and table.rows[end].kind == "total")
        cells = "".join(
            _cell_xml(_cell_text(value, c), tw[c], table.size, table.align[c], bold=data.bold,
                      keep=keep, shaded=c in data.shaded)
            for c, value in enumerate(data.cells))
        rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in tw)
    style = d.styles["Table Grid"].style_id
    xml = (f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"{style}\"/>"
           f'<w:tblW w:w="{sum(tw)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblLayout w:type="fixed"/>{CELL_MARGINS}<w:tblLook w:val="04A0"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")
    anchor = d.add_paragraph()
    anchor._p.addprevious(parse_xml(xml))
    spacer = anchor  # the paragraph after the table
    if last:  # Word needs a paragraph after a table; a tiny one never makes a page of its own
        pf = spacer.paragraph_format
        pf.space_after, pf.line_spacing = Pt(0), Pt(1)
        spacer.add_run("").font.size = Pt(1)
    else:
        spacer.paragraph_format.space_after = Pt(6)


def _signature(d: Document, sig: b.Signature, width: float) -> None:
    cols = [width * 0.45, width * 0.55]
    if sig.preparer_title:
        cols = [width * 0.34, width * 0.30, width * 0.36]
    t = d.add_table(rows=1, cols=len(cols))
    _layout_table(t, cols)
    _no_split(t.rows[0])
    cells = t.rows[0].cells
    left = cells[0]
    _line(left.paragraphs[0], sig.recipients_title, 12, bold=True, italic=True, align="left")
    for line in sig.recipients:
        _line(left.add_paragraph(), line, 11, align="left")
    if sig.preparer_title:
        mid = cells[1]
        _line(mid.paragraphs[0], sig.preparer_title, 14, bold=True)
        for _ in range(4):
            _line(mid.add_paragraph(), "", 14)
        _line(mid.add_paragraph(), sig.preparer, 14, bold=True)
    right = cells[-1]
    first = True
    for line in sig.capacity:
        _line(right.paragraphs[0] if first else right.add_paragraph(), line, 14, bold=True)
        first = False
    if sig.hint:
        _line(right.add_paragraph(), sig.hint, 12, italic=True)
    for _ in range(4):
        _line(right.add_paragraph(), "", 14)
    _line(right.add_paragraph(), sig.signer, 14, bold=True, keep=False)
