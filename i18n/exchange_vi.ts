<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ExchangeCompleteness</name>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="173"/>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="173"/>
        <source>late</source>
        <translation>chậm</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="173"/>
        <source>missing</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="174"/>
        <source>not yet due</source>
        <translation>chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="184"/>
        <source>Calendar</source>
        <translation>Lịch báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="187"/>
        <location filename="../desktop/exchange/completeness.py" line="207"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="190"/>
        <source>Year-end report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="203"/>
        <source>Still missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="207"/>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="207"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="219"/>
        <source>year-end report</source>
        <translation>báo cáo năm</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="vanished">Tình hình gửi số liệu</translation>
    </message>
</context>
<context>
    <name>ExchangeExport</name>
    <message>
        <location filename="../desktop/exchange/exporter.py" line="213"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Hãy chọn đơn vị sử dụng trước: pcmd init --unit MÃ</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/exporter.py" line="216"/>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc của kỳ trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/exporter.py" line="262"/>
        <source>Writing {sheet}…</source>
        <translation>Đang ghi trang {sheet}…</translation>
    </message>
</context>
<context>
    <name>ExchangeFormats</name>
    <message>
        <location filename="../desktop/exchange/formats.py" line="37"/>
        <source>{first} or {last}</source>
        <translation>{first} hoặc {last}</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/formats.py" line="42"/>
        <source>Workbooks ({patterns})</source>
        <translation>Tệp bảng tính ({patterns})</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/formats.py" line="71"/>
        <source>{name}: PCMD writes the workbook as .xlsx, so a name ending in {suffix} would be false; give a name ending in .xlsx.</source>
        <translation>{name}: PCMD ghi tệp bảng tính dạng .xlsx, nên tên tệp có đuôi {suffix} là không đúng; hãy đặt tên có đuôi .xlsx.</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <location filename="../desktop/exchange/batch.py" line="91"/>
        <source>Cannot read the folder {folder}: {reason}.</source>
        <translation>Không đọc được thư mục {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/batch.py" line="94"/>
        <source>The folder {folder} holds no workbook ({formats}).</source>
        <translation>Thư mục {folder} không có tệp bảng tính nào ({formats}).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/batch.py" line="127"/>
        <source>{file} could not be checked because of an unexpected problem in PCMD; nothing of it was imported. Send the file and the log to the PCMD support team.</source>
        <translation>Không kiểm tra được tệp {file} do PCMD gặp sự cố không lường trước; chưa nhập gì từ tệp này. Hãy gửi tệp và nhật ký cho bộ phận hỗ trợ PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="97"/>
        <source>The workbook says it was sent by unit {code}; that code was used, not {given}.</source>
        <translation>Tệp ghi đơn vị gửi là {code}; đã dùng mã này, không dùng {given}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="102"/>
        <source>{file} does not say which unit sent it (“Mã đơn vị” on the “Thông tin” sheet is empty); fill it in or give the sending unit (--unit CODE).</source>
        <translation>Tệp {file} không ghi đơn vị gửi (ô “Mã đơn vị” ở trang “Thông tin” còn trống); hãy ghi mã vào đó hoặc cho biết đơn vị gửi (--unit MÃ).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="106"/>
        <source>{file} does not say which unit sent it (no “Thông tin” sheet); give the sending unit (--unit CODE).</source>
        <translation>Tệp {file} không ghi đơn vị gửi (không có trang “Thông tin”); hãy cho biết đơn vị gửi (--unit MÃ).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="110"/>
        <source>{file}: no unit has code {code}.</source>
        <translation>Tệp {file}: không có đơn vị nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="127"/>
        <source>Reading {file}…</source>
        <translation>Đang đọc tệp {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="146"/>
        <source>Checking {sheet}…</source>
        <translation>Đang kiểm tra trang {sheet}…</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="165"/>
        <source>The check code does not match the data: the workbook was changed after it was written (by hand?). Check the rows before importing.</source>
        <translation>Mã kiểm tra không khớp với số liệu: tệp đã bị sửa sau khi được lập (sửa tay?). Hãy kiểm tra các dòng trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="237"/>
        <source>Another row or record already has the same {fields}.</source>
        <translation>Đã có dòng hoặc bản ghi khác trùng {fields}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="244"/>
        <source>The same record appears twice in the workbook.</source>
        <translation>Bản ghi này xuất hiện hai lần trong tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="272"/>
        <source>This row is older than the record here (changed {when}); it was not applied.</source>
        <translation>Dòng này cũ hơn bản ghi đang có (sửa lúc {when}); không được áp dụng.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="317"/>
        <source>The record was changed here after it was deleted at the sender; it was kept.</source>
        <translation>Bản ghi đã được sửa tại đây sau khi đơn vị gửi xóa; bản ghi được giữ lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="359"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Another row or record already has the same {field}.</source>
        <translation type="vanished">Đã có dòng hoặc bản ghi khác trùng {field}.</translation>
    </message>
    <message>
        <source>{month} is locked (the figures were finalised); this row was not imported.</source>
        <translation type="vanished">Tháng {month} đã khóa sổ (số liệu đã chốt); dòng này không được nhập.</translation>
    </message>
    <message>
        <source>{month} was locked while this file was being imported; nothing was imported. Import the file again to see which rows are affected.</source>
        <translation type="vanished">Tháng {month} đã bị khóa trong lúc đang nhập tệp này; chưa có gì được nhập. Hãy nhập lại tệp để xem những dòng nào bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no .xlsx workbook.</source>
        <translation type="vanished">Thư mục {folder} không có tệp .xlsx nào.</translation>
    </message>
</context>
<context>
    <name>ExchangeReader</name>
    <message>
        <location filename="../desktop/exchange/reader.py" line="173"/>
        <location filename="../desktop/exchange/reader.py" line="226"/>
        <source>{file} is damaged or cannot be read as a workbook.</source>
        <translation>{file} bị hỏng hoặc không đọc được như một tệp Excel.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="208"/>
        <source>Sheet “{sheet}” is not a sheet of the exchange workbook; it was ignored.</source>
        <translation>Trang tính “{sheet}” không thuộc mẫu tệp trao đổi; đã bỏ qua.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="213"/>
        <source>A second sheet “{sheet}” was ignored.</source>
        <translation>Đã bỏ qua trang tính trùng lặp “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="388"/>
        <source>Row {row} is hidden in the file; it was imported like the others (delete it from the sheet if it must not be sent).</source>
        <translation>Dòng {row} đang bị ẩn trong tệp; dòng này vẫn được nhập như các dòng khác (nếu không được gửi, hãy xóa dòng khỏi trang tính).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="393"/>
        <source>Rows {rows} are hidden in the file; they were imported like the others (delete them from the sheet if they must not be sent).</source>
        <translation>Các dòng {rows} đang bị ẩn trong tệp; các dòng này vẫn được nhập như các dòng khác (nếu không được gửi, hãy xóa các dòng đó khỏi trang tính).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="453"/>
        <source>No header row was found in sheet “{sheet}” (expected headers such as {headers}); the sheet was ignored.</source>
        <translation>Không tìm thấy dòng tiêu đề trong trang tính “{sheet}” (cần các tiêu đề như {headers}); đã bỏ qua trang tính này.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="468"/>
        <source>Column “{column}” appears twice (columns {first} and {second}); only column {first} was read.</source>
        <translation>Cột “{column}” có hai lần (cột {first} và cột {second}); chỉ đọc cột {first}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="475"/>
        <source>Column “{column}” is not a column of this sheet; it was ignored.</source>
        <translation>Cột “{column}” không thuộc trang tính này; đã bỏ qua.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="498"/>
        <source>Row {row} is a section heading (“{text}”); it was skipped.</source>
        <translation>Dòng {row} là dòng tiêu đề mục (“{text}”); đã bỏ qua.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="502"/>
        <source>Row {row} is the signature block under the table; it was skipped.</source>
        <translation>Dòng {row} là phần ký tên dưới bảng; đã bỏ qua.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="506"/>
        <source>Rows {first} to {last} are the signature block under the table; they were skipped.</source>
        <translation>Các dòng {first} đến {last} là phần ký tên dưới bảng; đã bỏ qua.</translation>
    </message>
</context>
<context>
    <name>ExchangeRows</name>
    <message>
        <location filename="../desktop/exchange/column_check.py" line="268"/>
        <source>{field}: “{value}” is not a valid value.</source>
        <translation>{field}: “{value}” không phải giá trị hợp lệ.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="110"/>
        <source>No training class has the id “{value}” (neither here nor in this workbook).</source>
        <translation>Không có lớp tập huấn nào có mã số “{value}” (cả trong cơ sở dữ liệu lẫn trong tệp này).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="143"/>
        <source>No officer has the code “{value}” (neither here nor in this workbook).</source>
        <translation>Không có cán bộ nào có mã “{value}” (cả trong cơ sở dữ liệu lẫn trong tệp này).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="197"/>
        <source>No establishment has the code “{value}” (neither here nor in this workbook).</source>
        <translation>Không có cơ sở nào có mã “{value}” (cả trong cơ sở dữ liệu lẫn trong tệp này).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="201"/>
        <source>Give the establishment: its code (Mã cơ sở), or its name (Tên cơ sở) and commune (Xã/phường).</source>
        <translation>Hãy ghi rõ cơ sở: mã cơ sở (Mã cơ sở), hoặc tên cơ sở (Tên cơ sở) và xã, phường (Xã/phường).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="216"/>
        <source>No establishment named “{name}” in {unit} (add it to the Cơ sở sheet).</source>
        <translation>Không có cơ sở nào tên “{name}” tại {unit} (hãy bổ sung vào trang tính Cơ sở).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="219"/>
        <source>Several establishments are named “{name}” in {unit}; give the Mã cơ sở.</source>
        <translation>Có nhiều cơ sở cùng tên “{name}” tại {unit}; hãy ghi Mã cơ sở.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="240"/>
        <source>The cell holds a formula ({formula}) saved without its calculated value, and PCMD calculates no formula; open the file in Excel or LibreOffice and save it again, or type the value itself.</source>
        <translation>Ô này chứa công thức ({formula}) được lưu mà chưa có giá trị đã tính, và PCMD không tính công thức; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc nhập trực tiếp giá trị.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="246"/>
        <source>The cell holds the error value {value} (a formula that could not be calculated), not a value; type the value itself.</source>
        <translation>Ô này chứa giá trị lỗi {value} (công thức không tính được), không phải số liệu; hãy nhập trực tiếp giá trị.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="380"/>
        <source>“{value}” names no commune of today; it was taken as {unit} (from {start} to {end}), as the row gives no date; so were the other rows with this value. Reports count it under the commune that took it over.</source>
        <translation>“{value}” không phải tên xã, phường hiện nay; đã hiểu là {unit} (từ {start} đến {end}) vì dòng này không ghi ngày; các dòng khác có cùng giá trị cũng vậy. Báo cáo sẽ tính vào xã, phường tiếp nhận địa bàn đó.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="424"/>
        <source>“{value}” named several communes over time; it was taken as {unit}, the commune it named on the dates of the rows that refer to it.</source>
        <translation>“{value}” từng là tên hoặc mã của nhiều xã, phường qua các thời kỳ; đã hiểu là {unit}, theo ngày của các dòng có liên quan đến bản ghi này.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="433"/>
        <source>“{value}” named several communes over time ({units}); give the record&apos;s date, or the commune&apos;s name of today, so that the commune meant is known.</source>
        <translation>“{value}” từng là tên hoặc mã của nhiều xã, phường qua các thời kỳ ({units}); hãy ghi ngày của bản ghi, hoặc tên xã, phường hiện nay, để xác định đúng đơn vị.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="439"/>
        <source>The record this row refers to (row {row} of sheet {sheet}) was rejected.</source>
        <translation>Bản ghi mà dòng này liên quan đến (dòng {row} trang {sheet}) đã bị từ chối.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="498"/>
        <source>“{value}” is not a record id (leave the cell empty for new rows).</source>
        <translation>“{value}” không phải là mã số hồ sơ (để trống ô này với dòng mới).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="505"/>
        <location filename="../desktop/exchange/row_parser.py" line="526"/>
        <source>“{value}” is not a date and time.</source>
        <translation>“{value}” không phải là ngày giờ.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="511"/>
        <source>The record id is required.</source>
        <translation>Phải có mã số hồ sơ.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="517"/>
        <source>“{value}” is not a data sheet name (e.g. Tuyên truyền, Kiểm tra).</source>
        <translation>“{value}” không phải là tên trang tính dữ liệu (ví dụ: Tuyên truyền, Kiểm tra).</translation>
    </message>
</context>
<context>
    <name>ExchangeSafety</name>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="46"/>
        <source>The password for {file} is wrong.</source>
        <translation>Mật khẩu của tệp {file} không đúng.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="51"/>
        <location filename="../desktop/exchange/safety.py" line="209"/>
        <source>{file} is encrypted in a way PCMD cannot open; save it without a password, or with Excel&apos;s “Encrypt with Password”.</source>
        <translation>Tệp {file} được mã hóa theo cách PCMD không mở được; hãy lưu lại không đặt mật khẩu, hoặc đặt mật khẩu bằng chức năng “Encrypt with Password” của Excel.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="83"/>
        <source>{file} could not be protected with the password; try again without it.</source>
        <translation>Không đặt được mật khẩu cho tệp {file}; hãy thử lại không đặt mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="93"/>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>Không đọc được tệp mật khẩu {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="98"/>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>Tệp mật khẩu {path} không phải văn bản UTF-8.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="102"/>
        <source>The password file {path} is empty.</source>
        <translation>Tệp mật khẩu {path} trống.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="132"/>
        <source>{file} is damaged or truncated; ask the sender for the file again.</source>
        <translation>{file} bị hỏng hoặc không đầy đủ; hãy đề nghị nơi gửi gửi lại tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="143"/>
        <source>{file} is not an ordinary file.</source>
        <translation>{file} không phải là một tệp thông thường.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="146"/>
        <source>{file} is larger than {mb} MB; split it into smaller workbooks.</source>
        <translation>{file} lớn hơn {mb} MB; hãy chia thành các tệp Excel nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="151"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Không đọc được {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="165"/>
        <source>{file} uses a compression method PCMD cannot read; open it in Excel and save it again.</source>
        <translation>Tệp {file} dùng kiểu nén mà PCMD không đọc được; hãy mở tệp bằng Excel rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="181"/>
        <source>{file} is a web page saved with a workbook name; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Tệp {file} thực chất là một trang web được đặt tên như tệp Excel; hãy mở bằng Excel rồi lưu thành tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="184"/>
        <source>{file} is an XML spreadsheet (Excel 2003); open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Tệp {file} là bảng tính XML (Excel 2003); hãy mở bằng Excel rồi lưu thành tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="187"/>
        <source>{file} is a text (CSV) file, not a workbook; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Tệp {file} là tệp văn bản (CSV), không phải bảng tính; hãy mở bằng Excel rồi lưu thành tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="189"/>
        <location filename="../desktop/exchange/safety.py" line="274"/>
        <location filename="../desktop/exchange/safety.py" line="288"/>
        <location filename="../desktop/exchange/safety.py" line="524"/>
        <location filename="../desktop/exchange/safety.py" line="553"/>
        <source>{file} is not a workbook PCMD can read ({formats}).</source>
        <translation>Tệp {file} không phải bảng tính mà PCMD đọc được ({formats}).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="200"/>
        <source>{file} holds too many parts to be a workbook.</source>
        <translation>{file} có quá nhiều thành phần, không phải là tệp Excel hợp lệ.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="217"/>
        <source>{file} is refused: it expands suspiciously (a zip bomb?).</source>
        <translation>{file} bị từ chối: dung lượng khi giải nén lớn bất thường (có thể là tệp độc hại).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="220"/>
        <source>{file} is refused: it expands to more than {mb} MB.</source>
        <translation>{file} bị từ chối: dung lượng khi giải nén vượt quá {mb} MB.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="237"/>
        <source>{file} contains macros (a VBA project); save it as a plain Excel workbook (.xlsx), not a macro-enabled one.</source>
        <translation>Tệp {file} có chứa macro (dự án VBA); hãy lưu thành tệp Excel thông thường (.xlsx), không phải tệp có macro.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="239"/>
        <source>{file} contains Excel 4.0 macros; delete the macro sheets and macro names and save the workbook again.</source>
        <translation>Tệp {file} có chứa macro Excel 4.0; hãy xóa các trang macro và tên macro rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="241"/>
        <source>{file} contains an Excel 4.0 macro sheet (“{sheet}”); delete that sheet and save the workbook again.</source>
        <translation>Tệp {file} có trang macro Excel 4.0 (“{sheet}”); hãy xóa trang đó rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="243"/>
        <source>{file} contains ActiveX controls; delete them and save the workbook again.</source>
        <translation>Tệp {file} có chứa điều khiển ActiveX; hãy xóa các điều khiển đó rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="245"/>
        <source>{file} has data connections to other sources; remove them (Data → Queries &amp; Connections) and save the workbook again.</source>
        <translation>Tệp {file} có kết nối dữ liệu tới nguồn bên ngoài; hãy gỡ các kết nối (Data → Queries &amp; Connections) rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="247"/>
        <source>{file} has query tables that fetch data from outside the workbook; remove them (Data → Queries &amp; Connections) and save the workbook again.</source>
        <translation>Tệp {file} có bảng truy vấn lấy dữ liệu từ bên ngoài tệp; hãy gỡ các bảng đó (Data → Queries &amp; Connections) rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="249"/>
        <source>{file} has links to other workbooks; remove the external links (Data → Edit Links → Break Link) and save again.</source>
        <translation>{file} có liên kết đến tệp Excel khác; hãy gỡ các liên kết ngoài (Data → Edit Links → Break Link) rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="251"/>
        <source>{file} contains macros (LibreOffice Basic or scripts); save it without macros.</source>
        <translation>Tệp {file} có chứa macro (LibreOffice Basic hoặc script); hãy lưu lại không kèm macro.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="285"/>
        <source>{file} is an Excel binary workbook (.xlsb); save it as an Excel workbook (.xlsx).</source>
        <translation>Tệp {file} là tệp Excel nhị phân (.xlsb); hãy lưu thành tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="437"/>
        <source>Sheet “{sheet}” of {file} has cells beyond Excel&apos;s last cell (XFD1048576); the file is damaged.</source>
        <translation>Trang tính “{sheet}” của tệp {file} có ô nằm ngoài ô cuối cùng của Excel (XFD1048576); tệp bị hỏng.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="443"/>
        <source>Sheet “{sheet}” of {file} has {cells} cells, yet they reach cell {cell}: reading it would take minutes and gigabytes of memory. Delete the stray cells far from the table (Ctrl+End shows the last one) and save the workbook again.</source>
        <translation>Trang tính “{sheet}” của tệp {file} chỉ có {cells} ô nhưng kéo dài tới ô {cell}: đọc trang này sẽ mất nhiều phút và nhiều GB bộ nhớ. Hãy xóa các ô lạc xa bảng số liệu (Ctrl+End cho thấy ô cuối cùng) rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="453"/>
        <source>Sheet “{sheet}” of {file} reaches cell {cell}: reading it would need about {need} GB of memory, more than the {limit} GB allowed. Delete the unused rows and columns after the table and save the workbook again.</source>
        <translation>Trang tính “{sheet}” của tệp {file} kéo dài tới ô {cell}: để đọc cần khoảng {need} GB bộ nhớ, vượt mức cho phép {limit} GB. Hãy xóa các dòng, cột không dùng phía sau bảng rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="516"/>
        <source>{file} is protected by a password.</source>
        <translation>Tệp {file} được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="528"/>
        <source>{file} is an .xls protected by a password; open it in Excel, remove the password or save it as an .xlsx, and import that.</source>
        <translation>Tệp {file} là tệp .xls có mật khẩu; hãy mở bằng Excel, bỏ mật khẩu hoặc lưu thành tệp .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="559"/>
        <source>{file} is an .ods protected by a password; open it in LibreOffice, remove the password and import it again.</source>
        <translation>Tệp {file} là tệp .ods có mật khẩu; hãy mở bằng LibreOffice, bỏ mật khẩu rồi nhập lại.</translation>
    </message>
    <message>
        <source>{file} is encrypted (password-protected) or an old .xls file; save it as an unprotected .xlsx workbook.</source>
        <translation type="vanished">{file} đã được mã hóa (đặt mật khẩu) hoặc là tệp .xls cũ; hãy lưu lại thành tệp .xlsx không đặt mật khẩu.</translation>
    </message>
    <message>
        <source>{file} is not an Excel .xlsx workbook.</source>
        <translation type="vanished">{file} không phải là tệp Excel .xlsx.</translation>
    </message>
    <message>
        <source>{file} contains macros; save it as a plain .xlsx workbook.</source>
        <translation type="vanished">{file} có chứa macro; hãy lưu lại thành tệp .xlsx thông thường.</translation>
    </message>
    <message>
        <source>{file} is encrypted (password-protected); save it as an unprotected .xlsx workbook.</source>
        <translation type="vanished">{file} đã được mã hóa (đặt mật khẩu); hãy lưu lại thành tệp .xlsx không đặt mật khẩu.</translation>
    </message>
    <message>
        <source>{file} has more than {n} cells; split it into smaller workbooks.</source>
        <translation type="vanished">{file} có hơn {n} ô; hãy chia thành các tệp Excel nhỏ hơn.</translation>
    </message>
</context>
<context>
    <name>ExchangeTemplate</name>
    <message>
        <location filename="../desktop/exchange/template.py" line="56"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Hãy chọn đơn vị sử dụng trước: pcmd init --unit MÃ</translation>
    </message>
</context>
<context>
    <name>ImportPolicy</name>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="48"/>
        <source>You may not import records of {unit}: it is outside your units. Ask a user of that unit, or of a unit above it, to import this file.</source>
        <translation>Bạn không được nhập hồ sơ của {unit}: đơn vị này không thuộc phạm vi của bạn. Hãy nhờ người dùng của đơn vị đó hoặc đơn vị cấp trên nhập tệp này.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="76"/>
        <source>Record {id} belongs to {owner}, not to {sender} or a unit under it; a workbook changes only its sender&apos;s records, so this row was not imported.</source>
        <translation>Hồ sơ {id} thuộc {owner}, không thuộc {sender} hay đơn vị trực thuộc; tệp chỉ được thay đổi hồ sơ của chính đơn vị gửi nên dòng này không được nhập.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="90"/>
        <source>{month} of {owner} was locked by {who} on {date} (the figures were finalised); this row was not imported.</source>
        <translation>Tháng {month} của {owner} đã khóa sổ bởi {who} ngày {date} (số liệu đã chốt); dòng này không được nhập.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="139"/>
        <source>This record was changed here after the preview (on {when}); the row was not applied, so that change is kept.</source>
        <translation>Hồ sơ này đã được sửa tại đây sau khi xem trước (lúc {when}); dòng này không được áp dụng để giữ lại thay đổi đó.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="145"/>
        <source>{month} was locked while this file was being imported; nothing was imported. Import the file again to see which rows are affected.</source>
        <translation>Tháng {month} đã bị khóa trong lúc đang nhập tệp này; chưa có gì được nhập. Hãy nhập lại tệp để xem những dòng nào bị ảnh hưởng.</translation>
    </message>
</context>
</TS>
