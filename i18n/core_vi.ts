<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>catalogue</name>
    <message>
        <location filename="../desktop/services/catalogue.py" line="105"/>
        <source>Unknown catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/catalogue.py" line="108"/>
        <source>The Vietnamese label is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/catalogue.py" line="114"/>
        <source>This value already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../desktop/db/database.py" line="83"/>
        <source>Cannot open the database {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="99"/>
        <source>The database {name} could not be upgraded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="117"/>
        <source>The database file {path} does not exist. Create it with: pcmd init --unit CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="124"/>
        <source>{path} is not a PCMD database (or it is damaged): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="130"/>
        <source>The database {path} was written by a newer version of PCMD (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <location filename="../desktop/services/maintenance.py" line="43"/>
        <source>Storage damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="46"/>
        <source>Table {table} row {row} points to a missing {parent} record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="51"/>
        <source>The schema is at {rev}, not the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="59"/>
        <source>No administrative units are loaded (run pcmd init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="86"/>
        <source>{kind} {id}: unknown {field} value “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="96"/>
        <source>{kind} {id}: the unit {unit} did not exist on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="106"/>
        <source>{count} outreach sessions have more women than participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="117"/>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="155"/>
        <source>The backup file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="159"/>
        <source>{path} is not a PCMD backup: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="162"/>
        <source>{path} is not a PCMD backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="164"/>
        <source>{path} was made by a newer version of PCMD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../desktop/services/records.py" line="77"/>
        <source>A record with the same {field} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="159"/>
        <location filename="../desktop/services/records.py" line="173"/>
        <source>The record no longer exists (it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="162"/>
        <source>Someone else changed this record since you opened it; reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="236"/>
        <source>Choose the home unit first (pcmd init --unit CODE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../desktop/services/setup.py" line="30"/>
        <source>No Hai Phong unit has code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../desktop/services/units.py" line="249"/>
        <source>no commune or ward given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="254"/>
        <source>no unit has code {code} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="275"/>
        <source>no commune or ward named “{name}” existed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="283"/>
        <source>“{name}” is ambiguous on {date}: {candidates}; give the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../desktop/services/validation.py" line="75"/>
        <location filename="../desktop/services/validation.py" line="157"/>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="122"/>
        <source>{field}: “{value}” is not a date (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="123"/>
        <source>{field}: “{value}” is not a month (mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="126"/>
        <source>{field}: {value} is before 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="133"/>
        <source>{field}: “{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="136"/>
        <source>{field}: {value} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="139"/>
        <source>{field} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="142"/>
        <source>{field}: {value} is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="146"/>
        <source>{field}: {value} is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="153"/>
        <source>{field}: “{value}” is not yes or no (Có/Không).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="165"/>
        <location filename="../desktop/services/validation.py" line="175"/>
        <source>{field}: “{value}” is not an allowed value ({allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="191"/>
        <source>{field}: “{value}” is not an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="196"/>
        <source>{field}: no record with id {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="215"/>
        <source>{field}: {unit} did not exist on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="218"/>
        <source>{field}: {unit} is not under {owner}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
