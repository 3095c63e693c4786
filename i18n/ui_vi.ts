<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="43"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="43"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="43"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="44"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="44"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="44"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="45"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="96"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="96"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="97"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="97"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="98"/>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="98"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="106"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="111"/>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="115"/>
        <source>unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="117"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="124"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="125"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="130"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="131"/>
        <source>Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="132"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="137"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="167"/>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="170"/>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="171"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="134"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="135"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="136"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="137"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="138"/>
        <source>Search (accents optional)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="141"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthLockDialog</name>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="46"/>
        <source>Unlock a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="46"/>
        <source>Lock a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="62"/>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="63"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="64"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="64"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="68"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="68"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="92"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="93"/>
        <source>Locked months: {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="98"/>
        <source>Choose the home unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="105"/>
        <source>{month} is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="109"/>
        <source>{month} is already locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <location filename="../desktop/ui/outreach_tab.py" line="33"/>
        <source>Outreach sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/outreach_tab.py" line="34"/>
        <source>Media items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/record_form.py" line="208"/>
        <source>New: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="209"/>
        <source>Edit: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="216"/>
        <source>Save and &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="217"/>
        <source>Save, then start the next record (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="365"/>
        <source>Save the changes to this record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="253"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="254"/>
        <source>New record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="255"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="256"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="268"/>
        <source>{what}: choose a record above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="271"/>
        <source>{what}: {count} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="361"/>
        <source>Delete this record?
{summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../desktop/ui/table_models.py" line="227"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_models.py" line="227"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="34"/>
        <location filename="../desktop/ui/trust_signin.py" line="47"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="42"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="43"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="111"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks.py" line="125"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../desktop/ui/training_tab.py" line="68"/>
        <source>Classes and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_tab.py" line="69"/>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustMenu</name>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="34"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="37"/>
        <source>Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="38"/>
        <source>Lock month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="39"/>
        <source>Unlock month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="40"/>
        <source>Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="41"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="42"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="74"/>
        <source>Your role ({role}) does not allow this; ask a manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="114"/>
        <source>Back up the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="116"/>
        <location filename="../desktop/ui/trust_menu.py" line="143"/>
        <source>PCMD backup (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="127"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="128"/>
        <source>Backup saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="132"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="142"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="147"/>
        <location filename="../desktop/ui/trust_menu.py" line="167"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="148"/>
        <source>Replace ALL current data with the backup {path}? A safety copy of the current data is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="164"/>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="166"/>
        <source>The previous data were kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="41"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="56"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="57"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="58"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="59"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="60"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="63"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="88"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="91"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="91"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="91"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="91"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="92"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="96"/>
        <source>Sign-in is required once a user exists. The first user must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="100"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="100"/>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="101"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="102"/>
        <source>Activate / deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="107"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="124"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="124"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="150"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="150"/>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="159"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="159"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../desktop/ui/errors.py" line="23"/>
        <source>PCMD</source>
        <translation>PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="36"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="37"/>
        <source>Something went wrong ({error}). Your saved data is safe; the action that failed was not completed.</source>
        <translation>Đã xảy ra sự cố ({error}). Dữ liệu đã lưu vẫn an toàn; thao tác bị lỗi chưa được thực hiện.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="39"/>
        <source>Details were written to {log}.</source>
        <translation>Chi tiết đã được ghi vào {log}.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="15"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="16"/>
        <source>Commune/ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="17"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="18"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="19"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="20"/>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="21"/>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="22"/>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="23"/>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="24"/>
        <source>of whom women</source>
        <translation>trong đó nữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="25"/>
        <source>Documents handed out</source>
        <translation>Số tài liệu phát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="26"/>
        <source>Leaflets handed out</source>
        <translation>Số tờ rơi phát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="27"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="28"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="29"/>
        <source>Outlet, channel</source>
        <translation>Cơ quan, kênh đăng phát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="30"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="31"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="32"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="33"/>
        <source>Class name</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="34"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="35"/>
        <source>Trainees (groups)</source>
        <translation>Đối tượng học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="36"/>
        <source>Trainees</source>
        <translation>Số học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="37"/>
        <source>Officer code</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="38"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="39"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="40"/>
        <source>Member of Team 178</source>
        <translation>Thành viên Đội 178</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="41"/>
        <source>In service</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="42"/>
        <source>Started on</source>
        <translation>Ngày bắt đầu công tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="43"/>
        <source>Left on</source>
        <translation>Ngày thôi công tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="44"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="45"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="46"/>
        <source>Establishment code</source>
        <translation>Mã cơ sở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="47"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="48"/>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="49"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="50"/>
        <source>Business registration no.</source>
        <translation>Số đăng ký kinh doanh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="51"/>
        <source>Owner</source>
        <translation>Chủ cơ sở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="52"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="53"/>
        <source>Workers</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="54"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="55"/>
        <source>Opened on</source>
        <translation>Ngày bắt đầu hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="56"/>
        <source>Closed on</source>
        <translation>Ngày ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="57"/>
        <source>Establishment</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="58"/>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="59"/>
        <source>Planned</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="60"/>
        <source>Violation found</source>
        <translation>Phát hiện vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="61"/>
        <source>Violation</source>
        <translation>Hành vi vi phạm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="62"/>
        <source>Sanctions</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="63"/>
        <source>Fine (VND)</source>
        <translation>Tiền phạt (đồng)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="64"/>
        <source>Buyers sanctioned</source>
        <translation>Số người mua dâm bị xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="65"/>
        <source>Sellers sanctioned</source>
        <translation>Số người bán dâm bị xử lý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="66"/>
        <source>Criminal cases</source>
        <translation>Số vụ án hình sự</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="67"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="68"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="69"/>
        <source>People supported</source>
        <translation>Số người được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="70"/>
        <source>of whom reintegrated</source>
        <translation>trong đó tái hòa nhập cộng đồng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="71"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="72"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="73"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>record_types</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="77"/>
        <source>Outreach session</source>
        <translation>Buổi truyền thông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="78"/>
        <source>Media item</source>
        <translation>Tin, bài truyền thông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="79"/>
        <source>Training class</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="80"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="81"/>
        <source>Attendance</source>
        <translation>Tham gia tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="82"/>
        <source>Establishment</source>
        <translation>Cơ sở kinh doanh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="83"/>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="84"/>
        <source>Support figures</source>
        <translation>Số liệu hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="85"/>
        <source>Target</source>
        <translation>Chỉ tiêu kế hoạch</translation>
    </message>
</context>
</TS>
