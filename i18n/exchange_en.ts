<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExchangeCompleteness</name>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="173"/>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="173"/>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="173"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="174"/>
        <source>not yet due</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="184"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="187"/>
        <location filename="../desktop/exchange/completeness.py" line="207"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="190"/>
        <source>Year-end report</source>
        <translation>Year-end report</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="203"/>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="207"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="207"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/completeness.py" line="219"/>
        <source>year-end report</source>
        <translation>year-end report</translation>
    </message>
</context>
<context>
    <name>ExchangeExport</name>
    <message>
        <location filename="../desktop/exchange/exporter.py" line="213"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Choose the home unit first: pcmd init --unit CODE</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/exporter.py" line="216"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/exporter.py" line="262"/>
        <source>Writing {sheet}…</source>
        <translation>Writing {sheet}…</translation>
    </message>
</context>
<context>
    <name>ExchangeFormats</name>
    <message>
        <location filename="../desktop/exchange/formats.py" line="37"/>
        <source>{first} or {last}</source>
        <translation>{first} or {last}</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/formats.py" line="42"/>
        <source>Workbooks ({patterns})</source>
        <translation>Workbooks ({patterns})</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/formats.py" line="71"/>
        <source>{name}: PCMD writes the workbook as .xlsx, so a name ending in {suffix} would be false; give a name ending in .xlsx.</source>
        <translation>{name}: PCMD writes the workbook as .xlsx, so a name ending in {suffix} would be false; give a name ending in .xlsx.</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <location filename="../desktop/exchange/batch.py" line="91"/>
        <source>Cannot read the folder {folder}: {reason}.</source>
        <translation>Cannot read the folder {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/batch.py" line="94"/>
        <source>The folder {folder} holds no workbook ({formats}).</source>
        <translation>The folder {folder} holds no workbook ({formats}).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/batch.py" line="127"/>
        <source>{file} could not be checked because of an unexpected problem in PCMD; nothing of it was imported. Send the file and the log to the PCMD support team.</source>
        <translation>{file} could not be checked because of an unexpected problem in PCMD; nothing of it was imported. Send the file and the log to the PCMD support team.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="97"/>
        <source>The workbook says it was sent by unit {code}; that code was used, not {given}.</source>
        <translation>The workbook says it was sent by unit {code}; that code was used, not {given}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="102"/>
        <source>{file} does not say which unit sent it (“Mã đơn vị” on the “Thông tin” sheet is empty); fill it in or give the sending unit (--unit CODE).</source>
        <translation>{file} does not say which unit sent it (“Mã đơn vị” on the “Thông tin” sheet is empty); fill it in or give the sending unit (--unit CODE).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="106"/>
        <source>{file} does not say which unit sent it (no “Thông tin” sheet); give the sending unit (--unit CODE).</source>
        <translation>{file} does not say which unit sent it (no “Thông tin” sheet); give the sending unit (--unit CODE).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="110"/>
        <source>{file}: no unit has code {code}.</source>
        <translation>{file}: no unit has code {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="127"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="146"/>
        <source>Checking {sheet}…</source>
        <translation>Checking {sheet}…</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="165"/>
        <source>The check code does not match the data: the workbook was changed after it was written (by hand?). Check the rows before importing.</source>
        <translation>The check code does not match the data: the workbook was changed after it was written (by hand?). Check the rows before importing.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="237"/>
        <source>Another row or record already has the same {fields}.</source>
        <translation>Another row or record already has the same {fields}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="244"/>
        <source>The same record appears twice in the workbook.</source>
        <translation>The same record appears twice in the workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="272"/>
        <source>This row is older than the record here (changed {when}); it was not applied.</source>
        <translation>This row is older than the record here (changed {when}); it was not applied.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="317"/>
        <source>The record was changed here after it was deleted at the sender; it was kept.</source>
        <translation>The record was changed here after it was deleted at the sender; it was kept.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="359"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ExchangeReader</name>
    <message>
        <location filename="../desktop/exchange/reader.py" line="173"/>
        <location filename="../desktop/exchange/reader.py" line="226"/>
        <source>{file} is damaged or cannot be read as a workbook.</source>
        <translation>{file} is damaged or cannot be read as a workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="208"/>
        <source>Sheet “{sheet}” is not a sheet of the exchange workbook; it was ignored.</source>
        <translation>Sheet “{sheet}” is not a sheet of the exchange workbook; it was ignored.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="213"/>
        <source>A second sheet “{sheet}” was ignored.</source>
        <translation>A second sheet “{sheet}” was ignored.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="388"/>
        <source>Row {row} is hidden in the file; it was imported like the others (delete it from the sheet if it must not be sent).</source>
        <translation>Row {row} is hidden in the file; it was imported like the others (delete it from the sheet if it must not be sent).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="393"/>
        <source>Rows {rows} are hidden in the file; they were imported like the others (delete them from the sheet if they must not be sent).</source>
        <translation>Rows {rows} are hidden in the file; they were imported like the others (delete them from the sheet if they must not be sent).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="453"/>
        <source>No header row was found in sheet “{sheet}” (expected headers such as {headers}); the sheet was ignored.</source>
        <translation>No header row was found in sheet “{sheet}” (expected headers such as {headers}); the sheet was ignored.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="468"/>
        <source>Column “{column}” appears twice (columns {first} and {second}); only column {first} was read.</source>
        <translation>Column “{column}” appears twice (columns {first} and {second}); only column {first} was read.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="475"/>
        <source>Column “{column}” is not a column of this sheet; it was ignored.</source>
        <translation>Column “{column}” is not a column of this sheet; it was ignored.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="498"/>
        <source>Row {row} is a section heading (“{text}”); it was skipped.</source>
        <translation>Row {row} is a section heading (“{text}”); it was skipped.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="502"/>
        <source>Row {row} is the signature block under the table; it was skipped.</source>
        <translation>Row {row} is the signature block under the table; it was skipped.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="506"/>
        <source>Rows {first} to {last} are the signature block under the table; they were skipped.</source>
        <translation>Rows {first} to {last} are the signature block under the table; they were skipped.</translation>
    </message>
</context>
<context>
    <name>ExchangeRows</name>
    <message>
        <location filename="../desktop/exchange/column_check.py" line="268"/>
        <source>{field}: “{value}” is not a valid value.</source>
        <translation>{field}: “{value}” is not a valid value.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="110"/>
        <source>No training class has the id “{value}” (neither here nor in this workbook).</source>
        <translation>No training class has the id “{value}” (neither here nor in this workbook).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="143"/>
        <source>No officer has the code “{value}” (neither here nor in this workbook).</source>
        <translation>No officer has the code “{value}” (neither here nor in this workbook).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="197"/>
        <source>No establishment has the code “{value}” (neither here nor in this workbook).</source>
        <translation>No establishment has the code “{value}” (neither here nor in this workbook).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="201"/>
        <source>Give the establishment: its code (Mã cơ sở), or its name (Tên cơ sở) and commune (Xã/phường).</source>
        <translation>Give the establishment: its code (Mã cơ sở), or its name (Tên cơ sở) and commune (Xã/phường).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="216"/>
        <source>No establishment named “{name}” in {unit} (add it to the Cơ sở sheet).</source>
        <translation>No establishment named “{name}” in {unit} (add it to the Cơ sở sheet).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/references.py" line="219"/>
        <source>Several establishments are named “{name}” in {unit}; give the Mã cơ sở.</source>
        <translation>Several establishments are named “{name}” in {unit}; give the Mã cơ sở.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="240"/>
        <source>The cell holds a formula ({formula}) saved without its calculated value, and PCMD calculates no formula; open the file in Excel or LibreOffice and save it again, or type the value itself.</source>
        <translation>The cell holds a formula ({formula}) saved without its calculated value, and PCMD calculates no formula; open the file in Excel or LibreOffice and save it again, or type the value itself.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="246"/>
        <source>The cell holds the error value {value} (a formula that could not be calculated), not a value; type the value itself.</source>
        <translation>The cell holds the error value {value} (a formula that could not be calculated), not a value; type the value itself.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="380"/>
        <source>“{value}” names no commune of today; it was taken as {unit} (from {start} to {end}), as the row gives no date; so were the other rows with this value. Reports count it under the commune that took it over.</source>
        <translation>“{value}” names no commune of today; it was taken as {unit} (from {start} to {end}), as the row gives no date; so were the other rows with this value. Reports count it under the commune that took it over.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="424"/>
        <source>“{value}” named several communes over time; it was taken as {unit}, the commune it named on the dates of the rows that refer to it.</source>
        <translation>“{value}” named several communes over time; it was taken as {unit}, the commune it named on the dates of the rows that refer to it.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="433"/>
        <source>“{value}” named several communes over time ({units}); give the record&apos;s date, or the commune&apos;s name of today, so that the commune meant is known.</source>
        <translation>“{value}” named several communes over time ({units}); give the record&apos;s date, or the commune&apos;s name of today, so that the commune meant is known.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="439"/>
        <source>The record this row refers to (row {row} of sheet {sheet}) was rejected.</source>
        <translation>The record this row refers to (row {row} of sheet {sheet}) was rejected.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="498"/>
        <source>“{value}” is not a record id (leave the cell empty for new rows).</source>
        <translation>“{value}” is not a record id (leave the cell empty for new rows).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="505"/>
        <location filename="../desktop/exchange/row_parser.py" line="526"/>
        <source>“{value}” is not a date and time.</source>
        <translation>“{value}” is not a date and time.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="511"/>
        <source>The record id is required.</source>
        <translation>The record id is required.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="517"/>
        <source>“{value}” is not a data sheet name (e.g. Tuyên truyền, Kiểm tra).</source>
        <translation>“{value}” is not a data sheet name (e.g. Tuyên truyền, Kiểm tra).</translation>
    </message>
</context>
<context>
    <name>ExchangeSafety</name>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="46"/>
        <source>The password for {file} is wrong.</source>
        <translation>The password for {file} is wrong.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="51"/>
        <location filename="../desktop/exchange/safety.py" line="209"/>
        <source>{file} is encrypted in a way PCMD cannot open; save it without a password, or with Excel&apos;s “Encrypt with Password”.</source>
        <translation>{file} is encrypted in a way PCMD cannot open; save it without a password, or with Excel&apos;s “Encrypt with Password”.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="83"/>
        <source>{file} could not be protected with the password; try again without it.</source>
        <translation>{file} could not be protected with the password; try again without it.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="93"/>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>Cannot read the password file {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="98"/>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>The password file {path} is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/encryption.py" line="102"/>
        <source>The password file {path} is empty.</source>
        <translation>The password file {path} is empty.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="132"/>
        <source>{file} is damaged or truncated; ask the sender for the file again.</source>
        <translation>{file} is damaged or truncated; ask the sender for the file again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="143"/>
        <source>{file} is not an ordinary file.</source>
        <translation>{file} is not an ordinary file.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="146"/>
        <source>{file} is larger than {mb} MB; split it into smaller workbooks.</source>
        <translation>{file} is larger than {mb} MB; split it into smaller workbooks.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="151"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Cannot read {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="165"/>
        <source>{file} uses a compression method PCMD cannot read; open it in Excel and save it again.</source>
        <translation>{file} uses a compression method PCMD cannot read; open it in Excel and save it again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="181"/>
        <source>{file} is a web page saved with a workbook name; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} is a web page saved with a workbook name; open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="184"/>
        <source>{file} is an XML spreadsheet (Excel 2003); open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} is an XML spreadsheet (Excel 2003); open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="187"/>
        <source>{file} is a text (CSV) file, not a workbook; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>{file} is a text (CSV) file, not a workbook; open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="189"/>
        <location filename="../desktop/exchange/safety.py" line="274"/>
        <location filename="../desktop/exchange/safety.py" line="288"/>
        <location filename="../desktop/exchange/safety.py" line="524"/>
        <location filename="../desktop/exchange/safety.py" line="553"/>
        <source>{file} is not a workbook PCMD can read ({formats}).</source>
        <translation>{file} is not a workbook PCMD can read ({formats}).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="200"/>
        <source>{file} holds too many parts to be a workbook.</source>
        <translation>{file} holds too many parts to be a workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="217"/>
        <source>{file} is refused: it expands suspiciously (a zip bomb?).</source>
        <translation>{file} is refused: it expands suspiciously (a zip bomb?).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="220"/>
        <source>{file} is refused: it expands to more than {mb} MB.</source>
        <translation>{file} is refused: it expands to more than {mb} MB.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="237"/>
        <source>{file} contains macros (a VBA project); save it as a plain Excel workbook (.xlsx), not a macro-enabled one.</source>
        <translation>{file} contains macros (a VBA project); save it as a plain Excel workbook (.xlsx), not a macro-enabled one.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="239"/>
        <source>{file} contains Excel 4.0 macros; delete the macro sheets and macro names and save the workbook again.</source>
        <translation>{file} contains Excel 4.0 macros; delete the macro sheets and macro names and save the workbook again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="241"/>
        <source>{file} contains an Excel 4.0 macro sheet (“{sheet}”); delete that sheet and save the workbook again.</source>
        <translation>{file} contains an Excel 4.0 macro sheet (“{sheet}”); delete that sheet and save the workbook again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="243"/>
        <source>{file} contains ActiveX controls; delete them and save the workbook again.</source>
        <translation>{file} contains ActiveX controls; delete them and save the workbook again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="245"/>
        <source>{file} has data connections to other sources; remove them (Data → Queries &amp; Connections) and save the workbook again.</source>
        <translation>{file} has data connections to other sources; remove them (Data → Queries &amp; Connections) and save the workbook again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="247"/>
        <source>{file} has query tables that fetch data from outside the workbook; remove them (Data → Queries &amp; Connections) and save the workbook again.</source>
        <translation>{file} has query tables that fetch data from outside the workbook; remove them (Data → Queries &amp; Connections) and save the workbook again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="249"/>
        <source>{file} has links to other workbooks; remove the external links (Data → Edit Links → Break Link) and save again.</source>
        <translation>{file} has links to other workbooks; remove the external links (Data → Edit Links → Break Link) and save again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="251"/>
        <source>{file} contains macros (LibreOffice Basic or scripts); save it without macros.</source>
        <translation>{file} contains macros (LibreOffice Basic or scripts); save it without macros.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="285"/>
        <source>{file} is an Excel binary workbook (.xlsb); save it as an Excel workbook (.xlsx).</source>
        <translation>{file} is an Excel binary workbook (.xlsb); save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="437"/>
        <source>Sheet “{sheet}” of {file} has cells beyond Excel&apos;s last cell (XFD1048576); the file is damaged.</source>
        <translation>Sheet “{sheet}” of {file} has cells beyond Excel&apos;s last cell (XFD1048576); the file is damaged.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="443"/>
        <source>Sheet “{sheet}” of {file} has {cells} cells, yet they reach cell {cell}: reading it would take minutes and gigabytes of memory. Delete the stray cells far from the table (Ctrl+End shows the last one) and save the workbook again.</source>
        <translation>Sheet “{sheet}” of {file} has {cells} cells, yet they reach cell {cell}: reading it would take minutes and gigabytes of memory. Delete the stray cells far from the table (Ctrl+End shows the last one) and save the workbook again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="453"/>
        <source>Sheet “{sheet}” of {file} reaches cell {cell}: reading it would need about {need} GB of memory, more than the {limit} GB allowed. Delete the unused rows and columns after the table and save the workbook again.</source>
        <translation>Sheet “{sheet}” of {file} reaches cell {cell}: reading it would need about {need} GB of memory, more than the {limit} GB allowed. Delete the unused rows and columns after the table and save the workbook again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="516"/>
        <source>{file} is protected by a password.</source>
        <translation>{file} is protected by a password.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="528"/>
        <source>{file} is an .xls protected by a password; open it in Excel, remove the password or save it as an .xlsx, and import that.</source>
        <translation>{file} is an .xls protected by a password; open it in Excel, remove the password or save it as an .xlsx, and import that.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="559"/>
        <source>{file} is an .ods protected by a password; open it in LibreOffice, remove the password and import it again.</source>
        <translation>{file} is an .ods protected by a password; open it in LibreOffice, remove the password and import it again.</translation>
    </message>
</context>
<context>
    <name>ExchangeTemplate</name>
    <message>
        <location filename="../desktop/exchange/template.py" line="56"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Choose the home unit first: pcmd init --unit CODE</translation>
    </message>
</context>
<context>
    <name>ImportPolicy</name>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="48"/>
        <source>You may not import records of {unit}: it is outside your units. Ask a user of that unit, or of a unit above it, to import this file.</source>
        <translation>You may not import records of {unit}: it is outside your units. Ask a user of that unit, or of a unit above it, to import this file.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="76"/>
        <source>Record {id} belongs to {owner}, not to {sender} or a unit under it; a workbook changes only its sender&apos;s records, so this row was not imported.</source>
        <translation>Record {id} belongs to {owner}, not to {sender} or a unit under it; a workbook changes only its sender&apos;s records, so this row was not imported.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="90"/>
        <source>{month} of {owner} was locked by {who} on {date} (the figures were finalised); this row was not imported.</source>
        <translation>{month} of {owner} was locked by {who} on {date} (the figures were finalised); this row was not imported.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="139"/>
        <source>This record was changed here after the preview (on {when}); the row was not applied, so that change is kept.</source>
        <translation>This record was changed here after the preview (on {when}); the row was not applied, so that change is kept.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/import_policy.py" line="145"/>
        <source>{month} was locked while this file was being imported; nothing was imported. Import the file again to see which rows are affected.</source>
        <translation>{month} was locked while this file was being imported; nothing was imported. Import the file again to see which rows are affected.</translation>
    </message>
</context>
</TS>
