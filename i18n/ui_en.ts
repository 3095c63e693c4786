<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="43"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="43"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="43"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="44"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="44"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="44"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="45"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="96"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="96"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="97"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="97"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="98"/>
        <source>unlocked</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="98"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="106"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="111"/>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="115"/>
        <source>unit code</source>
        <translation>unit code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="117"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="124"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="125"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="130"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="131"/>
        <source>Record type:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="132"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="137"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="167"/>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="170"/>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="171"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="134"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="135"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="136"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="137"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="138"/>
        <source>Search (accents optional)…</source>
        <translation>Search (accents optional)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="141"/>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>MonthLockDialog</name>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="46"/>
        <source>Unlock a month</source>
        <translation>Unlock a month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="46"/>
        <source>Lock a month</source>
        <translation>Lock a month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="62"/>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="63"/>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="64"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="64"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="68"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="68"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="92"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="93"/>
        <source>Locked months: {months}</source>
        <translation>Locked months: {months}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="98"/>
        <source>Choose the home unit first.</source>
        <translation>Choose the home unit first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="105"/>
        <source>{month} is not locked.</source>
        <translation>{month} is not locked.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="109"/>
        <source>{month} is already locked.</source>
        <translation>{month} is already locked.</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <location filename="../desktop/ui/outreach_tab.py" line="33"/>
        <source>Outreach sessions</source>
        <translation>Outreach sessions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outreach_tab.py" line="34"/>
        <source>Media items</source>
        <translation>Media items</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/record_form.py" line="208"/>
        <source>New: {what}</source>
        <translation>New: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="209"/>
        <source>Edit: {what}</source>
        <translation>Edit: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="216"/>
        <source>Save and &amp;new</source>
        <translation>Save and &amp;new</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="217"/>
        <source>Save, then start the next record (Ctrl+Enter)</source>
        <translation>Save, then start the next record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="365"/>
        <source>Save the changes to this record?</source>
        <translation>Save the changes to this record?</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="253"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="254"/>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="255"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="256"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="268"/>
        <source>{what}: choose a record above</source>
        <translation>{what}: choose a record above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="271"/>
        <source>{what}: {count} records</source>
        <translation>{what}: {count} records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="361"/>
        <source>Delete this record?
{summary}</source>
        <translation>Delete this record?
{summary}</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../desktop/ui/table_models.py" line="227"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_models.py" line="227"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="34"/>
        <location filename="../desktop/ui/trust_signin.py" line="47"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="42"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="43"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="48"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="111"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks.py" line="125"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../desktop/ui/training_tab.py" line="68"/>
        <source>Classes and attendance</source>
        <translation>Classes and attendance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_tab.py" line="69"/>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
</context>
<context>
    <name>TrustMenu</name>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="34"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="37"/>
        <source>Users…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="38"/>
        <source>Lock month…</source>
        <translation>Lock month…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="39"/>
        <source>Unlock month…</source>
        <translation>Unlock month…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="40"/>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="41"/>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="42"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="74"/>
        <source>Your role ({role}) does not allow this; ask a manager or an administrator.</source>
        <translation>Your role ({role}) does not allow this; ask a manager or an administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="114"/>
        <source>Back up the data</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="116"/>
        <location filename="../desktop/ui/trust_menu.py" line="143"/>
        <source>PCMD backup (*.sqlite)</source>
        <translation>PCMD backup (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="127"/>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="128"/>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="132"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="142"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="147"/>
        <location filename="../desktop/ui/trust_menu.py" line="167"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="148"/>
        <source>Replace ALL current data with the backup {path}? A safety copy of the current data is kept in the backups folder.</source>
        <translation>Replace ALL current data with the backup {path}? A safety copy of the current data is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="164"/>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="166"/>
        <source>The previous data were kept in {path}.</source>
        <translation>The previous data were kept in {path}.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="41"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="56"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="57"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="58"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="59"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="60"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="63"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="88"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="91"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="91"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="91"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="91"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="92"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="96"/>
        <source>Sign-in is required once a user exists. The first user must be an administrator.</source>
        <translation>Sign-in is required once a user exists. The first user must be an administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="100"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="100"/>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="101"/>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="102"/>
        <source>Activate / deactivate</source>
        <translation>Activate / deactivate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="107"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="124"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="124"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="150"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="150"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="159"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="159"/>
        <source>Role:</source>
        <translation>Role:</translation>
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
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="37"/>
        <source>Something went wrong ({error}). Your saved data is safe; the action that failed was not completed.</source>
        <translation>Something went wrong ({error}). Your saved data is safe; the action that failed was not completed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="39"/>
        <source>Details were written to {log}.</source>
        <translation>Details were written to {log}.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="15"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="16"/>
        <source>Commune/ward</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="17"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="18"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="19"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="20"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="21"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="22"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="23"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="24"/>
        <source>of whom women</source>
        <translation>of whom women</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="25"/>
        <source>Documents handed out</source>
        <translation>Documents handed out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="26"/>
        <source>Leaflets handed out</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="27"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="28"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="29"/>
        <source>Outlet, channel</source>
        <translation>Outlet, channel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="30"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="31"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="32"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="33"/>
        <source>Class name</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="34"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="35"/>
        <source>Trainees (groups)</source>
        <translation>Trainees (groups)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="36"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="37"/>
        <source>Officer code</source>
        <translation>Officer code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="38"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="39"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="40"/>
        <source>Member of Team 178</source>
        <translation>Member of Team 178</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="41"/>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="42"/>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="43"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="44"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="45"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="46"/>
        <source>Establishment code</source>
        <translation>Establishment code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="48"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="49"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="50"/>
        <source>Business registration no.</source>
        <translation>Business registration no.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="51"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="52"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="53"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="55"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="56"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="57"/>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="58"/>
        <source>Inspection team</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="59"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="60"/>
        <source>Violation found</source>
        <translation>Violation found</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="61"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="62"/>
        <source>Sanctions</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="63"/>
        <source>Fine (VND)</source>
        <translation>Fine (VND)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="64"/>
        <source>Buyers sanctioned</source>
        <translation>Buyers sanctioned</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="65"/>
        <source>Sellers sanctioned</source>
        <translation>Sellers sanctioned</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="66"/>
        <source>Criminal cases</source>
        <translation>Criminal cases</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="67"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="68"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="69"/>
        <source>People supported</source>
        <translation>People supported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="70"/>
        <source>of whom reintegrated</source>
        <translation>of whom reintegrated</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="71"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="72"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="73"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>record_types</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="77"/>
        <source>Outreach session</source>
        <translation>Outreach session</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="78"/>
        <source>Media item</source>
        <translation>Media item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="79"/>
        <source>Training class</source>
        <translation>Training class</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="80"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="81"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="82"/>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="83"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="84"/>
        <source>Support figures</source>
        <translation>Support figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="85"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
</TS>
