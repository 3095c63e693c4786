<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="24"/>
        <source>print the standard reports</source>
        <translation>print the standard reports</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="25"/>
        <source>the standard table: one row per unit directly under CODE</source>
        <translation>the standard table: one row per unit directly under CODE</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="26"/>
        <source>03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 2024-9M, 2024 or 2016..2020</source>
        <translation>03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 2024-9M, 2024 or 2016..2020</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="27"/>
        <source>the year-end report (also 6 months or a programme period): Word, PDF, the statistical form as Excel, or JSON</source>
        <translation>the year-end report (also 6 months or a programme period): Word, PDF, the statistical form as Excel, or JSON</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="29"/>
        <source>2026, 2026-H1, 6 tháng đầu năm 2026, 2026-9M or 2021..2025</source>
        <translation>2026, 2026-H1, 6 tháng đầu năm 2026, 2026-9M or 2021..2025</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="30"/>
        <source>sign the PDF with this PKCS#12 certificate (password from PCMD_SIGN_PASSWORD, else asked)</source>
        <translation>sign the PDF with this PKCS#12 certificate (password from PCMD_SIGN_PASSWORD, else asked)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="32"/>
        <source>sign the PDF with a token through this PKCS#11 library (PIN from PCMD_SIGN_PIN, else asked)</source>
        <translation>sign the PDF with a token through this PKCS#11 library (PIN from PCMD_SIGN_PIN, else asked)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="34"/>
        <source>label of the token to use (default: the first one)</source>
        <translation>label of the token to use (default: the first one)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="35"/>
        <source>unit code (default: the home unit)</source>
        <translation>unit code (default: the home unit)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="36"/>
        <source>output format</source>
        <translation>output format</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="37"/>
        <source>output file; for json, &apos;-&apos; or nothing prints to standard output</source>
        <translation>output file; for json, &apos;-&apos; or nothing prints to standard output</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="46"/>
        <source>“{spec}” is not a reporting period; write it as 03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 or 2016-2020.</source>
        <translation>“{spec}” is not a reporting period; write it as 03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 or 2016-2020.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="55"/>
        <source>A year-end report covers a year, a programme period, 6 or 9 months; “{spec}” is a shorter period: use the monthly report for it.</source>
        <translation>A year-end report covers a year, a programme period, 6 or 9 months; “{spec}” is a shorter period: use the monthly report for it.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="81"/>
        <source>Only a PDF can be signed: add --format pdf.</source>
        <translation>Only a PDF can be signed: add --format pdf.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="85"/>
        <source>Password of the certificate: </source>
        <translation>Password of the certificate: </translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="89"/>
        <source>PIN of the token: </source>
        <translation>PIN of the token: </translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="99"/>
        <source>No home unit is set; give a unit code.</source>
        <translation>No home unit is set; give a unit code.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="104"/>
        <source>No unit has code {code}.</source>
        <translation>No unit has code {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="122"/>
        <source>{unit} (code {code}) existed only until {end}; there is no such unit in {period}: choose a unit of that time or of today.</source>
        <translation>{unit} (code {code}) existed only until {end}; there is no such unit in {period}: choose a unit of that time or of today.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="134"/>
        <source>{period} has not begun yet (today is {today}): choose a period that has begun.</source>
        <translation>{period} has not begun yet (today is {today}): choose a period that has begun.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="146"/>
        <source>--out: a file name is needed for the {fmt} format.</source>
        <translation>--out: a file name is needed for the {fmt} format.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../desktop/reports/document.py" line="110"/>
        <location filename="../desktop/reports/document.py" line="129"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="110"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="110"/>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="110"/>
        <source>Since 1 January</source>
        <translation>Since 1 January</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="111"/>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="111"/>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="111"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="114"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="129"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="132"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="139"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="139"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="143"/>
        <source>II. By unit, this period ({part}/{parts})</source>
        <translation>II. By unit, this period ({part}/{parts})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="147"/>
        <source>By unit {part}-{parts}</source>
        <translation>By unit {part}-{parts}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="160"/>
        <source>Unit: {unit} ({code})</source>
        <translation>Unit: {unit} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="161"/>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="161"/>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="163"/>
        <source>I. Summary of {unit}</source>
        <translation>I. Summary of {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="168"/>
        <source>III. Summary</source>
        <translation>III. Summary</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="172"/>
        <source>Communes and wards not yet reached: {names}.</source>
        <translation>Communes and wards not yet reached: {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="176"/>
        <source>Shaded cells are below the target of the plan.</source>
        <translation>Shaded cells are below the target of the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="182"/>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="185"/>
        <source>(Signature, full name and seal)</source>
        <translation>(Signature, full name and seal)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="186"/>
        <source>PREPARED BY</source>
        <translation>PREPARED BY</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="188"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>ReportIndicators</name>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="17"/>
        <source>Outreach and media</source>
        <translation>Outreach and media</translation>
    </message>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="21"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="24"/>
        <source>Inspections and sanctions</source>
        <translation>Inspections and sanctions</translation>
    </message>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="29"/>
        <source>Support and reintegration</source>
        <translation>Support and reintegration</translation>
    </message>
    <message>
        <location filename="../desktop/reports/indicator_view.py" line="33"/>
        <source>Other figures</source>
        <translation>Other figures</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../desktop/reports/labels.py" line="79"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="114"/>
        <source>Records without a commune (media, training held by the office) are counted on the row “{row}”.</source>
        <translation>Records without a commune (media, training held by the office) are counted on the row “{row}”.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="127"/>
        <source>Figures of {count} units that were split are regrouped approximately onto one receiving unit ({units} and {more} more).</source>
        <translation>Figures of {count} units that were split are regrouped approximately onto one receiving unit ({units} and {more} more).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="133"/>
        <source>Figures of units that were split are regrouped approximately onto one receiving unit: {units}.</source>
        <translation>Figures of units that were split are regrouped approximately onto one receiving unit: {units}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="141"/>
        <source>No new unit is known yet for {count} units ({units} and {more} more): their figures are counted on the row “{row}”.</source>
        <translation>No new unit is known yet for {count} units ({units} and {more} more): their figures are counted on the row “{row}”.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="147"/>
        <source>No new unit is known yet for {units}: their figures are counted on the row “{row}”.</source>
        <translation>No new unit is known yet for {units}: their figures are counted on the row “{row}”.</translation>
    </message>
</context>
<context>
    <name>ReportLetterhead</name>
    <message>
        <location filename="../desktop/reports/letterhead.py" line="131"/>
        <source>No.: {number}/BC-{abbr}</source>
        <translation>No.: {number}/BC-{abbr}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/letterhead.py" line="132"/>
        <source>No.: {number}/BC</source>
        <translation>No.: {number}/BC</translation>
    </message>
    <message>
        <location filename="../desktop/reports/letterhead.py" line="142"/>
        <source>- As above;</source>
        <translation>- As above;</translation>
    </message>
    <message>
        <location filename="../desktop/reports/letterhead.py" line="147"/>
        <source>- Filed: VT.</source>
        <translation>- Filed: VT.</translation>
    </message>
</context>
<context>
    <name>ReportSigning</name>
    <message>
        <location filename="../desktop/reports/signing.py" line="96"/>
        <source>The token holds no certificate for its signing key.</source>
        <translation>The token holds no certificate for its signing key.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="103"/>
        <source>The certificate of {name} expired on {date}: sign with a valid certificate.</source>
        <translation>The certificate of {name} expired on {date}: sign with a valid certificate.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="106"/>
        <source>The certificate of {name} is valid only from {date}.</source>
        <translation>The certificate of {name} is valid only from {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="111"/>
        <source>Signed digitally by: {name}</source>
        <translation>Signed digitally by: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="112"/>
        <source>Time: {time}</source>
        <translation>Time: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="122"/>
        <source>The certificate file {path} does not exist.</source>
        <translation>The certificate file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="126"/>
        <source>The certificate file {path} could not be read.</source>
        <translation>The certificate file {path} could not be read.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="133"/>
        <source>The certificate file {path} is damaged or is not a PKCS#12 certificate (.p12, .pfx).</source>
        <translation>The certificate file {path} is damaged or is not a PKCS#12 certificate (.p12, .pfx).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="135"/>
        <source>The password of the certificate file {path} is wrong.</source>
        <translation>The password of the certificate file {path} is wrong.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="138"/>
        <source>The certificate file {path} could not be opened: the password is wrong or the file is not a PKCS#12 certificate.</source>
        <translation>The certificate file {path} could not be opened: the password is wrong or the file is not a PKCS#12 certificate.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="142"/>
        <source>The certificate file {path} holds no signing key with its certificate.</source>
        <translation>The certificate file {path} holds no signing key with its certificate.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="154"/>
        <source>Signing with a token needs the python-pkcs11 package, which is not installed.</source>
        <translation>Signing with a token needs the python-pkcs11 package, which is not installed.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="157"/>
        <source>The token&apos;s PKCS#11 library {path} does not exist.</source>
        <translation>The token&apos;s PKCS#11 library {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="162"/>
        <source>{path} could not be loaded: it is not a token&apos;s PKCS#11 library, or not one made for this computer.</source>
        <translation>{path} could not be loaded: it is not a token&apos;s PKCS#11 library, or not one made for this computer.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="166"/>
        <source>No token named “{label}” was found: plug it in, or check its label.</source>
        <translation>No token named “{label}” was found: plug it in, or check its label.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="168"/>
        <source>No token was found: plug it in and try again.</source>
        <translation>No token was found: plug it in and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="173"/>
        <source>The token refused the PIN.</source>
        <translation>The token refused the PIN.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="175"/>
        <source>The token&apos;s PIN is locked or has expired: unlock it with the provider&apos;s tool.</source>
        <translation>The token&apos;s PIN is locked or has expired: unlock it with the provider&apos;s tool.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="183"/>
        <source>The token could not be opened; check that it is plugged in and try again.</source>
        <translation>The token could not be opened; check that it is plugged in and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="198"/>
        <source>The token holds no signing key.</source>
        <translation>The token holds no signing key.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/signing.py" line="225"/>
        <source>The PDF could not be signed: the certificate or the token refused to sign. Nothing was written.</source>
        <translation>The PDF could not be signed: the certificate or the token refused to sign. Nothing was written.</translation>
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
        <translation>Held {sessions} outreach sessions with {participants} participants (of whom {women} women); handed out {documents} documents and {leaflets} leaflets.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="39"/>
        <source>Published {pages} special pages and series, {articles} articles and {news} news items; the website had {visits} visits.</source>
        <translation>Published {pages} special pages and series, {articles} articles and {news} news items; the website had {visits} visits.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="45"/>
        <source>{reached} of {total} communes and wards were reached ({pct}%).</source>
        <translation>{reached} of {total} communes and wards were reached ({pct}%).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="48"/>
        <source>Organised {classes} training classes with {trainees} trainees; {trained} of {officers} officers have been trained in the programme period.</source>
        <translation>Organised {classes} training classes with {trainees} trainees; {trained} of {officers} officers have been trained in the programme period.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="53"/>
        <source>Carried out {inspections} inspections ({planned} planned, {unannounced} unannounced) of {inspected} establishments out of {establishments}; {violating} establishments were in violation and fined {fines} dong in all.</source>
        <translation>Carried out {inspections} inspections ({planned} planned, {unannounced} unannounced) of {inspected} establishments out of {establishments}; {violating} establishments were in violation and fined {fines} dong in all.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="62"/>
        <source>Sanctioned {buyers} buyers and {sellers} sellers; sent {cases} criminal cases to the procuracy.</source>
        <translation>Sanctioned {buyers} buyers and {sellers} sellers; sent {cases} criminal cases to the procuracy.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="67"/>
        <source>Supported {people} people, of whom {reintegrated} reintegrated into the community.</source>
        <translation>Supported {people} people, of whom {reintegrated} reintegrated into the community.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="71"/>
        <source>Cumulative since 1 January: {sessions} outreach sessions with {participants} participants, {inspections} inspections.</source>
        <translation>Cumulative since 1 January: {sessions} outreach sessions with {participants} participants, {inspections} inspections.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="21"/>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="22"/>
        <source>Standard table (monthly)</source>
        <translation>Standard table (monthly)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="23"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="24"/>
        <source>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020</source>
        <translation>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="25"/>
        <source>Unit code:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="26"/>
        <source>Show report</source>
        <translation>Show report</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="27"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="28"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="29"/>
        <source>Save Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="30"/>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="31"/>
        <source>Communes not yet reached</source>
        <translation>Communes not yet reached</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="32"/>
        <source>Written summary</source>
        <translation>Written summary</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="33"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="34"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="35"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="36"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="37"/>
        <source>Not reached by outreach</source>
        <translation>Not reached by outreach</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="38"/>
        <source>No officer trained</source>
        <translation>No officer trained</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="39"/>
        <source>No establishment inspected</source>
        <translation>No establishment inspected</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="40"/>
        <source>Monthly trend since 1 January</source>
        <translation>Monthly trend since 1 January</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="41"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="42"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="43"/>
        <source>Save Excel</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="44"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="45"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="46"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="47"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="48"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="49"/>
        <source>Since 1 January: {ytd}; same period last year: {last}</source>
        <translation>Since 1 January: {ytd}; same period last year: {last}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="50"/>
        <source>target: {t}</source>
        <translation>target: {t}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="51"/>
        <source>03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 or 2016-2020</source>
        <translation>03/2024, Quý 1/2024, 6 tháng đầu năm 2024, 9 tháng năm 2024, 2024 or 2016-2020</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="52"/>
        <source>6 months</source>
        <translation>6 months</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="53"/>
        <source>9 months</source>
        <translation>9 months</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="54"/>
        <source>As typed</source>
        <translation>As typed</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="55"/>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="56"/>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="57"/>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="58"/>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="59"/>
        <source>Choose the unit from the list.</source>
        <translation>Choose the unit from the list.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="60"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="61"/>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="62"/>
        <source>Digital signature of the PDF</source>
        <translation>Digital signature of the PDF</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="63"/>
        <source>Do not sign</source>
        <translation>Do not sign</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="64"/>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="65"/>
        <source>Document details…</source>
        <translation>Document details…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="66"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="67"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="68"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="69"/>
        <source>Libraries (*.dll *.so *.dylib)</source>
        <translation>Libraries (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="70"/>
        <source>Month / year</source>
        <translation>Month / year</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="71"/>
        <source>Month {m}</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="72"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="73"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="74"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="75"/>
        <source>Other recipients (one per line)</source>
        <translation>Other recipients (one per line)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="76"/>
        <source>PIN of the token:</source>
        <translation>PIN of the token:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="77"/>
        <source>PKCS#11 library</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="78"/>
        <source>Password of the certificate {file}:</source>
        <translation>Password of the certificate {file}:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="79"/>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="80"/>
        <source>Printed on the report</source>
        <translation>Printed on the report</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="81"/>
        <source>Programme period</source>
        <translation>Programme period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="82"/>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="83"/>
        <source>Save Word</source>
        <translation>Save Word</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="84"/>
        <source>Save Word…</source>
        <translation>Save Word…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="85"/>
        <source>Save the form as Excel…</source>
        <translation>Save the form as Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="86"/>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="87"/>
        <source>Sign with a USB token (PKCS#11)</source>
        <translation>Sign with a USB token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="88"/>
        <source>Sign with a certificate file (.p12, .pfx)</source>
        <translation>Sign with a certificate file (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="89"/>
        <source>Signer&apos;s capacity</source>
        <translation>Signer&apos;s capacity</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="90"/>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="91"/>
        <source>Since 1 January</source>
        <translation>Since 1 January</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="92"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="93"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="94"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="95"/>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="96"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="97"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="98"/>
        <source>To (one per line)</source>
        <translation>To (one per line)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="99"/>
        <source>Token label:</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="100"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="101"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="102"/>
        <source>Year-end report (also 6 months, programme period)</source>
        <translation>Year-end report (also 6 months, programme period)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="103"/>
        <source>e.g. 03/2024 or Quý 1/2024</source>
        <translation>e.g. 03/2024 or Quý 1/2024</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="104"/>
        <source>left blank for the clerk to fill in</source>
        <translation>left blank for the clerk to fill in</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="105"/>
        <source>the token&apos;s PKCS#11 library (.dll)</source>
        <translation>the token&apos;s PKCS#11 library (.dll)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="106"/>
        <source>{name} (until {date})</source>
        <translation>{name} (until {date})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="107"/>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/reports/ui_texts.py" line="108"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>YearEndReport</name>
    <message>
        <location filename="../desktop/reports/year_end.py" line="94"/>
        <source>To: </source>
        <translation>To: </translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="96"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="109"/>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="113"/>
        <source>PREPARED BY</source>
        <translation>PREPARED BY</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="129"/>
        <source>REPORT</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="131"/>
        <source>Results of prostitution prevention in {period} and tasks for {next}</source>
        <translation>Results of prostitution prevention in {period} and tasks for {next}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="135"/>
        <source>Draft: the figures of months not yet locked may still change.</source>
        <translation>Draft: the figures of months not yet locked may still change.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="150"/>
        <source>The results of prostitution prevention in {period} in {area} are as follows:</source>
        <translation>The results of prostitution prevention in {period} in {area} are as follows:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="152"/>
        <source>I. RESULTS BY TASK</source>
        <translation>I. RESULTS BY TASK</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="157"/>
        <source>No figures of this task are recorded in PCMD for the period; add them here if there are any.</source>
        <translation>No figures of this task are recorded in PCMD for the period; add them here if there are any.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="169"/>
        <source>III. TASKS FOR {next}</source>
        <translation>III. TASKS FOR {next}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="171"/>
        <source>Keep up outreach and media on prostitution prevention, aiming at every commune and ward, industrial-zone workers and students.</source>
        <translation>Keep up outreach and media on prostitution prevention, aiming at every commune and ward, industrial-zone workers and students.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="173"/>
        <source>Train the officers and the interagency inspection teams, above all those of new communes and wards.</source>
        <translation>Train the officers and the interagency inspection teams, above all those of new communes and wards.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="175"/>
        <source>Inspect the at-risk establishments as planned and without notice, and sanction every violation found.</source>
        <translation>Inspect the at-risk establishments as planned and without notice, and sanction every violation found.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="177"/>
        <source>Watch and clear the hotspots; handle every report and denunciation received.</source>
        <translation>Watch and clear the hotspots; handle every report and denunciation received.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="178"/>
        <source>Support people to reintegrate into the community and extend the prevention models to more communes and wards.</source>
        <translation>Support people to reintegrate into the community and extend the prevention models to more communes and wards.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="182"/>
        <source>The office adds its own tasks and targets here.</source>
        <translation>The office adds its own tasks and targets here.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="183"/>
        <source>IV. PROPOSALS</source>
        <translation>IV. PROPOSALS</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="184"/>
        <source>Proposals to the higher authorities: funding, staff, guidance, changes to regulations.</source>
        <translation>Proposals to the higher authorities: funding, staff, guidance, changes to regulations.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="186"/>
        <source>This is the report on prostitution prevention in {period} in {area}./.</source>
        <translation>This is the report on prostitution prevention in {period} in {area}./.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="195"/>
        <source>II. ASSESSMENT</source>
        <translation>II. ASSESSMENT</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="195"/>
        <source>1. Results achieved</source>
        <translation>1. Results achieved</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="196"/>
        <source>The leadership assesses the results achieved.</source>
        <translation>The leadership assesses the results achieved.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="197"/>
        <source>2. Limits and shortcomings</source>
        <translation>2. Limits and shortcomings</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="200"/>
        <source>Figures short of the plan&apos;s targets:</source>
        <translation>Figures short of the plan&apos;s targets:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="205"/>
        <source>Every figure with a target in the plan met it.</source>
        <translation>Every figure with a target in the plan met it.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="206"/>
        <source>The leadership describes the limits and shortcomings.</source>
        <translation>The leadership describes the limits and shortcomings.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="207"/>
        <source>3. Causes</source>
        <translation>3. Causes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="208"/>
        <source>The leadership names the causes of the limits.</source>
        <translation>The leadership names the causes of the limits.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="216"/>
        <source>(Attached to report No. {number}/BC-{abbr} of {date})</source>
        <translation>(Attached to report No. {number}/BC-{abbr} of {date})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="219"/>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="220"/>
        <location filename="../desktop/reports/year_end.py" line="323"/>
        <source>STATISTICAL FORM OF PROSTITUTION PREVENTION, {period}</source>
        <translation>STATISTICAL FORM OF PROSTITUTION PREVENTION, {period}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="228"/>
        <location filename="../desktop/reports/year_end.py" line="332"/>
        <source>Figures by unit, {period}</source>
        <translation>Figures by unit, {period}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="264"/>
        <location filename="../desktop/reports/year_end.py" line="292"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="264"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="268"/>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="269"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="283"/>
        <location filename="../desktop/reports/year_end.py" line="335"/>
        <source>Statistical form</source>
        <translation>Statistical form</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="292"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="298"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="302"/>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end.py" line="326"/>
        <source>Unit: {unit} ({code})</source>
        <translation>Unit: {unit} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="33"/>
        <source>Outreach, education and media</source>
        <translation>Outreach, education and media</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="35"/>
        <source>held {outreach_sessions} outreach sessions with {outreach_participants} participants, of whom {outreach_women} women</source>
        <translation>held {outreach_sessions} outreach sessions with {outreach_participants} participants, of whom {outreach_women} women</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="38"/>
        <source>held {outreach_sessions} outreach sessions with {outreach_participants} participants</source>
        <translation>held {outreach_sessions} outreach sessions with {outreach_participants} participants</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="41"/>
        <source>handed out {documents_distributed} documents and {leaflets_distributed} leaflets</source>
        <translation>handed out {documents_distributed} documents and {leaflets_distributed} leaflets</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="44"/>
        <source>handed out {documents_distributed} documents</source>
        <translation>handed out {documents_distributed} documents</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="46"/>
        <source>handed out {leaflets_distributed} leaflets</source>
        <translation>handed out {leaflets_distributed} leaflets</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="48"/>
        <source>reached {workers_reached} industrial-zone workers and {students_reached} pupils and students</source>
        <translation>reached {workers_reached} industrial-zone workers and {students_reached} pupils and students</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="51"/>
        <source>published {media_special_pages} special pages and series, {media_articles} articles and {media_news} news items in the media and on the website</source>
        <translation>published {media_special_pages} special pages and series, {media_articles} articles and {media_news} news items in the media and on the website</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="55"/>
        <source>published {media_articles} articles and {media_news} news items in the media and on the website</source>
        <translation>published {media_articles} articles and {media_news} news items in the media and on the website</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="57"/>
        <source>the website had {website_visits} visits</source>
        <translation>the website had {website_visits} visits</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="59"/>
        <source>{communes_reached} of {communes_total} communes and wards were reached by outreach ({communes_reached_pct}%)</source>
        <translation>{communes_reached} of {communes_total} communes and wards were reached by outreach ({communes_reached_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="62"/>
        <source>Training and capacity building</source>
        <translation>Training and capacity building</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="64"/>
        <source>organised {training_classes} training classes with {trainees} trainees</source>
        <translation>organised {training_classes} training classes with {trainees} trainees</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="66"/>
        <source>{officers_trained} of {officers_total} officers working on social-evils prevention have been trained in the programme period ({officers_trained_pct}%)</source>
        <translation>{officers_trained} of {officers_total} officers working on social-evils prevention have been trained in the programme period ({officers_trained_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="70"/>
        <source>Inspections, sanctions and the fight against crime</source>
        <translation>Inspections, sanctions and the fight against crime</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="72"/>
        <source>carried out {inspections} inspections ({inspections_planned} planned, {inspections_unannounced} unannounced)</source>
        <translation>carried out {inspections} inspections ({inspections_planned} planned, {inspections_unannounced} unannounced)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="76"/>
        <source>{establishments_inspected} of the {establishments_total} at-risk establishments were inspected ({establishments_inspected_pct}%)</source>
        <translation>{establishments_inspected} of the {establishments_total} at-risk establishments were inspected ({establishments_inspected_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="79"/>
        <source>{establishments_violating} establishments were found in violation and fined {fines_vnd} dong in all</source>
        <translation>{establishments_violating} establishments were found in violation and fined {fines_vnd} dong in all</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="82"/>
        <source>{buyers_sanctioned} buyers and {sellers_sanctioned} sellers of sex were sanctioned</source>
        <translation>{buyers_sanctioned} buyers and {sellers_sanctioned} sellers of sex were sanctioned</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="85"/>
        <source>{cases_detected} cases were detected and {rings_dismantled} rings dismantled</source>
        <translation>{cases_detected} cases were detected and {rings_dismantled} rings dismantled</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="87"/>
        <source>{cases_detected} cases were detected</source>
        <translation>{cases_detected} cases were detected</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="89"/>
        <source>{brokers_sanctioned} brothel-keepers and brokers were dealt with</source>
        <translation>{brokers_sanctioned} brothel-keepers and brokers were dealt with</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="91"/>
        <source>{suspects_prosecuted} suspects were prosecuted and {criminal_cases} criminal cases sent to the procuracy</source>
        <translation>{suspects_prosecuted} suspects were prosecuted and {criminal_cases} criminal cases sent to the procuracy</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="94"/>
        <source>{suspects_prosecuted} suspects were prosecuted</source>
        <translation>{suspects_prosecuted} suspects were prosecuted</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="96"/>
        <source>{criminal_cases} criminal cases were sent to the procuracy</source>
        <translation>{criminal_cases} criminal cases were sent to the procuracy</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="97"/>
        <source>{cases_tried} cases were brought to trial</source>
        <translation>{cases_tried} cases were brought to trial</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="100"/>
        <source>Hotspots, reports and denunciations, people on record</source>
        <translation>Hotspots, reports and denunciations, people on record</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="102"/>
        <source>{hotspots_detected} new hotspots were found and {hotspots_cleared} cleared; {hotspots_active} were still active at the end of the period</source>
        <translation>{hotspots_detected} new hotspots were found and {hotspots_cleared} cleared; {hotspots_active} were still active at the end of the period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="105"/>
        <source>{hotspots_detected} new hotspots were found; {hotspots_active} were still active at the end of the period</source>
        <translation>{hotspots_detected} new hotspots were found; {hotspots_active} were still active at the end of the period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="108"/>
        <source>{hotspots_cleared} hotspots were cleared; {hotspots_active} were still active at the end of the period</source>
        <translation>{hotspots_cleared} hotspots were cleared; {hotspots_active} were still active at the end of the period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="111"/>
        <source>{hotspots_active} hotspots were still active at the end of the period</source>
        <translation>{hotspots_active} hotspots were still active at the end of the period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="113"/>
        <source>{denunciations_received} reports and denunciations were received and {denunciations_handled} handled ({denunciations_handled_pct}%)</source>
        <translation>{denunciations_received} reports and denunciations were received and {denunciations_handled} handled ({denunciations_handled_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="117"/>
        <source>{sex_workers_recorded} sex workers are on record, of whom {sex_workers_recorded_women} women and {sex_workers_recorded_minors} under 18</source>
        <translation>{sex_workers_recorded} sex workers are on record, of whom {sex_workers_recorded_women} women and {sex_workers_recorded_minors} under 18</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="121"/>
        <source>{sex_workers_recorded} sex workers are on record, of whom {sex_workers_recorded_women} women</source>
        <translation>{sex_workers_recorded} sex workers are on record, of whom {sex_workers_recorded_women} women</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="124"/>
        <source>{sex_workers_recorded} sex workers are on record</source>
        <translation>{sex_workers_recorded} sex workers are on record</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="126"/>
        <source>the number of sex workers is estimated at {sex_workers_estimated}</source>
        <translation>the number of sex workers is estimated at {sex_workers_estimated}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="128"/>
        <source>Support, reintegration and models</source>
        <translation>Support, reintegration and models</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="130"/>
        <source>supported {people_supported} people, of whom {people_reintegrated} with reintegration into the community</source>
        <translation>supported {people_supported} people, of whom {people_reintegrated} with reintegration into the community</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="132"/>
        <source>supported {people_supported} people</source>
        <translation>supported {people_supported} people</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="134"/>
        <source>{models_active} prevention models are running in {communes_with_model} communes and wards ({communes_with_model_pct}%)</source>
        <translation>{models_active} prevention models are running in {communes_with_model} communes and wards ({communes_with_model_pct}%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="136"/>
        <source>{models_active} prevention models are running</source>
        <translation>{models_active} prevention models are running</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="247"/>
        <source>{label}: {now}, none in the same period</source>
        <translation>{label}: {now}, none in the same period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="252"/>
        <source>{label} unchanged ({now})</source>
        <translation>{label} unchanged ({now})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="255"/>
        <source>{label} up {pct}% ({before} to {now})</source>
        <translation>{label} up {pct}% ({before} to {now})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="259"/>
        <source>{label} down {pct}% ({before} to {now})</source>
        <translation>{label} down {pct}% ({before} to {now})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="264"/>
        <source>Compared with {last}: {items}.</source>
        <translation>Compared with {last}: {items}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="278"/>
        <source>{label} {value}, below the target of {target}</source>
        <translation>{label} {value}, below the target of {target}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="281"/>
        <source>{label} {value}, meeting the target of {target}</source>
        <translation>{label} {value}, meeting the target of {target}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="285"/>
        <source>Against the plan: {items}.</source>
        <translation>Against the plan: {items}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/year_end_text.py" line="301"/>
        <source>{label}: {value} against a target of {target}</source>
        <translation>{label}: {value} against a target of {target}</translation>
    </message>
</context>
</TS>
