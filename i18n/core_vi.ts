<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>IndicatorCommand</name>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="18"/>
        <source>indicator definitions: export or import</source>
        <translation>định nghĩa chỉ tiêu: xuất ra hoặc nhập vào</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="21"/>
        <source>write the definitions in force to a TOML file</source>
        <translation>ghi các định nghĩa chỉ tiêu đang áp dụng ra tệp TOML</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="22"/>
        <source>the file to write</source>
        <translation>tệp cần ghi</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="24"/>
        <source>add or replace definitions from a TOML file</source>
        <translation>thêm hoặc thay thế định nghĩa chỉ tiêu từ tệp TOML</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="25"/>
        <source>definitions in format 1</source>
        <translation>tệp định nghĩa theo định dạng 1</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="43"/>
        <source>Wrote {n} indicator definitions to {path}.</source>
        <translation>Đã ghi {n} định nghĩa chỉ tiêu vào {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="64"/>
        <source>Nothing was imported: {n} problem(s) in {path}.</source>
        <translation>Chưa nhập gì: tệp {path} có {n} lỗi.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="68"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="69"/>
        <source>Indicators added: {added}; replaced: {replaced}; unchanged: {unchanged}.</source>
        <translation>Chỉ tiêu thêm mới: {added}; thay thế: {replaced}; không đổi: {unchanged}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: there is no such file.</source>
        <translation type="vanished">Không đọc được {path}: không có tệp này.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it is too large for a definitions file.</source>
        <translation type="vanished">Không đọc được {path}: tệp quá lớn so với một tệp định nghĩa chỉ tiêu.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation type="vanished">Không đọc được {path}: tệp không phải văn bản UTF-8; hãy lưu lại theo mã UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="vanished">Không đọc được {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../desktop/output_file.py" line="62"/>
        <source>Cannot write {path}: it is the open database; choose another file name.</source>
        <translation>Không ghi được {path}: đây là cơ sở dữ liệu đang mở; hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="66"/>
        <source>Cannot write {path}: it is one of the files being read; choose another file name.</source>
        <translation>Không ghi được {path}: đây là một trong các tệp đang được đọc; hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="76"/>
        <source>Cannot write {path}: it is a PCMD database or a backup of one; choose another file name.</source>
        <translation>Không ghi được {path}: đây là cơ sở dữ liệu PCMD hoặc bản sao lưu của nó; hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="89"/>
        <source>Cannot write {path}: it is a folder; give a file name.</source>
        <translation>Không ghi được {path}: đây là một thư mục; hãy cho tên tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="92"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Không ghi được {path}: không có thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="95"/>
        <source>Cannot write {path}: it is not an ordinary file.</source>
        <translation>Không ghi được {path}: đây không phải là một tệp thông thường.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="121"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="167"/>
        <location filename="../desktop/output_file.py" line="181"/>
        <source>the disk is full.</source>
        <translation>ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="169"/>
        <location filename="../desktop/output_file.py" line="185"/>
        <source>the disk or folder is read-only.</source>
        <translation>ổ đĩa hoặc thư mục chỉ cho đọc.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="170"/>
        <source>the database could not write it (error {code}).</source>
        <translation>cơ sở dữ liệu không ghi được (lỗi {code}).</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="178"/>
        <source>access was refused. If the file is open in another program (Excel, a PDF reader), close it there and try again.</source>
        <translation>không có quyền ghi. Nếu tệp đang mở trong chương trình khác (Excel, trình đọc PDF), hãy đóng tệp ở đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="183"/>
        <source>the folder does not exist.</source>
        <translation>không có thư mục này.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="186"/>
        <source>the system could not write it (error {code}).</source>
        <translation>hệ thống không ghi được tệp (lỗi {code}).</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="194"/>
        <source>access was refused (no permission, or another program holds the file)</source>
        <translation>không được phép truy cập (không có quyền, hoặc tệp đang bị chương trình khác giữ)</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="196"/>
        <source>there is no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="198"/>
        <source>it is a folder, not a file</source>
        <translation>đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="200"/>
        <source>the disk could not read it (the disk, USB stick or network drive is failing)</source>
        <translation>ổ đĩa không đọc được tệp (ổ đĩa, USB hoặc ổ mạng đang bị lỗi)</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="201"/>
        <source>the system could not read it (error {code})</source>
        <translation>hệ thống không đọc được tệp (lỗi {code})</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="209"/>
        <source>the file could not be created</source>
        <translation>không tạo được tệp</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="25"/>
        <source>users who sign in: add or list</source>
        <translation>người dùng đăng nhập: thêm hoặc liệt kê</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="28"/>
        <source>add a user (the first must be an administrator)</source>
        <translation>thêm người dùng (người đầu tiên phải là quản trị viên)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="29"/>
        <source>user name (no spaces)</source>
        <translation>tên đăng nhập (không có dấu cách)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="31"/>
        <source>staff enter records; a manager also locks months and restores deleted records; an administrator also manages users and settings</source>
        <translation>staff: cán bộ nhập hồ sơ; manager: lãnh đạo, thêm quyền khóa sổ tháng và khôi phục hồ sơ đã xóa; admin: quản trị viên, thêm quyền quản lý người dùng và cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="33"/>
        <source>the user&apos;s unit (default: the home unit)</source>
        <translation>đơn vị của người dùng (mặc định: đơn vị sử dụng)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="34"/>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="36"/>
        <source>list the users</source>
        <translation>liệt kê người dùng</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="40"/>
        <source>lock a month of a unit</source>
        <translation>khóa sổ một tháng của đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="41"/>
        <source>unlock a month of a unit (a reason is required)</source>
        <translation>mở khóa sổ một tháng của đơn vị (phải nêu lý do)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="43"/>
        <source>the unit whose month it is (its code)</source>
        <translation>mã đơn vị có tháng cần khóa hoặc mở khóa</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="44"/>
        <source>the month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="46"/>
        <source>why (kept in the audit trail)</source>
        <translation>lý do (được ghi vào nhật ký thao tác)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="56"/>
        <source>No unit has code {code}.</source>
        <translation>Không có đơn vị nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="67"/>
        <source>--month: “{value}” is not a month; write it as YYYY-MM, for example 2024-05.</source>
        <translation>--month: “{value}” không phải là một tháng; hãy viết theo dạng YYYY-MM, ví dụ 2024-05.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="82"/>
        <source>No password for the new user {name}: set PCMD_NEW_PASSWORD, or run the command in a terminal to be asked for it.</source>
        <translation>Chưa có mật khẩu cho người dùng mới {name}: hãy đặt biến PCMD_NEW_PASSWORD, hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="85"/>
        <source>Password for the new user {name}: </source>
        <translation>Mật khẩu cho người dùng mới {name}: </translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="86"/>
        <source>The same password again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="88"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="103"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Hãy chọn đơn vị sử dụng trước: pcmd init --unit MÃ</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="108"/>
        <source>User {name} added ({role}, {unit}).</source>
        <translation>Đã thêm người dùng {name} ({role}, {unit}).</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="111"/>
        <source>Sign-in is now on: every command that reads records or changes anything needs --user NAME and the password.</source>
        <translation>Từ nay phải đăng nhập: mọi lệnh đọc hồ sơ hoặc thay đổi dữ liệu đều cần --user TÊN và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="131"/>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="131"/>
        <source>deactivated</source>
        <translation>đã ngừng</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="135"/>
        <source>No users: sign-in is off.</source>
        <translation>Chưa có người dùng: không cần đăng nhập.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="160"/>
        <source>{month} of {unit} unlocked: its {n} records can be changed again.</source>
        <translation>Đã mở khóa sổ tháng {month} của {unit}: {n} hồ sơ của tháng này lại được sửa.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="161"/>
        <source>{month} of {unit} was not locked; nothing changed.</source>
        <translation>Tháng {month} của {unit} chưa khóa sổ; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="163"/>
        <source>{month} of {unit} locked: {n} records can no longer be changed.</source>
        <translation>Đã khóa sổ tháng {month} của {unit}: {n} hồ sơ không còn sửa được.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="164"/>
        <source>{month} of {unit} was already locked; nothing changed.</source>
        <translation>Tháng {month} của {unit} đã khóa sổ từ trước; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desktop/cli.py" line="20"/>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="21"/>
        <source>positional arguments</source>
        <translation>đối số theo vị trí</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="22"/>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="23"/>
        <source>show this help message and exit</source>
        <translation>hiện trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="24"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn không rõ: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="25"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>đối số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="26"/>
        <source>expected one argument</source>
        <translation>cần đúng một giá trị</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="27"/>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="28"/>
        <source>expected at most one argument</source>
        <translation>chỉ được tối đa một giá trị</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="29"/>
        <source>ignored explicit argument %r</source>
        <translation>tùy chọn này không nhận giá trị, đã bỏ qua %r</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="30"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="31"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="32"/>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng đối số %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="33"/>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các đối số %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="34"/>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các đối số bắt buộc: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="35"/>
        <source>unrecognized arguments: %s</source>
        <translation>đối số không nhận ra: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="36"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>không mở được &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="37"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>không có lệnh %(parser_name)r (các lệnh: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="38"/>
        <source>expected %s argument</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="39"/>
        <source>expected %s arguments</source>
        <translation>cần %s giá trị</translation>
    </message>
</context>
<context>
    <name>audit_check</name>
    <message>
        <location filename="../desktop/services/audit_check.py" line="54"/>
        <source>… and {n} more problems of the same kind.</source>
        <translation>… và {n} vấn đề khác cùng loại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="60"/>
        <source>entry {id} ({at}, {user}: {action} {type} {record})</source>
        <translation>mục {id} ({at}, {user}: {action} {type} {record})</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="89"/>
        <source>The audit trail was changed outside PCMD: {entry} is not in the chain (added or altered after it began).</source>
        <translation>Nhật ký thao tác đã bị sửa bên ngoài PCMD: {entry} không nằm trong chuỗi (được thêm hoặc sửa sau khi chuỗi bắt đầu).</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="96"/>
        <source>The audit trail is broken at {entry}: the entry before it was deleted or changed outside PCMD.</source>
        <translation>Nhật ký thao tác bị đứt tại {entry}: mục liền trước đã bị xóa hoặc sửa bên ngoài PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="100"/>
        <source>The audit trail was changed outside PCMD: {entry} is not what was written.</source>
        <translation>Nhật ký thao tác đã bị sửa bên ngoài PCMD: {entry} không còn như khi được ghi.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="109"/>
        <source>The audit trail was cut short outside PCMD: {written} entries were written, {found} are there (the newest were removed).</source>
        <translation>Nhật ký thao tác đã bị cắt bớt bên ngoài PCMD: đã ghi {written} mục, nay chỉ còn {found} mục (các mục mới nhất đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="122"/>
        <source>The audit entries made before the chain began were changed or deleted outside PCMD (they no longer match {entry}).</source>
        <translation>Các mục nhật ký có từ trước khi lập chuỗi đã bị sửa hoặc xóa bên ngoài PCMD (không còn khớp với {entry}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="150"/>
        <source>{row} has no audit entry: it was added outside PCMD.</source>
        <translation>{row} không có mục nhật ký nào: đã được thêm bên ngoài PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="153"/>
        <source>{row} was changed outside PCMD: it does not match its last audit entry.</source>
        <translation>{row} đã bị sửa bên ngoài PCMD: không khớp với mục nhật ký cuối cùng của nó.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="162"/>
        <source>{row} is in the audit trail but no longer in the database: it was deleted outside PCMD.</source>
        <translation>{row} có trong nhật ký thao tác nhưng không còn trong cơ sở dữ liệu: đã bị xóa bên ngoài PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="179"/>
        <source>User {name}</source>
        <translation>Người dùng {name}</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="181"/>
        <source>The lock of {month} of {unit}</source>
        <translation>Khóa sổ tháng {month} của {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="185"/>
        <source>Setting {key}</source>
        <translation>Thiết lập {key}</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="187"/>
        <source>Catalogue value {code} ({kind})</source>
        <translation>Giá trị danh mục {code} ({kind})</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="189"/>
        <source>{type} {id}</source>
        <translation>{type} {id}</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="213"/>
        <source>The lock of {month} (entry for lock {id}) was removed outside PCMD.</source>
        <translation>Khóa sổ tháng {month} (mục khóa sổ số {id}) đã bị gỡ bên ngoài PCMD.</translation>
    </message>
</context>
<context>
    <name>audit_text</name>
    <message>
        <location filename="../desktop/services/audit_text.py" line="29"/>
        <source>Month lock</source>
        <translation>Khóa tháng</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="30"/>
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="31"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="32"/>
        <source>Catalogue value</source>
        <translation>Giá trị danh mục</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="33"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="34"/>
        <source>Sign-in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="35"/>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="38"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="39"/>
        <location filename="../desktop/services/audit_text.py" line="180"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="40"/>
        <location filename="../desktop/services/audit_text.py" line="41"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="42"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="43"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="44"/>
        <location filename="../desktop/services/audit_text.py" line="45"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="46"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="47"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="48"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="49"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="50"/>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="51"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="52"/>
        <source>Failed attempts</source>
        <translation>Số lần đăng nhập sai</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="53"/>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="54"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="55"/>
        <source>Label (Vietnamese)</source>
        <translation>Tên (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="56"/>
        <source>Label (English)</source>
        <translation>Tên (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="57"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="58"/>
        <source>Demo data series</source>
        <translation>Bộ dữ liệu mẫu số</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="61"/>
        <source>created</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="62"/>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="63"/>
        <source>deleted</source>
        <translation>xóa</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="64"/>
        <source>restored</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="65"/>
        <source>imported</source>
        <translation>nhập từ tệp</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="66"/>
        <source>locked</source>
        <translation>khóa</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="67"/>
        <source>unlocked</source>
        <translation>mở khóa</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="68"/>
        <source>sign-in failed</source>
        <translation>đăng nhập sai</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="69"/>
        <source>backed up</source>
        <translation>sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="70"/>
        <source>sealed</source>
        <translation>niêm phong</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="71"/>
        <source>made as demo data</source>
        <translation>tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="176"/>
        <source>pasted from the clipboard</source>
        <translation>dán từ bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="180"/>
        <source>Brought back</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="206"/>
        <location filename="../desktop/services/audit_text.py" line="218"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="206"/>
        <location filename="../desktop/services/audit_text.py" line="218"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>Time (UTC)</source>
        <translation>Thời điểm (UTC)</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>Record type</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="140"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="140"/>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="144"/>
        <source>Audit trail</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="vanished">Không ghi được {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <location filename="../desktop/services/auth.py" line="74"/>
        <source>This record belongs to another unit; you may not change it.</source>
        <translation>Hồ sơ này thuộc đơn vị khác; bạn không được sửa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="103"/>
        <source>User name: enter 1 to 60 characters without spaces.</source>
        <translation>Tên đăng nhập: nhập từ 1 đến 60 ký tự, không có dấu cách.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="110"/>
        <source>Role: choose staff, manager or administrator.</source>
        <translation>Vai trò: chọn cán bộ, lãnh đạo hoặc quản trị viên.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="112"/>
        <source>Unit: choose an existing unit.</source>
        <translation>Đơn vị: chọn một đơn vị đã có.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="128"/>
        <source>Role: the first user must be an administrator, so that someone can manage users.</source>
        <translation>Vai trò: người dùng đầu tiên phải là quản trị viên để có người quản lý người dùng.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="133"/>
        <source>Unit: you may give users only your unit or a unit under it.</source>
        <translation>Đơn vị: chỉ được gán cho người dùng đơn vị của bạn hoặc đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="136"/>
        <source>User name: {name} is already taken.</source>
        <translation>Tên đăng nhập: {name} đã được sử dụng.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="167"/>
        <source>The user no longer exists.</source>
        <translation>Người dùng không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="173"/>
        <source>Unit: you may manage only the users of your unit and the units under it.</source>
        <translation>Đơn vị: bạn chỉ được quản lý người dùng của đơn vị mình và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="193"/>
        <source>At least one active administrator must remain.</source>
        <translation>Phải còn ít nhất một quản trị viên đang hoạt động.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="230"/>
        <source>The user name or the password is wrong.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="237"/>
        <source>Too many wrong passwords: wait {seconds} seconds and try again.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: hãy chờ {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="259"/>
        <source>The user name or the password is wrong. Too many wrong passwords: wait {seconds} seconds and try again.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng. Nhập sai mật khẩu quá nhiều lần: hãy chờ {seconds} giây rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/passwords.py" line="56"/>
        <source>Password: it cannot be blank.</source>
        <translation>Mật khẩu: không được để trống.</translation>
    </message>
    <message>
        <location filename="../desktop/services/passwords.py" line="58"/>
        <source>Password: use at least {n} characters.</source>
        <translation>Mật khẩu: dùng ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <location filename="../desktop/services/passwords.py" line="61"/>
        <source>Password: this is one of the passwords people use most; choose another.</source>
        <translation>Mật khẩu: đây là mật khẩu quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.</translation>
    </message>
    <message>
        <location filename="../desktop/services/passwords.py" line="67"/>
        <source>Password: it must not be your own name.</source>
        <translation>Mật khẩu: không được dùng chính tên của bạn.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="vanished">Cán bộ</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="vanished">Lãnh đạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="vanished">Quản trị viên</translation>
    </message>
    <message>
        <source>{name} ({role}) may not do this; ask a manager or an administrator.</source>
        <translation type="vanished">{name} ({role}) không có quyền thực hiện thao tác này; hãy đề nghị lãnh đạo hoặc quản trị viên.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../desktop/services/catalogue.py" line="130"/>
        <source>Unknown catalogue.</source>
        <translation>Danh mục không tồn tại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/catalogue.py" line="133"/>
        <source>The Vietnamese label is required.</source>
        <translation>Phải nhập tên tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../desktop/services/catalogue.py" line="140"/>
        <source>This value already exists.</source>
        <translation>Giá trị này đã có.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../desktop/cli.py" line="54"/>
        <source>Usage error: {message}</source>
        <translation>Lỗi cách dùng: {message}</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="62"/>
        <source>database file or SQLAlchemy URL (default: PCMD_DB, else the data folder)</source>
        <translation>tệp cơ sở dữ liệu hoặc URL SQLAlchemy (mặc định: PCMD_DB, nếu không có thì thư mục dữ liệu)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="65"/>
        <source>interface language</source>
        <translation>ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="67"/>
        <source>sign in as this user (default: PCMD_USER); the password comes from PCMD_PASSWORD, else you are asked for it</source>
        <translation>đăng nhập bằng người dùng này (mặc định: PCMD_USER); mật khẩu lấy từ PCMD_PASSWORD, nếu không có thì được hỏi</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="81"/>
        <source>PCMD: prostitution-prevention records.</source>
        <translation>PCMD: hồ sơ công tác phòng, chống mại dâm.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="84"/>
        <source>show the program&apos;s version number and exit</source>
        <translation>hiện số phiên bản của chương trình rồi thoát</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="179"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="197"/>
        <source>Unexpected error: {error}. Details are in {log}.</source>
        <translation>Lỗi không mong muốn: {error}. Chi tiết xem trong {log}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="29"/>
        <source>create (or upgrade) the database and set the home unit</source>
        <translation>tạo (hoặc nâng cấp) cơ sở dữ liệu và đặt đơn vị quản lý</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="30"/>
        <source>home unit code</source>
        <translation>mã đơn vị quản lý</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="33"/>
        <source>fill the database with realistic synthetic records</source>
        <translation>điền vào cơ sở dữ liệu các hồ sơ mô phỏng sát thực tế</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="36"/>
        <source>unit to make records for (default: home)</source>
        <translation>đơn vị cần tạo hồ sơ (mặc định: đơn vị quản lý)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="39"/>
        <source>integrity check of the database</source>
        <translation>kiểm tra tính toàn vẹn của cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="42"/>
        <source>consistent copy of the database</source>
        <translation>sao lưu nhất quán cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="46"/>
        <source>restore the database from a backup</source>
        <translation>khôi phục cơ sở dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="84"/>
        <source>This database has users: give --user NAME (or set PCMD_USER) and the password (PCMD_PASSWORD, else you are asked for it).</source>
        <translation>Cơ sở dữ liệu này đã có người dùng: hãy cho --user TÊN (hoặc đặt PCMD_USER) và mật khẩu (PCMD_PASSWORD, nếu không có thì được hỏi).</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="89"/>
        <source>No password for {name}: set PCMD_PASSWORD, or run the command in a terminal to be asked for it.</source>
        <translation>Chưa có mật khẩu của {name}: hãy đặt PCMD_PASSWORD, hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="91"/>
        <source>Password for {name}: </source>
        <translation>Mật khẩu của {name}: </translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="106"/>
        <source>Database ready: {db}</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng: {db}</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="107"/>
        <source>Units: {units}, mappings: {mappings}. Home unit: {code} {name}.</source>
        <translation>Đơn vị: {units}, ánh xạ: {mappings}. Đơn vị quản lý: {code} {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="121"/>
        <source>--records must be between 1 and 5,000,000.</source>
        <translation>--records phải từ 1 đến 5.000.000.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="128"/>
        <location filename="../desktop/commands/exchange_cmds.py" line="66"/>
        <source>No unit has code {code}.</source>
        <translation>Không có đơn vị nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="130"/>
        <location filename="../desktop/commands/screenshot_cmd.py" line="47"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Hãy chọn đơn vị quản lý trước: pcmd init --unit MÃ</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="134"/>
        <source>Created {total} records for {unit} in {seconds:.1f} s.</source>
        <translation>Đã tạo {total} hồ sơ cho {unit} trong {seconds:.1f} giây.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="154"/>
        <source>Check passed: no problems found.</source>
        <translation>Kiểm tra đạt: không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="158"/>
        <source>Check failed: {n} problems.</source>
        <translation>Kiểm tra không đạt: {n} vấn đề.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="171"/>
        <source>Backup written: {path}</source>
        <translation>Đã ghi bản sao lưu: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="196"/>
        <source>Restored from {path}.</source>
        <translation>Đã khôi phục từ {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="198"/>
        <source>The previous database was kept as {path}.</source>
        <translation>Cơ sở dữ liệu trước đó được giữ lại tại {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="18"/>
        <source>import exchange workbooks</source>
        <translation>nhập sổ trao đổi (tệp Excel)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="19"/>
        <source>workbooks or folders</source>
        <translation>tệp Excel hoặc thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="20"/>
        <source>change nothing; report only</source>
        <translation>không thay đổi gì; chỉ báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="21"/>
        <source>print the report as JSON</source>
        <translation>in kết quả dạng JSON</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="22"/>
        <source>sending unit when a workbook has no Thông tin sheet</source>
        <translation>đơn vị gửi khi tệp không có trang Thông tin</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="25"/>
        <source>import the valid rows even when some rows are rejected</source>
        <translation>nhập các dòng hợp lệ dù có dòng bị từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="26"/>
        <source>save the rejected rows here</source>
        <translation>lưu các dòng bị từ chối vào tệp này</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="27"/>
        <source>read the password of password-protected workbooks from the first line of FILE (else from the environment variable PCMD_WORKBOOK_PASSWORD)</source>
        <translation>đọc mật khẩu của các tệp có mật khẩu từ dòng đầu của TỆP (nếu không có thì lấy từ biến môi trường PCMD_WORKBOOK_PASSWORD)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="32"/>
        <source>write an exchange workbook</source>
        <translation>xuất sổ trao đổi (tệp Excel)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="35"/>
        <source>unit (default: the home unit)</source>
        <translation>đơn vị (mặc định: đơn vị của cơ quan)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="36"/>
        <source>leave personal data out</source>
        <translation>bỏ dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="37"/>
        <source>protect the workbook with the password in the first line of FILE (Excel&apos;s “Encrypt with Password”: for personal data sent by email)</source>
        <translation>đặt mật khẩu cho tệp bằng mật khẩu ở dòng đầu của TỆP (như chức năng “Encrypt with Password” của Excel: dùng khi gửi dữ liệu cá nhân qua thư điện tử)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="43"/>
        <source>write the blank template with drop-down lists</source>
        <translation>xuất mẫu trống có danh sách chọn</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="56"/>
        <source>“{value}” is not a date (YYYY-MM-DD).</source>
        <translation>“{value}” không phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="83"/>
        <source>Exported {n} rows to {path}.</source>
        <translation>Đã xuất {n} dòng vào {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="97"/>
        <source>Blank template written: {path}</source>
        <translation>Đã ghi mẫu trống: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="108"/>
        <source>--rejects needs --accept-valid.</source>
        <translation>--rejects cần đi kèm --accept-valid.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="110"/>
        <source>An empty file name was given; name the workbooks or the folder to import.</source>
        <translation>Chưa cho tên tệp (tên trống); hãy cho biết các tệp bảng tính hoặc thư mục cần nhập.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="127"/>
        <source>Give the password with --password-file FILE or in the environment variable PCMD_WORKBOOK_PASSWORD.</source>
        <translation>Hãy cho biết mật khẩu bằng --password-file TỆP hoặc biến môi trường PCMD_WORKBOOK_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="139"/>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="139"/>
        <source>NOT imported</source>
        <translation>KHÔNG nhập</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="141"/>
        <source>checked (dry run, nothing changed)</source>
        <translation>đã kiểm tra (chạy thử, không thay đổi gì)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="143"/>
        <source>valid rows imported, some rows rejected</source>
        <translation>đã nhập các dòng hợp lệ, một số dòng bị từ chối</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="144"/>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="146"/>
        <source>{sheet}: {rows} rows, {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {rejected} rejected, {deleted} deleted</source>
        <translation>{sheet}: {rows} dòng, {new} mới, {updated} cập nhật, {unchanged} không đổi, {conflicts} xung đột, {rejected} bị từ chối, {deleted} đã xóa</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="153"/>
        <source>Warning:</source>
        <translation>Cảnh báo:</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="155"/>
        <source>{n} files: {ok} imported, {bad} not imported.</source>
        <translation>{n} tệp: {ok} đã nhập, {bad} không nhập.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="170"/>
        <source>row {n}</source>
        <translation>dòng {n}</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="19"/>
        <source>render the main window on one tab to a PNG</source>
        <translation>chụp cửa sổ chính ở một thẻ ra tệp PNG</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="30"/>
        <source>Unknown tab {tab}; choose one of: {tabs}.</source>
        <translation>Không có thẻ {tab}; hãy chọn một trong: {tabs}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="34"/>
        <source>--size must look like 1366x768.</source>
        <translation>--size phải có dạng 1366x768.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="66"/>
        <source>Cannot write {path}.</source>
        <translation>Không ghi được {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="70"/>
        <source>Screenshot written: {path}</source>
        <translation>Đã lưu ảnh chụp: {path}</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../desktop/db/database.py" line="55"/>
        <source>The database file {name} is gone (deleted or moved while PCMD had it open); nothing was saved. Put it back or restore a backup, then open PCMD again.</source>
        <translation>Tệp cơ sở dữ liệu {name} không còn nữa (đã bị xóa hoặc chuyển đi trong lúc PCMD đang mở); chưa lưu được gì. Hãy đặt lại tệp hoặc khôi phục từ bản sao lưu, rồi mở lại PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="60"/>
        <source>The database file {name} was replaced while PCMD had it open (restored from a backup?); nothing was saved. Close PCMD and open it again to work on the restored data.</source>
        <translation>Tệp cơ sở dữ liệu {name} đã bị thay trong lúc PCMD đang mở (do khôi phục từ bản sao lưu?); chưa lưu được gì. Hãy đóng PCMD rồi mở lại để làm việc trên dữ liệu đã khôi phục.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="136"/>
        <source>The database {name} was not upgraded: the copy kept before an upgrade could not be written to {folder} ({reason}). Nothing was changed.</source>
        <translation>Chưa nâng cấp cơ sở dữ liệu {name}: không ghi được bản sao lưu trước khi nâng cấp vào {folder} ({reason}). Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="148"/>
        <source>The database {name} needs an upgrade for this version of PCMD, which the login {user} may not make; nothing was changed. Ask the database&apos;s owner to run: pcmd init --unit CODE --db &lt;the owner&apos;s URL&gt;.</source>
        <translation>Cơ sở dữ liệu {name} cần được nâng cấp cho phiên bản PCMD này, nhưng tài khoản {user} không có quyền nâng cấp; chưa có gì thay đổi. Hãy đề nghị chủ sở hữu cơ sở dữ liệu chạy: pcmd init --unit MÃ --db &lt;địa chỉ của chủ sở hữu&gt;.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="155"/>
        <source>The database {name} could not be upgraded; nothing was changed. The details are in {log}.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu {name}; chưa có gì thay đổi. Chi tiết được ghi trong {log}.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="195"/>
        <source>The database file {path} does not exist. Create it with: pcmd init --unit CODE</source>
        <translation>Không có tệp cơ sở dữ liệu {path}. Hãy tạo bằng lệnh: pcmd init --unit MÃ</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="202"/>
        <source>Cannot read the database file {path}: access was refused or the disk cannot be read.</source>
        <translation>Không đọc được tệp cơ sở dữ liệu {path}: không có quyền truy cập hoặc ổ đĩa không đọc được.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="205"/>
        <location filename="../desktop/db/database.py" line="219"/>
        <source>{path} is not a PCMD database.</source>
        <translation>{path} không phải là cơ sở dữ liệu PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="215"/>
        <source>Cannot open the database {path}: it was not closed properly and its folder is read-only, so it cannot be repaired here. Ask for write access to the folder.</source>
        <translation>Không mở được cơ sở dữ liệu {path}: tệp chưa được đóng đúng cách mà thư mục chỉ cho đọc nên không tự sửa được. Hãy đề nghị cấp quyền ghi vào thư mục.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="222"/>
        <source>The database {path} was written by a newer version of PCMD (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>Cơ sở dữ liệu {path} được ghi bởi phiên bản PCMD mới hơn (lược đồ {revision}). Hãy cài phiên bản mới hơn để mở; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="252"/>
        <source>The database is damaged (some of its pages cannot be read); nothing was changed. Restore the latest backup (Administration → Restore, or pcmd restore FILE) and ask for help if it happens again.</source>
        <translation>Cơ sở dữ liệu bị hỏng (có phần không đọc được); chưa có gì thay đổi. Hãy khôi phục bản sao lưu gần nhất (Quản trị → Khôi phục, hoặc pcmd restore TỆP) và nhờ hỗ trợ nếu còn gặp lại.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="256"/>
        <source>The database {name} is damaged (some of its pages cannot be read); nothing was changed. Restore the latest backup (Administration → Restore, or pcmd restore FILE) and ask for help if it happens again.</source>
        <translation>Cơ sở dữ liệu {name} bị hỏng (có phần không đọc được); chưa có gì thay đổi. Hãy khôi phục bản sao lưu gần nhất (Quản trị → Khôi phục, hoặc pcmd restore TỆP) và nhờ hỗ trợ nếu còn gặp lại.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="269"/>
        <source>Cannot open the database {name}; the details are in {log}.</source>
        <translation>Không mở được cơ sở dữ liệu {name}; chi tiết được ghi trong {log}.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="272"/>
        <source>Cannot open the database {name}: the file or its folder cannot be read or written (check the folder and its permissions).</source>
        <translation>Không mở được cơ sở dữ liệu {name}: không đọc hoặc ghi được tệp hay thư mục chứa nó (hãy kiểm tra thư mục và quyền truy cập).</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="276"/>
        <source>The database is busy: another computer is saving. Try again in a moment; nothing was saved.</source>
        <translation>Cơ sở dữ liệu đang bận: một máy khác đang lưu. Hãy thử lại sau giây lát; chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="279"/>
        <source>The database {name} is read-only: nothing was saved. Ask for write access or choose another data folder.</source>
        <translation>Cơ sở dữ liệu {name} chỉ cho phép đọc: chưa có gì được lưu. Hãy xin quyền ghi hoặc chọn thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="282"/>
        <source>The disk holding {name} is full: nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa chứa {name} đã đầy: chưa có gì được lưu. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="285"/>
        <source>The database {name} cannot be written (the disk is full or failing): nothing was saved. Free some space or check the disk, then try again.</source>
        <translation>Không ghi được cơ sở dữ liệu {name} (ổ đĩa đầy hoặc bị lỗi): chưa có gì được lưu. Hãy giải phóng dung lượng hoặc kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="289"/>
        <source>The database refused the change; nothing was saved. The details are in {log}.</source>
        <translation>Cơ sở dữ liệu không nhận thay đổi này; chưa lưu được gì. Chi tiết được ghi trong {log}.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="319"/>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="320"/>
        <source>it cannot be written</source>
        <translation>không ghi được</translation>
    </message>
    <message>
        <source>The database {name} could not be upgraded: {reason}</source>
        <translation type="vanished">Không nâng cấp được cơ sở dữ liệu {name}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a PCMD database (or it is damaged): {reason}</source>
        <translation type="vanished">{path} không phải là cơ sở dữ liệu PCMD (hoặc đã bị hỏng): {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database {name}: {reason}</source>
        <translation type="vanished">Không mở được cơ sở dữ liệu {name}: {reason}</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}. Nothing was saved.</source>
        <translation type="vanished">Cơ sở dữ liệu từ chối thay đổi: {reason}. Chưa có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="24"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="26"/>
        <location filename="../desktop/domain/record_types/national.py" line="53"/>
        <location filename="../desktop/domain/record_types/national.py" line="154"/>
        <location filename="../desktop/domain/record_types/programme.py" line="104"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="28"/>
        <source>Detected on</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="30"/>
        <source>Cleared on</source>
        <translation>Ngày xóa bỏ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="32"/>
        <location filename="../desktop/domain/record_types/national.py" line="57"/>
        <source>People involved</source>
        <translation>Số đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="50"/>
        <location filename="../desktop/domain/record_types/programme.py" line="46"/>
        <location filename="../desktop/domain/record_types/programme.py" line="102"/>
        <location filename="../desktop/domain/record_types/programme.py" line="259"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="55"/>
        <source>Detected by</source>
        <translation>Cơ quan phát hiện</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="59"/>
        <source>Brothel-keepers, brokers</source>
        <translation>Số chủ chứa, môi giới</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="62"/>
        <source>Suspects prosecuted</source>
        <translation>Số bị can</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="64"/>
        <source>Sent to the procuracy</source>
        <translation>Chuyển Viện kiểm sát</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="66"/>
        <source>Tried on</source>
        <translation>Ngày xét xử</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="92"/>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="95"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="97"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="99"/>
        <source>Handled on</source>
        <translation>Ngày xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="101"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="118"/>
        <location filename="../desktop/domain/record_types/programme.py" line="299"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="121"/>
        <source>Sex workers on record</source>
        <translation>Số người bán dâm có hồ sơ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="125"/>
        <location filename="../desktop/domain/record_types/programme.py" line="64"/>
        <source>of whom women</source>
        <translation>trong đó nữ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="127"/>
        <source>of whom under 18</source>
        <translation>trong đó dưới 18 tuổi</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="129"/>
        <source>Sex workers estimated</source>
        <translation>Số người bán dâm ước tính</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="151"/>
        <source>Model name</source>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="156"/>
        <location filename="../desktop/domain/record_types/programme.py" line="124"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="158"/>
        <location filename="../desktop/domain/record_types/programme.py" line="126"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="160"/>
        <location filename="../desktop/domain/record_types/programme.py" line="304"/>
        <source>People supported</source>
        <translation>Số người được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="33"/>
        <source>Commune/ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="39"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="49"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="51"/>
        <location filename="../desktop/domain/record_types/programme.py" line="108"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="53"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="55"/>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="57"/>
        <location filename="../desktop/domain/record_types/programme.py" line="132"/>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="59"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="61"/>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="66"/>
        <source>of whom industrial-zone workers</source>
        <translation>trong đó công nhân KCN</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="70"/>
        <source>of whom pupils and students</source>
        <translation>trong đó học sinh, sinh viên</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="73"/>
        <location filename="../desktop/domain/record_types/programme.py" line="138"/>
        <source>Documents handed out</source>
        <translation>Số tài liệu phát</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="75"/>
        <source>Leaflets handed out</source>
        <translation>Số tờ rơi phát</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="106"/>
        <source>Outlet, channel</source>
        <translation>Cơ quan, kênh đăng phát</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="110"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="128"/>
        <source>Class name</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="130"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="134"/>
        <source>Trainees (groups)</source>
        <translation>Đối tượng học viên</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="136"/>
        <source>Trainees</source>
        <translation>Số học viên</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="157"/>
        <source>Officer code</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="159"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="162"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="164"/>
        <source>Member of Team 178</source>
        <translation>Thành viên Đội 178</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="166"/>
        <source>In service</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="168"/>
        <source>Started on</source>
        <translation>Ngày bắt đầu công tác</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="170"/>
        <source>Left on</source>
        <translation>Ngày thôi công tác</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="192"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="194"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="209"/>
        <source>Establishment code</source>
        <translation>Mã cơ sở</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="211"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="213"/>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="216"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="218"/>
        <source>Business registration no.</source>
        <translation>Số đăng ký kinh doanh</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="221"/>
        <source>Owner</source>
        <translation>Chủ cơ sở</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="223"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="225"/>
        <source>Workers</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="227"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="229"/>
        <source>Opened on</source>
        <translation>Ngày bắt đầu hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="231"/>
        <source>Closed on</source>
        <translation>Ngày ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="261"/>
        <source>Establishment</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="263"/>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="265"/>
        <source>Planned</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="267"/>
        <source>Violation found</source>
        <translation>Phát hiện vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="269"/>
        <source>Violation</source>
        <translation>Hành vi vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="271"/>
        <source>Sanctions</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="273"/>
        <source>Fine (VND)</source>
        <translation>Tiền phạt (đồng)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="275"/>
        <source>Buyers sanctioned</source>
        <translation>Số người mua dâm bị xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="277"/>
        <source>Sellers sanctioned</source>
        <translation>Số người bán dâm bị xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="279"/>
        <source>Criminal cases</source>
        <translation>Số vụ án hình sự</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="302"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="306"/>
        <source>of whom reintegrated</source>
        <translation>trong đó tái hòa nhập cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="326"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="327"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="329"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="135"/>
        <source>Indicator “{key}”: {problem}</source>
        <translation>Chỉ tiêu “{key}”: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="136"/>
        <source>Indicator “{key}”, field “{field}”: {problem}</source>
        <translation>Chỉ tiêu “{key}”, trường “{field}”: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="162"/>
        <location filename="../desktop/domain/indicator_defs.py" line="185"/>
        <location filename="../desktop/domain/indicator_defs.py" line="189"/>
        <location filename="../desktop/domain/indicator_defs.py" line="192"/>
        <source>(file)</source>
        <translation>(tệp)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="162"/>
        <source>the file is not valid TOML ({where}).</source>
        <translation>tệp không đúng định dạng TOML ({where}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="170"/>
        <source>somewhere in the file</source>
        <translation>không rõ vị trí trong tệp</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="171"/>
        <source>line {line}, column {column}</source>
        <translation>dòng {line}, cột {column}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="185"/>
        <source>must be {format}; this program reads format {format} only.</source>
        <translation>phải là {format}; chương trình chỉ đọc được định dạng {format}.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="189"/>
        <location filename="../desktop/domain/indicator_defs.py" line="220"/>
        <source>is not a field of the format.</source>
        <translation>không phải là trường của định dạng.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="192"/>
        <source>must be a list of [[indicator]] tables.</source>
        <translation>phải là danh sách các bảng [[indicator]].</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="202"/>
        <source>this key is given twice in the file.</source>
        <translation>mã này xuất hiện hai lần trong tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="218"/>
        <source>no. {n} (no key)</source>
        <translation>thứ {n} (chưa có mã)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="227"/>
        <source>must be 1 to 36 characters among a-z, 0-9 and _.</source>
        <translation>phải gồm 1 đến 36 ký tự a-z, 0-9 hoặc _.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="232"/>
        <source>must be a text of at most 200 characters.</source>
        <translation>phải là văn bản không quá 200 ký tự.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="236"/>
        <source>the Vietnamese label is required.</source>
        <translation>bắt buộc có tên tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="239"/>
        <source>must be one of: {allowed}.</source>
        <translation>phải là một trong các giá trị: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="246"/>
        <source>is not used with aggregate “{aggregate}”.</source>
        <translation>không dùng với cách tính “{aggregate}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="250"/>
        <source>is required with aggregate “{aggregate}”.</source>
        <translation>bắt buộc với cách tính “{aggregate}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="259"/>
        <source>must be a text.</source>
        <translation>phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="264"/>
        <source>must be an indicator key (a-z, 0-9 and _).</source>
        <translation>phải là mã chỉ tiêu (a-z, 0-9 và _).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="268"/>
        <source>must be a positive number.</source>
        <translation>phải là số dương.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="272"/>
        <source>must be true or false.</source>
        <translation>phải là true hoặc false.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="277"/>
        <source>must be a number or a plan key.</source>
        <translation>phải là một số hoặc mã chỉ tiêu kế hoạch.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="280"/>
        <source>must be a number or a plan key (a-z, 0-9 and _).</source>
        <translation>phải là một số hoặc mã chỉ tiêu kế hoạch (a-z, 0-9 và _).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="282"/>
        <source>a fixed number is a target for a ratio only; give the plan key (Kế hoạch: Chỉ tiêu) of a count&apos;s target.</source>
        <translation>chỉ tỷ lệ mới có mục tiêu là một số cố định; với chỉ tiêu đếm, hãy ghi mã chỉ tiêu trong kế hoạch (Kế hoạch: Chỉ tiêu).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="285"/>
        <source>a plan figure has no target.</source>
        <translation>số liệu kế hoạch không có mục tiêu.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="302"/>
        <source>must be a sheet name or a list of sheet names.</source>
        <translation>phải là tên một trang tính hoặc danh sách tên trang tính.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="311"/>
        <source>must be a table of conditions (column = value).</source>
        <translation>phải là bảng điều kiện (cột = giá trị).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="317"/>
        <source>“{column}”: give a value or a list of values.</source>
        <translation>“{column}”: hãy ghi một giá trị hoặc danh sách giá trị.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="386"/>
        <source>no sheet is called “{sheet}”.</source>
        <translation>không có trang tính nào tên “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="389"/>
        <source>aggregate “trained” reads the sheet “{sheet}” only.</source>
        <translation>cách tính “trained” chỉ đọc trang tính “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="395"/>
        <source>the sheet “{sheet}” has no column “{column}”.</source>
        <translation>trang tính “{sheet}” không có cột “{column}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="400"/>
        <source>“{sheet}” is a register: say which date column gives the latest value.</source>
        <translation>“{sheet}” là sổ theo dõi: hãy ghi cột ngày dùng để lấy số liệu mới nhất.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="404"/>
        <source>“{column}” is not a number column; {aggregate} needs one.</source>
        <translation>“{column}” không phải cột số; cách tính {aggregate} cần một cột số.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="408"/>
        <source>“{column}” is not a date column.</source>
        <translation>“{column}” không phải cột ngày.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="410"/>
        <source>“{column}” has no list of values to break down by.</source>
        <translation>“{column}” không có danh mục giá trị để chia nhỏ số liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="426"/>
        <source>“{value}” is not a value of “{column}”; allowed: {allowed}.</source>
        <translation>“{value}” không có trong danh mục “{column}”; các giá trị hợp lệ: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="429"/>
        <source>“{value}” is not Có or Không (column “{column}”).</source>
        <translation>“{value}” không phải Có hoặc Không (cột “{column}”).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="432"/>
        <source>“{value}” is not a number (column “{column}”).</source>
        <translation>“{value}” không phải là số (cột “{column}”).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="434"/>
        <source>the column “{column}” cannot be a condition (“{value}”); use a column with a list of values, Có/Không, a date or a number.</source>
        <translation>không dùng được cột “{column}” làm điều kiện (“{value}”); hãy dùng cột có danh mục, cột Có/Không, cột ngày hoặc cột số.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="454"/>
        <source>a ratio cannot refer to itself.</source>
        <translation>tỷ lệ không thể tham chiếu chính nó.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="456"/>
        <source>no indicator has the key “{ref}”.</source>
        <translation>không có chỉ tiêu nào mang mã “{ref}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="459"/>
        <source>“{ref}” is a breakdown, not one number.</source>
        <translation>“{ref}” là số liệu chia theo loại, không phải một con số.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="462"/>
        <source>the ratios refer to each other in a circle.</source>
        <translation>các tỷ lệ tham chiếu vòng tròn lẫn nhau.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="71"/>
        <source>The office&apos;s indicator definitions stored in the database are damaged; restore a backup, or import the definitions again.</source>
        <translation>Các định nghĩa chỉ tiêu riêng của đơn vị lưu trong cơ sở dữ liệu đã bị hỏng; hãy khôi phục từ bản sao lưu, hoặc nhập lại các định nghĩa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="143"/>
        <source>PCMD indicator definitions in force (format 1).</source>
        <translation>Định nghĩa chỉ tiêu PCMD đang áp dụng (định dạng 1).</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="151"/>
        <source>Cannot read {path}: there is no such file.</source>
        <translation>Không đọc được {path}: không có tệp này.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="153"/>
        <source>Cannot read {path}: it is too large for a definitions file.</source>
        <translation>Không đọc được {path}: tệp quá lớn so với một tệp định nghĩa chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="157"/>
        <source>Cannot read {path}: it is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>Không đọc được {path}: tệp không phải văn bản UTF-8; hãy lưu lại theo mã UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="162"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="223"/>
        <source>no indicator has this key.</source>
        <translation>không có chỉ tiêu nào mang mã này.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="231"/>
        <source>refers to “{ref}”, which would no longer be in force.</source>
        <translation>tham chiếu “{ref}”, chỉ tiêu này sẽ không còn được áp dụng.</translation>
    </message>
</context>
<context>
    <name>locks</name>
    <message>
        <location filename="../desktop/services/locks.py" line="96"/>
        <source>Give a reason for unlocking the month.</source>
        <translation>Hãy nêu lý do mở khóa tháng.</translation>
    </message>
    <message>
        <source>The month {month} is locked; ask a manager to unlock it.</source>
        <translation type="vanished">Tháng {month} đã bị khóa; hãy đề nghị lãnh đạo mở khóa.</translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <location filename="../desktop/services/maintenance.py" line="88"/>
        <source>Storage damaged: SQLite found {n} damaged places in {name} (listed in the log file). Restore the latest backup.</source>
        <translation>Dữ liệu lưu trữ bị hỏng: SQLite tìm thấy {n} chỗ hỏng trong {name} (liệt kê trong tệp nhật ký). Hãy khôi phục bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="95"/>
        <source>Table {table} row {row} points to a missing {parent} record.</source>
        <translation>Bảng {table}, dòng {row} tham chiếu đến bản ghi {parent} không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="100"/>
        <source>The schema is at {rev}, not the current version.</source>
        <translation>Lược đồ đang ở phiên bản {rev}, không phải phiên bản hiện hành.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="112"/>
        <source>No administrative units are loaded (run pcmd init).</source>
        <translation>Chưa nạp đơn vị hành chính nào (hãy chạy pcmd init).</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="151"/>
        <source>{kind} {id}: unknown {field} value “{value}”.</source>
        <translation>{kind} {id}: giá trị {field} “{value}” không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="155"/>
        <source>{kind} {id}: {problem}</source>
        <translation>{kind} {id}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="164"/>
        <source>{kind} {id}: the unit {unit} did not exist on {date}.</source>
        <translation>{kind} {id}: đơn vị {unit} chưa tồn tại hoặc không còn tồn tại vào ngày {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="177"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} là thư mục; hãy nhập tên tệp.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="182"/>
        <source>The database {name} is damaged; it was not backed up. Restore the latest sound backup instead.</source>
        <translation>Cơ sở dữ liệu {name} bị hỏng nên không sao lưu. Hãy khôi phục bản sao lưu còn tốt gần nhất.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="273"/>
        <source>The backup file {path} does not exist.</source>
        <translation>Không có tệp sao lưu {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="280"/>
        <source>Cannot read the backup {path}: {reason}.</source>
        <translation>Không đọc được bản sao lưu {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="285"/>
        <source>{path} is not a PCMD backup, or it is damaged.</source>
        <translation>{path} không phải là bản sao lưu PCMD, hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="288"/>
        <source>{path} is not a PCMD backup.</source>
        <translation>{path} không phải là bản sao lưu PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="290"/>
        <source>{path} was made by a newer version of PCMD.</source>
        <translation>{path} được tạo bởi phiên bản PCMD mới hơn.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="292"/>
        <source>The backup {path} is damaged; nothing was restored. Choose another backup.</source>
        <translation>Bản sao lưu {path} bị hỏng; chưa khôi phục gì. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="327"/>
        <source>A restore replaces the audit trail too, which the program&apos;s login may not do; nothing was restored. Restore with the database owner&apos;s login (--db with the owner&apos;s URL).</source>
        <translation>Khôi phục sẽ thay cả nhật ký thao tác, việc mà tài khoản của chương trình không được làm; chưa khôi phục gì. Hãy khôi phục bằng tài khoản chủ sở hữu cơ sở dữ liệu (--db với địa chỉ của chủ sở hữu).</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="371"/>
        <source>The database is busy: another computer is saving, so it was not restored. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận: một máy khác đang ghi, nên chưa khôi phục. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Storage damaged: {detail}</source>
        <translation type="vanished">Dữ liệu lưu trữ bị hỏng: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a PCMD backup: {reason}</source>
        <translation type="vanished">{path} không phải là bản sao lưu PCMD: {reason}</translation>
    </message>
    <message>
        <source>{count} outreach sessions have more women than participants.</source>
        <translation type="vanished">{count} buổi truyền thông có số nữ nhiều hơn tổng số người tham dự.</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../desktop/services/policy.py" line="60"/>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="60"/>
        <source>Manager</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="60"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="135"/>
        <source>Sign in first: this database has users, so every change needs a user name and password.</source>
        <translation>Hãy đăng nhập trước: cơ sở dữ liệu này đã có người dùng nên mọi thay đổi đều cần tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="140"/>
        <source>The account {name} is no longer active; nothing was changed. Ask an administrator.</source>
        <translation>Tài khoản {name} không còn hoạt động; chưa có gì được thay đổi. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="155"/>
        <source>{name} ({role}) may not do this; ask a manager or an administrator.</source>
        <translation>{name} ({role}) không có quyền thực hiện thao tác này; hãy đề nghị lãnh đạo hoặc quản trị viên.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="208"/>
        <source>{unit} is outside your units; you may read only the records of your unit and the units under it.</source>
        <translation>{unit} không thuộc phạm vi của bạn; bạn chỉ được xem hồ sơ của đơn vị mình và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="218"/>
        <source>This record belongs to another unit; you may not change it.</source>
        <translation>Hồ sơ này thuộc đơn vị khác; bạn không được sửa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="290"/>
        <source>The month {month} was locked by {who} on {date}; ask a manager to unlock it if it must change.</source>
        <translation>Tháng {month} đã khóa bởi {who} ngày {date}; nếu cần sửa, hãy đề nghị lãnh đạo mở khóa.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="340"/>
        <source>You may lock and unlock only the months of your unit and the units under it.</source>
        <translation>Bạn chỉ được khóa và mở khóa sổ các tháng của đơn vị mình và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="363"/>
        <source>{unit} is outside your units; demo data were not made.</source>
        <translation>{unit} không thuộc phạm vi của bạn; chưa tạo dữ liệu mẫu.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="368"/>
        <source>Demo data were not made: {unit} has locked months ({month} …), and demo records would fall into them.</source>
        <translation>Chưa tạo dữ liệu mẫu: {unit} có tháng đã khóa sổ ({month} …) mà dữ liệu mẫu sẽ rơi vào.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="21"/>
        <source>Hotspot</source>
        <translation>Tụ điểm</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="48"/>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="90"/>
        <source>Denunciation</source>
        <translation>Tin báo, tố giác</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="116"/>
        <source>People figures</source>
        <translation>Số liệu người bán dâm</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="149"/>
        <source>Prevention model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="44"/>
        <source>Outreach session</source>
        <translation>Buổi truyền thông</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="100"/>
        <source>Media item</source>
        <translation>Tin, bài truyền thông</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="122"/>
        <source>Training class</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="155"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="190"/>
        <source>Attendance</source>
        <translation>Tham gia tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="207"/>
        <source>Establishment</source>
        <translation>Cơ sở kinh doanh</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="257"/>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="297"/>
        <source>Support figures</source>
        <translation>Số liệu hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="324"/>
        <source>Target</source>
        <translation>Chỉ tiêu kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="50"/>
        <source>{items} and {last}</source>
        <translation>{items} và {last}</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="133"/>
        <source>A record with the same {fields} already exists.</source>
        <translation>Đã có bản ghi trùng {fields}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="241"/>
        <location filename="../desktop/services/records.py" line="351"/>
        <location filename="../desktop/services/records.py" line="386"/>
        <location filename="../desktop/services/records.py" line="400"/>
        <source>The record no longer exists (it was deleted).</source>
        <translation>Hồ sơ không còn tồn tại (đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="289"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="389"/>
        <source>Someone else changed this record since you opened it; reopen it to see their changes.</source>
        <translation>Hồ sơ này đã được người khác sửa sau khi bạn mở; hãy mở lại để xem các thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="493"/>
        <source>Choose the home unit first (pcmd init --unit CODE).</source>
        <translation>Hãy chọn đơn vị quản lý trước (pcmd init --unit MÃ).</translation>
    </message>
    <message>
        <source>A record with the same {field} already exists.</source>
        <translation type="vanished">Đã có hồ sơ trùng {field}.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../desktop/services/setup.py" line="46"/>
        <source>No Hai Phong unit has code {code}.</source>
        <translation>Không có đơn vị nào của Hải Phòng mang mã {code}.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../desktop/services/storage.py" line="37"/>
        <source>the database</source>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../desktop/services/storage.py" line="41"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy; chưa lưu được gì. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/services/storage.py" line="46"/>
        <source>{file} cannot be read: {reason}; nothing was changed. Ask for read access or choose another file or folder.</source>
        <translation>Không đọc được {file}: {reason}; chưa có gì thay đổi. Hãy đề nghị cấp quyền đọc hoặc chọn tệp, thư mục khác.</translation>
    </message>
    <message>
        <location filename="../desktop/services/storage.py" line="50"/>
        <source>The folder or disk cannot be written (read-only or no permission); nothing was saved. Ask for write access or choose another folder.</source>
        <translation>Không ghi được vào thư mục hoặc ổ đĩa (chỉ cho đọc hoặc không có quyền); chưa lưu được gì. Hãy đề nghị cấp quyền ghi hoặc chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../desktop/services/units.py" line="272"/>
        <source>no commune or ward given</source>
        <translation>chưa nhập xã, phường</translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="277"/>
        <source>no unit has code {code} on {date}</source>
        <translation>không có đơn vị nào mang mã {code} vào ngày {date}</translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="298"/>
        <source>no commune or ward named “{name}” existed on {date}</source>
        <translation>không có xã, phường nào tên “{name}” vào ngày {date}</translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="306"/>
        <source>“{name}” is ambiguous on {date}: {candidates}; give the code</source>
        <translation>“{name}” trùng tên vào ngày {date}: {candidates}; hãy nhập mã đơn vị</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="41"/>
        <source>The date cleared is before the date detected.</source>
        <translation>Ngày xóa bỏ trước ngày phát hiện.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="77"/>
        <source>Brothel-keepers and brokers ({value}) cannot be more than people involved ({total}).</source>
        <translation>Số chủ chứa, môi giới ({value}) không được lớn hơn số đối tượng ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="81"/>
        <source>Suspects ({value}) cannot be more than people involved ({total}).</source>
        <translation>Số bị can ({value}) không được lớn hơn số đối tượng ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="83"/>
        <source>The trial date is before the date of the case.</source>
        <translation>Ngày xét xử trước ngày của vụ việc.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="110"/>
        <source>The date handled is before the date received.</source>
        <translation>Ngày xử lý trước ngày tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="140"/>
        <source>Women ({value}) cannot be more than people on record ({total}).</source>
        <translation>Số nữ ({value}) không được lớn hơn số người có hồ sơ ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="142"/>
        <source>Under 18 ({value}) cannot be more than people on record ({total}).</source>
        <translation>Số người dưới 18 tuổi ({value}) không được lớn hơn số người có hồ sơ ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="27"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="87"/>
        <source>Women ({value}) cannot be more than participants ({total}).</source>
        <translation>Số nữ ({value}) không được lớn hơn số người tham dự ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="89"/>
        <source>Industrial-zone workers ({value}) cannot be more than participants ({total}).</source>
        <translation>Số công nhân KCN ({value}) không được lớn hơn số người tham dự ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="92"/>
        <source>Pupils and students ({value}) cannot be more than participants ({total}).</source>
        <translation>Số học sinh, sinh viên ({value}) không được lớn hơn số người tham dự ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="290"/>
        <source>A fine or sanction needs a violation: tick “Violation found”.</source>
        <translation>Có phạt tiền hoặc xử lý thì phải có vi phạm: hãy đánh dấu “Có vi phạm”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="316"/>
        <source>Reintegrated ({value}) cannot be more than people supported ({total}).</source>
        <translation>Số tái hòa nhập ({value}) không được lớn hơn số người được hỗ trợ ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="88"/>
        <location filename="../desktop/services/validation.py" line="180"/>
        <source>{field} is required.</source>
        <translation>Phải nhập {field}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="145"/>
        <source>{field}: “{value}” is not a date (dd/mm/yyyy).</source>
        <translation>{field}: “{value}” không phải là ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="146"/>
        <source>{field}: “{value}” is not a month (mm/yyyy).</source>
        <translation>{field}: “{value}” không phải là tháng (mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="149"/>
        <source>{field}: {value} is before 2000.</source>
        <translation>{field}: {value} trước năm 2000.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="156"/>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: “{value}” không phải là số.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="159"/>
        <source>{field}: {value} must be a whole number.</source>
        <translation>{field}: {value} phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="162"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} không được là số âm.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="165"/>
        <source>{field}: {value} is not a year.</source>
        <translation>{field}: {value} không phải là năm.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="169"/>
        <source>{field}: {value} is too large.</source>
        <translation>{field}: {value} quá lớn.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="176"/>
        <source>{field}: “{value}” is not yes or no (Có/Không).</source>
        <translation>{field}: “{value}” không phải là Có hoặc Không.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="188"/>
        <location filename="../desktop/services/validation.py" line="198"/>
        <source>{field}: “{value}” is not an allowed value ({allowed}).</source>
        <translation>{field}: “{value}” không thuộc các giá trị cho phép ({allowed}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="214"/>
        <source>{field}: “{value}” is not an indicator.</source>
        <translation>{field}: “{value}” không phải là chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="219"/>
        <source>{field}: no record with id {value}.</source>
        <translation>{field}: không có hồ sơ nào có mã số {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="236"/>
        <source>{field}: {unit} is not a commune, ward or township.</source>
        <translation>{field}: {unit} không phải là xã, phường hoặc thị trấn.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="239"/>
        <source>{field}: {unit} did not exist on {date}.</source>
        <translation>{field}: đơn vị {unit} không tồn tại vào ngày {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="242"/>
        <source>{field}: {unit} is not under {owner}.</source>
        <translation>{field}: đơn vị {unit} không trực thuộc {owner}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="267"/>
        <source>{field}: {value} is in the future.</source>
        <translation>{field}: {value} là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Women ({women}) cannot be more than participants ({total}).</source>
        <translation type="vanished">Số nữ ({women}) không được lớn hơn số người tham dự ({total}).</translation>
    </message>
</context>
</TS>
