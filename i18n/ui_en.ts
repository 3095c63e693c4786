<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AttendancePicker</name>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="93"/>
        <source>Attendance: {cls}</source>
        <translation>Attendance: {cls}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="94"/>
        <source>Tick the officers who attended (Space ticks the current line); those already on the list are ticked and greyed.</source>
        <translation>Tick the officers who attended (Space ticks the current line); those already on the list are ticked and greyed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="97"/>
        <source>Find an officer (accents optional)…</source>
        <translation>Find an officer (accents optional)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="98"/>
        <source>Tick all shown</source>
        <translation>Tick all shown</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid_attendance.py" line="126"/>
        <source>&amp;Add {n} officers</source>
        <translation>&amp;Add {n} officers</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="58"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="58"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="58"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="59"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="59"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="59"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="60"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="129"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="136"/>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="149"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="150"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="151"/>
        <source>without personal data</source>
        <translation>without personal data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="160"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="161"/>
        <source>Record type:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="162"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="163"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="163"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="204"/>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="208"/>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../desktop/ui/audit_viewer.py" line="209"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="77"/>
        <source>Catalogues</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="81"/>
        <source>Vietnamese label</source>
        <translation>Vietnamese label</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="82"/>
        <location filename="../desktop/ui/catalogue_editor.py" line="85"/>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="82"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="83"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="84"/>
        <source>New value (Vietnamese)</source>
        <translation>New value (Vietnamese)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/catalogue_editor.py" line="86"/>
        <source>&amp;Add value</source>
        <translation>&amp;Add value</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="152"/>
        <source>Reading the rows to copy…</source>
        <translation>Reading the rows to copy…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="154"/>
        <source>Writing the table…</source>
        <translation>Writing the table…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="162"/>
        <source>{n} rows copied with their headers: paste them into Excel or Word.</source>
        <translation>{n} rows copied with their headers: paste them into Excel or Word.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="165"/>
        <source>Copying {n} rows…</source>
        <translation>Copying {n} rows…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="261"/>
        <source>The clipboard holds no rows. Copy the rows in Excel (or LibreOffice, WPS) first, then paste them here with Ctrl+V.</source>
        <translation>The clipboard holds no rows. Copy the rows in Excel (or LibreOffice, WPS) first, then paste them here with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="266"/>
        <source>Choose the record the rows belong to first.</source>
        <translation>Choose the record the rows belong to first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="270"/>
        <source>The rows pasted before are still being checked or saved. Wait until that is done, then paste again.</source>
        <translation>The rows pasted before are still being checked or saved. Wait until that is done, then paste again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="276"/>
        <source>No pasted column matches a column of this list. Paste the rows with their header row, or in the order of the list&apos;s columns.</source>
        <translation>No pasted column matches a column of this list. Paste the rows with their header row, or in the order of the list&apos;s columns.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="281"/>
        <source>The clipboard holds only a header row. Copy the rows under it too, then paste them here with Ctrl+V.</source>
        <translation>The clipboard holds only a header row. Copy the rows under it too, then paste them here with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="309"/>
        <source>Choose the home unit first (Settings).</source>
        <translation>Choose the home unit first (Settings).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="318"/>
        <source>Checking {n} pasted rows…</source>
        <translation>Checking {n} pasted rows…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="403"/>
        <source>Paste: {what}</source>
        <translation>Paste: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="404"/>
        <source>Pasted rows, read with their header row.</source>
        <translation>Pasted rows, read with their header row.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="404"/>
        <source>Pasted rows without a header row: the columns were read in the order of the list&apos;s columns.</source>
        <translation>Pasted rows without a header row: the columns were read in the order of the list&apos;s columns.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="408"/>
        <source>Columns left out (no such column here): {names}.</source>
        <translation>Columns left out (no such column here): {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="419"/>
        <source>Saving the pasted rows…</source>
        <translation>Saving the pasted rows…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="478"/>
        <source>{n} pasted rows saved.</source>
        <translation>{n} pasted rows saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="480"/>
        <source>Cancel came too late: the rows had already been saved.</source>
        <translation>Cancel came too late: the rows had already been saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="482"/>
        <source>{m} rows were not saved (see the preview); they are back on the clipboard with a Lỗi column, to correct in Excel.</source>
        <translation>{m} rows were not saved (see the preview); they are back on the clipboard with a Lỗi column, to correct in Excel.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/clipboard.py" line="488"/>
        <location filename="../desktop/ui/clipboard.py" line="491"/>
        <source>(Ctrl+Z undoes it.)</source>
        <translation>(Ctrl+Z undoes it.)</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="152"/>
        <location filename="../desktop/ui/exchange_completeness.py" line="196"/>
        <source>Reporting calendar</source>
        <translation>Reporting calendar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="153"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="154"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="158"/>
        <source>Deadlines: a month&apos;s figures by day {day} of the next month; the year-end report by {date}.</source>
        <translation>Deadlines: a month&apos;s figures by day {day} of the next month; the year-end report by {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="161"/>
        <source>Units still missing</source>
        <translation>Units still missing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="162"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="162"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="163"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="179"/>
        <source>no officer on the roster</source>
        <translation>no officer on the roster</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="189"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="190"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="78"/>
        <source>Received {when} ({status}; due {due})</source>
        <translation>Received {when} ({status}; due {due})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="80"/>
        <source>Not received ({status}; due {due})</source>
        <translation>Not received ({status}; due {due})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_completeness.py" line="93"/>
        <source>Year-end report</source>
        <translation>Year-end report</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="113"/>
        <source>mm/yyyy, e.g. 03/2024</source>
        <translation>mm/yyyy, e.g. 03/2024</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="114"/>
        <source>dd/mm/yyyy, e.g. 15/03/2024 or 15032024</source>
        <translation>dd/mm/yyyy, e.g. 15/03/2024 or 15032024</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="115"/>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="117"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="138"/>
        <source>“{text}”: that month has no such day.</source>
        <translation>“{text}”: that month has no such day.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="140"/>
        <source>“{text}”: the month must be from 1 to 12.</source>
        <translation>“{text}”: the month must be from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="142"/>
        <source>“{text}”: the year must be from 1900 to 2100.</source>
        <translation>“{text}”: the year must be from 1900 to 2100.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="144"/>
        <source>“{text}” is not a month: type it as mm/yyyy, e.g. 03/2024.</source>
        <translation>“{text}” is not a month: type it as mm/yyyy, e.g. 03/2024.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_edit.py" line="146"/>
        <source>“{text}” is not a date: type it as dd/mm/yyyy, e.g. 15/03/2024.</source>
        <translation>“{text}” is not a date: type it as dd/mm/yyyy, e.g. 15/03/2024.</translation>
    </message>
</context>
<context>
    <name>DeletedRecordsDialog</name>
    <message>
        <location filename="../desktop/ui/deleted_records.py" line="81"/>
        <source>Deleted records: {what}</source>
        <translation>Deleted records: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/deleted_records.py" line="82"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/deleted_records.py" line="83"/>
        <source>{count} deleted records of your units, the latest deletion first. Select the ones to bring back and choose Restore; the audit trail records it.</source>
        <translation>{count} deleted records of your units, the latest deletion first. Select the ones to bring back and choose Restore; the audit trail records it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/deleted_records.py" line="136"/>
        <source>Nothing was restored: {n} of the {total} records may not be restored. {record}: {reason}</source>
        <translation>Nothing was restored: {n} of the {total} records may not be restored. {record}: {reason}</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="57"/>
        <source>&amp;Copy rows (with headers)</source>
        <translation>&amp;Copy rows (with headers)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="58"/>
        <source>&amp;Paste rows from Excel…</source>
        <translation>&amp;Paste rows from Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="59"/>
        <source>Enter &amp;many rows (grid)…</source>
        <translation>Enter &amp;many rows (grid)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="60"/>
        <source>Deleted &amp;records…</source>
        <translation>Deleted &amp;records…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="68"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/edit_actions.py" line="99"/>
        <source>{n} rows copied with their headers: paste them into Excel or Word.</source>
        <translation>{n} rows copied with their headers: paste them into Excel or Word.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="132"/>
        <source>Export exchange workbook</source>
        <translation>Export exchange workbook</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="133"/>
        <location filename="../desktop/ui/exchange_actions.py" line="151"/>
        <location filename="../desktop/ui/exchange_actions.py" line="260"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="139"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="142"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="142"/>
        <source>{n} rows written to {path}.</source>
        <translation>{n} rows written to {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="149"/>
        <location filename="../desktop/ui/exchange_actions.py" line="155"/>
        <source>Blank template</source>
        <translation>Blank template</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="154"/>
        <source>Writing the template…</source>
        <translation>Writing the template…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="156"/>
        <source>Template written: {path}</source>
        <translation>Template written: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="164"/>
        <location filename="../desktop/ui/exchange_actions.py" line="205"/>
        <location filename="../desktop/ui/exchange_actions.py" line="267"/>
        <location filename="../desktop/ui/exchange_actions.py" line="289"/>
        <location filename="../desktop/ui/exchange_actions.py" line="293"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="209"/>
        <source>Checking workbooks…</source>
        <translation>Checking workbooks…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="214"/>
        <source>Password-protected workbook</source>
        <translation>Password-protected workbook</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="215"/>
        <source>The password for {file} is wrong. Type it again:</source>
        <translation>The password for {file} is wrong. Type it again:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="216"/>
        <source>{file} is protected by a password. Type the password:</source>
        <translation>{file} is protected by a password. Type the password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="232"/>
        <source>Sending unit</source>
        <translation>Sending unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="233"/>
        <source>{file} does not say which unit sent it.
Choose the sending unit, or type its code:</source>
        <translation>{file} does not say which unit sent it.
Choose the sending unit, or type its code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="259"/>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="284"/>
        <source>{ok} of {n} workbook(s) imported.</source>
        <translation>{ok} of {n} workbook(s) imported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="287"/>
        <source>The rejected rows were not saved. {problem}</source>
        <translation>The rejected rows were not saved. {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="292"/>
        <source>Rejected rows saved to {path}.</source>
        <translation>Rejected rows saved to {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="295"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ExchangePreviewDialog</name>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="89"/>
        <source>Import preview</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="95"/>
        <source>{rows} pasted rows. Nothing has been written yet.</source>
        <translation>{rows} pasted rows. Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="98"/>
        <source>{files} workbook(s), {rows} rows. Nothing has been written yet.</source>
        <translation>{files} workbook(s), {rows} rows. Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="101"/>
        <source>{n} problem(s) must be corrected before a full import; you may import the valid rows only.</source>
        <translation>{n} problem(s) must be corrected before a full import; you may import the valid rows only.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="121"/>
        <source>Click a problem to see its row.</source>
        <translation>Click a problem to see its row.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="130"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="131"/>
        <source>Import valid rows only…</source>
        <translation>Import valid rows only…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="143"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="143"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="143"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="144"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="144"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="145"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="145"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="148"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="148"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="148"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="170"/>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, row {row}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="199"/>
        <source>Pasted rows</source>
        <translation>Pasted rows</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="62"/>
        <source>Export exchange workbook</source>
        <translation>Export exchange workbook</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="69"/>
        <source>Leave personal data out (names, phone numbers)</source>
        <translation>Leave personal data out (names, phone numbers)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="70"/>
        <source>Protect with a password (when the workbook holds personal data and goes by email)</source>
        <translation>Protect with a password (when the workbook holds personal data and goes by email)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="79"/>
        <source>Give the password to the receiving office by telephone or in person, never in the same email. Excel, LibreOffice and WPS ask for it when they open the file.</source>
        <translation>Give the password to the receiving office by telephone or in person, never in the same email. Excel, LibreOffice and WPS ask for it when they open the file.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="83"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="84"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="87"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="88"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="106"/>
        <source>Type the password.</source>
        <translation>Type the password.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_actions.py" line="108"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="151"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="152"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="153"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="154"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="155"/>
        <source>Search (accents optional)…</source>
        <translation>Search (accents optional)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_filters.py" line="161"/>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../desktop/ui/first_start.py" line="75"/>
        <source>Welcome to PCMD</source>
        <translation>Welcome to PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="76"/>
        <source>Choose the home unit: the office whose records this computer keeps (the city, a district or a commune). You can change it later in Settings.</source>
        <translation>Choose the home unit: the office whose records this computer keeps (the city, a district or a commune). You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_start.py" line="92"/>
        <source>Choose a unit from the list.</source>
        <translation>Choose a unit from the list.</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../desktop/ui/grid.py" line="264"/>
        <source>Enter rows: {what}</source>
        <translation>Enter rows: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="267"/>
        <source>Type row after row as in a sheet: Tab moves to the next cell, Enter to the next row; Ctrl+D fills down, Ctrl+V pastes rows copied from Excel, Ctrl+Z undoes. Each cell is checked as you leave it. Save rows (Ctrl+Enter) saves them all, or none.</source>
        <translation>Type row after row as in a sheet: Tab moves to the next cell, Enter to the next row; Ctrl+D fills down, Ctrl+V pastes rows copied from Excel, Ctrl+Z undoes. Each cell is checked as you leave it. Save rows (Ctrl+Enter) saves them all, or none.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="281"/>
        <source>&amp;Save {n} rows</source>
        <translation>&amp;Save {n} rows</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="391"/>
        <source>Checking {done} of {n} rows…</source>
        <translation>Checking {done} of {n} rows…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="410"/>
        <source>Not checked yet: the rows are checked when they are saved.</source>
        <translation>Not checked yet: the rows are checked when they are saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="421"/>
        <source>Checking {n} rows…</source>
        <translation>Checking {n} rows…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="457"/>
        <source>{n} cells have problems (red).</source>
        <translation>{n} cells have problems (red).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="494"/>
        <source>Saving {n} rows…</source>
        <translation>Saving {n} rows…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="530"/>
        <source>Nothing was saved: {n} of {total} rows have problems (rows {rows}). Correct them, or remove them (Ctrl+Del), and save again.</source>
        <translation>Nothing was saved: {n} of {total} rows have problems (rows {rows}). Correct them, or remove them (Ctrl+Del), and save again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="536"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/grid.py" line="551"/>
        <source>Close without saving the rows typed?</source>
        <translation>Close without saving the rows typed?</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../desktop/ui/help.py" line="85"/>
        <source>User guide — PCMD</source>
        <translation>User guide — PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/help.py" line="86"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/help.py" line="87"/>
        <source>Forward ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <location filename="../desktop/ui/help.py" line="88"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/help.py" line="89"/>
        <source>Find in the guide (Enter)…</source>
        <translation>Find in the guide (Enter)…</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="54"/>
        <source>Count of records</source>
        <translation>Count of records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="55"/>
        <source>Sum of a column</source>
        <translation>Sum of a column</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="56"/>
        <source>Number of different values</source>
        <translation>Number of different values</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="57"/>
        <source>Latest value, added over communes</source>
        <translation>Latest value, added over communes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="58"/>
        <source>Ratio of two indicators</source>
        <translation>Ratio of two indicators</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="59"/>
        <source>Communes valid in the period</source>
        <translation>Communes valid in the period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="60"/>
        <source>Officers trained in the programme period</source>
        <translation>Officers trained in the programme period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="61"/>
        <source>Figure of the plan</source>
        <translation>Figure of the plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="63"/>
        <source>Built-in</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="64"/>
        <source>Built-in, changed</source>
        <translation>Built-in, changed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="65"/>
        <source>Office&apos;s own</source>
        <translation>Office&apos;s own</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="87"/>
        <source>by {column}</source>
        <translation>by {column}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="95"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="95"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="96"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="96"/>
        <source>How it is computed</source>
        <translation>How it is computed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="97"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="97"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="207"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="208"/>
        <source>&amp;New indicator…</source>
        <translation>&amp;New indicator…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="209"/>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="210"/>
        <source>&amp;Import from file…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="211"/>
        <source>E&amp;xport to file…</source>
        <translation>E&amp;xport to file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="212"/>
        <source>Every report counts the indicators in force; untick one to retire it. A saved report names the definitions it used.</source>
        <translation>Every report counts the indicators in force; untick one to retire it. A saved report names the definitions it used.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="214"/>
        <source>Only an administrator can add, change or retire indicators.</source>
        <translation>Only an administrator can add, change or retire indicators.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="257"/>
        <source>Import indicator definitions</source>
        <translation>Import indicator definitions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="258"/>
        <location filename="../desktop/ui/indicator_editor.py" line="279"/>
        <source>Indicator definitions (*.toml)</source>
        <translation>Indicator definitions (*.toml)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="265"/>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="278"/>
        <source>Export indicator definitions</source>
        <translation>Export indicator definitions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="379"/>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="380"/>
        <source>Indicator {key}</source>
        <translation>Indicator {key}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="381"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="382"/>
        <source>TOML text</source>
        <translation>TOML text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="383"/>
        <source>Key (a-z, 0-9, _)</source>
        <translation>Key (a-z, 0-9, _)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="383"/>
        <source>Vietnamese label</source>
        <translation>Vietnamese label</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="384"/>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="384"/>
        <source>Table section</source>
        <translation>Table section</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="385"/>
        <source>Computed as</source>
        <translation>Computed as</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="385"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="386"/>
        <location filename="../desktop/ui/indicator_editor.py" line="393"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="386"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="387"/>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="387"/>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="388"/>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="388"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="394"/>
        <source>Value (several: separate with ;)</source>
        <translation>Value (several: separate with ;)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="395"/>
        <source>Add a condition</source>
        <translation>Add a condition</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="396"/>
        <source>Remove the condition</source>
        <translation>Remove the condition</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="397"/>
        <source>× 100, one decimal</source>
        <translation>× 100, one decimal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="398"/>
        <source>a number for a ratio, or a plan key</source>
        <translation>a number for a ratio, or a plan key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="544"/>
        <source>The key of an indicator cannot be changed; make a new indicator instead.</source>
        <translation>The key of an indicator cannot be changed; make a new indicator instead.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="551"/>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <location filename="../desktop/ui/cases_tab.py" line="16"/>
        <source>Cases and rings</source>
        <translation>Cases and rings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases_tab.py" line="17"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases_tab.py" line="18"/>
        <source>Denunciations</source>
        <translation>Denunciations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outreach_tab.py" line="16"/>
        <source>Outreach sessions</source>
        <translation>Outreach sessions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/outreach_tab.py" line="17"/>
        <source>Media items</source>
        <translation>Media items</translation>
    </message>
    <message>
        <location filename="../desktop/ui/support_tab.py" line="16"/>
        <source>Support figures</source>
        <translation>Support figures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/support_tab.py" line="17"/>
        <source>People on record</source>
        <translation>People on record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/support_tab.py" line="18"/>
        <source>Prevention models</source>
        <translation>Prevention models</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="291"/>
        <source>PCMD — Prostitution prevention records</source>
        <translation>PCMD — Prostitution prevention records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="296"/>
        <source>The reports could not be opened; the log holds the details.</source>
        <translation>The reports could not be opened; the log holds the details.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="297"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="299"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="300"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="301"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="302"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="303"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="304"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="307"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="309"/>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="309"/>
        <source>&amp;Edit record</source>
        <translation>&amp;Edit record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="310"/>
        <source>&amp;Delete record</source>
        <translation>&amp;Delete record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="310"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="311"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="312"/>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Import workbooks…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="313"/>
        <source>E&amp;xport workbook…</source>
        <translation>E&amp;xport workbook…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="314"/>
        <source>Blank &amp;template…</source>
        <translation>Blank &amp;template…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="315"/>
        <source>&amp;Completeness of reporting</source>
        <translation>&amp;Completeness of reporting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="316"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="316"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="317"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="317"/>
        <source>&amp;Catalogues…</source>
        <translation>&amp;Catalogues…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="318"/>
        <source>&amp;Administrative units…</source>
        <translation>&amp;Administrative units…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="319"/>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indicators…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="320"/>
        <source>&amp;About PCMD</source>
        <translation>&amp;About PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="328"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="332"/>
        <source>Home unit: {unit}</source>
        <translation>Home unit: {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="333"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="334"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="424"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="427"/>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="430"/>
        <source>About PCMD</source>
        <translation>About PCMD</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="430"/>
        <source>PCMD {version}
Records of the prostitution-prevention programme: outreach, training, inspections, cases and hotspots, support and models, with reports and Excel exchange.</source>
        <translation>PCMD {version}
Records of the prostitution-prevention programme: outreach, training, inspections, cases and hotspots, support and models, with reports and Excel exchange.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="450"/>
        <source>Import workbooks</source>
        <translation>Import workbooks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="27"/>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="29"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="31"/>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="33"/>
        <source>Cases and hotspots</source>
        <translation>Cases and hotspots</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="35"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tabs.py" line="37"/>
        <source>Reports</source>
        <translation>Reports</translation>
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
        <location filename="../desktop/ui/trust_locks.py" line="52"/>
        <source>(until {date})</source>
        <translation>(until {date})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="67"/>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="68"/>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="69"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="69"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="73"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="73"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="86"/>
        <location filename="../desktop/ui/trust_locks.py" line="110"/>
        <source>There is no office whose months you may lock.</source>
        <translation>There is no office whose months you may lock.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="99"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="100"/>
        <source>Locked months: {months}</source>
        <translation>Locked months: {months}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="120"/>
        <source>{month} is not locked.</source>
        <translation>{month} is not locked.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="122"/>
        <source>{month} of {office} is unlocked: its {n} records can be changed again.</source>
        <translation>{month} of {office} is unlocked: its {n} records can be changed again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="126"/>
        <source>Lock {month} of {office}? Nobody can then change, add or delete its records (in the forms or by import) until a manager unlocks it.</source>
        <translation>Lock {month} of {office}? Nobody can then change, add or delete its records (in the forms or by import) until a manager unlocks it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="133"/>
        <source>{month} is already locked.</source>
        <translation>{month} is already locked.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_locks.py" line="136"/>
        <source>{month} of {office} is locked: {n} records can no longer be changed.</source>
        <translation>{month} of {office} is locked: {n} records can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="47"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="47"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="47"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="47"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="48"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/exchange_preview.py" line="48"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/record_form.py" line="309"/>
        <source>View: {what}</source>
        <translation>View: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="311"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="313"/>
        <source>New: {what}</source>
        <translation>New: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="315"/>
        <source>Edit: {what}</source>
        <translation>Edit: {what}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="322"/>
        <source>Save and &amp;new</source>
        <translation>Save and &amp;new</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="323"/>
        <source>Save, then start the next record (Ctrl+Enter)</source>
        <translation>Save, then start the next record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_form.py" line="494"/>
        <source>Save the changes to this record?</source>
        <translation>Save the changes to this record?</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="197"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="198"/>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="200"/>
        <source>Add &amp;officers…</source>
        <translation>Add &amp;officers…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="201"/>
        <source>Tick many officers for the class (Ctrl+G)</source>
        <translation>Tick many officers for the class (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="203"/>
        <source>&amp;Many rows…</source>
        <translation>&amp;Many rows…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="204"/>
        <source>Type many new records in a grid, as in a sheet (Ctrl+G)</source>
        <translation>Type many new records in a grid, as in a sheet (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="206"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="207"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="231"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="237"/>
        <source>{what}: choose a record above</source>
        <translation>{what}: choose a record above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="240"/>
        <source>{what}: loading…</source>
        <translation>{what}: loading…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="243"/>
        <source>{what}: {count} records</source>
        <translation>{what}: {count} records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="246"/>
        <source>(updating…)</source>
        <translation>(updating…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="249"/>
        <source>{n} selected</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="462"/>
        <source>Select at most {n} records to delete at once.</source>
        <translation>Select at most {n} records to delete at once.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="467"/>
        <source>Delete this record?
{summary}</source>
        <translation>Delete this record?
{summary}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="470"/>
        <source>Delete these {n} records?</source>
        <translation>Delete these {n} records?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="472"/>
        <source>(Ctrl+Z undoes it.)</source>
        <translation>(Ctrl+Z undoes it.)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="510"/>
        <source>Deleting {n} records…</source>
        <translation>Deleting {n} records…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/list_panel.py" line="538"/>
        <source>Nothing was deleted: {n} of the {total} records may not be deleted. {record}: {reason}</source>
        <translation>Nothing was deleted: {n} of the {total} records may not be deleted. {record}: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../desktop/ui/table_models.py" line="178"/>
        <source>Loading the list…</source>
        <translation>Loading the list…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_models.py" line="350"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/table_models.py" line="350"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="123"/>
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="154"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="155"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="156"/>
        <source>Home unit</source>
        <translation>Home unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="157"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="158"/>
        <source>Data and backups</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="159"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="160"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="161"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="162"/>
        <location filename="../desktop/ui/settings_dialog.py" line="163"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="164"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="165"/>
        <source>Names printed on reports</source>
        <translation>Names printed on reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="167"/>
        <source>Parent agency</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="168"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="169"/>
        <source>Abbreviation (No.: …/BC-…)</source>
        <translation>Abbreviation (No.: …/BC-…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="170"/>
        <source>Place (for the date line)</source>
        <translation>Place (for the date line)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="171"/>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="172"/>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="173"/>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="177"/>
        <source>Reporting deadlines</source>
        <translation>Reporting deadlines</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="179"/>
        <source>Monthly figures due by day (of the next month)</source>
        <translation>Monthly figures due by day (of the next month)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="181"/>
        <source>Year-end report due by (day/month)</source>
        <translation>Year-end report due by (day/month)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="200"/>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="205"/>
        <source>The backup failed: {error}</source>
        <translation>The backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="207"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="218"/>
        <source>Monthly figures due by day: write a day from 1 to 28.</source>
        <translation>Monthly figures due by day: write a day from 1 to 28.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="221"/>
        <source>Year-end report due by: write a day and month such as 15/12.</source>
        <translation>Year-end report due by: write a day and month such as 15/12.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="38"/>
        <location filename="../desktop/ui/trust_signin.py" line="51"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="46"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="47"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_signin.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/tasks.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks.py" line="140"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../desktop/ui/training_tab.py" line="77"/>
        <source>Classes and attendance</source>
        <translation>Classes and attendance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_tab.py" line="78"/>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
</context>
<context>
    <name>TrustMenu</name>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="40"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="43"/>
        <source>Users…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="44"/>
        <source>Lock month…</source>
        <translation>Lock month…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="45"/>
        <source>Unlock month…</source>
        <translation>Unlock month…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="46"/>
        <source>Audit trail…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="47"/>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="48"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="120"/>
        <source>Your role ({role}) does not allow this; ask a manager or an administrator.</source>
        <translation>Your role ({role}) does not allow this; ask a manager or an administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="161"/>
        <source>Back up the data</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="163"/>
        <location filename="../desktop/ui/trust_menu.py" line="192"/>
        <source>PCMD backup (*.sqlite)</source>
        <translation>PCMD backup (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="176"/>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="177"/>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="181"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="191"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="196"/>
        <location filename="../desktop/ui/trust_menu.py" line="227"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="197"/>
        <source>Replace ALL current data with the backup {path}? A safety copy of the current data is kept in the backups folder.</source>
        <translation>Replace ALL current data with the backup {path}? A safety copy of the current data is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="224"/>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_menu.py" line="226"/>
        <source>The previous data were kept in {path}.</source>
        <translation>The previous data were kept in {path}.</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../desktop/ui/undo.py" line="65"/>
        <source>Undo the deletion ({what}, {n})</source>
        <translation>Undo the deletion ({what}, {n})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="67"/>
        <source>Undo the paste ({what}, {n} rows)</source>
        <translation>Undo the paste ({what}, {n} rows)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="69"/>
        <source>Undo the rows saved ({what}, {n})</source>
        <translation>Undo the rows saved ({what}, {n})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="71"/>
        <source>Undo the restore ({what}, {n})</source>
        <translation>Undo the restore ({what}, {n})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="72"/>
        <source>Undo the save ({what})</source>
        <translation>Undo the save ({what})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="81"/>
        <source>The deletion was undone ({what}, {n}).</source>
        <translation>The deletion was undone ({what}, {n}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="83"/>
        <source>The paste was undone ({what}, {n} rows).</source>
        <translation>The paste was undone ({what}, {n} rows).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="85"/>
        <source>The rows saved were undone ({what}, {n}).</source>
        <translation>The rows saved were undone ({what}, {n}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="87"/>
        <source>The restore was undone ({what}, {n}).</source>
        <translation>The restore was undone ({what}, {n}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="88"/>
        <source>The save was undone ({what}).</source>
        <translation>The save was undone ({what}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="201"/>
        <source>Undoing: {n} records…</source>
        <translation>Undoing: {n} records…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="213"/>
        <source>Undoing: {done} of {total} records…</source>
        <translation>Undoing: {done} of {total} records…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="229"/>
        <source>nothing was undone: {n} of the {total} records may not be changed. {record}: {reason}</source>
        <translation>nothing was undone: {n} of the {total} records may not be changed. {record}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/undo.py" line="233"/>
        <source>Cannot undo: {reason}</source>
        <translation>Cannot undo: {reason}</translation>
    </message>
</context>
<context>
    <name>UnitBrowser</name>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="45"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="45"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="46"/>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="46"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="58"/>
        <source>(part)</source>
        <translation>(part)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="79"/>
        <source>Administrative units</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="80"/>
        <source>Search by name or code (accents optional)…</source>
        <translation>Search by name or code (accents optional)…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="82"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="82"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="82"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="82"/>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="83"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="83"/>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unit_browser.py" line="83"/>
        <source>Replaced by (2025)</source>
        <translation>Replaced by (2025)</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="37"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="52"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="53"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="54"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="55"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="56"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="59"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="84"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="87"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="87"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="87"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="87"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="88"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="92"/>
        <source>Sign-in is required once a user exists. The first user must be an administrator.</source>
        <translation>Sign-in is required once a user exists. The first user must be an administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="96"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="96"/>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="97"/>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="98"/>
        <source>Activate / deactivate</source>
        <translation>Activate / deactivate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="103"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="120"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="120"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="146"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="146"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="155"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trust_users.py" line="155"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../desktop/ui/app.py" line="99"/>
        <source>Daily backup…</source>
        <translation>Daily backup…</translation>
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
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="44"/>
        <source>Something went wrong ({error}). Your saved data is safe; the action that failed was not completed.</source>
        <translation>Something went wrong ({error}). Your saved data is safe; the action that failed was not completed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/errors.py" line="46"/>
        <source>Details were written to {log}.</source>
        <translation>Details were written to {log}.</translation>
    </message>
</context>
</TS>
