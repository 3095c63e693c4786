<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="20"/>
        <source>print the standard reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="21"/>
        <source>the standard table: one row per unit directly under CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="22"/>
        <source>2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="23"/>
        <source>unit code (default: the home unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="24"/>
        <source>output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="25"/>
        <source>output file; for json, &apos;-&apos; or nothing prints to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="33"/>
        <source>--period: “{spec}” is not a period; use 2024-03, 2024-Q1, 2024-H1, 2024-9M, 2024 or 2016..2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="44"/>
        <source>--unit: no home unit is set; give a unit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="48"/>
        <source>--unit: no unit has code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/cli_support.py" line="59"/>
        <source>--out: a file name is needed for the {fmt} format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../desktop/reports/document.py" line="80"/>
        <source>I. Summary of {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="81"/>
        <location filename="../desktop/reports/document.py" line="91"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="81"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="81"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="81"/>
        <source>Since 1 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="82"/>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="82"/>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="82"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="91"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="94"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="106"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="106"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="108"/>
        <source>II. By unit, this period ({part}/{parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="118"/>
        <source>III. Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="121"/>
        <source>Communes and wards not yet reached: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="125"/>
        <source>Shaded cells are below the target of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="131"/>
        <source>Unit: {unit} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="133"/>
        <source>FINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="133"/>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="136"/>
        <source>PREPARED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="138"/>
        <source>HEAD OF OFFICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="140"/>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="141"/>
        <source>- As above;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/document.py" line="141"/>
        <source>- Filed: office records.</source>
        <translation type="unfinished"></translation>
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
        <translation>Số liệu của các đơn vị bị chia tách được gộp gần đúng vào một đơn vị tiếp nhận: {units}.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="94"/>
        <source>No new unit is known yet for {units}: their figures are counted on the row “{row}”.</source>
        <translation>Chưa xác định được đơn vị mới của {units}: số liệu của các đơn vị này được tính vào dòng “{row}”.</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="100"/>
        <source>Records without a commune (media, training held by the office) are counted on the row “{row}”.</source>
        <translation>Các hồ sơ không gắn với xã, phường (truyền thông, tập huấn do cơ quan tổ chức) được tính vào dòng “{row}”.</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../desktop/reports/summary.py" line="28"/>
        <source>{period}, {unit}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="30"/>
        <source>Held {sessions} outreach sessions with {participants} participants (of whom {women} women); handed out {documents} documents and {leaflets} leaflets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="36"/>
        <source>Published {pages} special pages and series, {articles} articles and {news} news items; the website had {visits} visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="42"/>
        <source>{reached} of {total} communes and wards were reached ({pct}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="45"/>
        <source>Organised {classes} training classes with {trainees} trainees; {trained} of {officers} officers have been trained in the programme period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="50"/>
        <source>Carried out {inspections} inspections ({planned} planned, {unannounced} unannounced) of {inspected} establishments out of {establishments}; {violating} establishments were in violation and fined {fines} dong in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="59"/>
        <source>Sanctioned {buyers} buyers and {sellers} sellers; sent {cases} criminal cases to the procuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="64"/>
        <source>Supported {people} people, of whom {reintegrated} reintegrated into the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/reports/summary.py" line="68"/>
        <source>Cumulative since 1 January: {sessions} outreach sessions with {participants} participants, {inspections} inspections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
