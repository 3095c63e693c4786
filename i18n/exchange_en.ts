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
        <location filename="../desktop/exchange/exporter.py" line="217"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Choose the home unit first: pcmd init --unit CODE</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/exporter.py" line="220"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/exporter.py" line="266"/>
        <source>Writing {sheet}…</source>
        <translation>Writing {sheet}…</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <location filename="../desktop/exchange/batch.py" line="71"/>
        <source>The folder {folder} holds no .xlsx workbook.</source>
        <translation>The folder {folder} holds no .xlsx workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="93"/>
        <source>The workbook says it was sent by unit {code}; that code was used, not {given}.</source>
        <translation>The workbook says it was sent by unit {code}; that code was used, not {given}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="98"/>
        <source>{file} does not say which unit sent it (“Mã đơn vị” on the “Thông tin” sheet is empty); fill it in or give the sending unit (--unit CODE).</source>
        <translation>{file} does not say which unit sent it (“Mã đơn vị” on the “Thông tin” sheet is empty); fill it in or give the sending unit (--unit CODE).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="102"/>
        <source>{file} does not say which unit sent it (no “Thông tin” sheet); give the sending unit (--unit CODE).</source>
        <translation>{file} does not say which unit sent it (no “Thông tin” sheet); give the sending unit (--unit CODE).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="106"/>
        <source>{file}: no unit has code {code}.</source>
        <translation>{file}: no unit has code {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="122"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="141"/>
        <source>Checking {sheet}…</source>
        <translation>Checking {sheet}…</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="155"/>
        <source>The check code does not match the data: the workbook was changed after it was written (by hand?). Check the rows before importing.</source>
        <translation>The check code does not match the data: the workbook was changed after it was written (by hand?). Check the rows before importing.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="257"/>
        <source>Another row or record already has the same {field}.</source>
        <translation>Another row or record already has the same {field}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="264"/>
        <source>The same record appears twice in the workbook.</source>
        <translation>The same record appears twice in the workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="290"/>
        <source>This row is older than the record here (changed {when}); it was not applied.</source>
        <translation>This row is older than the record here (changed {when}); it was not applied.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="335"/>
        <source>The record was changed here after it was deleted at the sender; it was kept.</source>
        <translation>The record was changed here after it was deleted at the sender; it was kept.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/importer.py" line="376"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ExchangeReader</name>
    <message>
        <location filename="../desktop/exchange/reader.py" line="143"/>
        <location filename="../desktop/exchange/reader.py" line="189"/>
        <source>{file} is damaged or cannot be read as a workbook.</source>
        <translation>{file} is damaged or cannot be read as a workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="171"/>
        <source>Sheet “{sheet}” is not a sheet of the exchange workbook; it was ignored.</source>
        <translation>Sheet “{sheet}” is not a sheet of the exchange workbook; it was ignored.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="176"/>
        <source>A second sheet “{sheet}” was ignored.</source>
        <translation>A second sheet “{sheet}” was ignored.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="274"/>
        <source>No header row was found in sheet “{sheet}” (expected headers such as {headers}); the sheet was ignored.</source>
        <translation>No header row was found in sheet “{sheet}” (expected headers such as {headers}); the sheet was ignored.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/reader.py" line="289"/>
        <source>Column “{column}” is not a column of this sheet; it was ignored.</source>
        <translation>Column “{column}” is not a column of this sheet; it was ignored.</translation>
    </message>
</context>
<context>
    <name>ExchangeRows</name>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="312"/>
        <source>“{value}” is not a record id (leave the cell empty for new rows).</source>
        <translation>“{value}” is not a record id (leave the cell empty for new rows).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="319"/>
        <location filename="../desktop/exchange/row_parser.py" line="340"/>
        <source>“{value}” is not a date and time.</source>
        <translation>“{value}” is not a date and time.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="325"/>
        <source>The record id is required.</source>
        <translation>The record id is required.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="331"/>
        <source>“{value}” is not a data sheet name (e.g. Tuyên truyền, Kiểm tra).</source>
        <translation>“{value}” is not a data sheet name (e.g. Tuyên truyền, Kiểm tra).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="379"/>
        <source>No training class has the id “{value}” (neither here nor in this workbook).</source>
        <translation>No training class has the id “{value}” (neither here nor in this workbook).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="387"/>
        <source>No officer has the code “{value}” (neither here nor in this workbook).</source>
        <translation>No officer has the code “{value}” (neither here nor in this workbook).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="403"/>
        <source>No establishment has the code “{value}” (neither here nor in this workbook).</source>
        <translation>No establishment has the code “{value}” (neither here nor in this workbook).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="408"/>
        <source>Give the establishment: its code (Mã cơ sở), or its name (Tên cơ sở) and commune (Xã/phường).</source>
        <translation>Give the establishment: its code (Mã cơ sở), or its name (Tên cơ sở) and commune (Xã/phường).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="425"/>
        <source>No establishment named “{name}” in {unit} (add it to the Cơ sở sheet).</source>
        <translation>No establishment named “{name}” in {unit} (add it to the Cơ sở sheet).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/row_parser.py" line="429"/>
        <source>Several establishments are named “{name}” in {unit}; give the Mã cơ sở.</source>
        <translation>Several establishments are named “{name}” in {unit}; give the Mã cơ sở.</translation>
    </message>
</context>
<context>
    <name>ExchangeSafety</name>
    <message>
        <location filename="../desktop/exchange/safety.py" line="49"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Cannot read {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="52"/>
        <source>{file} is larger than {mb} MB; split it into smaller workbooks.</source>
        <translation>{file} is larger than {mb} MB; split it into smaller workbooks.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="55"/>
        <source>{file} is encrypted (password-protected) or an old .xls file; save it as an unprotected .xlsx workbook.</source>
        <translation>{file} is encrypted (password-protected) or an old .xls file; save it as an unprotected .xlsx workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="58"/>
        <location filename="../desktop/exchange/safety.py" line="70"/>
        <location filename="../desktop/exchange/safety.py" line="104"/>
        <location filename="../desktop/exchange/safety.py" line="106"/>
        <source>{file} is not an Excel .xlsx workbook.</source>
        <translation>{file} is not an Excel .xlsx workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="64"/>
        <location filename="../desktop/exchange/safety.py" line="111"/>
        <source>{file} is damaged or truncated; ask the sender for the file again.</source>
        <translation>{file} is damaged or truncated; ask the sender for the file again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="67"/>
        <location filename="../desktop/exchange/safety.py" line="84"/>
        <source>{file} contains macros; save it as a plain .xlsx workbook.</source>
        <translation>{file} contains macros; save it as a plain .xlsx workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="76"/>
        <source>{file} holds too many parts to be a workbook.</source>
        <translation>{file} holds too many parts to be a workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="81"/>
        <source>{file} is encrypted (password-protected); save it as an unprotected .xlsx workbook.</source>
        <translation>{file} is encrypted (password-protected); save it as an unprotected .xlsx workbook.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="87"/>
        <source>{file} has links to other workbooks; remove the external links (Data → Edit Links → Break Link) and save again.</source>
        <translation>{file} has links to other workbooks; remove the external links (Data → Edit Links → Break Link) and save again.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="93"/>
        <source>{file} is refused: it expands suspiciously (a zip bomb?).</source>
        <translation>{file} is refused: it expands suspiciously (a zip bomb?).</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="96"/>
        <source>{file} is refused: it expands to more than {mb} MB.</source>
        <translation>{file} is refused: it expands to more than {mb} MB.</translation>
    </message>
    <message>
        <location filename="../desktop/exchange/safety.py" line="118"/>
        <source>{file} has more than {n} cells; split it into smaller workbooks.</source>
        <translation>{file} has more than {n} cells; split it into smaller workbooks.</translation>
    </message>
</context>
<context>
    <name>ExchangeTemplate</name>
    <message>
        <location filename="../desktop/exchange/template.py" line="54"/>
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
