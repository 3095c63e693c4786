<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendancePicker</name>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="93"/>
        <source>Attendance: {cls}</source>
        <translation>Học viên: {cls}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="94"/>
        <source>Tick the officers who attended (Space ticks the current line); those already on the list are ticked and greyed.</source>
        <translation>Đánh dấu các cán bộ đã tham dự (phím cách đánh dấu dòng đang chọn); người đã có trong danh sách được đánh dấu sẵn và tô xám.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="97"/>
        <source>Find an officer (accents optional)…</source>
        <translation>Tìm cán bộ (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="98"/>
        <source>Tick all shown</source>
        <translation>Đánh dấu tất cả đang hiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="126"/>
        <source>&amp;Add {n} officers</source>
        <translation>&amp;Thêm {n} cán bộ</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="58"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="58"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="58"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="59"/>
        <source>Record type</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="59"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="59"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="60"/>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>created</source>
        <translation type="vanished">tạo mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="vanished">sửa</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="vanished">xóa</translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="vanished">khóa tháng</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="vanished">mở khóa tháng</translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="vanished">nhập từ tệp</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="129"/>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="136"/>
        <source>(all)</source>
        <translation>(tất cả)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="149"/>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="150"/>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="151"/>
        <source>without personal data</source>
        <translation>không kèm dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="160"/>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="161"/>
        <source>Record type:</source>
        <translation>Loại bản ghi:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="162"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="163"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="163"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="204"/>
        <source>{count} entries</source>
        <translation>{count} mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="208"/>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="209"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>unit code</source>
        <translation type="vanished">mã đơn vị</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="77"/>
        <source>Catalogues</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="81"/>
        <source>Vietnamese label</source>
        <translation>Nhãn tiếng Việt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="82"/>
        <location filename="../desktop/ui/catalogue_editor.py" line="85"/>
        <source>English label</source>
        <translation>Nhãn tiếng Anh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="82"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="83"/>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="84"/>
        <source>New value (Vietnamese)</source>
        <translation>Giá trị mới (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="86"/>
        <source>&amp;Add value</source>
        <translation>&amp;Thêm giá trị</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="152"/>
        <source>Reading the rows to copy…</source>
        <translation>Đang đọc các dòng cần sao chép…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="154"/>
        <source>Writing the table…</source>
        <translation>Đang tạo bảng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="162"/>
        <source>{n} rows copied with their headers: paste them into Excel or Word.</source>
        <translation>Đã sao chép {n} dòng kèm tiêu đề: có thể dán vào Excel hoặc Word.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="165"/>
        <source>Copying {n} rows…</source>
        <translation>Đang sao chép {n} dòng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="261"/>
        <source>The clipboard holds no rows. Copy the rows in Excel (or LibreOffice, WPS) first, then paste them here with Ctrl+V.</source>
        <translation>Bộ nhớ tạm không có dòng nào. Hãy sao chép các dòng trong Excel (hoặc LibreOffice, WPS) trước, rồi dán vào đây bằng Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="266"/>
        <source>Choose the record the rows belong to first.</source>
        <translation>Hãy chọn trước bản ghi mà các dòng này thuộc về.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="270"/>
        <source>The rows pasted before are still being checked or saved. Wait until that is done, then paste again.</source>
        <translation>Các dòng dán trước vẫn đang được kiểm tra hoặc lưu. Vui lòng chờ xong rồi dán lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="276"/>
        <source>No pasted column matches a column of this list. Paste the rows with their header row, or in the order of the list&apos;s columns.</source>
        <translation>Không cột nào được dán khớp với cột của danh sách này. Hãy dán các dòng kèm dòng tiêu đề, hoặc theo đúng thứ tự các cột của danh sách.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="281"/>
        <source>The clipboard holds only a header row. Copy the rows under it too, then paste them here with Ctrl+V.</source>
        <translation>Bộ nhớ tạm chỉ có dòng tiêu đề. Hãy sao chép cả các dòng bên dưới rồi dán vào đây bằng Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="309"/>
        <source>Choose the home unit first (Settings).</source>
        <translation>Hãy chọn đơn vị quản lý trước (Cài đặt).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="318"/>
        <source>Checking {n} pasted rows…</source>
        <translation>Đang kiểm tra {n} dòng đã dán…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="403"/>
        <source>Paste: {what}</source>
        <translation>Dán: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="404"/>
        <source>Pasted rows, read with their header row.</source>
        <translation>Các dòng được dán, đọc theo dòng tiêu đề của chúng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="404"/>
        <source>Pasted rows without a header row: the columns were read in the order of the list&apos;s columns.</source>
        <translation>Các dòng được dán không có dòng tiêu đề: các cột được đọc theo thứ tự các cột của danh sách.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="408"/>
        <source>Columns left out (no such column here): {names}.</source>
        <translation>Các cột bị bỏ qua (ở đây không có cột này): {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="419"/>
        <source>Saving the pasted rows…</source>
        <translation>Đang lưu các dòng đã dán…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="478"/>
        <source>{n} pasted rows saved.</source>
        <translation>Đã lưu {n} dòng được dán.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="480"/>
        <source>Cancel came too late: the rows had already been saved.</source>
        <translation>Lệnh hủy đến quá muộn: các dòng đã được lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="482"/>
        <source>{m} rows were not saved (see the preview); they are back on the clipboard with a Lỗi column, to correct in Excel.</source>
        <translation>{m} dòng chưa được lưu (xem bảng xem trước); các dòng này đã được đưa lại vào bộ nhớ tạm kèm cột Lỗi để sửa trong Excel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="488"/>
        <location filename="../desktop/ui/clipboard.py" line="491"/>
        <source>(Ctrl+Z undoes it.)</source>
        <translation>(Ctrl+Z để hoàn tác.)</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="152"/>
        <location filename="../desktop/ui/exchange_completeness.py" line="196"/>
        <source>Reporting calendar</source>
        <translation>Lịch báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="153"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="154"/>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="158"/>
        <source>Deadlines: a month&apos;s figures by day {day} of the next month; the year-end report by {date}.</source>
        <translation>Hạn nộp: số liệu tháng trước ngày {day} tháng sau; báo cáo tổng kết năm trước ngày {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="161"/>
        <source>Units still missing</source>
        <translation>Các đơn vị còn thiếu báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="162"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="162"/>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="163"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="179"/>
        <source>no officer on the roster</source>
        <translation>chưa có cán bộ trong danh sách</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="189"/>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="190"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Data received from units</source>
        <translation type="vanished">Tình hình nhận số liệu của các đơn vị</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="78"/>
        <source>Received {when} ({status}; due {due})</source>
        <translation>Đã nhận {when} ({status}; hạn {due})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="80"/>
        <source>Not received ({status}; due {due})</source>
        <translation>Chưa nhận ({status}; hạn {due})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="93"/>
        <source>Year-end report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Received {when}</source>
        <translation type="vanished">Đã nhận lúc {when}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="113"/>
        <source>mm/yyyy, e.g. 03/2024</source>
        <translation>tháng/năm, ví dụ 03/2024</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="114"/>
        <source>dd/mm/yyyy, e.g. 15/03/2024 or 15032024</source>
        <translation>ngày/tháng/năm, ví dụ 15/03/2024 hoặc 15032024</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="115"/>
        <source>blank</source>
        <translation>để trống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="117"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="138"/>
        <source>“{text}”: that month has no such day.</source>
        <translation>“{text}”: tháng này không có ngày đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="140"/>
        <source>“{text}”: the month must be from 1 to 12.</source>
        <translation>“{text}”: tháng phải từ 1 đến 12.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="142"/>
        <source>“{text}”: the year must be from 1900 to 2100.</source>
        <translation>“{text}”: năm phải từ 1900 đến 2100.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="144"/>
        <source>“{text}” is not a month: type it as mm/yyyy, e.g. 03/2024.</source>
        <translation>“{text}” không phải là tháng: nhập theo dạng tháng/năm, ví dụ 03/2024.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="146"/>
        <source>“{text}” is not a date: type it as dd/mm/yyyy, e.g. 15/03/2024.</source>
        <translation>“{text}” không phải là ngày: nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2024.</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <location filename="../desktop/ui/deleted_records.py" line="81"/>
        <source>Deleted records: {what}</source>
        <translation>Bản ghi đã xóa: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/deleted_records.py" line="82"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/deleted_records.py" line="83"/>
        <source>{count} deleted records of your units, the latest deletion first. Select the ones to bring back and choose Restore; the audit trail records it.</source>
        <translation>{count} bản ghi đã xóa của các đơn vị bạn quản lý, bản ghi xóa gần nhất ở trên. Chọn các bản ghi cần lấy lại rồi bấm Khôi phục; nhật ký thay đổi sẽ ghi lại việc này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/deleted_records.py" line="136"/>
        <source>Nothing was restored: {n} of the {total} records may not be restored. {record}: {reason}</source>
        <translation>Chưa khôi phục bản ghi nào: {n} trong số {total} bản ghi không được khôi phục. {record}: {reason}</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="57"/>
        <source>&amp;Copy rows (with headers)</source>
        <translation>&amp;Sao chép các dòng (kèm tiêu đề)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="58"/>
        <source>&amp;Paste rows from Excel…</source>
        <translation>&amp;Dán các dòng từ Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="59"/>
        <source>Enter &amp;many rows (grid)…</source>
        <translation>Nhập &amp;nhiều dòng (dạng bảng)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="60"/>
        <source>Deleted &amp;records…</source>
        <translation>Bản ghi đã &amp;xóa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="68"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="99"/>
        <source>{n} rows copied with their headers: paste them into Excel or Word.</source>
        <translation>Đã sao chép {n} dòng kèm tiêu đề: có thể dán vào Excel hoặc Word.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation type="vanished">Đã hoàn tác: {what}</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="132"/>
        <source>Export exchange workbook</source>
        <translation>Xuất tệp trao đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="133"/>
        <location filename="../desktop/ui/exchange_actions.py" line="151"/>
        <location filename="../desktop/ui/exchange_actions.py" line="260"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="139"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="142"/>
        <source>Export</source>
        <translation>Xuất số liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="142"/>
        <source>{n} rows written to {path}.</source>
        <translation>Đã ghi {n} dòng vào {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="149"/>
        <location filename="../desktop/ui/exchange_actions.py" line="155"/>
        <source>Blank template</source>
        <translation>Mẫu trống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="154"/>
        <source>Writing the template…</source>
        <translation>Đang ghi mẫu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="156"/>
        <source>Template written: {path}</source>
        <translation>Đã ghi mẫu: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="164"/>
        <location filename="../desktop/ui/exchange_actions.py" line="205"/>
        <location filename="../desktop/ui/exchange_actions.py" line="267"/>
        <location filename="../desktop/ui/exchange_actions.py" line="289"/>
        <location filename="../desktop/ui/exchange_actions.py" line="293"/>
        <source>Import</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="209"/>
        <source>Checking workbooks…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="214"/>
        <source>Password-protected workbook</source>
        <translation>Tệp có mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="215"/>
        <source>The password for {file} is wrong. Type it again:</source>
        <translation>Mật khẩu của tệp {file} không đúng. Hãy nhập lại:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="216"/>
        <source>{file} is protected by a password. Type the password:</source>
        <translation>Tệp {file} được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="232"/>
        <source>Sending unit</source>
        <translation>Đơn vị gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="233"/>
        <source>{file} does not say which unit sent it.
Choose the sending unit, or type its code:</source>
        <translation>Tệp {file} không ghi đơn vị gửi.
Chọn đơn vị gửi, hoặc gõ mã hay tên đơn vị:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="259"/>
        <source>Save the rejected rows</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="284"/>
        <source>{ok} of {n} workbook(s) imported.</source>
        <translation>Đã nhập {ok}/{n} tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="287"/>
        <source>The rejected rows were not saved. {problem}</source>
        <translation>Các dòng bị từ chối chưa được lưu. {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="292"/>
        <source>Rejected rows saved to {path}.</source>
        <translation>Các dòng bị từ chối đã được lưu vào {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="295"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>{file} does not say which unit sent it.
Code of the sending unit:</source>
        <translation type="vanished">Tệp {file} không ghi đơn vị gửi.
Mã đơn vị gửi:</translation>
    </message>
</context>
<context>
    <name>ExchangePreviewDialog</name>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="89"/>
        <source>Import preview</source>
        <translation>Xem trước khi nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="95"/>
        <source>{rows} pasted rows. Nothing has been written yet.</source>
        <translation>{rows} dòng được dán. Chưa ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="98"/>
        <source>{files} workbook(s), {rows} rows. Nothing has been written yet.</source>
        <translation>{files} tệp, {rows} dòng. Chưa ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="101"/>
        <source>{n} problem(s) must be corrected before a full import; you may import the valid rows only.</source>
        <translation>Cần sửa {n} lỗi trước khi nhập toàn bộ; có thể chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="121"/>
        <source>Click a problem to see its row.</source>
        <translation>Bấm vào một lỗi để xem dòng tương ứng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="130"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="131"/>
        <source>Import valid rows only…</source>
        <translation>Chỉ nhập các dòng hợp lệ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="143"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="143"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="143"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="144"/>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="144"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="145"/>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="145"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="148"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="148"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="148"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="170"/>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, dòng {row}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="199"/>
        <source>Pasted rows</source>
        <translation>Các dòng dán</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="62"/>
        <source>Export exchange workbook</source>
        <translation>Xuất tệp trao đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="69"/>
        <source>Leave personal data out (names, phone numbers)</source>
        <translation>Không xuất thông tin cá nhân (họ tên, số điện thoại)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="70"/>
        <source>Protect with a password (when the workbook holds personal data and goes by email)</source>
        <translation>Đặt mật khẩu (khi tệp có dữ liệu cá nhân và gửi qua thư điện tử)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="79"/>
        <source>Give the password to the receiving office by telephone or in person, never in the same email. Excel, LibreOffice and WPS ask for it when they open the file.</source>
        <translation>Hãy báo mật khẩu cho nơi nhận qua điện thoại hoặc trực tiếp, không gửi kèm trong cùng thư. Excel, LibreOffice và WPS sẽ hỏi mật khẩu khi mở tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="83"/>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="84"/>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="87"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="88"/>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="106"/>
        <source>Type the password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="108"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Hai mật khẩu không khớp; hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="151"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="152"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="153"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="154"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="155"/>
        <source>Search (accents optional)…</source>
        <translation>Tìm kiếm (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="161"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/ui/first_start.py" line="75"/>
        <source>Welcome to PCMD</source>
        <translation>Chào mừng đến với PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="76"/>
        <source>Choose the home unit: the office whose records this computer keeps (the city, a district or a commune). You can change it later in Settings.</source>
        <translation>Chọn đơn vị quản lý: cơ quan có hồ sơ được lưu trên máy này (thành phố, quận, huyện hoặc xã, phường). Có thể thay đổi sau trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="92"/>
        <source>Choose a unit from the list.</source>
        <translation>Hãy chọn một đơn vị trong danh sách.</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../desktop/ui/grid.py" line="264"/>
        <source>Enter rows: {what}</source>
        <translation>Nhập nhiều dòng: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="267"/>
        <source>Type row after row as in a sheet: Tab moves to the next cell, Enter to the next row; Ctrl+D fills down, Ctrl+V pastes rows copied from Excel, Ctrl+Z undoes. Each cell is checked as you leave it. Save rows (Ctrl+Enter) saves them all, or none.</source>
        <translation>Nhập lần lượt từng dòng như trên bảng tính: Tab sang ô tiếp theo, Enter xuống dòng tiếp theo; Ctrl+D chép giá trị ô phía trên xuống, Ctrl+V dán các dòng sao chép từ Excel, Ctrl+Z hoàn tác. Mỗi ô được kiểm tra ngay khi rời ô. Nút Lưu (Ctrl+Enter) lưu tất cả các dòng, hoặc không lưu dòng nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="281"/>
        <source>&amp;Save {n} rows</source>
        <translation>&amp;Lưu {n} dòng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="391"/>
        <source>Checking {done} of {n} rows…</source>
        <translation>Đang kiểm tra {done}/{n} dòng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="410"/>
        <source>Not checked yet: the rows are checked when they are saved.</source>
        <translation>Chưa kiểm tra xong: các dòng sẽ được kiểm tra khi lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="421"/>
        <source>Checking {n} rows…</source>
        <translation>Đang kiểm tra {n} dòng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="457"/>
        <source>{n} cells have problems (red).</source>
        <translation>{n} ô có lỗi (tô đỏ).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="494"/>
        <source>Saving {n} rows…</source>
        <translation>Đang lưu {n} dòng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="530"/>
        <source>Nothing was saved: {n} of {total} rows have problems (rows {rows}). Correct them, or remove them (Ctrl+Del), and save again.</source>
        <translation>Chưa lưu dòng nào: {n} trong {total} dòng có lỗi (dòng {rows}). Hãy sửa hoặc xóa các dòng đó (Ctrl+Del) rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="536"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Đã hủy: chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="551"/>
        <source>Close without saving the rows typed?</source>
        <translation>Đóng mà không lưu các dòng đã nhập?</translation>
    </message>
    <message>
        <source>Type row after row as in a sheet: Tab moves to the next cell, Enter to the next row; Ctrl+D fills down, Ctrl+V pastes rows copied from Excel. Each cell is checked as you leave it. Save rows (Ctrl+Enter) saves them all, or none.</source>
        <translation type="vanished">Nhập lần lượt từng dòng như trên bảng tính: Tab sang ô tiếp theo, Enter xuống dòng tiếp theo; Ctrl+D chép giá trị ô phía trên xuống, Ctrl+V dán các dòng sao chép từ Excel. Mỗi ô được kiểm tra ngay khi rời ô. Nút Lưu (Ctrl+Enter) lưu tất cả các dòng, hoặc không lưu dòng nào.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/ui/help.py" line="85"/>
        <source>User guide — PCMD</source>
        <translation>Hướng dẫn sử dụng — PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/help.py" line="86"/>
        <source>◀ Back</source>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/help.py" line="87"/>
        <source>Forward ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../desktop/ui/help.py" line="88"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/help.py" line="89"/>
        <source>Find in the guide (Enter)…</source>
        <translation>Tìm trong hướng dẫn (Enter)…</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="54"/>
        <source>Count of records</source>
        <translation>Đếm số bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="55"/>
        <source>Sum of a column</source>
        <translation>Cộng một cột số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="56"/>
        <source>Number of different values</source>
        <translation>Số giá trị khác nhau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="57"/>
        <source>Latest value, added over communes</source>
        <translation>Số liệu mới nhất, cộng các xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="58"/>
        <source>Ratio of two indicators</source>
        <translation>Tỷ lệ giữa hai chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="59"/>
        <source>Communes valid in the period</source>
        <translation>Số xã, phường có trong kỳ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="60"/>
        <source>Officers trained in the programme period</source>
        <translation>Cán bộ được tập huấn trong giai đoạn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="61"/>
        <source>Figure of the plan</source>
        <translation>Số liệu kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="63"/>
        <source>Built-in</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="64"/>
        <source>Built-in, changed</source>
        <translation>Có sẵn, đã sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="65"/>
        <source>Office&apos;s own</source>
        <translation>Của đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="87"/>
        <source>by {column}</source>
        <translation>theo {column}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="95"/>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="95"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="96"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="96"/>
        <source>How it is computed</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="97"/>
        <source>Origin</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="97"/>
        <source>In force</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="207"/>
        <source>Indicators</source>
        <translation>Chỉ tiêu báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="208"/>
        <source>&amp;New indicator…</source>
        <translation>&amp;Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="209"/>
        <source>&amp;Change…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="210"/>
        <source>&amp;Import from file…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="211"/>
        <source>E&amp;xport to file…</source>
        <translation>&amp;Xuất ra tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="212"/>
        <source>Every report counts the indicators in force; untick one to retire it. A saved report names the definitions it used.</source>
        <translation>Mọi báo cáo đều tính các chỉ tiêu đang áp dụng; bỏ đánh dấu để ngừng áp dụng một chỉ tiêu. Báo cáo đã lưu ghi rõ các định nghĩa chỉ tiêu đã dùng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="214"/>
        <source>Only an administrator can add, change or retire indicators.</source>
        <translation>Chỉ quản trị viên mới được thêm, sửa hoặc ngừng áp dụng chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="257"/>
        <source>Import indicator definitions</source>
        <translation>Nhập định nghĩa chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="258"/>
        <location filename="../desktop/ui/indicator_editor.py" line="279"/>
        <source>Indicator definitions (*.toml)</source>
        <translation>Định nghĩa chỉ tiêu (*.toml)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="265"/>
        <source>Nothing was imported:</source>
        <translation>Chưa nhập gì:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="278"/>
        <source>Export indicator definitions</source>
        <translation>Xuất định nghĩa chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="379"/>
        <source>New indicator</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="380"/>
        <source>Indicator {key}</source>
        <translation>Chỉ tiêu {key}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="381"/>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="382"/>
        <source>TOML text</source>
        <translation>Văn bản TOML</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="383"/>
        <source>Key (a-z, 0-9, _)</source>
        <translation>Mã (a-z, 0-9, _)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="383"/>
        <source>Vietnamese label</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="384"/>
        <source>English label</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="384"/>
        <source>Table section</source>
        <translation>Nhóm trong bảng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="385"/>
        <source>Computed as</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="385"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="386"/>
        <location filename="../desktop/ui/indicator_editor.py" line="393"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="386"/>
        <source>Conditions</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="387"/>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="387"/>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="388"/>
        <source>Percentage</source>
        <translation>Tỷ lệ phần trăm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="388"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="394"/>
        <source>Value (several: separate with ;)</source>
        <translation>Giá trị (nhiều giá trị: cách nhau bằng ;)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="395"/>
        <source>Add a condition</source>
        <translation>Thêm điều kiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="396"/>
        <source>Remove the condition</source>
        <translation>Xóa điều kiện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="397"/>
        <source>× 100, one decimal</source>
        <translation>× 100, lấy một chữ số thập phân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="398"/>
        <source>a number for a ratio, or a plan key</source>
        <translation>một số (với tỷ lệ) hoặc mã chỉ tiêu kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="544"/>
        <source>The key of an indicator cannot be changed; make a new indicator instead.</source>
        <translation>Không được đổi mã của chỉ tiêu; hãy tạo chỉ tiêu mới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="551"/>
        <source>Nothing to save.</source>
        <translation>Không có gì để lưu.</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <location filename="../desktop/ui/cases_tab.py" line="16"/>
        <source>Cases and rings</source>
        <translation>Vụ việc, đường dây</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases_tab.py" line="17"/>
        <source>Hotspots</source>
        <translation>Tụ điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases_tab.py" line="18"/>
        <source>Denunciations</source>
        <translation>Tin báo, tố giác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outreach_tab.py" line="16"/>
        <source>Outreach sessions</source>
        <translation>Buổi truyền thông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outreach_tab.py" line="17"/>
        <source>Media items</source>
        <translation>Tin, bài, phóng sự</translation>
    </message>
    <message>
        <location filename="../desktop/ui/support_tab.py" line="16"/>
        <source>Support figures</source>
        <translation>Số liệu hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/support_tab.py" line="17"/>
        <source>People on record</source>
        <translation>Người bán dâm có hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/support_tab.py" line="18"/>
        <source>Prevention models</source>
        <translation>Mô hình</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="291"/>
        <source>PCMD — Prostitution prevention records</source>
        <translation>PCMD — Quản lý số liệu phòng, chống mại dâm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="296"/>
        <source>The reports could not be opened; the log holds the details.</source>
        <translation>Không mở được phần báo cáo; chi tiết được ghi trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="297"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="300"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="301"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="302"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="303"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="304"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="307"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="309"/>
        <source>&amp;New record</source>
        <translation>&amp;Thêm bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="309"/>
        <source>&amp;Edit record</source>
        <translation>&amp;Sửa bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="310"/>
        <source>&amp;Delete record</source>
        <translation>&amp;Xóa bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="310"/>
        <source>&amp;Find</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="311"/>
        <source>&amp;Refresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="312"/>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Nhập tệp Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>E&amp;xport workbook…</source>
        <translation>&amp;Xuất tệp Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="314"/>
        <source>Blank &amp;template…</source>
        <translation>&amp;Mẫu trống…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="315"/>
        <source>&amp;Completeness of reporting</source>
        <translation>Tình hình &amp;gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="316"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="316"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="317"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="317"/>
        <source>&amp;Catalogues…</source>
        <translation>&amp;Danh mục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="318"/>
        <source>&amp;Administrative units…</source>
        <translation>Đơn vị &amp;hành chính…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="319"/>
        <source>&amp;Indicators…</source>
        <translation>Chỉ tiêu &amp;báo cáo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="320"/>
        <source>&amp;About PCMD</source>
        <translation>&amp;Giới thiệu PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="328"/>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="332"/>
        <source>Home unit: {unit}</source>
        <translation>Đơn vị quản lý: {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="333"/>
        <source>not chosen</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="334"/>
        <source>Database: {name}</source>
        <translation>Cơ sở dữ liệu: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="424"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="427"/>
        <source>Backup written: {path}</source>
        <translation>Đã sao lưu: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="430"/>
        <source>About PCMD</source>
        <translation>Giới thiệu PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="430"/>
        <source>PCMD {version}
Records of the prostitution-prevention programme: outreach, training, inspections, cases and hotspots, support and models, with reports and Excel exchange.</source>
        <translation>PCMD {version}
Quản lý số liệu chương trình phòng, chống mại dâm: tuyên truyền, tập huấn, kiểm tra, vụ việc và tụ điểm, hỗ trợ và mô hình, kèm báo cáo và trao đổi dữ liệu bằng Excel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="450"/>
        <source>Import workbooks</source>
        <translation>Nhập tệp Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="27"/>
        <source>Outreach</source>
        <translation>Tuyên truyền</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="29"/>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="31"/>
        <source>Inspections</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="33"/>
        <source>Cases and hotspots</source>
        <translation>Vụ việc, tụ điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="35"/>
        <source>Support</source>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="37"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Reports are not available in this build.</source>
        <translation type="vanished">Phiên bản này chưa có chức năng báo cáo.</translation>
    </message>
    <message>
        <source>PCMD {version}
Records of the prostitution-prevention programme: outreach, training, inspections and support, with reports and Excel exchange.</source>
        <translation type="vanished">PCMD {version}
Quản lý số liệu chương trình phòng, chống mại dâm: tuyên truyền, tập huấn, kiểm tra và hỗ trợ, kèm báo cáo và trao đổi dữ liệu bằng Excel.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="vanished">Tệp Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MonthLockDialog</name>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="46"/>
        <source>Unlock a month</source>
        <translation>Mở khóa tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="46"/>
        <source>Lock a month</source>
        <translation>Khóa tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="52"/>
        <source>(until {date})</source>
        <translation>(đến {date})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="67"/>
        <source>Office:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="68"/>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="69"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="69"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="73"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="73"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="75"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="86"/>
        <location filename="../desktop/ui/trust_locks.py" line="110"/>
        <source>There is no office whose months you may lock.</source>
        <translation>Không có đơn vị nào bạn được khóa sổ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="99"/>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="100"/>
        <source>Locked months: {months}</source>
        <translation>Các tháng đã khóa: {months}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="120"/>
        <source>{month} is not locked.</source>
        <translation>Tháng {month} chưa bị khóa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="122"/>
        <source>{month} of {office} is unlocked: its {n} records can be changed again.</source>
        <translation>Đã mở khóa sổ tháng {month} của {office}: {n} hồ sơ của tháng này lại được sửa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="126"/>
        <source>Lock {month} of {office}? Nobody can then change, add or delete its records (in the forms or by import) until a manager unlocks it.</source>
        <translation>Khóa sổ tháng {month} của {office}? Sau khi khóa, không ai được sửa, thêm hay xóa hồ sơ của tháng này (trên biểu mẫu hay bằng nhập tệp) cho đến khi lãnh đạo mở khóa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="133"/>
        <source>{month} is already locked.</source>
        <translation>Tháng {month} đã được khóa từ trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="136"/>
        <source>{month} of {office} is locked: {n} records can no longer be changed.</source>
        <translation>Đã khóa sổ tháng {month} của {office}: {n} hồ sơ không còn sửa được.</translation>
    </message>
    <message>
        <source>Choose the home unit first.</source>
        <translation type="vanished">Hãy chọn đơn vị của mình trước.</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Outreach sessions</source>
        <translation type="vanished">Buổi truyền thông</translation>
    </message>
    <message>
        <source>Media items</source>
        <translation type="vanished">Tin, bài, phóng sự</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="47"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="47"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="47"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="47"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="48"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="48"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/record_form.py" line="309"/>
        <source>View: {what}</source>
        <translation>Xem: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="311"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="313"/>
        <source>New: {what}</source>
        <translation>Thêm mới: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="315"/>
        <source>Edit: {what}</source>
        <translation>Sửa: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="322"/>
        <source>Save and &amp;new</source>
        <translation>Lưu và &amp;thêm tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="323"/>
        <source>Save, then start the next record (Ctrl+Enter)</source>
        <translation>Lưu rồi nhập bản ghi tiếp theo (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="494"/>
        <source>Save the changes to this record?</source>
        <translation>Lưu các thay đổi của bản ghi này?</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="197"/>
        <source>&amp;New</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="198"/>
        <source>New record (Ctrl+N)</source>
        <translation>Thêm bản ghi (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="200"/>
        <source>Add &amp;officers…</source>
        <translation>Thêm &amp;cán bộ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="201"/>
        <source>Tick many officers for the class (Ctrl+G)</source>
        <translation>Đánh dấu nhiều cán bộ tham dự lớp cùng lúc (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="203"/>
        <source>&amp;Many rows…</source>
        <translation>&amp;Nhiều dòng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="204"/>
        <source>Type many new records in a grid, as in a sheet (Ctrl+G)</source>
        <translation>Nhập nhiều bản ghi mới trên một bảng, như trên bảng tính (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="206"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="207"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="231"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="237"/>
        <source>{what}: choose a record above</source>
        <translation>{what}: hãy chọn một dòng ở danh sách trên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="240"/>
        <source>{what}: loading…</source>
        <translation>{what}: đang tải…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="243"/>
        <source>{what}: {count} records</source>
        <translation>{what}: {count} bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="246"/>
        <source>(updating…)</source>
        <translation>(đang cập nhật…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="249"/>
        <source>{n} selected</source>
        <translation>đã chọn {n}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="462"/>
        <source>Select at most {n} records to delete at once.</source>
        <translation>Mỗi lần chỉ xóa được tối đa {n} bản ghi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="467"/>
        <source>Delete this record?
{summary}</source>
        <translation>Xóa bản ghi này?
{summary}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="470"/>
        <source>Delete these {n} records?</source>
        <translation>Xóa {n} bản ghi này?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="472"/>
        <source>(Ctrl+Z undoes it.)</source>
        <translation>(Ctrl+Z để hoàn tác.)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="510"/>
        <source>Deleting {n} records…</source>
        <translation>Đang xóa {n} bản ghi…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="538"/>
        <source>Nothing was deleted: {n} of the {total} records may not be deleted. {record}: {reason}</source>
        <translation>Chưa xóa bản ghi nào: {n} trong số {total} bản ghi không được xóa. {record}: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../desktop/ui/table_models.py" line="178"/>
        <source>Loading the list…</source>
        <translation>Đang tải danh sách…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_models.py" line="350"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_models.py" line="350"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="123"/>
        <source>until {date}</source>
        <translation>đến {date}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="154"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="155"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="156"/>
        <source>Home unit</source>
        <translation>Đơn vị quản lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="157"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="158"/>
        <source>Data and backups</source>
        <translation>Dữ liệu và sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="159"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="160"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="161"/>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="162"/>
        <location filename="../desktop/ui/settings_dialog.py" line="163"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="164"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="165"/>
        <source>Names printed on reports</source>
        <translation>Thông tin in trên báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="167"/>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="168"/>
        <source>Agency</source>
        <translation>Cơ quan báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="169"/>
        <source>Abbreviation (No.: …/BC-…)</source>
        <translation>Chữ viết tắt (Số: …/BC-…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="170"/>
        <source>Place (for the date line)</source>
        <translation>Địa danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="171"/>
        <source>Prepared by</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="172"/>
        <source>Signer&apos;s title</source>
        <translation>Chức danh người ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="173"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="177"/>
        <source>Reporting deadlines</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="179"/>
        <source>Monthly figures due by day (of the next month)</source>
        <translation>Số liệu tháng nộp trước ngày (của tháng sau)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="181"/>
        <source>Year-end report due by (day/month)</source>
        <translation>Báo cáo tổng kết năm nộp trước ngày (ngày/tháng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="200"/>
        <source>Backup written: {path}</source>
        <translation>Đã sao lưu: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="205"/>
        <source>The backup failed: {error}</source>
        <translation>Sao lưu không thành công: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="207"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="218"/>
        <source>Monthly figures due by day: write a day from 1 to 28.</source>
        <translation>Hạn nộp số liệu tháng: hãy nhập một ngày từ 1 đến 28.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="221"/>
        <source>Year-end report due by: write a day and month such as 15/12.</source>
        <translation>Hạn nộp báo cáo tổng kết năm: hãy nhập ngày và tháng, ví dụ 15/12.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="38"/>
        <location filename="../desktop/ui/trust_signin.py" line="51"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="46"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="47"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="52"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="118"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks.py" line="140"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../desktop/ui/training_tab.py" line="77"/>
        <source>Classes and attendance</source>
        <translation>Lớp tập huấn và học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_tab.py" line="78"/>
        <source>Officers</source>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>TrustMenu</name>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="40"/>
        <source>&amp;Administration</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="43"/>
        <source>Users…</source>
        <translation>Người dùng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="44"/>
        <source>Lock month…</source>
        <translation>Khóa tháng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="45"/>
        <source>Unlock month…</source>
        <translation>Mở khóa tháng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="46"/>
        <source>Audit trail…</source>
        <translation>Nhật ký thay đổi…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="47"/>
        <source>Back up now…</source>
        <translation>Sao lưu ngay…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="48"/>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="120"/>
        <source>Your role ({role}) does not allow this; ask a manager or an administrator.</source>
        <translation>Vai trò của bạn ({role}) không được làm việc này; hãy đề nghị lãnh đạo hoặc quản trị viên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="161"/>
        <source>Back up the data</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="163"/>
        <location filename="../desktop/ui/trust_menu.py" line="192"/>
        <source>PCMD backup (*.sqlite)</source>
        <translation>Bản sao lưu PCMD (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="176"/>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="177"/>
        <source>Backup saved: {path}</source>
        <translation>Đã lưu bản sao lưu: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="181"/>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="191"/>
        <source>Restore a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="196"/>
        <location filename="../desktop/ui/trust_menu.py" line="227"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="197"/>
        <source>Replace ALL current data with the backup {path}? A safety copy of the current data is kept in the backups folder.</source>
        <translation>Thay TOÀN BỘ dữ liệu hiện tại bằng bản sao lưu {path}? Một bản sao an toàn của dữ liệu hiện tại sẽ được giữ trong thư mục sao lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="224"/>
        <source>The backup was restored.</source>
        <translation>Đã khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="226"/>
        <source>The previous data were kept in {path}.</source>
        <translation>Dữ liệu trước đó được giữ tại {path}.</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../desktop/ui/undo.py" line="65"/>
        <source>Undo the deletion ({what}, {n})</source>
        <translation>Hoàn tác việc xóa ({what}, {n})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="67"/>
        <source>Undo the paste ({what}, {n} rows)</source>
        <translation>Hoàn tác việc dán ({what}, {n} dòng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="69"/>
        <source>Undo the rows saved ({what}, {n})</source>
        <translation>Hoàn tác các dòng đã lưu ({what}, {n})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="71"/>
        <source>Undo the restore ({what}, {n})</source>
        <translation>Hoàn tác việc khôi phục ({what}, {n})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="72"/>
        <source>Undo the save ({what})</source>
        <translation>Hoàn tác lần lưu ({what})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="81"/>
        <source>The deletion was undone ({what}, {n}).</source>
        <translation>Đã hoàn tác việc xóa ({what}, {n}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="83"/>
        <source>The paste was undone ({what}, {n} rows).</source>
        <translation>Đã hoàn tác việc dán ({what}, {n} dòng).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="85"/>
        <source>The rows saved were undone ({what}, {n}).</source>
        <translation>Đã hoàn tác các dòng đã lưu ({what}, {n}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="87"/>
        <source>The restore was undone ({what}, {n}).</source>
        <translation>Đã hoàn tác việc khôi phục ({what}, {n}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="88"/>
        <source>The save was undone ({what}).</source>
        <translation>Đã hoàn tác việc lưu ({what}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="201"/>
        <source>Undoing: {n} records…</source>
        <translation>Đang hoàn tác: {n} hồ sơ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="213"/>
        <source>Undoing: {done} of {total} records…</source>
        <translation>Đang hoàn tác: {done}/{total} hồ sơ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="229"/>
        <source>nothing was undone: {n} of the {total} records may not be changed. {record}: {reason}</source>
        <translation>chưa hoàn tác bản ghi nào: {n} trong số {total} bản ghi không được sửa. {record}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="233"/>
        <source>Cannot undo: {reason}</source>
        <translation>Không hoàn tác được: {reason}</translation>
    </message>
</context>
<context>
    <name>UnitBrowser</name>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="45"/>
        <source>city</source>
        <translation>thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="45"/>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="46"/>
        <source>district</source>
        <translation>quận, huyện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="46"/>
        <source>commune</source>
        <translation>xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="58"/>
        <source>(part)</source>
        <translation>(một phần)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="79"/>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="80"/>
        <source>Search by name or code (accents optional)…</source>
        <translation>Tìm theo tên hoặc mã (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="82"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="82"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="82"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="82"/>
        <source>Part of</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="83"/>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="83"/>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="83"/>
        <source>Replaced by (2025)</source>
        <translation>Sáp nhập vào (2025)</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="37"/>
        <source>New user</source>
        <translation>Người dùng mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="52"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="53"/>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="54"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="55"/>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="56"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="59"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="60"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="84"/>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="87"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="87"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="87"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="87"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="88"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="92"/>
        <source>Sign-in is required once a user exists. The first user must be an administrator.</source>
        <translation>Khi đã có người dùng, phải đăng nhập để sử dụng. Người dùng đầu tiên phải là quản trị viên.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="96"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="96"/>
        <source>Set password…</source>
        <translation>Đặt mật khẩu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="97"/>
        <source>Change role…</source>
        <translation>Đổi vai trò…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="98"/>
        <source>Activate / deactivate</source>
        <translation>Kích hoạt / ngừng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="103"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="120"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="120"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="146"/>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="146"/>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="155"/>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="155"/>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/ui/app.py" line="99"/>
        <source>Daily backup…</source>
        <translation>Đang sao lưu hằng ngày…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../desktop/ui/errors.py" line="22"/>
        <source>PCMD</source>
        <translation>PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="43"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="44"/>
        <source>Something went wrong ({error}). Your saved data is safe; the action that failed was not completed.</source>
        <translation>Đã xảy ra sự cố ({error}). Dữ liệu đã lưu vẫn an toàn; thao tác bị lỗi chưa được thực hiện.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="46"/>
        <source>Details were written to {log}.</source>
        <translation>Chi tiết đã được ghi vào {log}.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Date</source>
        <translation type="vanished">Ngày</translation>
    </message>
    <message>
        <source>Commune/ward</source>
        <translation type="vanished">Xã/phường</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="vanished">Hình thức</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Tiêu đề</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="vanished">Địa điểm</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="vanished">Chủ đề</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="vanished">Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="vanished">Đối tượng</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="vanished">Số người tham dự</translation>
    </message>
    <message>
        <source>of whom women</source>
        <translation type="vanished">trong đó nữ</translation>
    </message>
    <message>
        <source>Documents handed out</source>
        <translation type="vanished">Số tài liệu phát</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation type="vanished">Số tờ rơi phát</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Ghi chú</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Loại</translation>
    </message>
    <message>
        <source>Outlet, channel</source>
        <translation type="vanished">Cơ quan, kênh đăng phát</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">Số lượng</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="vanished">Đến ngày</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation type="vanished">Tên lớp</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="vanished">Cấp</translation>
    </message>
    <message>
        <source>Trainees (groups)</source>
        <translation type="vanished">Đối tượng học viên</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="vanished">Số học viên</translation>
    </message>
    <message>
        <source>Officer code</source>
        <translation type="vanished">Mã cán bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="vanished">Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="vanished">Chức vụ</translation>
    </message>
    <message>
        <source>Member of Team 178</source>
        <translation type="vanished">Thành viên Đội 178</translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="vanished">Đang công tác</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="vanished">Ngày bắt đầu công tác</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="vanished">Ngày thôi công tác</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="vanished">Lớp</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="vanished">Cán bộ</translation>
    </message>
    <message>
        <source>Establishment code</source>
        <translation type="vanished">Mã cơ sở</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Loại hình</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">Địa chỉ</translation>
    </message>
    <message>
        <source>Business registration no.</source>
        <translation type="vanished">Số đăng ký kinh doanh</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">Chủ cơ sở</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Điện thoại</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="vanished">Số lao động</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Tình trạng</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="vanished">Ngày bắt đầu hoạt động</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="vanished">Ngày ngừng hoạt động</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="vanished">Cơ sở</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation type="vanished">Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="vanished">Theo kế hoạch</translation>
    </message>
    <message>
        <source>Violation found</source>
        <translation type="vanished">Phát hiện vi phạm</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="vanished">Hành vi vi phạm</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="vanished">Hình thức xử lý</translation>
    </message>
    <message>
        <source>Fine (VND)</source>
        <translation type="vanished">Tiền phạt (đồng)</translation>
    </message>
    <message>
        <source>Buyers sanctioned</source>
        <translation type="vanished">Số người mua dâm bị xử lý</translation>
    </message>
    <message>
        <source>Sellers sanctioned</source>
        <translation type="vanished">Số người bán dâm bị xử lý</translation>
    </message>
    <message>
        <source>Criminal cases</source>
        <translation type="vanished">Số vụ án hình sự</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="vanished">Tháng</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="vanished">Hoạt động</translation>
    </message>
    <message>
        <source>People supported</source>
        <translation type="vanished">Số người được hỗ trợ</translation>
    </message>
    <message>
        <source>of whom reintegrated</source>
        <translation type="vanished">trong đó tái hòa nhập cộng đồng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">Năm</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="vanished">Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Giá trị</translation>
    </message>
</context>
<context>
    <name>record_types</name>
    <message>
        <source>Outreach session</source>
        <translation type="vanished">Buổi truyền thông</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation type="vanished">Tin, bài truyền thông</translation>
    </message>
    <message>
        <source>Training class</source>
        <translation type="vanished">Lớp tập huấn</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="vanished">Cán bộ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="vanished">Tham gia tập huấn</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="vanished">Cơ sở kinh doanh</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="vanished">Kiểm tra</translation>
    </message>
    <message>
        <source>Support figures</source>
        <translation type="vanished">Số liệu hỗ trợ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Chỉ tiêu kế hoạch</translation>
    </message>
</context>
</TS>
