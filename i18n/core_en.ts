<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>IndicatorCommand</name>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="18"/>
        <source>indicator definitions: export or import</source>
        <translation>indicator definitions: export or import</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="21"/>
        <source>write the definitions in force to a TOML file</source>
        <translation>write the definitions in force to a TOML file</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="22"/>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="24"/>
        <source>add or replace definitions from a TOML file</source>
        <translation>add or replace definitions from a TOML file</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="25"/>
        <source>definitions in format 1</source>
        <translation>definitions in format 1</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="43"/>
        <source>Wrote {n} indicator definitions to {path}.</source>
        <translation>Wrote {n} indicator definitions to {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="64"/>
        <source>Nothing was imported: {n} problem(s) in {path}.</source>
        <translation>Nothing was imported: {n} problem(s) in {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="68"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../desktop/commands/indicator_cmds.py" line="69"/>
        <source>Indicators added: {added}; replaced: {replaced}; unchanged: {unchanged}.</source>
        <translation>Indicators added: {added}; replaced: {replaced}; unchanged: {unchanged}.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../desktop/output_file.py" line="62"/>
        <source>Cannot write {path}: it is the open database; choose another file name.</source>
        <translation>Cannot write {path}: it is the open database; choose another file name.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="66"/>
        <source>Cannot write {path}: it is one of the files being read; choose another file name.</source>
        <translation>Cannot write {path}: it is one of the files being read; choose another file name.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="76"/>
        <source>Cannot write {path}: it is a PCMD database or a backup of one; choose another file name.</source>
        <translation>Cannot write {path}: it is a PCMD database or a backup of one; choose another file name.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="89"/>
        <source>Cannot write {path}: it is a folder; give a file name.</source>
        <translation>Cannot write {path}: it is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="92"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Cannot write {path}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="95"/>
        <source>Cannot write {path}: it is not an ordinary file.</source>
        <translation>Cannot write {path}: it is not an ordinary file.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="121"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="167"/>
        <location filename="../desktop/output_file.py" line="181"/>
        <source>the disk is full.</source>
        <translation>the disk is full.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="169"/>
        <location filename="../desktop/output_file.py" line="185"/>
        <source>the disk or folder is read-only.</source>
        <translation>the disk or folder is read-only.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="170"/>
        <source>the database could not write it (error {code}).</source>
        <translation>the database could not write it (error {code}).</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="178"/>
        <source>access was refused. If the file is open in another program (Excel, a PDF reader), close it there and try again.</source>
        <translation>access was refused. If the file is open in another program (Excel, a PDF reader), close it there and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="183"/>
        <source>the folder does not exist.</source>
        <translation>the folder does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="186"/>
        <source>the system could not write it (error {code}).</source>
        <translation>the system could not write it (error {code}).</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="194"/>
        <source>access was refused (no permission, or another program holds the file)</source>
        <translation>access was refused (no permission, or another program holds the file)</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="196"/>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="198"/>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="200"/>
        <source>the disk could not read it (the disk, USB stick or network drive is failing)</source>
        <translation>the disk could not read it (the disk, USB stick or network drive is failing)</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="201"/>
        <source>the system could not read it (error {code})</source>
        <translation>the system could not read it (error {code})</translation>
    </message>
    <message>
        <location filename="../desktop/output_file.py" line="209"/>
        <source>the file could not be created</source>
        <translation>the file could not be created</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="25"/>
        <source>users who sign in: add or list</source>
        <translation>users who sign in: add or list</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="28"/>
        <source>add a user (the first must be an administrator)</source>
        <translation>add a user (the first must be an administrator)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="29"/>
        <source>user name (no spaces)</source>
        <translation>user name (no spaces)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="31"/>
        <source>staff enter records; a manager also locks months and restores deleted records; an administrator also manages users and settings</source>
        <translation>staff enter records; a manager also locks months and restores deleted records; an administrator also manages users and settings</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="33"/>
        <source>the user&apos;s unit (default: the home unit)</source>
        <translation>the user&apos;s unit (default: the home unit)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="34"/>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="36"/>
        <source>list the users</source>
        <translation>list the users</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="40"/>
        <source>lock a month of a unit</source>
        <translation>lock a month of a unit</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="41"/>
        <source>unlock a month of a unit (a reason is required)</source>
        <translation>unlock a month of a unit (a reason is required)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="43"/>
        <source>the unit whose month it is (its code)</source>
        <translation>the unit whose month it is (its code)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="44"/>
        <source>the month</source>
        <translation>the month</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="46"/>
        <source>why (kept in the audit trail)</source>
        <translation>why (kept in the audit trail)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="56"/>
        <source>No unit has code {code}.</source>
        <translation>No unit has code {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="67"/>
        <source>--month: “{value}” is not a month; write it as YYYY-MM, for example 2024-05.</source>
        <translation>--month: “{value}” is not a month; write it as YYYY-MM, for example 2024-05.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="82"/>
        <source>No password for the new user {name}: set PCMD_NEW_PASSWORD, or run the command in a terminal to be asked for it.</source>
        <translation>No password for the new user {name}: set PCMD_NEW_PASSWORD, or run the command in a terminal to be asked for it.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="85"/>
        <source>Password for the new user {name}: </source>
        <translation>Password for the new user {name}: </translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="86"/>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="88"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="103"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Choose the home unit first: pcmd init --unit CODE</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="108"/>
        <source>User {name} added ({role}, {unit}).</source>
        <translation>User {name} added ({role}, {unit}).</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="111"/>
        <source>Sign-in is now on: every command that reads records or changes anything needs --user NAME and the password.</source>
        <translation>Sign-in is now on: every command that reads records or changes anything needs --user NAME and the password.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="131"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="131"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="135"/>
        <source>No users: sign-in is off.</source>
        <translation>No users: sign-in is off.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="160"/>
        <source>{month} of {unit} unlocked: its {n} records can be changed again.</source>
        <translation>{month} of {unit} unlocked: its {n} records can be changed again.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="161"/>
        <source>{month} of {unit} was not locked; nothing changed.</source>
        <translation>{month} of {unit} was not locked; nothing changed.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="163"/>
        <source>{month} of {unit} locked: {n} records can no longer be changed.</source>
        <translation>{month} of {unit} locked: {n} records can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/trust_cmds.py" line="164"/>
        <source>{month} of {unit} was already locked; nothing changed.</source>
        <translation>{month} of {unit} was already locked; nothing changed.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../desktop/cli.py" line="20"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="21"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="22"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="23"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="24"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="25"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="26"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="27"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="28"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="29"/>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="30"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="31"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="32"/>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="33"/>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="34"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="35"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="36"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="37"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="38"/>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="39"/>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
</context>
<context>
    <name>audit_check</name>
    <message>
        <location filename="../desktop/services/audit_check.py" line="54"/>
        <source>… and {n} more problems of the same kind.</source>
        <translation>… and {n} more problems of the same kind.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="60"/>
        <source>entry {id} ({at}, {user}: {action} {type} {record})</source>
        <translation>entry {id} ({at}, {user}: {action} {type} {record})</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="89"/>
        <source>The audit trail was changed outside PCMD: {entry} is not in the chain (added or altered after it began).</source>
        <translation>The audit trail was changed outside PCMD: {entry} is not in the chain (added or altered after it began).</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="96"/>
        <source>The audit trail is broken at {entry}: the entry before it was deleted or changed outside PCMD.</source>
        <translation>The audit trail is broken at {entry}: the entry before it was deleted or changed outside PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="100"/>
        <source>The audit trail was changed outside PCMD: {entry} is not what was written.</source>
        <translation>The audit trail was changed outside PCMD: {entry} is not what was written.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="109"/>
        <source>The audit trail was cut short outside PCMD: {written} entries were written, {found} are there (the newest were removed).</source>
        <translation>The audit trail was cut short outside PCMD: {written} entries were written, {found} are there (the newest were removed).</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="122"/>
        <source>The audit entries made before the chain began were changed or deleted outside PCMD (they no longer match {entry}).</source>
        <translation>The audit entries made before the chain began were changed or deleted outside PCMD (they no longer match {entry}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="150"/>
        <source>{row} has no audit entry: it was added outside PCMD.</source>
        <translation>{row} has no audit entry: it was added outside PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="153"/>
        <source>{row} was changed outside PCMD: it does not match its last audit entry.</source>
        <translation>{row} was changed outside PCMD: it does not match its last audit entry.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="162"/>
        <source>{row} is in the audit trail but no longer in the database: it was deleted outside PCMD.</source>
        <translation>{row} is in the audit trail but no longer in the database: it was deleted outside PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="179"/>
        <source>User {name}</source>
        <translation>User {name}</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="181"/>
        <source>The lock of {month} of {unit}</source>
        <translation>The lock of {month} of {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="185"/>
        <source>Setting {key}</source>
        <translation>Setting {key}</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="187"/>
        <source>Catalogue value {code} ({kind})</source>
        <translation>Catalogue value {code} ({kind})</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="189"/>
        <source>{type} {id}</source>
        <translation>{type} {id}</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_check.py" line="213"/>
        <source>The lock of {month} (entry for lock {id}) was removed outside PCMD.</source>
        <translation>The lock of {month} (entry for lock {id}) was removed outside PCMD.</translation>
    </message>
</context>
<context>
    <name>audit_text</name>
    <message>
        <location filename="../desktop/services/audit_text.py" line="29"/>
        <source>Month lock</source>
        <translation>Month lock</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="30"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="31"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="32"/>
        <source>Catalogue value</source>
        <translation>Catalogue value</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="33"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="34"/>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="35"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="38"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="39"/>
        <location filename="../desktop/services/audit_text.py" line="180"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="40"/>
        <location filename="../desktop/services/audit_text.py" line="41"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="42"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="43"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="44"/>
        <location filename="../desktop/services/audit_text.py" line="45"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="46"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="47"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="48"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="49"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="50"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="51"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="52"/>
        <source>Failed attempts</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="53"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="54"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="55"/>
        <source>Label (Vietnamese)</source>
        <translation>Label (Vietnamese)</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="56"/>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="57"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="58"/>
        <source>Demo data series</source>
        <translation>Demo data series</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="61"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="62"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="63"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="64"/>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="65"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="66"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="67"/>
        <source>unlocked</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="68"/>
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="69"/>
        <source>backed up</source>
        <translation>backed up</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="70"/>
        <source>sealed</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="71"/>
        <source>made as demo data</source>
        <translation>made as demo data</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="176"/>
        <source>pasted from the clipboard</source>
        <translation>pasted from the clipboard</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="180"/>
        <source>Brought back</source>
        <translation>Brought back</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="206"/>
        <location filename="../desktop/services/audit_text.py" line="218"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_text.py" line="206"/>
        <location filename="../desktop/services/audit_text.py" line="218"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="139"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="140"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="140"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../desktop/services/audit_view.py" line="144"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <location filename="../desktop/services/auth.py" line="74"/>
        <source>This record belongs to another unit; you may not change it.</source>
        <translation>This record belongs to another unit; you may not change it.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="103"/>
        <source>User name: enter 1 to 60 characters without spaces.</source>
        <translation>User name: enter 1 to 60 characters without spaces.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="110"/>
        <source>Role: choose staff, manager or administrator.</source>
        <translation>Role: choose staff, manager or administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="112"/>
        <source>Unit: choose an existing unit.</source>
        <translation>Unit: choose an existing unit.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="128"/>
        <source>Role: the first user must be an administrator, so that someone can manage users.</source>
        <translation>Role: the first user must be an administrator, so that someone can manage users.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="133"/>
        <source>Unit: you may give users only your unit or a unit under it.</source>
        <translation>Unit: you may give users only your unit or a unit under it.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="136"/>
        <source>User name: {name} is already taken.</source>
        <translation>User name: {name} is already taken.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="167"/>
        <source>The user no longer exists.</source>
        <translation>The user no longer exists.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="173"/>
        <source>Unit: you may manage only the users of your unit and the units under it.</source>
        <translation>Unit: you may manage only the users of your unit and the units under it.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="193"/>
        <source>At least one active administrator must remain.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="230"/>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="237"/>
        <source>Too many wrong passwords: wait {seconds} seconds and try again.</source>
        <translation>Too many wrong passwords: wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/auth.py" line="259"/>
        <source>The user name or the password is wrong. Too many wrong passwords: wait {seconds} seconds and try again.</source>
        <translation>The user name or the password is wrong. Too many wrong passwords: wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/passwords.py" line="56"/>
        <source>Password: it cannot be blank.</source>
        <translation>Password: it cannot be blank.</translation>
    </message>
    <message>
        <location filename="../desktop/services/passwords.py" line="58"/>
        <source>Password: use at least {n} characters.</source>
        <translation>Password: use at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../desktop/services/passwords.py" line="61"/>
        <source>Password: this is one of the passwords people use most; choose another.</source>
        <translation>Password: this is one of the passwords people use most; choose another.</translation>
    </message>
    <message>
        <location filename="../desktop/services/passwords.py" line="67"/>
        <source>Password: it must not be your own name.</source>
        <translation>Password: it must not be your own name.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../desktop/services/catalogue.py" line="130"/>
        <source>Unknown catalogue.</source>
        <translation>Unknown catalogue.</translation>
    </message>
    <message>
        <location filename="../desktop/services/catalogue.py" line="133"/>
        <source>The Vietnamese label is required.</source>
        <translation>The Vietnamese label is required.</translation>
    </message>
    <message>
        <location filename="../desktop/services/catalogue.py" line="140"/>
        <source>This value already exists.</source>
        <translation>This value already exists.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../desktop/cli.py" line="54"/>
        <source>Usage error: {message}</source>
        <translation>Usage error: {message}</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="62"/>
        <source>database file or SQLAlchemy URL (default: PCMD_DB, else the data folder)</source>
        <translation>database file or SQLAlchemy URL (default: PCMD_DB, else the data folder)</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="65"/>
        <source>interface language</source>
        <translation>interface language</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="67"/>
        <source>sign in as this user (default: PCMD_USER); the password comes from PCMD_PASSWORD, else you are asked for it</source>
        <translation>sign in as this user (default: PCMD_USER); the password comes from PCMD_PASSWORD, else you are asked for it</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="81"/>
        <source>PCMD: prostitution-prevention records.</source>
        <translation>PCMD: prostitution-prevention records.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="84"/>
        <source>show the program&apos;s version number and exit</source>
        <translation>show the program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="179"/>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../desktop/cli.py" line="197"/>
        <source>Unexpected error: {error}. Details are in {log}.</source>
        <translation>Unexpected error: {error}. Details are in {log}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="29"/>
        <source>create (or upgrade) the database and set the home unit</source>
        <translation>create (or upgrade) the database and set the home unit</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="30"/>
        <source>home unit code</source>
        <translation>home unit code</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="33"/>
        <source>fill the database with realistic synthetic records</source>
        <translation>fill the database with realistic synthetic records</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="36"/>
        <source>unit to make records for (default: home)</source>
        <translation>unit to make records for (default: home)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="39"/>
        <source>integrity check of the database</source>
        <translation>integrity check of the database</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="42"/>
        <source>consistent copy of the database</source>
        <translation>consistent copy of the database</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="46"/>
        <source>restore the database from a backup</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="84"/>
        <source>This database has users: give --user NAME (or set PCMD_USER) and the password (PCMD_PASSWORD, else you are asked for it).</source>
        <translation>This database has users: give --user NAME (or set PCMD_USER) and the password (PCMD_PASSWORD, else you are asked for it).</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="89"/>
        <source>No password for {name}: set PCMD_PASSWORD, or run the command in a terminal to be asked for it.</source>
        <translation>No password for {name}: set PCMD_PASSWORD, or run the command in a terminal to be asked for it.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="91"/>
        <source>Password for {name}: </source>
        <translation>Password for {name}: </translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="106"/>
        <source>Database ready: {db}</source>
        <translation>Database ready: {db}</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="107"/>
        <source>Units: {units}, mappings: {mappings}. Home unit: {code} {name}.</source>
        <translation>Units: {units}, mappings: {mappings}. Home unit: {code} {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="121"/>
        <source>--records must be between 1 and 5,000,000.</source>
        <translation>--records must be between 1 and 5,000,000.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="128"/>
        <location filename="../desktop/commands/exchange_cmds.py" line="66"/>
        <source>No unit has code {code}.</source>
        <translation>No unit has code {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="130"/>
        <location filename="../desktop/commands/screenshot_cmd.py" line="47"/>
        <source>Choose the home unit first: pcmd init --unit CODE</source>
        <translation>Choose the home unit first: pcmd init --unit CODE</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="134"/>
        <source>Created {total} records for {unit} in {seconds:.1f} s.</source>
        <translation>Created {total} records for {unit} in {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="154"/>
        <source>Check passed: no problems found.</source>
        <translation>Check passed: no problems found.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="158"/>
        <source>Check failed: {n} problems.</source>
        <translation>Check failed: {n} problems.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="171"/>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="196"/>
        <source>Restored from {path}.</source>
        <translation>Restored from {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/database_cmds.py" line="198"/>
        <source>The previous database was kept as {path}.</source>
        <translation>The previous database was kept as {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="18"/>
        <source>import exchange workbooks</source>
        <translation>import exchange workbooks</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="19"/>
        <source>workbooks or folders</source>
        <translation>workbooks or folders</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="20"/>
        <source>change nothing; report only</source>
        <translation>change nothing; report only</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="21"/>
        <source>print the report as JSON</source>
        <translation>print the report as JSON</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="22"/>
        <source>sending unit when a workbook has no Thông tin sheet</source>
        <translation>sending unit when a workbook has no Thông tin sheet</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="25"/>
        <source>import the valid rows even when some rows are rejected</source>
        <translation>import the valid rows even when some rows are rejected</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="26"/>
        <source>save the rejected rows here</source>
        <translation>save the rejected rows here</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="27"/>
        <source>read the password of password-protected workbooks from the first line of FILE (else from the environment variable PCMD_WORKBOOK_PASSWORD)</source>
        <translation>read the password of password-protected workbooks from the first line of FILE (else from the environment variable PCMD_WORKBOOK_PASSWORD)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="32"/>
        <source>write an exchange workbook</source>
        <translation>write an exchange workbook</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="35"/>
        <source>unit (default: the home unit)</source>
        <translation>unit (default: the home unit)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="36"/>
        <source>leave personal data out</source>
        <translation>leave personal data out</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="37"/>
        <source>protect the workbook with the password in the first line of FILE (Excel&apos;s “Encrypt with Password”: for personal data sent by email)</source>
        <translation>protect the workbook with the password in the first line of FILE (Excel&apos;s “Encrypt with Password”: for personal data sent by email)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="43"/>
        <source>write the blank template with drop-down lists</source>
        <translation>write the blank template with drop-down lists</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="56"/>
        <source>“{value}” is not a date (YYYY-MM-DD).</source>
        <translation>“{value}” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="83"/>
        <source>Exported {n} rows to {path}.</source>
        <translation>Exported {n} rows to {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="97"/>
        <source>Blank template written: {path}</source>
        <translation>Blank template written: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="108"/>
        <source>--rejects needs --accept-valid.</source>
        <translation>--rejects needs --accept-valid.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="110"/>
        <source>An empty file name was given; name the workbooks or the folder to import.</source>
        <translation>An empty file name was given; name the workbooks or the folder to import.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="127"/>
        <source>Give the password with --password-file FILE or in the environment variable PCMD_WORKBOOK_PASSWORD.</source>
        <translation>Give the password with --password-file FILE or in the environment variable PCMD_WORKBOOK_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="139"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="139"/>
        <source>NOT imported</source>
        <translation>NOT imported</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="141"/>
        <source>checked (dry run, nothing changed)</source>
        <translation>checked (dry run, nothing changed)</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="143"/>
        <source>valid rows imported, some rows rejected</source>
        <translation>valid rows imported, some rows rejected</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="144"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="146"/>
        <source>{sheet}: {rows} rows, {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {rejected} rejected, {deleted} deleted</source>
        <translation>{sheet}: {rows} rows, {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {rejected} rejected, {deleted} deleted</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="153"/>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="155"/>
        <source>{n} files: {ok} imported, {bad} not imported.</source>
        <translation>{n} files: {ok} imported, {bad} not imported.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/exchange_cmds.py" line="170"/>
        <source>row {n}</source>
        <translation>row {n}</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="19"/>
        <source>render the main window on one tab to a PNG</source>
        <translation>render the main window on one tab to a PNG</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="30"/>
        <source>Unknown tab {tab}; choose one of: {tabs}.</source>
        <translation>Unknown tab {tab}; choose one of: {tabs}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="34"/>
        <source>--size must look like 1366x768.</source>
        <translation>--size must look like 1366x768.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="66"/>
        <source>Cannot write {path}.</source>
        <translation>Cannot write {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/commands/screenshot_cmd.py" line="70"/>
        <source>Screenshot written: {path}</source>
        <translation>Screenshot written: {path}</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../desktop/db/database.py" line="55"/>
        <source>The database file {name} is gone (deleted or moved while PCMD had it open); nothing was saved. Put it back or restore a backup, then open PCMD again.</source>
        <translation>The database file {name} is gone (deleted or moved while PCMD had it open); nothing was saved. Put it back or restore a backup, then open PCMD again.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="60"/>
        <source>The database file {name} was replaced while PCMD had it open (restored from a backup?); nothing was saved. Close PCMD and open it again to work on the restored data.</source>
        <translation>The database file {name} was replaced while PCMD had it open (restored from a backup?); nothing was saved. Close PCMD and open it again to work on the restored data.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="136"/>
        <source>The database {name} was not upgraded: the copy kept before an upgrade could not be written to {folder} ({reason}). Nothing was changed.</source>
        <translation>The database {name} was not upgraded: the copy kept before an upgrade could not be written to {folder} ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="148"/>
        <source>The database {name} needs an upgrade for this version of PCMD, which the login {user} may not make; nothing was changed. Ask the database&apos;s owner to run: pcmd init --unit CODE --db &lt;the owner&apos;s URL&gt;.</source>
        <translation>The database {name} needs an upgrade for this version of PCMD, which the login {user} may not make; nothing was changed. Ask the database&apos;s owner to run: pcmd init --unit CODE --db &lt;the owner&apos;s URL&gt;.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="155"/>
        <source>The database {name} could not be upgraded; nothing was changed. The details are in {log}.</source>
        <translation>The database {name} could not be upgraded; nothing was changed. The details are in {log}.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="195"/>
        <source>The database file {path} does not exist. Create it with: pcmd init --unit CODE</source>
        <translation>The database file {path} does not exist. Create it with: pcmd init --unit CODE</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="202"/>
        <source>Cannot read the database file {path}: access was refused or the disk cannot be read.</source>
        <translation>Cannot read the database file {path}: access was refused or the disk cannot be read.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="205"/>
        <location filename="../desktop/db/database.py" line="219"/>
        <source>{path} is not a PCMD database.</source>
        <translation>{path} is not a PCMD database.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="215"/>
        <source>Cannot open the database {path}: it was not closed properly and its folder is read-only, so it cannot be repaired here. Ask for write access to the folder.</source>
        <translation>Cannot open the database {path}: it was not closed properly and its folder is read-only, so it cannot be repaired here. Ask for write access to the folder.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="222"/>
        <source>The database {path} was written by a newer version of PCMD (schema {revision}). Install the newer version to open it; the file was not changed.</source>
        <translation>The database {path} was written by a newer version of PCMD (schema {revision}). Install the newer version to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="252"/>
        <source>The database is damaged (some of its pages cannot be read); nothing was changed. Restore the latest backup (Administration → Restore, or pcmd restore FILE) and ask for help if it happens again.</source>
        <translation>The database is damaged (some of its pages cannot be read); nothing was changed. Restore the latest backup (Administration → Restore, or pcmd restore FILE) and ask for help if it happens again.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="256"/>
        <source>The database {name} is damaged (some of its pages cannot be read); nothing was changed. Restore the latest backup (Administration → Restore, or pcmd restore FILE) and ask for help if it happens again.</source>
        <translation>The database {name} is damaged (some of its pages cannot be read); nothing was changed. Restore the latest backup (Administration → Restore, or pcmd restore FILE) and ask for help if it happens again.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="269"/>
        <source>Cannot open the database {name}; the details are in {log}.</source>
        <translation>Cannot open the database {name}; the details are in {log}.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="272"/>
        <source>Cannot open the database {name}: the file or its folder cannot be read or written (check the folder and its permissions).</source>
        <translation>Cannot open the database {name}: the file or its folder cannot be read or written (check the folder and its permissions).</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="276"/>
        <source>The database is busy: another computer is saving. Try again in a moment; nothing was saved.</source>
        <translation>The database is busy: another computer is saving. Try again in a moment; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="279"/>
        <source>The database {name} is read-only: nothing was saved. Ask for write access or choose another data folder.</source>
        <translation>The database {name} is read-only: nothing was saved. Ask for write access or choose another data folder.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="282"/>
        <source>The disk holding {name} is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk holding {name} is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="285"/>
        <source>The database {name} cannot be written (the disk is full or failing): nothing was saved. Free some space or check the disk, then try again.</source>
        <translation>The database {name} cannot be written (the disk is full or failing): nothing was saved. Free some space or check the disk, then try again.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="289"/>
        <source>The database refused the change; nothing was saved. The details are in {log}.</source>
        <translation>The database refused the change; nothing was saved. The details are in {log}.</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="319"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../desktop/db/database.py" line="320"/>
        <source>it cannot be written</source>
        <translation>it cannot be written</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="24"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="26"/>
        <location filename="../desktop/domain/record_types/national.py" line="53"/>
        <location filename="../desktop/domain/record_types/national.py" line="154"/>
        <location filename="../desktop/domain/record_types/programme.py" line="104"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="28"/>
        <source>Detected on</source>
        <translation>Detected on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="30"/>
        <source>Cleared on</source>
        <translation>Cleared on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="32"/>
        <location filename="../desktop/domain/record_types/national.py" line="57"/>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="50"/>
        <location filename="../desktop/domain/record_types/programme.py" line="46"/>
        <location filename="../desktop/domain/record_types/programme.py" line="102"/>
        <location filename="../desktop/domain/record_types/programme.py" line="259"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="55"/>
        <source>Detected by</source>
        <translation>Detected by</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="59"/>
        <source>Brothel-keepers, brokers</source>
        <translation>Brothel-keepers, brokers</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="62"/>
        <source>Suspects prosecuted</source>
        <translation>Suspects prosecuted</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="64"/>
        <source>Sent to the procuracy</source>
        <translation>Sent to the procuracy</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="66"/>
        <source>Tried on</source>
        <translation>Tried on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="92"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="95"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="97"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="99"/>
        <source>Handled on</source>
        <translation>Handled on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="101"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="118"/>
        <location filename="../desktop/domain/record_types/programme.py" line="299"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="121"/>
        <source>Sex workers on record</source>
        <translation>Sex workers on record</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="125"/>
        <location filename="../desktop/domain/record_types/programme.py" line="64"/>
        <source>of whom women</source>
        <translation>of whom women</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="127"/>
        <source>of whom under 18</source>
        <translation>of whom under 18</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="129"/>
        <source>Sex workers estimated</source>
        <translation>Sex workers estimated</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="151"/>
        <source>Model name</source>
        <translation>Model name</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="156"/>
        <location filename="../desktop/domain/record_types/programme.py" line="124"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="158"/>
        <location filename="../desktop/domain/record_types/programme.py" line="126"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="160"/>
        <location filename="../desktop/domain/record_types/programme.py" line="304"/>
        <source>People supported</source>
        <translation>People supported</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="33"/>
        <source>Commune/ward</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="39"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="49"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="51"/>
        <location filename="../desktop/domain/record_types/programme.py" line="108"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="53"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="55"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="57"/>
        <location filename="../desktop/domain/record_types/programme.py" line="132"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="59"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="61"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="66"/>
        <source>of whom industrial-zone workers</source>
        <translation>of whom industrial-zone workers</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="70"/>
        <source>of whom pupils and students</source>
        <translation>of whom pupils and students</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="73"/>
        <location filename="../desktop/domain/record_types/programme.py" line="138"/>
        <source>Documents handed out</source>
        <translation>Documents handed out</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="75"/>
        <source>Leaflets handed out</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="106"/>
        <source>Outlet, channel</source>
        <translation>Outlet, channel</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="110"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="128"/>
        <source>Class name</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="130"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="134"/>
        <source>Trainees (groups)</source>
        <translation>Trainees (groups)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="136"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="157"/>
        <source>Officer code</source>
        <translation>Officer code</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="159"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="162"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="164"/>
        <source>Member of Team 178</source>
        <translation>Member of Team 178</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="166"/>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="168"/>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="170"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="192"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="194"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="209"/>
        <source>Establishment code</source>
        <translation>Establishment code</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="211"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="213"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="216"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="218"/>
        <source>Business registration no.</source>
        <translation>Business registration no.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="221"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="223"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="225"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="227"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="229"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="231"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="261"/>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="263"/>
        <source>Inspection team</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="265"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="267"/>
        <source>Violation found</source>
        <translation>Violation found</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="269"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="271"/>
        <source>Sanctions</source>
        <translation>Sanctions</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="273"/>
        <source>Fine (VND)</source>
        <translation>Fine (VND)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="275"/>
        <source>Buyers sanctioned</source>
        <translation>Buyers sanctioned</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="277"/>
        <source>Sellers sanctioned</source>
        <translation>Sellers sanctioned</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="279"/>
        <source>Criminal cases</source>
        <translation>Criminal cases</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="302"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="306"/>
        <source>of whom reintegrated</source>
        <translation>of whom reintegrated</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="326"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="327"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="329"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="135"/>
        <source>Indicator “{key}”: {problem}</source>
        <translation>Indicator “{key}”: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="136"/>
        <source>Indicator “{key}”, field “{field}”: {problem}</source>
        <translation>Indicator “{key}”, field “{field}”: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="162"/>
        <location filename="../desktop/domain/indicator_defs.py" line="185"/>
        <location filename="../desktop/domain/indicator_defs.py" line="189"/>
        <location filename="../desktop/domain/indicator_defs.py" line="192"/>
        <source>(file)</source>
        <translation>(file)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="162"/>
        <source>the file is not valid TOML ({where}).</source>
        <translation>the file is not valid TOML ({where}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="170"/>
        <source>somewhere in the file</source>
        <translation>somewhere in the file</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="171"/>
        <source>line {line}, column {column}</source>
        <translation>line {line}, column {column}</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="185"/>
        <source>must be {format}; this program reads format {format} only.</source>
        <translation>must be {format}; this program reads format {format} only.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="189"/>
        <location filename="../desktop/domain/indicator_defs.py" line="220"/>
        <source>is not a field of the format.</source>
        <translation>is not a field of the format.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="192"/>
        <source>must be a list of [[indicator]] tables.</source>
        <translation>must be a list of [[indicator]] tables.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="202"/>
        <source>this key is given twice in the file.</source>
        <translation>this key is given twice in the file.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="218"/>
        <source>no. {n} (no key)</source>
        <translation>no. {n} (no key)</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="227"/>
        <source>must be 1 to 36 characters among a-z, 0-9 and _.</source>
        <translation>must be 1 to 36 characters among a-z, 0-9 and _.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="232"/>
        <source>must be a text of at most 200 characters.</source>
        <translation>must be a text of at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="236"/>
        <source>the Vietnamese label is required.</source>
        <translation>the Vietnamese label is required.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="239"/>
        <source>must be one of: {allowed}.</source>
        <translation>must be one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="246"/>
        <source>is not used with aggregate “{aggregate}”.</source>
        <translation>is not used with aggregate “{aggregate}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="250"/>
        <source>is required with aggregate “{aggregate}”.</source>
        <translation>is required with aggregate “{aggregate}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="259"/>
        <source>must be a text.</source>
        <translation>must be a text.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="264"/>
        <source>must be an indicator key (a-z, 0-9 and _).</source>
        <translation>must be an indicator key (a-z, 0-9 and _).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="268"/>
        <source>must be a positive number.</source>
        <translation>must be a positive number.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="272"/>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="277"/>
        <source>must be a number or a plan key.</source>
        <translation>must be a number or a plan key.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="280"/>
        <source>must be a number or a plan key (a-z, 0-9 and _).</source>
        <translation>must be a number or a plan key (a-z, 0-9 and _).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="282"/>
        <source>a fixed number is a target for a ratio only; give the plan key (Kế hoạch: Chỉ tiêu) of a count&apos;s target.</source>
        <translation>a fixed number is a target for a ratio only; give the plan key (Kế hoạch: Chỉ tiêu) of a count&apos;s target.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="285"/>
        <source>a plan figure has no target.</source>
        <translation>a plan figure has no target.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="302"/>
        <source>must be a sheet name or a list of sheet names.</source>
        <translation>must be a sheet name or a list of sheet names.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="311"/>
        <source>must be a table of conditions (column = value).</source>
        <translation>must be a table of conditions (column = value).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="317"/>
        <source>“{column}”: give a value or a list of values.</source>
        <translation>“{column}”: give a value or a list of values.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="386"/>
        <source>no sheet is called “{sheet}”.</source>
        <translation>no sheet is called “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="389"/>
        <source>aggregate “trained” reads the sheet “{sheet}” only.</source>
        <translation>aggregate “trained” reads the sheet “{sheet}” only.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="395"/>
        <source>the sheet “{sheet}” has no column “{column}”.</source>
        <translation>the sheet “{sheet}” has no column “{column}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="400"/>
        <source>“{sheet}” is a register: say which date column gives the latest value.</source>
        <translation>“{sheet}” is a register: say which date column gives the latest value.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="404"/>
        <source>“{column}” is not a number column; {aggregate} needs one.</source>
        <translation>“{column}” is not a number column; {aggregate} needs one.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="408"/>
        <source>“{column}” is not a date column.</source>
        <translation>“{column}” is not a date column.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="410"/>
        <source>“{column}” has no list of values to break down by.</source>
        <translation>“{column}” has no list of values to break down by.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="426"/>
        <source>“{value}” is not a value of “{column}”; allowed: {allowed}.</source>
        <translation>“{value}” is not a value of “{column}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="429"/>
        <source>“{value}” is not Có or Không (column “{column}”).</source>
        <translation>“{value}” is not Có or Không (column “{column}”).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="432"/>
        <source>“{value}” is not a number (column “{column}”).</source>
        <translation>“{value}” is not a number (column “{column}”).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="434"/>
        <source>the column “{column}” cannot be a condition (“{value}”); use a column with a list of values, Có/Không, a date or a number.</source>
        <translation>the column “{column}” cannot be a condition (“{value}”); use a column with a list of values, Có/Không, a date or a number.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="454"/>
        <source>a ratio cannot refer to itself.</source>
        <translation>a ratio cannot refer to itself.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="456"/>
        <source>no indicator has the key “{ref}”.</source>
        <translation>no indicator has the key “{ref}”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="459"/>
        <source>“{ref}” is a breakdown, not one number.</source>
        <translation>“{ref}” is a breakdown, not one number.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/indicator_defs.py" line="462"/>
        <source>the ratios refer to each other in a circle.</source>
        <translation>the ratios refer to each other in a circle.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="71"/>
        <source>The office&apos;s indicator definitions stored in the database are damaged; restore a backup, or import the definitions again.</source>
        <translation>The office&apos;s indicator definitions stored in the database are damaged; restore a backup, or import the definitions again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="143"/>
        <source>PCMD indicator definitions in force (format 1).</source>
        <translation>PCMD indicator definitions in force (format 1).</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="151"/>
        <source>Cannot read {path}: there is no such file.</source>
        <translation>Cannot read {path}: there is no such file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="153"/>
        <source>Cannot read {path}: it is too large for a definitions file.</source>
        <translation>Cannot read {path}: it is too large for a definitions file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="157"/>
        <source>Cannot read {path}: it is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>Cannot read {path}: it is not UTF-8 text; save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="162"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="223"/>
        <source>no indicator has this key.</source>
        <translation>no indicator has this key.</translation>
    </message>
    <message>
        <location filename="../desktop/services/indicators.py" line="231"/>
        <source>refers to “{ref}”, which would no longer be in force.</source>
        <translation>refers to “{ref}”, which would no longer be in force.</translation>
    </message>
</context>
<context>
    <name>locks</name>
    <message>
        <location filename="../desktop/services/locks.py" line="96"/>
        <source>Give a reason for unlocking the month.</source>
        <translation>Give a reason for unlocking the month.</translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <location filename="../desktop/services/maintenance.py" line="88"/>
        <source>Storage damaged: SQLite found {n} damaged places in {name} (listed in the log file). Restore the latest backup.</source>
        <translation>Storage damaged: SQLite found {n} damaged places in {name} (listed in the log file). Restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="95"/>
        <source>Table {table} row {row} points to a missing {parent} record.</source>
        <translation>Table {table} row {row} points to a missing {parent} record.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="100"/>
        <source>The schema is at {rev}, not the current version.</source>
        <translation>The schema is at {rev}, not the current version.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="112"/>
        <source>No administrative units are loaded (run pcmd init).</source>
        <translation>No administrative units are loaded (run pcmd init).</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="151"/>
        <source>{kind} {id}: unknown {field} value “{value}”.</source>
        <translation>{kind} {id}: unknown {field} value “{value}”.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="155"/>
        <source>{kind} {id}: {problem}</source>
        <translation>{kind} {id}: {problem}</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="164"/>
        <source>{kind} {id}: the unit {unit} did not exist on {date}.</source>
        <translation>{kind} {id}: the unit {unit} did not exist on {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="177"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="182"/>
        <source>The database {name} is damaged; it was not backed up. Restore the latest sound backup instead.</source>
        <translation>The database {name} is damaged; it was not backed up. Restore the latest sound backup instead.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="273"/>
        <source>The backup file {path} does not exist.</source>
        <translation>The backup file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="280"/>
        <source>Cannot read the backup {path}: {reason}.</source>
        <translation>Cannot read the backup {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="285"/>
        <source>{path} is not a PCMD backup, or it is damaged.</source>
        <translation>{path} is not a PCMD backup, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="288"/>
        <source>{path} is not a PCMD backup.</source>
        <translation>{path} is not a PCMD backup.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="290"/>
        <source>{path} was made by a newer version of PCMD.</source>
        <translation>{path} was made by a newer version of PCMD.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="292"/>
        <source>The backup {path} is damaged; nothing was restored. Choose another backup.</source>
        <translation>The backup {path} is damaged; nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="327"/>
        <source>A restore replaces the audit trail too, which the program&apos;s login may not do; nothing was restored. Restore with the database owner&apos;s login (--db with the owner&apos;s URL).</source>
        <translation>A restore replaces the audit trail too, which the program&apos;s login may not do; nothing was restored. Restore with the database owner&apos;s login (--db with the owner&apos;s URL).</translation>
    </message>
    <message>
        <location filename="../desktop/services/maintenance.py" line="371"/>
        <source>The database is busy: another computer is saving, so it was not restored. Try again in a moment.</source>
        <translation>The database is busy: another computer is saving, so it was not restored. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../desktop/services/policy.py" line="60"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="60"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="60"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="135"/>
        <source>Sign in first: this database has users, so every change needs a user name and password.</source>
        <translation>Sign in first: this database has users, so every change needs a user name and password.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="140"/>
        <source>The account {name} is no longer active; nothing was changed. Ask an administrator.</source>
        <translation>The account {name} is no longer active; nothing was changed. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="155"/>
        <source>{name} ({role}) may not do this; ask a manager or an administrator.</source>
        <translation>{name} ({role}) may not do this; ask a manager or an administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="208"/>
        <source>{unit} is outside your units; you may read only the records of your unit and the units under it.</source>
        <translation>{unit} is outside your units; you may read only the records of your unit and the units under it.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="218"/>
        <source>This record belongs to another unit; you may not change it.</source>
        <translation>This record belongs to another unit; you may not change it.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="290"/>
        <source>The month {month} was locked by {who} on {date}; ask a manager to unlock it if it must change.</source>
        <translation>The month {month} was locked by {who} on {date}; ask a manager to unlock it if it must change.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="340"/>
        <source>You may lock and unlock only the months of your unit and the units under it.</source>
        <translation>You may lock and unlock only the months of your unit and the units under it.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="363"/>
        <source>{unit} is outside your units; demo data were not made.</source>
        <translation>{unit} is outside your units; demo data were not made.</translation>
    </message>
    <message>
        <location filename="../desktop/services/policy.py" line="368"/>
        <source>Demo data were not made: {unit} has locked months ({month} …), and demo records would fall into them.</source>
        <translation>Demo data were not made: {unit} has locked months ({month} …), and demo records would fall into them.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="21"/>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="48"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="90"/>
        <source>Denunciation</source>
        <translation>Denunciation</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="116"/>
        <source>People figures</source>
        <translation>People figures</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="149"/>
        <source>Prevention model</source>
        <translation>Prevention model</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="44"/>
        <source>Outreach session</source>
        <translation>Outreach session</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="100"/>
        <source>Media item</source>
        <translation>Media item</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="122"/>
        <source>Training class</source>
        <translation>Training class</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="155"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="190"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="207"/>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="257"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="297"/>
        <source>Support figures</source>
        <translation>Support figures</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="324"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="50"/>
        <source>{items} and {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="133"/>
        <source>A record with the same {fields} already exists.</source>
        <translation>A record with the same {fields} already exists.</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="241"/>
        <location filename="../desktop/services/records.py" line="351"/>
        <location filename="../desktop/services/records.py" line="386"/>
        <location filename="../desktop/services/records.py" line="400"/>
        <source>The record no longer exists (it was deleted).</source>
        <translation>The record no longer exists (it was deleted).</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="289"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="389"/>
        <source>Someone else changed this record since you opened it; reopen it to see their changes.</source>
        <translation>Someone else changed this record since you opened it; reopen it to see their changes.</translation>
    </message>
    <message>
        <location filename="../desktop/services/records.py" line="493"/>
        <source>Choose the home unit first (pcmd init --unit CODE).</source>
        <translation>Choose the home unit first (pcmd init --unit CODE).</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../desktop/services/setup.py" line="46"/>
        <source>No Hai Phong unit has code {code}.</source>
        <translation>No Hai Phong unit has code {code}.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../desktop/services/storage.py" line="37"/>
        <source>the database</source>
        <translation>the database</translation>
    </message>
    <message>
        <location filename="../desktop/services/storage.py" line="41"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/storage.py" line="46"/>
        <source>{file} cannot be read: {reason}; nothing was changed. Ask for read access or choose another file or folder.</source>
        <translation>{file} cannot be read: {reason}; nothing was changed. Ask for read access or choose another file or folder.</translation>
    </message>
    <message>
        <location filename="../desktop/services/storage.py" line="50"/>
        <source>The folder or disk cannot be written (read-only or no permission); nothing was saved. Ask for write access or choose another folder.</source>
        <translation>The folder or disk cannot be written (read-only or no permission); nothing was saved. Ask for write access or choose another folder.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../desktop/services/units.py" line="272"/>
        <source>no commune or ward given</source>
        <translation>no commune or ward given</translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="277"/>
        <source>no unit has code {code} on {date}</source>
        <translation>no unit has code {code} on {date}</translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="298"/>
        <source>no commune or ward named “{name}” existed on {date}</source>
        <translation>no commune or ward named “{name}” existed on {date}</translation>
    </message>
    <message>
        <location filename="../desktop/services/units.py" line="306"/>
        <source>“{name}” is ambiguous on {date}: {candidates}; give the code</source>
        <translation>“{name}” is ambiguous on {date}: {candidates}; give the code</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="41"/>
        <source>The date cleared is before the date detected.</source>
        <translation>The date cleared is before the date detected.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="77"/>
        <source>Brothel-keepers and brokers ({value}) cannot be more than people involved ({total}).</source>
        <translation>Brothel-keepers and brokers ({value}) cannot be more than people involved ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="81"/>
        <source>Suspects ({value}) cannot be more than people involved ({total}).</source>
        <translation>Suspects ({value}) cannot be more than people involved ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="83"/>
        <source>The trial date is before the date of the case.</source>
        <translation>The trial date is before the date of the case.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="110"/>
        <source>The date handled is before the date received.</source>
        <translation>The date handled is before the date received.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="140"/>
        <source>Women ({value}) cannot be more than people on record ({total}).</source>
        <translation>Women ({value}) cannot be more than people on record ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/national.py" line="142"/>
        <source>Under 18 ({value}) cannot be more than people on record ({total}).</source>
        <translation>Under 18 ({value}) cannot be more than people on record ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="27"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="87"/>
        <source>Women ({value}) cannot be more than participants ({total}).</source>
        <translation>Women ({value}) cannot be more than participants ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="89"/>
        <source>Industrial-zone workers ({value}) cannot be more than participants ({total}).</source>
        <translation>Industrial-zone workers ({value}) cannot be more than participants ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="92"/>
        <source>Pupils and students ({value}) cannot be more than participants ({total}).</source>
        <translation>Pupils and students ({value}) cannot be more than participants ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="290"/>
        <source>A fine or sanction needs a violation: tick “Violation found”.</source>
        <translation>A fine or sanction needs a violation: tick “Violation found”.</translation>
    </message>
    <message>
        <location filename="../desktop/domain/record_types/programme.py" line="316"/>
        <source>Reintegrated ({value}) cannot be more than people supported ({total}).</source>
        <translation>Reintegrated ({value}) cannot be more than people supported ({total}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="88"/>
        <location filename="../desktop/services/validation.py" line="180"/>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="145"/>
        <source>{field}: “{value}” is not a date (dd/mm/yyyy).</source>
        <translation>{field}: “{value}” is not a date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="146"/>
        <source>{field}: “{value}” is not a month (mm/yyyy).</source>
        <translation>{field}: “{value}” is not a month (mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="149"/>
        <source>{field}: {value} is before 2000.</source>
        <translation>{field}: {value} is before 2000.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="156"/>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: “{value}” is not a number.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="159"/>
        <source>{field}: {value} must be a whole number.</source>
        <translation>{field}: {value} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="162"/>
        <source>{field} cannot be negative.</source>
        <translation>{field} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="165"/>
        <source>{field}: {value} is not a year.</source>
        <translation>{field}: {value} is not a year.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="169"/>
        <source>{field}: {value} is too large.</source>
        <translation>{field}: {value} is too large.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="176"/>
        <source>{field}: “{value}” is not yes or no (Có/Không).</source>
        <translation>{field}: “{value}” is not yes or no (Có/Không).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="188"/>
        <location filename="../desktop/services/validation.py" line="198"/>
        <source>{field}: “{value}” is not an allowed value ({allowed}).</source>
        <translation>{field}: “{value}” is not an allowed value ({allowed}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="214"/>
        <source>{field}: “{value}” is not an indicator.</source>
        <translation>{field}: “{value}” is not an indicator.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="219"/>
        <source>{field}: no record with id {value}.</source>
        <translation>{field}: no record with id {value}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="236"/>
        <source>{field}: {unit} is not a commune, ward or township.</source>
        <translation>{field}: {unit} is not a commune, ward or township.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="239"/>
        <source>{field}: {unit} did not exist on {date}.</source>
        <translation>{field}: {unit} did not exist on {date}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="242"/>
        <source>{field}: {unit} is not under {owner}.</source>
        <translation>{field}: {unit} is not under {owner}.</translation>
    </message>
    <message>
        <location filename="../desktop/services/validation.py" line="267"/>
        <source>{field}: {value} is in the future.</source>
        <translation>{field}: {value} is in the future.</translation>
    </message>
</context>
</TS>
