"""The blank template: every data sheet with its headers, drop-down lists from the catalogues
and the communes (a hidden list sheet), and a sheet of instructions in Vietnamese."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.db import models as m
from desktop.domain.indicators import PLAN_KEY_BY_KEY
from desktop.domain.record_types import TYPES
from desktop.errors import UsageError
from desktop.exchange import formats
from desktop.exchange import workbook_format as wf
from desktop.exchange.checksum import file_sha256
from desktop.exchange.exporter import Styles, new_book, write_header
from desktop.i18n import translate
from desktop.output_file import write_whole
from desktop.services import audit
from desktop.services.catalogue import Catalogues
from desktop.services.context import AppContext
from desktop.services.record_specs import SPECS
from desktop.services.units import UnitInfo

ROWS = 2000  # rows carrying the drop-down lists

INSTRUCTIONS = (
    "HƯỚNG DẪN NHẬP SỐ LIỆU VÀO MẪU TRAO ĐỔI",
    "",
    "1. Mỗi trang tính (sheet) là một loại số liệu: " + ", ".join(s.name for s in wf.SHEETS) + ".",
    "2. Trang Thông tin: ghi Mã đơn vị (mã đơn vị hành chính của đơn vị gửi) và tên Đơn vị; "
    "phần mềm dựa vào đó để biết số liệu là của đơn vị nào.",
    "3. Mỗi dòng là một bản ghi. Không sửa dòng tiêu đề; có thể bỏ trống các trang không dùng.",
    "4. Cột có dấu * trong danh sách dưới đây là bắt buộc.",
    "5. Ngày ghi theo dạng ngày/tháng/năm (ví dụ 15/03/2024); tháng ghi 03/2024.",
    "6. Số ghi bằng chữ số, có thể dùng dấu chấm phân cách hàng nghìn (34.805).",
    "7. Có/Không: chọn trong danh sách (hoặc ghi C/K, x, 1/0).",
    "8. Các cột có danh sách chọn (Hình thức, Chủ đề, Đối tượng, Loại hình, Xã/phường, …): "
    "chọn giá trị trong danh sách. Nhiều giá trị cách nhau bằng dấu chấm phẩy (;).",
    "9. Để trống cột Mã bản ghi và Cập nhật lúc khi nhập tay; phần mềm tự tạo.",
    "10. Dòng Tổng cộng / Cộng và dòng trống được bỏ qua khi nhập.",
    "11. Gửi tệp .xlsx (không đặt mật khẩu, không chứa macro) cho đơn vị cấp trên.",
    "",
    "CÁC CỘT CỦA TỪNG TRANG",
)


def tr(text: str) -> str:
    return translate("ExchangeTemplate", text)


def write_template(ctx: AppContext, out: Path) -> Path:
    out = formats.xlsx_out(out)
    home = ctx.home_unit()
    if home is None:
        raise UsageError(tr("Choose the home unit first: pcmd init --unit CODE"))
    with ctx.db.read_session() as session:
        cats = Catalogues.load(session)
    with write_whole(out) as partial:
        _write_template(ctx, home, cats, partial)
    with ctx.db.session() as session:
        session.add(m.ExchangeEntry(
            at=audit.now_utc(), direction="template", file_name=out.name,
            sha256=file_sha256(out), unit_code=home.code, counts=json.dumps({}),
            outcome="ok", user_name=ctx.user_name, message=""))
    return out


def _write_template(ctx: AppContext, home: UnitInfo, cats: Catalogues, out: Path) -> None:
    book = new_book(out, constant_memory=False)  # the list sheet is written by columns
    styles = Styles(book)
    guide = book.add_worksheet(wf.INSTRUCTIONS_SHEET)
    lists = book.add_worksheet(wf.LISTS_SHEET)
    info = book.add_worksheet(wf.MANIFEST_SHEET)
    info.set_column(0, 0, 30)
    info.set_column(1, 1, 40)
    for r, (k, v) in enumerate(((wf.M_UNIT_CODE, ""), (wf.M_UNIT_NAME, ""),
                                (wf.M_VERSION, str(wf.FORMAT_VERSION)))):
        info.write_string(r, 0, k, styles.key)
        if v:
            info.write_string(r, 1, v)
    # The hidden list sheet: one column per list.
    columns: dict[str, str] = {}

    def add_list(name: str, values: list[str]) -> None:
        c = len(columns)
        lists.write_string(0, c, name, styles.header)
        for r, v in enumerate(values, start=1):
            lists.write_string(r, c, v)
        letter = _col_letter(c)
        columns[name] = f"='{wf.LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"

    communes = ctx.units.scope(home, ctx.today())
    add_list("communes", [u.name for u in communes] or [home.name])
    add_list("yesno", ["Có", "Không"])
    add_list("indicators", [i.label_vi for i in PLAN_KEY_BY_KEY.values()])
    for kind in sorted({f.catalogue for s in SPECS.values() for f in s.fields if f.catalogue}):
        add_list(kind, [v.label_vi for v in cats.of(kind)])
    lists.hide()
    guide.set_column(0, 0, 120)
    lines = list(INSTRUCTIONS)
    for sheet in wf.SHEETS:
        lines.append(f"• {sheet.name}: " + ", ".join(
            c.header + ("*" if c.required else "") for c in sheet.columns
            if c.field not in ("@id", "@updated")))
    for r, line in enumerate(lines):
        guide.write_string(r, 0, line, styles.key if r == 0 else None)
    for sheet in wf.SHEETS:
        ws = book.add_worksheet(sheet.name)
        write_header(ws, sheet, styles)
        spec = SPECS.get(sheet.key)
        for ci, col in enumerate(sheet.columns):
            source = _source(spec, col, columns)
            if source:
                ws.data_validation(1, ci, ROWS, ci, {
                    "validate": "list", "source": source, "ignore_blank": True,
                    "error_type": "warning" if _multi(spec, col) else "stop",
                    "show_error": True})
            elif spec and not col.field.startswith("@"):
                kind = spec.field(col.field).kind
                if kind == "date":
                    ws.set_column(ci, ci, col.width, styles.date)
                elif kind == "month":
                    ws.set_column(ci, ci, col.width, styles.month)
    book.close()


def _multi(spec, col: wf.Column) -> bool:
    return bool(spec) and not col.field.startswith("@") and spec.field(col.field).kind == "multi"


_UNIT_REFS = frozenset(c.name for t in TYPES.values() if t.referenced_as
                       for c in t.referenced_as.columns if c.kind == "unit")


def _source(spec, col: wf.Column, columns: dict[str, str]) -> str | None:
    if col.field in _UNIT_REFS:
        return columns["communes"]
    if spec is None or col.field.startswith("@"):
        return None
    f = spec.field(col.field)
    if f.kind == "unit":
        return columns["communes"]
    if f.kind == "bool":
        return columns["yesno"]
    if f.kind == "indicator":
        return columns["indicators"]
    if f.catalogue:
        return columns.get(f.catalogue)
    return None


def _col_letter(c: int) -> str:
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s
