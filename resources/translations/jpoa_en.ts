<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="51"/>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="66"/>
        <source>An offline toolkit for workshops and capacity building under the Joint Plan of Action for the implementation of the UN Global Counter-Terrorism Strategy in Central Asia.</source>
        <translation>An offline toolkit for workshops and capacity building under the Joint Plan of Action for the implementation of the UN Global Counter-Terrorism Strategy in Central Asia.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="71"/>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="76"/>
        <source>Fonts: the interface uses your system’s fonts; this version bundles no fonts of its own.</source>
        <translation>Fonts: the interface uses your system’s fonts; this version bundles no fonts of its own.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="79"/>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="106"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="291"/>
        <source>Scan a badge or type a name…</source>
        <translation>Scan a badge or type a name…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="293"/>
        <source>Enter checks in; ↓ and ↑ choose a name from the list; Esc clears</source>
        <translation>Enter checks in; ↓ and ↑ choose a name from the list; Esc clears</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="295"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Undo last check-in (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="296"/>
        <source>Walk-in registration (Ctrl+N)</source>
        <translation>Walk-in registration (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="298"/>
        <source>Scan a badge, or type a name and choose it with ↓ and Enter. Esc clears.</source>
        <translation>Scan a badge, or type a name and choose it with ↓ and Enter. Esc clears.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="12"/>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="13"/>
        <source>Kyrgyzstan</source>
        <translation>Kyrgyzstan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="14"/>
        <source>Tajikistan</source>
        <translation>Tajikistan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="15"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="16"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="88"/>
        <source>The database was not opened</source>
        <translation>The database was not opened</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="90"/>
        <source>Kept the current database open.</source>
        <translation>Kept the current database open.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="94"/>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="125"/>
        <source>The library was updated from newer content files.</source>
        <translation>The library was updated from newer content files.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="129"/>
        <source>Loading the library</source>
        <translation>Loading the library</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="122"/>
        <source>The library is ready.</source>
        <translation>The library is ready.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="144"/>
        <source>Making the demo workshop</source>
        <translation>Making the demo workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="148"/>
        <source>The demo workshop is ready: 40 people, running today.</source>
        <translation>The demo workshop is ready: 40 people, running today.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="161"/>
        <source>Framework imported from {file}: %n area(s) changed.</source>
        <translation>
            <numerusform>Framework imported from {file}: %n area changed.</numerusform>
            <numerusform>Framework imported from {file}: %n areas changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="167"/>
        <source>Importing the framework</source>
        <translation>Importing the framework</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="72"/>
        <source>Latin spelling</source>
        <translation>Latin spelling</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="73"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="74"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="75"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="76"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="77"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="78"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="90"/>
        <source>Select a person to see their details.</source>
        <translation>Select a person to see their details.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="111"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="51"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="52"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="53"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="54"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="56"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="57"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="59"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>DoorBar</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="124"/>
        <source>Present {present} / {registered} registered</source>
        <translation>Present {present} / {registered} registered</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="142"/>
        <source>Day {number}: {date}</source>
        <translation>Day {number}: {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="162"/>
        <source>Workshop:</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="163"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/feedback.py" line="135"/>
        <source>No workshops yet — import a participant list or run jpoa demo</source>
        <translation>No workshops yet — import a participant list or run jpoa demo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/feedback.py" line="137"/>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/jpoa_desktop/cli.py" line="48"/>
        <source>The library has no texts in &apos;{language}&apos;; available: {available}.</source>
        <translation>The library has no texts in &apos;{language}&apos;; available: {available}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="63"/>
        <source>{place}: &apos;{name}&apos; must map language codes (en, ru, …) to text.</source>
        <translation>{place}: &apos;{name}&apos; must map language codes (en, ru, …) to text.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="72"/>
        <source>{place}: &apos;{name}&apos; must be text.</source>
        <translation>{place}: &apos;{name}&apos; must be text.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="79"/>
        <source>{place}: &apos;{name}&apos; may only list plain values.</source>
        <translation>{place}: &apos;{name}&apos; may only list plain values.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="99"/>
        <source>{place}: the file is larger than {limit} MB.</source>
        <translation>{place}: the file is larger than {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="107"/>
        <source>{place}: not UTF-8 text (byte {byte}).</source>
        <translation>{place}: not UTF-8 text (byte {byte}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="113"/>
        <source>{place}: not a valid content file: {reason}</source>
        <translation>{place}: not a valid content file: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="122"/>
        <source>{place}: the [meta] table is missing.</source>
        <translation>{place}: the [meta] table is missing.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="126"/>
        <source>{place}: meta.pack must be a short lowercase name.</source>
        <translation>{place}: meta.pack must be a short lowercase name.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="131"/>
        <source>{place}: meta.version must be a whole number from 1.</source>
        <translation>{place}: meta.version must be a whole number from 1.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="142"/>
        <source>{place}: must be a table.</source>
        <translation>{place}: must be a table.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="146"/>
        <source>{place}: &apos;key&apos; must be lowercase letters, digits, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>{place}: &apos;key&apos; must be lowercase letters, digits, &apos;.&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="153"/>
        <source>{place}: the key is used twice.</source>
        <translation>{place}: the key is used twice.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="157"/>
        <source>{place}: &apos;kind&apos; is missing or not allowed.</source>
        <translation>{place}: &apos;kind&apos; is missing or not allowed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="162"/>
        <source>{place}: a &apos;title&apos; in at least one language is required.</source>
        <translation>{place}: a &apos;title&apos; in at least one language is required.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="175"/>
        <source>{place}: &apos;item&apos; must be an array of tables ([[item]]).</source>
        <translation>{place}: &apos;item&apos; must be an array of tables ([[item]]).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="191"/>
        <source>{place}: cannot be read ({reason}).</source>
        <translation>{place}: cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="71"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="77"/>
        <source>{path} is not a JPoA Desktop database (it is not an SQLite file); the file was left unchanged.</source>
        <translation>{path} is not a JPoA Desktop database (it is not an SQLite file); the file was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="96"/>
        <source>{path} cannot be read as a database ({reason}); the file was left unchanged.</source>
        <translation>{path} cannot be read as a database ({reason}); the file was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="105"/>
        <source>{path} is an SQLite database made by another program, not by JPoA Desktop; the file was left unchanged.</source>
        <translation>{path} is an SQLite database made by another program, not by JPoA Desktop; the file was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="123"/>
        <source>Cannot open the database: {reason}</source>
        <translation>Cannot open the database: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="131"/>
        <source>{path} was written by a newer version of JPoA Desktop (schema {revision}); update the app to open it. The database was left unchanged.</source>
        <translation>{path} was written by a newer version of JPoA Desktop (schema {revision}); update the app to open it. The database was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="184"/>
        <location filename="../../src/jpoa_desktop/io/export.py" line="24"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="201"/>
        <source>Cannot prepare the database: {reason}</source>
        <translation>Cannot prepare the database: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="83"/>
        <source>{file}, item &apos;{key}&apos;: its parent &apos;{parent}&apos; does not exist.</source>
        <translation>{file}, item &apos;{key}&apos;: its parent &apos;{parent}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="129"/>
        <source>{file}: the file has no areas.</source>
        <translation>{file}: the file has no areas.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="135"/>
        <source>{file}, item &apos;{key}&apos;: only kind = &quot;area&quot; can be imported into the framework.</source>
        <translation>{file}, item &apos;{key}&apos;: only kind = &quot;area&quot; can be imported into the framework.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="144"/>
        <source>{file}, item &apos;{key}&apos;: &apos;pillar&apos; must be one of {allowed}.</source>
        <translation>{file}, item &apos;{key}&apos;: &apos;pillar&apos; must be one of {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="152"/>
        <source>{file}, item &apos;{key}&apos;: &apos;code&apos; (for example &quot;II.3&quot;) is required.</source>
        <translation>{file}, item &apos;{key}&apos;: &apos;code&apos; (for example &quot;II.3&quot;) is required.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="181"/>
        <source>Loading the library was cancelled; nothing was changed.</source>
        <translation>Loading the library was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library.py" line="167"/>
        <source>There is no library item with id {id}.</source>
        <translation>There is no library item with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli_workshops.py" line="46"/>
        <source>“{value}” is not a date like 2026-12-01.</source>
        <translation>“{value}” is not a date like 2026-12-01.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="140"/>
        <source>The column mapping &quot;{text}&quot; must look like COLUMN=FIELD, e.g. 3=email.</source>
        <translation>The column mapping &quot;{text}&quot; must look like COLUMN=FIELD, e.g. 3=email.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="147"/>
        <source>&quot;{field}&quot; is not a field; use one of: {fields}.</source>
        <translation>&quot;{field}&quot; is not a field; use one of: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="159"/>
        <source>There is no column {number}; the file has {count} columns.</source>
        <translation>There is no column {number}; the file has {count} columns.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="172"/>
        <source>Several columns are called &quot;{column}&quot; (columns {numbers}); use the column number.</source>
        <translation>Several columns are called &quot;{column}&quot; (columns {numbers}); use the column number.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="181"/>
        <source>There is no column &quot;{column}&quot;; the columns are: {headers}.</source>
        <translation>There is no column &quot;{column}&quot;; the columns are: {headers}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="236"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not female or male (Ж/М, F/M)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not female or male (Ж/М, F/M)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="261"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a date (dd.mm.yyyy)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="278"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not yes or no (да/нет, 1/0)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not yes or no (да/нет, 1/0)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="295"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an e-mail address</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="318"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a full name (family name, given name, patronymic)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a full name (family name, given name, patronymic)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="58"/>
        <source>{file} is not a CSV, TXT or XLSX file.</source>
        <translation>{file} is not a CSV, TXT or XLSX file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="64"/>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="97"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="70"/>
        <source>{file} is larger than {limit} MB; split it into smaller lists.</source>
        <translation>{file} is larger than {limit} MB; split it into smaller lists.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="78"/>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="298"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="126"/>
        <source>{file} is an Excel workbook or another ZIP file, not a text file; if it is a workbook, give it the .xlsx extension.</source>
        <translation>{file} is an Excel workbook or another ZIP file, not a text file; if it is a workbook, give it the .xlsx extension.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="136"/>
        <source>{file} is a {kind}, not a table of participants.</source>
        <translation>{file} is a {kind}, not a table of participants.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="155"/>
        <source>{file} does not look like a text file; save the list as CSV or XLSX.</source>
        <translation>{file} does not look like a text file; save the list as CSV or XLSX.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="199"/>
        <source>{file}, line {row}: {reason}</source>
        <translation>{file}, line {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="259"/>
        <source>{file} cannot be opened as an Excel workbook; it may be damaged or not an XLSX file.</source>
        <translation>{file} cannot be opened as an Excel workbook; it may be damaged or not an XLSX file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="301"/>
        <source>{file}: there are no rows below the header.</source>
        <translation>{file}: there are no rows below the header.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="316"/>
        <source>{file} has more than {limit} rows; split it into smaller lists.</source>
        <translation>{file} has more than {limit} rows; split it into smaller lists.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="50"/>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="122"/>
        <location filename="../../src/jpoa_desktop/services/participant_export.py" line="103"/>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="343"/>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="209"/>
        <source>There is no workshop with id {id}.</source>
        <translation>There is no workshop with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="30"/>
        <source>{day} is not one of the workshop&apos;s days ({start} to {end}).</source>
        <translation>{day} is not one of the workshop&apos;s days ({start} to {end}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="62"/>
        <source>No one in this workshop has the badge code {code}.</source>
        <translation>No one in this workshop has the badge code {code}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="234"/>
        <source>There is no registration with id {id}.</source>
        <translation>There is no registration with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo.py" line="124"/>
        <source>“{value}” is not a demo size (small or large).</source>
        <translation>“{value}” is not a demo size (small or large).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo.py" line="158"/>
        <source>This database already holds {workshops} workshops and {people} people; demo data goes into a new, empty database.</source>
        <translation>This database already holds {workshops} workshops and {people} people; demo data goes into a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo.py" line="189"/>
        <source>Making the demo was cancelled; nothing was changed.</source>
        <translation>Making the demo was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="122"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a country.</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a country.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="138"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a role.</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a role.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="195"/>
        <source>row {row}: {problem}</source>
        <translation>row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="281"/>
        <source>{file}: the names are in one column; choose to split them into family name, given name and patronymic.</source>
        <translation>{file}: the names are in one column; choose to split them into family name, given name and patronymic.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="290"/>
        <source>{file}: no column is mapped to the family name and the given name.</source>
        <translation>{file}: no column is mapped to the family name and the given name.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="330"/>
        <source>{file}: {count} rows have problems; nothing was imported. Fix them, or choose to skip the rows with problems.</source>
        <translation>{file}: {count} rows have problems; nothing was imported. Fix them, or choose to skip the rows with problems.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="385"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="406"/>
        <source>row {row}: the person it matched was deleted meanwhile; import again.</source>
        <translation>row {row}: the person it matched was deleted meanwhile; import again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="65"/>
        <source>The family name is empty.</source>
        <translation>The family name is empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="67"/>
        <source>The given name is empty.</source>
        <translation>The given name is empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="70"/>
        <source>“{value}” is not a sex the app knows.</source>
        <translation>“{value}” is not a sex the app knows.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="74"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="78"/>
        <source>“{value}” is not a two-letter country code.</source>
        <translation>“{value}” is not a two-letter country code.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="83"/>
        <source>“{value}” is not a kind of organisation.</source>
        <translation>“{value}” is not a kind of organisation.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="52"/>
        <source>The workshop has no title.</source>
        <translation>The workshop has no title.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="55"/>
        <source>The workshop ends ({end}) before it starts ({start}).</source>
        <translation>The workshop ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="61"/>
        <source>“{value}” is not a kind of workshop.</source>
        <translation>“{value}” is not a kind of workshop.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="65"/>
        <source>“{value}” is not a workshop status.</source>
        <translation>“{value}” is not a workshop status.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="149"/>
        <source>“{value}” is not a role.</source>
        <translation>“{value}” is not a role.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="153"/>
        <source>“{value}” is not a registration status.</source>
        <translation>“{value}” is not a registration status.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/duplicates.py" line="110"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/duplicates.py" line="152"/>
        <source>There is no merge {id} to undo.</source>
        <translation>There is no merge {id} to undo.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/duplicates.py" line="183"/>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="167"/>
        <source>There is no person with id {id}.</source>
        <translation>There is no person with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/export.py" line="36"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/export.py" line="54"/>
        <source>{file}: export as .csv or .xlsx.</source>
        <translation>{file}: export as .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/directory.py" line="180"/>
        <source>“{value}” is not a directory column to sort by ({choices}).</source>
        <translation>“{value}” is not a directory column to sort by ({choices}).</translation>
    </message>
</context>
<context>
    <name>FrameworkImport</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="15"/>
        <source>Import Framework</source>
        <translation>Import Framework</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="17"/>
        <source>Framework files (*.toml)</source>
        <translation>Framework files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="23"/>
        <source>Add the areas in “{file}” to the working framework, or replace it?</source>
        <translation>Add the areas in “{file}” to the working framework, or replace it?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="28"/>
        <source>Extend keeps every existing area and adds or updates those in the file. Replace removes the areas the file does not contain. If the file has a mistake, nothing is changed.</source>
        <translation>Extend keeps every existing area and adds or updates those in the file. Replace removes the areas the file does not contain. If the file has a mistake, nothing is changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="36"/>
        <source>&amp;Extend</source>
        <translation>&amp;Extend</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="99"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="100"/>
        <source>Filter terms and definitions…</source>
        <translation>Filter terms and definitions…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="102"/>
        <source>Term (English)</source>
        <translation>Term (English)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="102"/>
        <source>Term (Russian)</source>
        <translation>Term (Russian)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="102"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>LibraryKinds</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="50"/>
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="51"/>
        <source>Thematic area</source>
        <translation>Thematic area</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="52"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="53"/>
        <source>Project phase</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="54"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="55"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="56"/>
        <source>Glossary term</source>
        <translation>Glossary term</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="87"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="164"/>
        <source>This item is no longer in the library</source>
        <translation>This item is no longer in the library</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="204"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="204"/>
        <source>Open or create a database.</source>
        <translation>Open or create a database.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="206"/>
        <source>The library is empty</source>
        <translation>The library is empty</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="207"/>
        <source>The library texts are being loaded into this database…</source>
        <translation>The library texts are being loaded into this database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="216"/>
        <source>Search the library…</source>
        <translation>Search the library…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="218"/>
        <source>Type to search; Enter opens the first result, Esc clears (Ctrl+F)</source>
        <translation>Type to search; Enter opens the first result, Esc clears (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="194"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="195"/>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="197"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="198"/>
        <source>&amp;Import Framework…</source>
        <translation>&amp;Import Framework…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="201"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="202"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="203"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="205"/>
        <source>&amp;About {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="224"/>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="226"/>
        <source>JPoA Desktop databases ({patterns})</source>
        <translation>JPoA Desktop databases ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="237"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="239"/>
        <source>JPoA Desktop databases ({patterns});;All files (*)</source>
        <translation>JPoA Desktop databases ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="260"/>
        <source>Try a demo workshop?</source>
        <translation>Try a demo workshop?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="262"/>
        <source>This database is new. Add a demo workshop running today, with 40 participants from the five countries, to try registration, check-in and handouts?</source>
        <translation>This database is new. Add a demo workshop running today, with 40 participants from the five countries, to try registration, check-in and handouts?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="368"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="371"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="373"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="375"/>
        <source>%n library item(s)</source>
        <translation>
            <numerusform>%n library item</numerusform>
            <numerusform>%n library items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="378"/>
        <source>upgraded; the previous version was saved as {path}</source>
        <translation>upgraded; the previous version was saved as {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="396"/>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
</context>
<context>
    <name>OutcomePane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="56"/>
        <source>Already checked in at {time}</source>
        <translation>Already checked in at {time}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="58"/>
        <source>Checked in at {time}</source>
        <translation>Checked in at {time}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="60"/>
        <source>{checked_in} — new badge code {code}</source>
        <translation>{checked_in} — new badge code {code}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="72"/>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="83"/>
        <source>Check-in undone: no longer marked present</source>
        <translation>Check-in undone: no longer marked present</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="89"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="94"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="94"/>
        <source>Scan a badge or type a name</source>
        <translation>Scan a badge or type a name</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="127"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="205"/>
        <source>Search people in any script…</source>
        <translation>Search people in any script…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="209"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="225"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="227"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="229"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="81"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="82"/>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="85"/>
        <source>The menus and the library texts switch to the chosen language at once; anything you typed stays where it is.</source>
        <translation>The menus and the library texts switch to the chosen language at once; anything you typed stays where it is.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="63"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="64"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="141"/>
        <source>Pillar {number} of the Global Strategy</source>
        <translation>Pillar {number} of the Global Strategy</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="147"/>
        <source>Thematic areas of the working framework</source>
        <translation>Thematic areas of the working framework</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="152"/>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="183"/>
        <source>Working framework · Pillar {number}</source>
        <translation>Working framework · Pillar {number}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="160"/>
        <source>Adopted {date}</source>
        <translation>Adopted {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="169"/>
        <source>Funded by: {funders}</source>
        <translation>Funded by: {funders}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="197"/>
        <source>Library section</source>
        <translation>Library section</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="146"/>
        <source>The best %n results for “{query}”</source>
        <translation>
            <numerusform>The best %n results for “{query}”</numerusform>
            <numerusform>The best %n results for “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="152"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n result for “{query}”</numerusform>
            <numerusform>%n results for “{query}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="155"/>
        <source>No results for “{query}”</source>
        <translation>No results for “{query}”</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="53"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="56"/>
        <source>You can open another database, create a new one, or quit.</source>
        <translation>You can open another database, create a new one, or quit.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="59"/>
        <source>&amp;Open Another…</source>
        <translation>&amp;Open Another…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="62"/>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="71"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="73"/>
        <source>JPoA Desktop databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>JPoA Desktop databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="79"/>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="81"/>
        <source>JPoA Desktop databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>JPoA Desktop databases (*.sqlite *.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="115"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="251"/>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="255"/>
        <source>The details were written to {path}.</source>
        <translation>The details were written to {path}.</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="90"/>
        <source>Walk-in: register and check in</source>
        <translation>Walk-in: register and check in</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="91"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="91"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="91"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="94"/>
        <source>Register and check in (Enter)</source>
        <translation>Register and check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="95"/>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
</TS>
