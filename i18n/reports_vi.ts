<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="23"/>
        <source>print the standard reports</source>
        <translation>in các báo cáo theo mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="24"/>
        <source>the standard table: one row per unit directly under CODE</source>
        <translation>biểu tổng hợp theo mẫu: mỗi dòng một đơn vị trực thuộc CODE</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="25"/>
        <source>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020</source>
        <translation>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 hoặc 2016..2020</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="26"/>
        <source>unit code (default: the home unit)</source>
        <translation>mã đơn vị (mặc định: đơn vị quản lý)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="27"/>
        <source>output format</source>
        <translation>định dạng kết quả</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="28"/>
        <source>output file; for json, &apos;-&apos; or nothing prints to standard output</source>
        <translation>tệp kết quả; với json, &apos;-&apos; hoặc bỏ trống thì in ra màn hình</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="36"/>
        <source>--period: “{spec}” is not a period; use 2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020.</source>
        <translation>--period: “{spec}” không phải là kỳ báo cáo; hãy dùng 2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 hoặc 2016..2020.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="47"/>
        <source>--unit: no home unit is set; give a unit code.</source>
        <translation>--unit: chưa chọn đơn vị quản lý; hãy nhập mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="51"/>
        <source>--unit: no unit has code {code}.</source>
        <translation>--unit: không có đơn vị nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="62"/>
        <source>--out: a file name is needed for the {fmt} format.</source>
        <translation>--out: cần nhập tên tệp cho định dạng {fmt}.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../desktop/reports/document.py" line="91"/>
        <source>I. Summary of {unit}</source>
        <translation>I. Tổng hợp chung của {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="92"/>
        <location filename="../desktop/reports/document.py" line="102"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="92"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="92"/>
        <source>This period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="92"/>
        <source>Since 1 January</source>
        <translation>Lũy kế từ đầu năm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="93"/>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="93"/>
        <source>Change (%)</source>
        <translation>So với cùng kỳ (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="93"/>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="102"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="105"/>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="117"/>
        <source>yes</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="117"/>
        <source>not yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="119"/>
        <source>II. By unit, this period ({part}/{parts})</source>
        <translation>II. Chi tiết theo đơn vị, kỳ báo cáo ({part}/{parts})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="129"/>
        <source>III. Summary</source>
        <translation>III. Đánh giá chung</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="132"/>
        <source>Communes and wards not yet reached: {names}.</source>
        <translation>Các xã, phường chưa được tuyên truyền: {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="136"/>
        <source>Shaded cells are below the target of the plan.</source>
        <translation>Ô tô nền xám là chỉ tiêu chưa đạt kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="142"/>
        <source>Unit: {unit} ({code})</source>
        <translation>Đơn vị: {unit} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="144"/>
        <source>FINAL</source>
        <translation>BẢN CHÍNH THỨC</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="144"/>
        <source>DRAFT</source>
        <translation>BẢN DỰ THẢO</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="147"/>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="149"/>
        <source>HEAD OF OFFICE</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="151"/>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="152"/>
        <source>- As above;</source>
        <translation>- Như trên;</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="152"/>
        <source>- Filed: office records.</source>
        <translation>- Lưu: VT.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="153"/>
        <source>(Signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../desktop/reports/labels.py" line="56"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="89"/>
        <source>Figures of units that were split are regrouped approximately onto one receiving unit: {units}.</source>
        <translation>Số liệu của các đơn vị bị chia tách được ghép gần đúng vào một đơn vị tiếp nhận: {units}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="94"/>
        <source>No new unit is known yet for {units}: their figures are counted on the row “{row}”.</source>
        <translation>Chưa xác định đơn vị mới của {units}: số liệu được tính ở dòng “{row}”.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="100"/>
        <source>Records without a commune (media, training held by the office) are counted on the row “{row}”.</source>
        <translation>Số liệu không gắn với xã, phường (truyền thông, tập huấn do cơ quan tổ chức) được tính ở dòng “{row}”.</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../desktop/reports/summary.py" line="28"/>
        <source>{period}, {unit}:</source>
        <translation>{period}, {unit}:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="30"/>
        <source>Held {sessions} outreach sessions with {participants} participants (of whom {women} women); handed out {documents} documents and {leaflets} leaflets.</source>
        <translation>Tổ chức {sessions} buổi tuyên truyền với {participants} lượt người tham gia (trong đó {women} lượt nữ); phát {documents} tài liệu và {leaflets} tờ gấp, tờ rơi.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="36"/>
        <source>Published {pages} special pages and series, {articles} articles and {news} news items; the website had {visits} visits.</source>
        <translation>Đăng tải {pages} chuyên trang, chuyên đề, {articles} bài viết và {news} tin; trang thông tin điện tử có {visits} lượt truy cập.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="42"/>
        <source>{reached} of {total} communes and wards were reached ({pct}%).</source>
        <translation>{reached}/{total} xã, phường được tuyên truyền (đạt {pct}%).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="45"/>
        <source>Organised {classes} training classes with {trainees} trainees; {trained} of {officers} officers have been trained in the programme period.</source>
        <translation>Tổ chức {classes} lớp tập huấn với {trainees} lượt học viên; {trained}/{officers} cán bộ đã được tập huấn trong giai đoạn.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="50"/>
        <source>Carried out {inspections} inspections ({planned} planned, {unannounced} unannounced) of {inspected} establishments out of {establishments}; {violating} establishments were in violation and fined {fines} dong in all.</source>
        <translation>Kiểm tra {inspections} lượt ({planned} lượt theo kế hoạch, {unannounced} lượt đột xuất) tại {inspected}/{establishments} cơ sở; phát hiện {violating} cơ sở vi phạm, phạt tiền tổng cộng {fines} đồng.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="59"/>
        <source>Sanctioned {buyers} buyers and {sellers} sellers; sent {cases} criminal cases to the procuracy.</source>
        <translation>Xử lý hành chính {buyers} người mua dâm và {sellers} người bán dâm; chuyển {cases} vụ án hình sự sang Viện kiểm sát.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="64"/>
        <source>Supported {people} people, of whom {reintegrated} reintegrated into the community.</source>
        <translation>Hỗ trợ {people} người, trong đó {reintegrated} người tái hòa nhập cộng đồng.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="68"/>
        <source>Cumulative since 1 January: {sessions} outreach sessions with {participants} participants, {inspections} inspections.</source>
        <translation>Lũy kế từ đầu năm: {sessions} buổi tuyên truyền với {participants} lượt người tham gia, {inspections} lượt kiểm tra.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="21"/>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="22"/>
        <source>Standard table (monthly)</source>
        <translation>Biểu tổng hợp theo mẫu (hằng tháng)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="23"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="24"/>
        <source>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020</source>
        <translation>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 hoặc 2016..2020</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="25"/>
        <source>Unit code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="26"/>
        <source>Show report</source>
        <translation>Xem báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="27"/>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="28"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="29"/>
        <source>Save Excel…</source>
        <translation>Lưu Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="30"/>
        <source>Monthly trend</source>
        <translation>Diễn biến theo tháng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="31"/>
        <source>Communes not yet reached</source>
        <translation>Xã, phường chưa đạt</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="32"/>
        <source>Written summary</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="33"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="34"/>
        <source>Preparing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="35"/>
        <source>final</source>
        <translation>bản chính thức</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="36"/>
        <source>draft</source>
        <translation>bản dự thảo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="37"/>
        <source>Not reached by outreach</source>
        <translation>Chưa được tuyên truyền</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="38"/>
        <source>No officer trained</source>
        <translation>Chưa có cán bộ được tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="39"/>
        <source>No establishment inspected</source>
        <translation>Chưa có cơ sở được kiểm tra</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="40"/>
        <source>Monthly trend since 1 January</source>
        <translation>Diễn biến theo tháng từ đầu năm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="41"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="42"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="43"/>
        <source>Save Excel</source>
        <translation>Lưu Excel</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="44"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="45"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="46"/>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="47"/>
        <source>yes</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="48"/>
        <source>not yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="49"/>
        <source>Since 1 January: {ytd}; same period last year: {last}</source>
        <translation>Lũy kế từ đầu năm: {ytd}; cùng kỳ năm trước: {last}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="50"/>
        <source>target: {t}</source>
        <translation>kế hoạch: {t}</translation>
    </message>
</context>
</TS>
