<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="23"/>
        <source>print the standard reports</source>
        <translation>print the standard reports</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="24"/>
        <source>the standard table: one row per unit directly under CODE</source>
        <translation>the standard table: one row per unit directly under CODE</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="25"/>
        <source>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020</source>
        <translation>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="26"/>
        <source>unit code (default: the home unit)</source>
        <translation>unit code (default: the home unit)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="27"/>
        <source>output format</source>
        <translation>output format</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="28"/>
        <source>output file; for json, &apos;-&apos; or nothing prints to standard output</source>
        <translation>output file; for json, &apos;-&apos; or nothing prints to standard output</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="36"/>
        <source>--period: “{spec}” is not a period; use 2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020.</source>
        <translation>--period: “{spec}” is not a period; use 2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="47"/>
        <source>--unit: no home unit is set; give a unit code.</source>
        <translation>--unit: no home unit is set; give a unit code.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="51"/>
        <source>--unit: no unit has code {code}.</source>
        <translation>--unit: no unit has code {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="62"/>
        <source>--out: a file name is needed for the {fmt} format.</source>
        <translation>--out: a file name is needed for the {fmt} format.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../desktop/reports/document.py" line="91"/>
        <source>I. Summary of {unit}</source>
        <translation>I. Summary of {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="92"/>
        <location filename="../desktop/reports/document.py" line="102"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="92"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="92"/>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="92"/>
        <source>Since 1 January</source>
        <translation>Since 1 January</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="93"/>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="93"/>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="93"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="102"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="105"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="117"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="117"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="119"/>
        <source>II. By unit, this period ({part}/{parts})</source>
        <translation>II. By unit, this period ({part}/{parts})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="129"/>
        <source>III. Summary</source>
        <translation>III. Summary</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="132"/>
        <source>Communes and wards not yet reached: {names}.</source>
        <translation>Communes and wards not yet reached: {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="136"/>
        <source>Shaded cells are below the target of the plan.</source>
        <translation>Shaded cells are below the target of the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="142"/>
        <source>Unit: {unit} ({code})</source>
        <translation>Unit: {unit} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="144"/>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="144"/>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="147"/>
        <source>PREPARED BY</source>
        <translation>PREPARED BY</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="149"/>
        <source>HEAD OF OFFICE</source>
        <translation>HEAD OF OFFICE</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="151"/>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="152"/>
        <source>- As above;</source>
        <translation>- As above;</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="152"/>
        <source>- Filed: office records.</source>
        <translation>- Filed: office records.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="153"/>
        <source>(Signature, full name and seal)</source>
        <translation>(Signature, full name and seal)</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../desktop/reports/labels.py" line="56"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="89"/>
        <source>Figures of units that were split are regrouped approximately onto one receiving unit: {units}.</source>
        <translation>Figures of units that were split are regrouped approximately onto one receiving unit: {units}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="94"/>
        <source>No new unit is known yet for {units}: their figures are counted on the row “{row}”.</source>
        <translation>No new unit is known yet for {units}: their figures are counted on the row “{row}”.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="100"/>
        <source>Records without a commune (media, training held by the office) are counted on the row “{row}”.</source>
        <translation>Records without a commune (media, training held by the office) are counted on the row “{row}”.</translation>
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
        <translation>Held {sessions} outreach sessions with {participants} participants (of whom {women} women); handed out {documents} documents and {leaflets} leaflets.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="36"/>
        <source>Published {pages} special pages and series, {articles} articles and {news} news items; the website had {visits} visits.</source>
        <translation>Published {pages} special pages and series, {articles} articles and {news} news items; the website had {visits} visits.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="42"/>
        <source>{reached} of {total} communes and wards were reached ({pct}%).</source>
        <translation>{reached} of {total} communes and wards were reached ({pct}%).</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="45"/>
        <source>Organised {classes} training classes with {trainees} trainees; {trained} of {officers} officers have been trained in the programme period.</source>
        <translation>Organised {classes} training classes with {trainees} trainees; {trained} of {officers} officers have been trained in the programme period.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="50"/>
        <source>Carried out {inspections} inspections ({planned} planned, {unannounced} unannounced) of {inspected} establishments out of {establishments}; {violating} establishments were in violation and fined {fines} dong in all.</source>
        <translation>Carried out {inspections} inspections ({planned} planned, {unannounced} unannounced) of {inspected} establishments out of {establishments}; {violating} establishments were in violation and fined {fines} dong in all.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="59"/>
        <source>Sanctioned {buyers} buyers and {sellers} sellers; sent {cases} criminal cases to the procuracy.</source>
        <translation>Sanctioned {buyers} buyers and {sellers} sellers; sent {cases} criminal cases to the procuracy.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="64"/>
        <source>Supported {people} people, of whom {reintegrated} reintegrated into the community.</source>
        <translation>Supported {people} people, of whom {reintegrated} reintegrated into the community.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="68"/>
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
</context>
</TS>
