<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="24"/>
        <source>print the standard reports</source>
        <translation>in các báo cáo theo mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="25"/>
        <source>the standard table: one row per unit directly under CODE</source>
        <translation>biểu tổng hợp theo mẫu: mỗi dòng một đơn vị trực thuộc CODE</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="26"/>
        <source>03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 2024-9M, 2024 or 2016..2020</source>
        <translation>03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 hoặc 2016-2020</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="27"/>
        <source>the year-end report (also 6 months or a programme period): Word, PDF, the statistical form as Excel, or JSON</source>
        <translation>báo cáo tổng kết năm (cả báo cáo 6 tháng, cả giai đoạn): Word, PDF, biểu thống kê dạng Excel hoặc JSON</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="29"/>
        <source>2026, 2026-H1, 6 tháng đầu năm 2026, 2026-9M or 2021..2025</source>
        <translation>2026, 2026-H1, 6 tháng đầu năm 2026, 9 tháng năm 2026 hoặc 2021-2025</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="30"/>
        <source>sign the PDF with this PKCS#12 certificate (password from PCMD_SIGN_PASSWORD, else asked)</source>
        <translation>ký số tệp PDF bằng chứng thư số PKCS#12 này (mật khẩu lấy từ PCMD_SIGN_PASSWORD, nếu không có thì hỏi)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="32"/>
        <source>sign the PDF with a token through this PKCS#11 library (PIN from PCMD_SIGN_PIN, else asked)</source>
        <translation>ký số tệp PDF bằng USB token qua thư viện PKCS#11 này (mã PIN lấy từ PCMD_SIGN_PIN, nếu không có thì hỏi)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="34"/>
        <source>label of the token to use (default: the first one)</source>
        <translation>tên của token cần dùng (mặc định: token đầu tiên)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="35"/>
        <source>unit code (default: the home unit)</source>
        <translation>mã đơn vị (mặc định: đơn vị quản lý)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="36"/>
        <source>output format</source>
        <translation>định dạng kết quả</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="37"/>
        <source>output file; for json, &apos;-&apos; or nothing prints to standard output</source>
        <translation>tệp kết quả; với json, &apos;-&apos; hoặc bỏ trống thì in ra màn hình</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="46"/>
        <source>“{spec}” is not a reporting period; write it as 03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 or 2016-2020.</source>
        <translation>“{spec}” không phải là kỳ báo cáo; hãy nhập theo dạng 03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 hoặc 2016-2020.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="55"/>
        <source>A year-end report covers a year, a programme period, 6 or 9 months; “{spec}” is a shorter period: use the monthly report for it.</source>
        <translation>Báo cáo tổng kết dùng cho một năm, một giai đoạn, 6 tháng hoặc 9 tháng; “{spec}” là kỳ ngắn hơn: hãy dùng báo cáo tháng.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="81"/>
        <source>Only a PDF can be signed: add --format pdf.</source>
        <translation>Chỉ ký số được tệp PDF: hãy thêm --format pdf.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="85"/>
        <source>Password of the certificate: </source>
        <translation>Mật khẩu của chứng thư số: </translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="89"/>
        <source>PIN of the token: </source>
        <translation>Mã PIN của token: </translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="99"/>
        <source>No home unit is set; give a unit code.</source>
        <translation>Chưa đặt đơn vị quản lý; hãy nhập mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="104"/>
        <source>No unit has code {code}.</source>
        <translation>Không có đơn vị nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="122"/>
        <source>{unit} (code {code}) existed only until {end}; there is no such unit in {period}: choose a unit of that time or of today.</source>
        <translation>{unit} (mã {code}) chỉ tồn tại đến ngày {end}; {period} không có đơn vị này: hãy chọn một đơn vị của thời kỳ đó hoặc đơn vị hiện nay.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="134"/>
        <source>{period} has not begun yet (today is {today}): choose a period that has begun.</source>
        <translation>{period} chưa bắt đầu (hôm nay là ngày {today}): hãy chọn một kỳ báo cáo đã bắt đầu.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="146"/>
        <source>--out: a file name is needed for the {fmt} format.</source>
        <translation>--out: cần nhập tên tệp cho định dạng {fmt}.</translation>
    </message>
    <message>
        <source>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020</source>
        <translation type="vanished">2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 hoặc 2016..2020</translation>
    </message>
    <message>
        <source>--period: “{spec}” is not a period; use 2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020.</source>
        <translation type="vanished">--period: “{spec}” không phải là kỳ báo cáo; hãy dùng 2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 hoặc 2016..2020.</translation>
    </message>
    <message>
        <source>--unit: no home unit is set; give a unit code.</source>
        <translation type="vanished">--unit: chưa chọn đơn vị quản lý; hãy nhập mã đơn vị.</translation>
    </message>
    <message>
        <source>--unit: no unit has code {code}.</source>
        <translation type="vanished">--unit: không có đơn vị nào mang mã {code}.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../desktop/reports/document.py" line="110"/>
        <location filename="../desktop/reports/document.py" line="129"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="110"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="110"/>
        <source>This period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="110"/>
        <source>Since 1 January</source>
        <translation>Lũy kế từ đầu năm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="111"/>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="111"/>
        <source>Change (%)</source>
        <translation>So với cùng kỳ (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="111"/>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="114"/>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="129"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="132"/>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="139"/>
        <source>yes</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="139"/>
        <source>not yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="143"/>
        <source>II. By unit, this period ({part}/{parts})</source>
        <translation>II. Chi tiết theo đơn vị, kỳ báo cáo ({part}/{parts})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="147"/>
        <source>By unit {part}-{parts}</source>
        <translation>Theo đơn vị {part}-{parts}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="160"/>
        <source>Unit: {unit} ({code})</source>
        <translation>Đơn vị: {unit} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="161"/>
        <source>FINAL</source>
        <translation>BẢN CHÍNH THỨC</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="161"/>
        <source>DRAFT</source>
        <translation>BẢN DỰ THẢO</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="163"/>
        <source>I. Summary of {unit}</source>
        <translation>I. Tổng hợp chung của {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="168"/>
        <source>III. Summary</source>
        <translation>III. Đánh giá chung</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="172"/>
        <source>Communes and wards not yet reached: {names}.</source>
        <translation>Các xã, phường chưa được tuyên truyền: {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="176"/>
        <source>Shaded cells are below the target of the plan.</source>
        <translation>Ô tô nền xám là chỉ tiêu chưa đạt kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="182"/>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="185"/>
        <source>(Signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="186"/>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="188"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>HEAD OF OFFICE</source>
        <translation type="vanished">THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>- As above;</source>
        <translation type="vanished">- Như trên;</translation>
    </message>
    <message>
        <source>- Filed: office records.</source>
        <translation type="vanished">- Lưu: VT.</translation>
    </message>
</context>
<context>
    <name>ReportIndicators</name>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="17"/>
        <source>Outreach and media</source>
        <translation>Tuyên truyền, truyền thông</translation>
    </message>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="21"/>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="24"/>
        <source>Inspections and sanctions</source>
        <translation>Kiểm tra, xử lý vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="29"/>
        <source>Support and reintegration</source>
        <translation>Hỗ trợ, tái hòa nhập cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="33"/>
        <source>Other figures</source>
        <translation>Số liệu khác</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../desktop/reports/labels.py" line="79"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="114"/>
        <source>Records without a commune (media, training held by the office) are counted on the row “{row}”.</source>
        <translation>Số liệu không gắn với xã, phường (truyền thông, tập huấn do cơ quan tổ chức) được tính ở dòng “{row}”.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="127"/>
        <source>Figures of {count} units that were split are regrouped approximately onto one receiving unit ({units} and {more} more).</source>
        <translation>Số liệu của {count} đơn vị bị chia tách được ghép gần đúng vào một đơn vị mới tiếp nhận ({units} và {more} đơn vị khác).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="133"/>
        <source>Figures of units that were split are regrouped approximately onto one receiving unit: {units}.</source>
        <translation>Số liệu của các đơn vị bị chia tách được ghép gần đúng vào một đơn vị mới tiếp nhận: {units}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="141"/>
        <source>No new unit is known yet for {count} units ({units} and {more} more): their figures are counted on the row “{row}”.</source>
        <translation>Chưa xác định đơn vị mới của {count} đơn vị ({units} và {more} đơn vị khác): số liệu được tính ở dòng “{row}”.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="147"/>
        <source>No new unit is known yet for {units}: their figures are counted on the row “{row}”.</source>
        <translation>Chưa xác định đơn vị mới của {units}: số liệu được tính ở dòng “{row}”.</translation>
    </message>
</context>
<context>
    <name>ReportLetterhead</name>
    <message>
        <location filename="../desktop/reports/letterhead.py" line="131"/>
        <source>No.: {number}/BC-{abbr}</source>
        <translation>Số: {number}/BC-{abbr}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/letterhead.py" line="132"/>
        <source>No.: {number}/BC</source>
        <translation>Số: {number}/BC</translation>
    </message>
    <message>
        <location filename="../desktop/reports/letterhead.py" line="142"/>
        <source>- As above;</source>
        <translation>- Như trên;</translation>
    </message>
    <message>
        <location filename="../desktop/reports/letterhead.py" line="147"/>
        <source>- Filed: VT.</source>
        <translation>- Lưu: VT.</translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message>
        <location filename="../desktop/reports/signing.py" line="96"/>
        <source>The token holds no certificate for its signing key.</source>
        <translation>Token không có chứng thư số đi kèm khóa ký.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="103"/>
        <source>The certificate of {name} expired on {date}: sign with a valid certificate.</source>
        <translation>Chứng thư số của {name} đã hết hạn ngày {date}: hãy ký bằng chứng thư số còn hiệu lực.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="106"/>
        <source>The certificate of {name} is valid only from {date}.</source>
        <translation>Chứng thư số của {name} chỉ có hiệu lực từ ngày {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="111"/>
        <source>Signed digitally by: {name}</source>
        <translation>Ký số bởi: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="112"/>
        <source>Time: {time}</source>
        <translation>Thời gian: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="122"/>
        <source>The certificate file {path} does not exist.</source>
        <translation>Không có tệp chứng thư số {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="126"/>
        <source>The certificate file {path} could not be read.</source>
        <translation>Không đọc được tệp chứng thư số {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="133"/>
        <source>The certificate file {path} is damaged or is not a PKCS#12 certificate (.p12, .pfx).</source>
        <translation>Tệp {path} bị hỏng hoặc không phải là chứng thư số PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="135"/>
        <source>The password of the certificate file {path} is wrong.</source>
        <translation>Mật khẩu của tệp chứng thư số {path} không đúng.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="138"/>
        <source>The certificate file {path} could not be opened: the password is wrong or the file is not a PKCS#12 certificate.</source>
        <translation>Không mở được tệp chứng thư số {path}: mật khẩu sai hoặc tệp không phải chứng thư số PKCS#12.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="142"/>
        <source>The certificate file {path} holds no signing key with its certificate.</source>
        <translation>Tệp chứng thư số {path} không có khóa ký kèm chứng thư.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="154"/>
        <source>Signing with a token needs the python-pkcs11 package, which is not installed.</source>
        <translation>Ký số bằng token cần gói python-pkcs11, nhưng gói này chưa được cài đặt.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="157"/>
        <source>The token&apos;s PKCS#11 library {path} does not exist.</source>
        <translation>Không có thư viện PKCS#11 của token tại {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="162"/>
        <source>{path} could not be loaded: it is not a token&apos;s PKCS#11 library, or not one made for this computer.</source>
        <translation>Không nạp được {path}: tệp này không phải là thư viện PKCS#11 của token, hoặc không dùng được trên máy này.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="166"/>
        <source>No token named “{label}” was found: plug it in, or check its label.</source>
        <translation>Không tìm thấy token “{label}”: hãy cắm token vào máy hoặc kiểm tra lại tên token.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="168"/>
        <source>No token was found: plug it in and try again.</source>
        <translation>Không tìm thấy token nào: hãy cắm token vào máy rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="173"/>
        <source>The token refused the PIN.</source>
        <translation>Token không chấp nhận mã PIN.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="175"/>
        <source>The token&apos;s PIN is locked or has expired: unlock it with the provider&apos;s tool.</source>
        <translation>Mã PIN của token đã bị khóa hoặc hết hạn: hãy mở khóa bằng phần mềm của nhà cung cấp.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="183"/>
        <source>The token could not be opened; check that it is plugged in and try again.</source>
        <translation>Không mở được token; hãy kiểm tra token đã được cắm vào máy chưa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="198"/>
        <source>The token holds no signing key.</source>
        <translation>Token không có khóa ký số.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="225"/>
        <source>The PDF could not be signed: the certificate or the token refused to sign. Nothing was written.</source>
        <translation>Không ký được tệp PDF: chứng thư số hoặc token từ chối ký. Chưa có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The token could not be opened ({reason}); check that it is plugged in.</source>
        <translation type="vanished">Không mở được token ({reason}); hãy kiểm tra token đã được cắm vào máy chưa.</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../desktop/reports/summary.py" line="31"/>
        <source>{period}, {unit}:</source>
        <translation>{period}, {unit}:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="33"/>
        <source>Held {sessions} outreach sessions with {participants} participants (of whom {women} women); handed out {documents} documents and {leaflets} leaflets.</source>
        <translation>Tổ chức {sessions} buổi tuyên truyền với {participants} lượt người tham gia (trong đó {women} lượt nữ); phát {documents} tài liệu và {leaflets} tờ gấp, tờ rơi.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="39"/>
        <source>Published {pages} special pages and series, {articles} articles and {news} news items; the website had {visits} visits.</source>
        <translation>Đăng tải {pages} chuyên trang, chuyên đề, {articles} bài viết và {news} tin; trang thông tin điện tử có {visits} lượt truy cập.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="45"/>
        <source>{reached} of {total} communes and wards were reached ({pct}%).</source>
        <translation>{reached}/{total} xã, phường được tuyên truyền (đạt {pct}%).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="48"/>
        <source>Organised {classes} training classes with {trainees} trainees; {trained} of {officers} officers have been trained in the programme period.</source>
        <translation>Tổ chức {classes} lớp tập huấn với {trainees} lượt học viên; {trained}/{officers} cán bộ đã được tập huấn trong giai đoạn.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="53"/>
        <source>Carried out {inspections} inspections ({planned} planned, {unannounced} unannounced) of {inspected} establishments out of {establishments}; {violating} establishments were in violation and fined {fines} dong in all.</source>
        <translation>Kiểm tra {inspections} lượt ({planned} lượt theo kế hoạch, {unannounced} lượt đột xuất) tại {inspected}/{establishments} cơ sở; phát hiện {violating} cơ sở vi phạm, phạt tiền tổng cộng {fines} đồng.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="62"/>
        <source>Sanctioned {buyers} buyers and {sellers} sellers; sent {cases} criminal cases to the procuracy.</source>
        <translation>Xử lý hành chính {buyers} người mua dâm và {sellers} người bán dâm; chuyển {cases} vụ án hình sự sang Viện kiểm sát.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="67"/>
        <source>Supported {people} people, of whom {reintegrated} reintegrated into the community.</source>
        <translation>Hỗ trợ {people} người, trong đó {reintegrated} người tái hòa nhập cộng đồng.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="71"/>
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
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="51"/>
        <source>03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 or 2016-2020</source>
        <translation>03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 hoặc 2016-2020</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="52"/>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="53"/>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="54"/>
        <source>As typed</source>
        <translation>Tự nhập</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="55"/>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="56"/>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="57"/>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="58"/>
        <source>Change (%)</source>
        <translation>Tăng, giảm (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="59"/>
        <source>Choose the unit from the list.</source>
        <translation>Hãy chọn đơn vị trong danh sách.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="60"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="61"/>
        <source>Digital signature</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="62"/>
        <source>Digital signature of the PDF</source>
        <translation>Ký số tệp PDF</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="63"/>
        <source>Do not sign</source>
        <translation>Không ký số</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="64"/>
        <source>Document details</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="65"/>
        <source>Document details…</source>
        <translation>Thông tin văn bản…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="66"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="67"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="68"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="69"/>
        <source>Libraries (*.dll *.so *.dylib)</source>
        <translation>Thư viện (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="70"/>
        <source>Month / year</source>
        <translation>Chọn tháng, năm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="71"/>
        <source>Month {m}</source>
        <translation>Tháng {m}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="72"/>
        <source>Number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="73"/>
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="74"/>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="75"/>
        <source>Other recipients (one per line)</source>
        <translation>Nơi nhận khác (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="76"/>
        <source>PIN of the token:</source>
        <translation>Mã PIN của token:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="77"/>
        <source>PKCS#11 library</source>
        <translation>Thư viện PKCS#11</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="78"/>
        <source>Password of the certificate {file}:</source>
        <translation>Mật khẩu của chứng thư số {file}:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="79"/>
        <source>Prepared by</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="80"/>
        <source>Printed on the report</source>
        <translation>In trên báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="81"/>
        <source>Programme period</source>
        <translation>Cả giai đoạn</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="82"/>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="83"/>
        <source>Save Word</source>
        <translation>Lưu Word</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="84"/>
        <source>Save Word…</source>
        <translation>Lưu Word…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="85"/>
        <source>Save the form as Excel…</source>
        <translation>Lưu biểu thống kê (Excel)…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="86"/>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="87"/>
        <source>Sign with a USB token (PKCS#11)</source>
        <translation>Ký bằng USB token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="88"/>
        <source>Sign with a certificate file (.p12, .pfx)</source>
        <translation>Ký bằng tệp chứng thư số (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="89"/>
        <source>Signer&apos;s capacity</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="90"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="91"/>
        <source>Since 1 January</source>
        <translation>Lũy kế từ đầu năm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="92"/>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="93"/>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="94"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="95"/>
        <source>This period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="96"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="97"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="98"/>
        <source>To (one per line)</source>
        <translation>Kính gửi (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="99"/>
        <source>Token label:</source>
        <translation>Tên token:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="100"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="101"/>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="102"/>
        <source>Year-end report (also 6 months, programme period)</source>
        <translation>Báo cáo tổng kết (năm, 6 tháng, giai đoạn)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="103"/>
        <source>e.g. 03/2024 or Quý 1/2024</source>
        <translation>ví dụ 03/2024 hoặc Quý 1/2024</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="104"/>
        <source>left blank for the clerk to fill in</source>
        <translation>để trống cho văn thư điền</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="105"/>
        <source>the token&apos;s PKCS#11 library (.dll)</source>
        <translation>thư viện PKCS#11 của token (.dll)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="106"/>
        <source>{name} (until {date})</source>
        <translation>{name} (đến {date})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="107"/>
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="108"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Đã hủy: chưa lưu tệp nào.</translation>
    </message>
</context>
<context>
    <name>YearEndReport</name>
    <message>
        <location filename="../desktop/reports/year_end.py" line="94"/>
        <source>To: </source>
        <translation>Kính gửi: </translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="96"/>
        <source>To:</source>
        <translation>Kính gửi:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="109"/>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="113"/>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="129"/>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="131"/>
        <source>Results of prostitution prevention in {period} and tasks for {next}</source>
        <translation>Kết quả công tác phòng, chống mại dâm {period} và phương hướng, nhiệm vụ {next}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="135"/>
        <source>Draft: the figures of months not yet locked may still change.</source>
        <translation>Dự thảo: số liệu của các tháng chưa khóa sổ có thể còn thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="150"/>
        <source>The results of prostitution prevention in {period} in {area} are as follows:</source>
        <translation>Kết quả công tác phòng, chống mại dâm {period} trên địa bàn {area} như sau:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="152"/>
        <source>I. RESULTS BY TASK</source>
        <translation>I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="157"/>
        <source>No figures of this task are recorded in PCMD for the period; add them here if there are any.</source>
        <translation>Trong kỳ chưa có số liệu của nhiệm vụ này trong PCMD; bổ sung tại đây nếu có.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="169"/>
        <source>III. TASKS FOR {next}</source>
        <translation>III. PHƯƠNG HƯỚNG, NHIỆM VỤ {next}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="171"/>
        <source>Keep up outreach and media on prostitution prevention, aiming at every commune and ward, industrial-zone workers and students.</source>
        <translation>Tiếp tục đẩy mạnh công tác tuyên truyền, truyền thông về phòng, chống mại dâm đến tất cả các xã, phường, công nhân các khu công nghiệp và học sinh, sinh viên.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="173"/>
        <source>Train the officers and the interagency inspection teams, above all those of new communes and wards.</source>
        <translation>Tập huấn, nâng cao năng lực cho cán bộ và các Đội kiểm tra liên ngành, nhất là cán bộ của các xã, phường mới.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="175"/>
        <source>Inspect the at-risk establishments as planned and without notice, and sanction every violation found.</source>
        <translation>Kiểm tra theo kế hoạch và đột xuất các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm, xử lý nghiêm mọi vi phạm phát hiện được.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="177"/>
        <source>Watch and clear the hotspots; handle every report and denunciation received.</source>
        <translation>Theo dõi, xóa bỏ các tụ điểm; xử lý toàn bộ tin báo, tố giác tiếp nhận được.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="178"/>
        <source>Support people to reintegrate into the community and extend the prevention models to more communes and wards.</source>
        <translation>Hỗ trợ người bán dâm tái hòa nhập cộng đồng và nhân rộng các mô hình phòng, chống mại dâm ra nhiều xã, phường hơn.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="182"/>
        <source>The office adds its own tasks and targets here.</source>
        <translation>Đơn vị bổ sung các nhiệm vụ, chỉ tiêu cụ thể của mình tại đây.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="183"/>
        <source>IV. PROPOSALS</source>
        <translation>IV. ĐỀ XUẤT, KIẾN NGHỊ</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="184"/>
        <source>Proposals to the higher authorities: funding, staff, guidance, changes to regulations.</source>
        <translation>Đề xuất, kiến nghị với cấp trên: kinh phí, biên chế, hướng dẫn chuyên môn, sửa đổi quy định.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="186"/>
        <source>This is the report on prostitution prevention in {period} in {area}./.</source>
        <translation>Trên đây là báo cáo kết quả công tác phòng, chống mại dâm {period} trên địa bàn {area}./.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="195"/>
        <source>II. ASSESSMENT</source>
        <translation>II. ĐÁNH GIÁ CHUNG</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="195"/>
        <source>1. Results achieved</source>
        <translation>1. Kết quả đạt được</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="196"/>
        <source>The leadership assesses the results achieved.</source>
        <translation>Lãnh đạo đơn vị đánh giá kết quả đạt được.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="197"/>
        <source>2. Limits and shortcomings</source>
        <translation>2. Tồn tại, hạn chế</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="200"/>
        <source>Figures short of the plan&apos;s targets:</source>
        <translation>Các chỉ tiêu chưa đạt kế hoạch:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="205"/>
        <source>Every figure with a target in the plan met it.</source>
        <translation>Các chỉ tiêu có trong kế hoạch đều đạt.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="206"/>
        <source>The leadership describes the limits and shortcomings.</source>
        <translation>Lãnh đạo đơn vị nêu các tồn tại, hạn chế.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="207"/>
        <source>3. Causes</source>
        <translation>3. Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="208"/>
        <source>The leadership names the causes of the limits.</source>
        <translation>Lãnh đạo đơn vị nêu nguyên nhân của các tồn tại, hạn chế.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="216"/>
        <source>(Attached to report No. {number}/BC-{abbr} of {date})</source>
        <translation>(Kèm theo Báo cáo số {number}/BC-{abbr} ngày {date})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="219"/>
        <source>Appendix</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="220"/>
        <location filename="../desktop/reports/year_end.py" line="323"/>
        <source>STATISTICAL FORM OF PROSTITUTION PREVENTION, {period}</source>
        <translation>BIỂU THỐNG KÊ KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM {period}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="228"/>
        <location filename="../desktop/reports/year_end.py" line="332"/>
        <source>Figures by unit, {period}</source>
        <translation>Số liệu theo đơn vị, {period}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="264"/>
        <location filename="../desktop/reports/year_end.py" line="292"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="264"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="268"/>
        <source>Change (%)</source>
        <translation>Tăng, giảm (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="269"/>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="283"/>
        <location filename="../desktop/reports/year_end.py" line="335"/>
        <source>Statistical form</source>
        <translation>Biểu thống kê</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="292"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="298"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="302"/>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="326"/>
        <source>Unit: {unit} ({code})</source>
        <translation>Đơn vị: {unit} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="33"/>
        <source>Outreach, education and media</source>
        <translation>Công tác tuyên truyền, giáo dục, truyền thông</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="35"/>
        <source>held {outreach_sessions} outreach sessions with {outreach_participants} participants, of whom {outreach_women} women</source>
        <translation>tổ chức {outreach_sessions} buổi tuyên truyền với {outreach_participants} lượt người tham gia, trong đó có {outreach_women} lượt nữ</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="38"/>
        <source>held {outreach_sessions} outreach sessions with {outreach_participants} participants</source>
        <translation>tổ chức {outreach_sessions} buổi tuyên truyền với {outreach_participants} lượt người tham gia</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="41"/>
        <source>handed out {documents_distributed} documents and {leaflets_distributed} leaflets</source>
        <translation>cấp phát {documents_distributed} tài liệu và {leaflets_distributed} tờ gấp, tờ rơi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="44"/>
        <source>handed out {documents_distributed} documents</source>
        <translation>cấp phát {documents_distributed} tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="46"/>
        <source>handed out {leaflets_distributed} leaflets</source>
        <translation>cấp phát {leaflets_distributed} tờ gấp, tờ rơi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="48"/>
        <source>reached {workers_reached} industrial-zone workers and {students_reached} pupils and students</source>
        <translation>tuyên truyền cho {workers_reached} lượt công nhân các khu công nghiệp và {students_reached} lượt học sinh, sinh viên</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="51"/>
        <source>published {media_special_pages} special pages and series, {media_articles} articles and {media_news} news items in the media and on the website</source>
        <translation>thực hiện {media_special_pages} chuyên trang, chuyên đề, {media_articles} bài viết và {media_news} tin trên các phương tiện thông tin đại chúng và trang thông tin điện tử</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="55"/>
        <source>published {media_articles} articles and {media_news} news items in the media and on the website</source>
        <translation>thực hiện {media_articles} bài viết và {media_news} tin trên các phương tiện thông tin đại chúng và trang thông tin điện tử</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="57"/>
        <source>the website had {website_visits} visits</source>
        <translation>trang thông tin điện tử có {website_visits} lượt truy cập</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="59"/>
        <source>{communes_reached} of {communes_total} communes and wards were reached by outreach ({communes_reached_pct}%)</source>
        <translation>{communes_reached}/{communes_total} xã, phường được tuyên truyền (đạt {communes_reached_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="62"/>
        <source>Training and capacity building</source>
        <translation>Công tác tập huấn, nâng cao năng lực</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="64"/>
        <source>organised {training_classes} training classes with {trainees} trainees</source>
        <translation>tổ chức {training_classes} lớp tập huấn với {trainees} lượt học viên</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="66"/>
        <source>{officers_trained} of {officers_total} officers working on social-evils prevention have been trained in the programme period ({officers_trained_pct}%)</source>
        <translation>{officers_trained}/{officers_total} cán bộ làm công tác phòng, chống tệ nạn xã hội đã được tập huấn trong giai đoạn (đạt {officers_trained_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="70"/>
        <source>Inspections, sanctions and the fight against crime</source>
        <translation>Công tác kiểm tra, xử lý vi phạm và đấu tranh với tội phạm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="72"/>
        <source>carried out {inspections} inspections ({inspections_planned} planned, {inspections_unannounced} unannounced)</source>
        <translation>tiến hành {inspections} lượt kiểm tra ({inspections_planned} lượt theo kế hoạch, {inspections_unannounced} lượt đột xuất)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="76"/>
        <source>{establishments_inspected} of the {establishments_total} at-risk establishments were inspected ({establishments_inspected_pct}%)</source>
        <translation>kiểm tra {establishments_inspected}/{establishments_total} cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm (đạt {establishments_inspected_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="79"/>
        <source>{establishments_violating} establishments were found in violation and fined {fines_vnd} dong in all</source>
        <translation>phát hiện {establishments_violating} cơ sở vi phạm, xử phạt vi phạm hành chính tổng số tiền {fines_vnd} đồng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="82"/>
        <source>{buyers_sanctioned} buyers and {sellers_sanctioned} sellers of sex were sanctioned</source>
        <translation>xử lý hành chính {buyers_sanctioned} người mua dâm, {sellers_sanctioned} người bán dâm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="85"/>
        <source>{cases_detected} cases were detected and {rings_dismantled} rings dismantled</source>
        <translation>phát hiện {cases_detected} vụ việc, triệt phá {rings_dismantled} đường dây, ổ nhóm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="87"/>
        <source>{cases_detected} cases were detected</source>
        <translation>phát hiện {cases_detected} vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="89"/>
        <source>{brokers_sanctioned} brothel-keepers and brokers were dealt with</source>
        <translation>xử lý {brokers_sanctioned} chủ chứa, môi giới</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="91"/>
        <source>{suspects_prosecuted} suspects were prosecuted and {criminal_cases} criminal cases sent to the procuracy</source>
        <translation>khởi tố {suspects_prosecuted} bị can, chuyển Viện kiểm sát {criminal_cases} vụ án hình sự</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="94"/>
        <source>{suspects_prosecuted} suspects were prosecuted</source>
        <translation>khởi tố {suspects_prosecuted} bị can</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="96"/>
        <source>{criminal_cases} criminal cases were sent to the procuracy</source>
        <translation>chuyển Viện kiểm sát {criminal_cases} vụ án hình sự</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="97"/>
        <source>{cases_tried} cases were brought to trial</source>
        <translation>đưa ra xét xử {cases_tried} vụ</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="100"/>
        <source>Hotspots, reports and denunciations, people on record</source>
        <translation>Công tác quản lý địa bàn, tụ điểm, tiếp nhận tin báo, tố giác</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="102"/>
        <source>{hotspots_detected} new hotspots were found and {hotspots_cleared} cleared; {hotspots_active} were still active at the end of the period</source>
        <translation>phát hiện mới {hotspots_detected} tụ điểm, xóa bỏ {hotspots_cleared} tụ điểm, đến cuối kỳ còn {hotspots_active} tụ điểm hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="105"/>
        <source>{hotspots_detected} new hotspots were found; {hotspots_active} were still active at the end of the period</source>
        <translation>phát hiện mới {hotspots_detected} tụ điểm, đến cuối kỳ còn {hotspots_active} tụ điểm hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="108"/>
        <source>{hotspots_cleared} hotspots were cleared; {hotspots_active} were still active at the end of the period</source>
        <translation>xóa bỏ {hotspots_cleared} tụ điểm, đến cuối kỳ còn {hotspots_active} tụ điểm hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="111"/>
        <source>{hotspots_active} hotspots were still active at the end of the period</source>
        <translation>đến cuối kỳ còn {hotspots_active} tụ điểm hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="113"/>
        <source>{denunciations_received} reports and denunciations were received and {denunciations_handled} handled ({denunciations_handled_pct}%)</source>
        <translation>tiếp nhận {denunciations_received} tin báo, tố giác, đã xử lý {denunciations_handled} tin (đạt {denunciations_handled_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="117"/>
        <source>{sex_workers_recorded} sex workers are on record, of whom {sex_workers_recorded_women} women and {sex_workers_recorded_minors} under 18</source>
        <translation>hiện có {sex_workers_recorded} người bán dâm có hồ sơ quản lý, trong đó {sex_workers_recorded_women} người là nữ, {sex_workers_recorded_minors} người dưới 18 tuổi</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="121"/>
        <source>{sex_workers_recorded} sex workers are on record, of whom {sex_workers_recorded_women} women</source>
        <translation>hiện có {sex_workers_recorded} người bán dâm có hồ sơ quản lý, trong đó {sex_workers_recorded_women} người là nữ</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="124"/>
        <source>{sex_workers_recorded} sex workers are on record</source>
        <translation>hiện có {sex_workers_recorded} người bán dâm có hồ sơ quản lý</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="126"/>
        <source>the number of sex workers is estimated at {sex_workers_estimated}</source>
        <translation>số người bán dâm ước tính là {sex_workers_estimated} người</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="128"/>
        <source>Support, reintegration and models</source>
        <translation>Công tác hỗ trợ, tái hòa nhập cộng đồng và nhân rộng mô hình</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="130"/>
        <source>supported {people_supported} people, of whom {people_reintegrated} with reintegration into the community</source>
        <translation>hỗ trợ {people_supported} lượt người, trong đó {people_reintegrated} lượt người được hỗ trợ tái hòa nhập cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="132"/>
        <source>supported {people_supported} people</source>
        <translation>hỗ trợ {people_supported} lượt người</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="134"/>
        <source>{models_active} prevention models are running in {communes_with_model} communes and wards ({communes_with_model_pct}%)</source>
        <translation>duy trì {models_active} mô hình phòng, chống mại dâm tại {communes_with_model} xã, phường (đạt {communes_with_model_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="136"/>
        <source>{models_active} prevention models are running</source>
        <translation>duy trì {models_active} mô hình phòng, chống mại dâm</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="247"/>
        <source>{label}: {now}, none in the same period</source>
        <translation>{label}: {now}, cùng kỳ không có</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="252"/>
        <source>{label} unchanged ({now})</source>
        <translation>{label} không thay đổi ({now})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="255"/>
        <source>{label} up {pct}% ({before} to {now})</source>
        <translation>{label} tăng {pct}% (từ {before} lên {now})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="259"/>
        <source>{label} down {pct}% ({before} to {now})</source>
        <translation>{label} giảm {pct}% (từ {before} xuống {now})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="264"/>
        <source>Compared with {last}: {items}.</source>
        <translation>So với {last}: {items}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="278"/>
        <source>{label} {value}, below the target of {target}</source>
        <translation>{label} đạt {value}, chưa đạt chỉ tiêu {target}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="281"/>
        <source>{label} {value}, meeting the target of {target}</source>
        <translation>{label} đạt {value}, đạt chỉ tiêu {target}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="285"/>
        <source>Against the plan: {items}.</source>
        <translation>So với kế hoạch: {items}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="301"/>
        <source>{label}: {value} against a target of {target}</source>
        <translation>{label}: đạt {value}, chỉ tiêu {target}</translation>
    </message>
</context>
</TS>
