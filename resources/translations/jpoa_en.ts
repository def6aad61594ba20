<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="47"/>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="59"/>
        <source>Bitstream Vera licence</source>
        <translation>Bitstream Vera licence</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="68"/>
        <source>An offline toolkit for workshops and capacity building under the Joint Plan of Action for the implementation of the UN Global Counter-Terrorism Strategy in Central Asia.</source>
        <translation>An offline toolkit for workshops and capacity building under the Joint Plan of Action for the implementation of the UN Global Counter-Terrorism Strategy in Central Asia.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="73"/>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="78"/>
        <source>Fonts: the interface uses your system’s fonts; printed handouts embed the bundled DejaVu Sans, which has every letter of the region’s languages.</source>
        <translation>Fonts: the interface uses your system’s fonts; printed handouts embed the bundled DejaVu Sans, which has every letter of the region’s languages.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="81"/>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="20"/>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="21"/>
        <source>Group work</source>
        <translation>Group work</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="22"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="23"/>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="32"/>
        <source>Day {number} — {date}</source>
        <translation>Day {number} — {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="35"/>
        <source>Outside the workshop&apos;s dates — {date}</source>
        <translation>Outside the workshop&apos;s dates — {date}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/editor.py" line="221"/>
        <source>… and {count} more (see the marked rows)</source>
        <translation>… and {count} more (see the marked rows)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/editor.py" line="225"/>
        <source>Choose a workshop to see and edit its agenda.</source>
        <translation>Choose a workshop to see and edit its agenda.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/editor.py" line="229"/>
        <source>No sessions yet: “Add session” (Ins) starts the first day, or insert a day from another workshop.</source>
        <translation>No sessions yet: “Add session” (Ins) starts the first day, or insert a day from another workshop.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/editor.py" line="332"/>
        <source>Drag sessions to reorder them or move them to another day (or Alt+↑/↓)</source>
        <translation>Drag sessions to reorder them or move them to another day (or Alt+↑/↓)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/model.py" line="101"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/model.py" line="101"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/model.py" line="101"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/model.py" line="101"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
</context>
<context>
    <name>AnswerFiles</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="39"/>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="41"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="55"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="64"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="66"/>
        <source>Answers not imported</source>
        <translation>Answers not imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="68"/>
        <source>%n row(s) of %1 cannot be imported, and nothing was written. Fix them in the file, or import the other rows.</source>
        <translation>
            <numerusform>%n row of %1 cannot be imported, and nothing was written. Fix it in the file, or import the other rows.</numerusform>
            <numerusform>%n rows of %1 cannot be imported, and nothing was written. Fix them in the file, or import the other rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="73"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="73"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="81"/>
        <source>Import the other rows</source>
        <translation>Import the other rows</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="92"/>
        <source>Importing answers…</source>
        <translation>Importing answers…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="103"/>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="120"/>
        <source>Export grid</source>
        <translation>Export grid</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="105"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="121"/>
        <source>The grid was saved as %1.</source>
        <translation>The grid was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="127"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="177"/>
        <source>Reading the audit log</source>
        <translation>Reading the audit log</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="210"/>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="288"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="220"/>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="285"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="228"/>
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} of %n change</numerusform>
            <numerusform>{shown} of %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="234"/>
        <source>Changes to the draft “{title}”, newest first</source>
        <translation>Changes to the draft “{title}”, newest first</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="235"/>
        <source>Changes to the workshop “{title}”, newest first</source>
        <translation>Changes to the workshop “{title}”, newest first</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="245"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="245"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="248"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="263"/>
        <source>Exporting the audit log</source>
        <translation>Exporting the audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="277"/>
        <source>%n change(s) written to {path}</source>
        <translation>
            <numerusform>%n change written to {path}</numerusform>
            <numerusform>%n changes written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="286"/>
        <source>Filter: a name, a field, a value (Ctrl+F)</source>
        <translation>Filter: a name, a field, a value (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="291"/>
        <source>This database is a file on this computer: it keeps no audit log. The log of who changed what is kept only on a shared server (File → Connect to a server…).</source>
        <translation>This database is a file on this computer: it keeps no audit log. The log of who changed what is kept only on a shared server (File → Connect to a server…).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="295"/>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="296"/>
        <source>&amp;Export… (Ctrl+E)</source>
        <translation>&amp;Export… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="298"/>
        <source>Every change the filter shows, as an Excel workbook or a CSV file</source>
        <translation>Every change the filter shows, as an Excel workbook or a CSV file</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="300"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="33"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="34"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="35"/>
        <source>Attendance mark</source>
        <translation>Attendance mark</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="36"/>
        <source>Certificate rule</source>
        <translation>Certificate rule</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="37"/>
        <source>Test or evaluation form</source>
        <translation>Test or evaluation form</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="38"/>
        <source>Form question</source>
        <translation>Form question</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="39"/>
        <source>Answer sheet</source>
        <translation>Answer sheet</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="40"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="41"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="42"/>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="43"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="44"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="45"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="46"/>
        <source>Plan item</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="47"/>
        <source>Link to the framework</source>
        <translation>Link to the framework</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="48"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="49"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="50"/>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="51"/>
        <source>Logo or signature</source>
        <translation>Logo or signature</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="52"/>
        <source>Workshop tag</source>
        <translation>Workshop tag</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="57"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="58"/>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="78"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="60"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="61"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="62"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="63"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="64"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="65"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="66"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="67"/>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="68"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="69"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="70"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="71"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="72"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="73"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="75"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="76"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="77"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="135"/>
        <source>added: {fields}</source>
        <translation>added: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="137"/>
        <source>deleted: {fields}</source>
        <translation>deleted: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="146"/>
        <source>{table} “{label}”</source>
        <translation>{table} “{label}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="222"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="223"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="224"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="225"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="226"/>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
</context>
<context>
    <name>AuditLogEntry</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/entry.py" line="63"/>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/entry.py" line="65"/>
        <source>Who changed what in this draft, and when (Ctrl+Shift+L)</source>
        <translation>Who changed what in this draft, and when (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/entry.py" line="67"/>
        <source>Who changed what in this workshop, and when (Ctrl+Shift+L)</source>
        <translation>Who changed what in this workshop, and when (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="58"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="63"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="65"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="67"/>
        <source>%n strategy draft(s)</source>
        <translation>
            <numerusform>%n strategy draft</numerusform>
            <numerusform>%n strategy drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="27"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="28"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="29"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="30"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="31"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="32"/>
        <source>Strategy drafts</source>
        <translation>Strategy drafts</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="24"/>
        <source>on closing</source>
        <translation>on closing</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="25"/>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="26"/>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="27"/>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="28"/>
        <source>before a package import</source>
        <translation>before a package import</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="29"/>
        <source>before a merge</source>
        <translation>before a merge</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="30"/>
        <source>before a delete</source>
        <translation>before a delete</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="31"/>
        <source>before erasing personal data</source>
        <translation>before erasing personal data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="32"/>
        <source>before the retention rule erased data</source>
        <translation>before the retention rule erased data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="33"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="34"/>
        <source>a damaged file, kept before a restore</source>
        <translation>a damaged file, kept before a restore</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="37"/>
        <source>before an upgrade of the app</source>
        <translation>before an upgrade of the app</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="78"/>
        <source>Looking for a sound backup</source>
        <translation>Looking for a sound backup</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="88"/>
        <source>its pages do not fit together</source>
        <translation>its pages do not fit together</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="89"/>
        <source>The data file {file} is damaged ({reason}).</source>
        <translation>The data file {file} is damaged ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="94"/>
        <source>None of its backups passes its check.</source>
        <translation>None of its backups passes its check.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="95"/>
        <source>The newest backup that passes its check is from {when}, holding {held}.</source>
        <translation>The newest backup that passes its check is from {when}, holding {held}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="110"/>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="114"/>
        <source>Restoring puts a backup in place of the damaged file; the damaged file is kept in the backups folder.</source>
        <translation>Restoring puts a backup in place of the damaged file; the damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="123"/>
        <source>&amp;Restore This Backup</source>
        <translation>&amp;Restore This Backup</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="126"/>
        <source>&amp;Choose Another Backup…</source>
        <translation>&amp;Choose Another Backup…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="129"/>
        <source>&amp;Open Another Database…</source>
        <translation>&amp;Open Another Database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="158"/>
        <source>Choose a Backup</source>
        <translation>Choose a Backup</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="160"/>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="177"/>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="78"/>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="184"/>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="58"/>
        <source>Restoring the backup</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="64"/>
        <source>Restored the backup of {when}; the data as it was is kept as a backup.</source>
        <translation>Restored the backup of {when}; the data as it was is kept as a backup.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="71"/>
        <source>The restored database was not opened</source>
        <translation>The restored database was not opened</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="79"/>
        <source>Kept the current data.</source>
        <translation>Kept the current data.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="105"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="106"/>
        <source>This database is on a server: back it up with the server&apos;s tools.</source>
        <translation>This database is on a server: back it up with the server&apos;s tools.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="63"/>
        <source>Backups of {name}</source>
        <translation>Backups of {name}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="68"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="69"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="70"/>
        <source>Show in &amp;Folder</source>
        <translation>Show in &amp;Folder</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="117"/>
        <source>Reading the backups…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="120"/>
        <source>Reading the backups</source>
        <translation>Reading the backups</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="132"/>
        <source>%n backup(s) in {folder}, newest first. Each holds the whole database as it was then.</source>
        <translation>
            <numerusform>%n backup in {folder}. It holds the whole database as it was then.</numerusform>
            <numerusform>%n backups in {folder}, newest first. Each holds the whole database as it was then.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="141"/>
        <source>There are no backups of {name} yet.</source>
        <translation>There are no backups of {name} yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="161"/>
        <source>The database was not backed up</source>
        <translation>The database was not backed up</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="165"/>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="179"/>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="181"/>
        <source>The current data will be backed up first, then replaced by the backup of {when} ({held}).</source>
        <translation>The current data will be backed up first, then replaced by the backup of {when} ({held}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="187"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>BankActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="60"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="60"/>
        <source>Put the retired question back in the bank</source>
        <translation>Put the retired question back in the bank</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="62"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="62"/>
        <source>Take the question out of new forms; it is kept</source>
        <translation>Take the question out of new forms; it is kept</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="65"/>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="65"/>
        <source>Write a new question</source>
        <translation>Write a new question</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="67"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="68"/>
        <source>Add a copy of the selected question, to change it</source>
        <translation>Add a copy of the selected question, to change it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="72"/>
        <source>Import XLSX…</source>
        <translation>Import XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="73"/>
        <source>Read questions prepared in Excel</source>
        <translation>Read questions prepared in Excel</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="76"/>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="77"/>
        <source>Save the questions listed for Excel</source>
        <translation>Save the questions listed for Excel</translation>
    </message>
</context>
<context>
    <name>BankFiles</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="46"/>
        <source>Export the question bank</source>
        <translation>Export the question bank</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="47"/>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="47"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="54"/>
        <source>Question bank</source>
        <translation>Question bank</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="57"/>
        <source>%n question(s) exported to {file}</source>
        <translation>
            <numerusform>%n question exported to {file}</numerusform>
            <numerusform>%n questions exported to {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="61"/>
        <source>Exporting the question bank</source>
        <translation>Exporting the question bank</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="69"/>
        <source>Import questions</source>
        <translation>Import questions</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="70"/>
        <source>Question banks (*.xlsx *.csv)</source>
        <translation>Question banks (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="81"/>
        <source>Reading {file}</source>
        <translation>Reading {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="88"/>
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n new question</numerusform>
            <numerusform>%n new questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="89"/>
        <source>%n question(s) changed</source>
        <translation>
            <numerusform>%n question changed</numerusform>
            <numerusform>%n questions changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="92"/>
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>%n row with problems:</numerusform>
            <numerusform>%n rows with problems:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="97"/>
        <source>Import questions from {file}</source>
        <translation>Import questions from {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="99"/>
        <source>Import, skipping those rows</source>
        <translation>Import, skipping those rows</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="99"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="113"/>
        <source>Importing questions</source>
        <translation>Importing questions</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="38"/>
        <source>Print everything</source>
        <translation>Print everything</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="41"/>
        <source>Every handout ticked below is built with the options chosen on the screen and saved in the folder; tick “Send to the printer” to print them too.</source>
        <translation>Every handout ticked below is built with the options chosen on the screen and saved in the folder; tick “Send to the printer” to print them too.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="57"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="58"/>
        <source>&amp;Send to the printer as well</source>
        <translation>&amp;Send to the printer as well</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="63"/>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="64"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="98"/>
        <source>Save the handouts in</source>
        <translation>Save the handouts in</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="64"/>
        <source>Branding — {title}</source>
        <translation>Branding — {title}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="152"/>
        <source>Logos print at the top of the agenda, the lists, the sign-in sheets and the certificates; signatures print at the foot of each certificate. PNG or SVG, at most 5 MB each.</source>
        <translation>Logos print at the top of the agenda, the lists, the sign-in sheets and the certificates; signatures print at the foot of each certificate. PNG or SVG, at most 5 MB each.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="157"/>
        <source>Organisers&apos; logos, left to right</source>
        <translation>Organisers&apos; logos, left to right</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="158"/>
        <source>Signatures on certificates</source>
        <translation>Signatures on certificates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="159"/>
        <source>Add &amp;logo…</source>
        <translation>Add &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="160"/>
        <source>Add &amp;signature…</source>
        <translation>Add &amp;signature…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="161"/>
        <source>&amp;Who signs…</source>
        <translation>&amp;Who signs…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="163"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="164"/>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="165"/>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="166"/>
        <source>Accent colour:</source>
        <translation>Accent colour:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="167"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="168"/>
        <source>&amp;Default</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="169"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Margins:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="171"/>
        <source>D&amp;efault</source>
        <translation>D&amp;efault</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="173"/>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="224"/>
        <source>Add a logo</source>
        <translation>Add a logo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="229"/>
        <source>Add a signature</source>
        <translation>Add a signature</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="238"/>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="243"/>
        <source>Add logo</source>
        <translation>Add logo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="246"/>
        <source>Add signature</source>
        <translation>Add signature</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="266"/>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="276"/>
        <source>Move image</source>
        <translation>Move image</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="300"/>
        <source>Change who signs</source>
        <translation>Change who signs</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="308"/>
        <source>Accent colour</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="317"/>
        <source>Change the accent colour</source>
        <translation>Change the accent colour</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="328"/>
        <source>Change the margins</source>
        <translation>Change the margins</translation>
    </message>
</context>
<context>
    <name>BudgetPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="134"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="134"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="134"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="136"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="174"/>
        <source>Add budget line</source>
        <translation>Add budget line</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="137"/>
        <source>Add a budget line (Ins in the table)</source>
        <translation>Add a budget line (Ins in the table)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="138"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="139"/>
        <source>Delete the selected budget line (Del)</source>
        <translation>Delete the selected budget line (Del)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="161"/>
        <source>No budget yet.</source>
        <translation>No budget yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="164"/>
        <source>Total: {sums}</source>
        <translation>Total: {sums}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="177"/>
        <source>Delete budget line</source>
        <translation>Delete budget line</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="186"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="187"/>
        <source>“{value}” is not an amount of money. Type it as 1 500 000,50 or 1500000.50.</source>
        <translation>“{value}” is not an amount of money. Type it as 1 500 000,50 or 1500000.50.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="194"/>
        <source>Edit budget line</source>
        <translation>Edit budget line</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="241"/>
        <source>Save test page</source>
        <translation>Save test page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="243"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="253"/>
        <source>Saving the test page</source>
        <translation>Saving the test page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="254"/>
        <source>Test page saved as {path}</source>
        <translation>Test page saved as {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="260"/>
        <source>Preparing the test page</source>
        <translation>Preparing the test page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="271"/>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="294"/>
        <source>Printing the test page</source>
        <translation>Printing the test page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="300"/>
        <source>Test page sent to the printer. Hold it against a sheet of labels and measure how far the crosses are from the label centres.</source>
        <translation>Test page sent to the printer. Hold it against a sheet of labels and measure how far the crosses are from the label centres.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="341"/>
        <source>Label sheet calibration</source>
        <translation>Label sheet calibration</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="343"/>
        <source>Most printers place the page a millimetre or two off. To measure yours:</source>
        <translation>Most printers place the page a millimetre or two off. To measure yours:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="344"/>
        <source>1. Print the test page on plain paper.</source>
        <translation>1. Print the test page on plain paper.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="345"/>
        <source>2. Hold it against a sheet of labels, up to the light.</source>
        <translation>2. Hold it against a sheet of labels, up to the light.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="347"/>
        <source>3. Measure how far each cross is from the centre of its label (the millimetre scales in the corners help).</source>
        <translation>3. Measure how far each cross is from the centre of its label (the millimetre scales in the corners help).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="351"/>
        <source>4. Crosses left of the centres: increase Right by that distance; crosses above them: increase Down. The other way round: decrease (below zero is fine).</source>
        <translation>4. Crosses left of the centres: increase Right by that distance; crosses above them: increase Down. The other way round: decrease (below zero is fine).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="354"/>
        <source>5. Print the test page again: the crosses should now sit on the centres.</source>
        <translation>5. Print the test page again: the crosses should now sit on the centres.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="356"/>
        <source>OK keeps the offset for this printer: every badge printed on it is moved by that much.</source>
        <translation>OK keeps the offset for this printer: every badge printed on it is moved by that much.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="362"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="363"/>
        <source>&amp;Label sheet:</source>
        <translation>&amp;Label sheet:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="364"/>
        <source>&amp;Right:</source>
        <translation>&amp;Right:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="365"/>
        <source>&amp;Down:</source>
        <translation>&amp;Down:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="370"/>
        <source>PDF file / default printer</source>
        <translation>PDF file / default printer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="372"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="373"/>
        <source>moves every label to the right; negative: to the left</source>
        <translation>moves every label to the right; negative: to the left</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="374"/>
        <source>moves every label down; negative: up</source>
        <translation>moves every label down; negative: up</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="375"/>
        <source>Print &amp;test page…</source>
        <translation>Print &amp;test page…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="376"/>
        <source>&amp;Save test page as PDF…</source>
        <translation>&amp;Save test page as PDF…</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="32"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="33"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="34"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="35"/>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="36"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="37"/>
        <source>Last printed</source>
        <translation>Last printed</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="43"/>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="44"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
</context>
<context>
    <name>CertificateRuleBox</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="97"/>
        <source>Post-test &amp;score at least:</source>
        <translation>Post-test &amp;score at least:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="99"/>
        <source>Certificates go only to those whose post-test score reaches this share.</source>
        <translation>Certificates go only to those whose post-test score reaches this share.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="101"/>
        <source>&amp;Wording:</source>
        <translation>&amp;Wording:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="102"/>
        <source>Save one PDF per &amp;person…</source>
        <translation>Save one PDF per &amp;person…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="104"/>
        <source>A folder of certificates, one file each, named by number and name: ready to attach to an e-mail.</source>
        <translation>A folder of certificates, one file each, named by number and name: ready to attach to an e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="108"/>
        <source>Certificate of participation</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="109"/>
        <source>Certificate of completion (needs a post-test score)</source>
        <translation>Certificate of completion (needs a post-test score)</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="22"/>
        <source>Nothing to show for this selection.</source>
        <translation>Nothing to show for this selection.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="23"/>
        <source>No pre-test and post-test answers for this selection yet.</source>
        <translation>No pre-test and post-test answers for this selection yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="26"/>
        <source>No evaluation answers for this selection yet.</source>
        <translation>No evaluation answers for this selection yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="29"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="30"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="31"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="32"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="33"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="34"/>
        <source>different people: {count}</source>
        <translation>different people: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="35"/>
        <source>Share of women</source>
        <translation>Share of women</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="36"/>
        <source>women {women}, men {men}</source>
        <translation>women {women}, men {men}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="37"/>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="38"/>
        <source>days present of days offered</source>
        <translation>days present of days offered</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="39"/>
        <source>Mean learning gain</source>
        <translation>Mean learning gain</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="40"/>
        <source>95 % interval {low} to {high}; {count} people</source>
        <translation>95 % interval {low} to {high}; {count} people</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="43"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="44"/>
        <source>out of 5; answers: {count}</source>
        <translation>out of 5; answers: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="45"/>
        <source>Participants by sex</source>
        <translation>Participants by sex</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="46"/>
        <source>Participants by country and sex</source>
        <translation>Participants by country and sex</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="47"/>
        <source>Participants by kind of organisation and sex</source>
        <translation>Participants by kind of organisation and sex</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="50"/>
        <source>Learning gain per workshop (Hake&apos;s g)</source>
        <translation>Learning gain per workshop (Hake&apos;s g)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="53"/>
        <source>A workshop&apos;s mean</source>
        <translation>A workshop&apos;s mean</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="54"/>
        <source>Mean of all participants, 95 % interval</source>
        <translation>Mean of all participants, 95 % interval</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="57"/>
        <source>Mean test scores before and after</source>
        <translation>Mean test scores before and after</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="60"/>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="61"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="62"/>
        <source>Satisfaction answers, 1 (very low) to 5 (very high)</source>
        <translation>Satisfaction answers, 1 (very low) to 5 (very high)</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="110"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="307"/>
        <source>Scan a badge or type a name…</source>
        <translation>Scan a badge or type a name…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="309"/>
        <source>Enter checks in; ↓ and ↑ choose a name from the list; Esc clears</source>
        <translation>Enter checks in; ↓ and ↑ choose a name from the list; Esc clears</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="311"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Undo last check-in (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="312"/>
        <source>Walk-in registration (Ctrl+N)</source>
        <translation>Walk-in registration (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="314"/>
        <source>Scan a badge, or type a name and choose it with ↓ and Enter. Esc clears.</source>
        <translation>Scan a badge, or type a name and choose it with ↓ and Enter. Esc clears.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="54"/>
        <source>— ignore —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="57"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="57"/>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="57"/>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="108"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="108"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="108"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="108"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="110"/>
        <source>Comme&amp;nt:</source>
        <translation>Comme&amp;nt:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="111"/>
        <source>Type a comment and press Enter</source>
        <translation>Type a comment and press Enter</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="112"/>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="113"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="114"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="167"/>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="115"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="116"/>
        <source>Delete the selected comment (Del)</source>
        <translation>Delete the selected comment (Del)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="157"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="157"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="182"/>
        <source>Resolve comment</source>
        <translation>Resolve comment</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="182"/>
        <source>Reopen comment</source>
        <translation>Reopen comment</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="201"/>
        <source>Delete comment</source>
        <translation>Delete comment</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="117"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="118"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="119"/>
        <source>Swap From and To</source>
        <translation>Swap From and To</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="120"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="121"/>
        <source>Save the differences as Word, Excel or CSV</source>
        <translation>Save the differences as Word, Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="142"/>
        <source>Changes in “{draft}”</source>
        <translation>Changes in “{draft}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="186"/>
        <source>From “{old}” to “{new}”</source>
        <translation>From “{old}” to “{new}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="195"/>
        <source>{n} added</source>
        <translation>{n} added</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="196"/>
        <source>{n} removed</source>
        <translation>{n} removed</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="197"/>
        <source>{n} moved</source>
        <translation>{n} moved</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="198"/>
        <source>{n} changed</source>
        <translation>{n} changed</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="201"/>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="243"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="246"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="248"/>
        <source>Saved to {file}</source>
        <translation>Saved to {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="252"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="253"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="254"/>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV for Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="258"/>
        <source>Export the differences</source>
        <translation>Export the differences</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="85"/>
        <source>Record {number}</source>
        <translation>Record {number}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="92"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="93"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="94"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="95"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="96"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="97"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="98"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="99"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="160"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="164"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="166"/>
        <source>{who} changed this workshop at {when} while you were editing.</source>
        <translation>{who} changed this workshop at {when} while you were editing.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="168"/>
        <source>{who} changed this person&apos;s record at {when} while you were editing.</source>
        <translation>{who} changed this person&apos;s record at {when} while you were editing.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="170"/>
        <source>{who} changed this measure at {when} while you were editing.</source>
        <translation>{who} changed this measure at {when} while you were editing.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="172"/>
        <source>Theirs (saved)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="173"/>
        <source>Merged (edit, then save)</source>
        <translation>Merged (edit, then save)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="174"/>
        <source>Yours (not saved)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="176"/>
        <source>Both texts are in the editor: keep what should stay, then save.</source>
        <translation>Both texts are in the editor: keep what should stay, then save.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="178"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="179"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="180"/>
        <source>&amp;Save merged text</source>
        <translation>&amp;Save merged text</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="181"/>
        <source>&amp;Merge by hand</source>
        <translation>&amp;Merge by hand</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="182"/>
        <source>Decide &amp;later</source>
        <translation>Decide &amp;later</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="105"/>
        <source>the package&apos;s</source>
        <translation>the package&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="105"/>
        <source>this laptop&apos;s</source>
        <translation>this laptop&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="110"/>
        <source>Record, and what differs</source>
        <translation>Record, and what differs</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="111"/>
        <source>On this laptop</source>
        <translation>On this laptop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="111"/>
        <source>In the package</source>
        <translation>In the package</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="112"/>
        <source>Version kept</source>
        <translation>Version kept</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="129"/>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="132"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="132"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="132"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="132"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="133"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="137"/>
        <source>db.ministry.local</source>
        <translation>db.ministry.local</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="138"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Remember the password on this computer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="140"/>
        <source>Kept in this computer&apos;s credential store, never in the settings file.</source>
        <translation>Kept in this computer&apos;s credential store, never in the settings file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="142"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="163"/>
        <source>Connecting to {host}</source>
        <translation>Connecting to {host}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="188"/>
        <source>The connection failed: {reason}</source>
        <translation>The connection failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="197"/>
        <source>Connecting was cancelled.</source>
        <translation>Connecting was cancelled.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="33"/>
        <source>Copy workshop</source>
        <translation>Copy workshop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="36"/>
        <source>The copy keeps the settings, pillars and agenda, moved to the new dates (%n day(s)), and is planned. Participants are not copied.</source>
        <translation>
            <numerusform>The copy keeps the settings, pillars and agenda, moved to the new dates (%n day), and is planned. Participants are not copied.</numerusform>
            <numerusform>The copy keeps the settings, pillars and agenda, moved to the new dates (%n days), and is planned. Participants are not copied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="50"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="58"/>
        <source>Title ({language})</source>
        <translation>Title ({language})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="82"/>
        <source>Give the copy a title.</source>
        <translation>Give the copy a title.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="11"/>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="12"/>
        <source>Kyrgyzstan</source>
        <translation>Kyrgyzstan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="13"/>
        <source>Tajikistan</source>
        <translation>Tajikistan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="14"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="15"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="167"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="168"/>
        <source>&amp;Gaps (Enter or double-click to open the item)</source>
        <translation>&amp;Gaps (Enter or double-click to open the item)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="169"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="170"/>
        <source>Save the matrix and the gaps as XLSX or CSV</source>
        <translation>Save the matrix and the gaps as XLSX or CSV</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="171"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="172"/>
        <source>Read the draft again (F5)</source>
        <translation>Read the draft again (F5)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="207"/>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="208"/>
        <source>the JPoA framework</source>
        <translation>the JPoA framework</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="226"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="328"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="290"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="291"/>
        <source>{covered} of {total} areas covered</source>
        <translation>{covered} of {total} areas covered</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="294"/>
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="304"/>
        <source>The draft leaves %n of the framework&apos;s areas empty: {areas}</source>
        <translation>
            <numerusform>The draft leaves %n framework area empty: {areas}</numerusform>
            <numerusform>The draft leaves %n of the framework&apos;s areas empty: {areas}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="308"/>
        <source>The draft covers every area of the framework.</source>
        <translation>The draft covers every area of the framework.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="310"/>
        <source>A: this draft ({a}) · B: {b}</source>
        <translation>A: this draft ({a}) · B: {b}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="329"/>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="330"/>
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="331"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="332"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="333"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="334"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="335"/>
        <source>Budget, {currency}</source>
        <translation>Budget, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="336"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="337"/>
        <source>no measure</source>
        <translation>no measure</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="338"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="339"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="340"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="342"/>
        <source>Measures: {draft}</source>
        <translation>Measures: {draft}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="343"/>
        <source>Budget, {currency}: {draft}</source>
        <translation>Budget, {currency}: {draft}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="344"/>
        <source>only this draft covers it</source>
        <translation>only this draft covers it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="345"/>
        <source>only {draft} covers it</source>
        <translation>only {draft} covers it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="353"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="354"/>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV for Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="357"/>
        <source>Export coverage</source>
        <translation>Export coverage</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="373"/>
        <source>Saved to {file}</source>
        <translation>Saved to {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="378"/>
        <source>Exporting coverage</source>
        <translation>Exporting coverage</translation>
    </message>
</context>
<context>
    <name>CoverageGaps</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="26"/>
        <source>Area with no measure</source>
        <translation>Area with no measure</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="27"/>
        <source>Measure with no indicator</source>
        <translation>Measure with no indicator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="28"/>
        <source>Measure with no responsible agency</source>
        <translation>Measure with no responsible agency</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="31"/>
        <source>Measure with no budget</source>
        <translation>Measure with no budget</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="32"/>
        <source>Measure not mapped to a pillar or area</source>
        <translation>Measure not mapped to a pillar or area</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="41"/>
        <source>Areas with no measure ({n})</source>
        <translation>Areas with no measure ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="42"/>
        <source>Measures with no indicator ({n})</source>
        <translation>Measures with no indicator ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="45"/>
        <source>Measures with no responsible agency ({n})</source>
        <translation>Measures with no responsible agency ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="48"/>
        <source>Measures with no budget ({n})</source>
        <translation>Measures with no budget ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="51"/>
        <source>Measures not mapped to a pillar or area ({n})</source>
        <translation>Measures not mapped to a pillar or area ({n})</translation>
    </message>
</context>
<context>
    <name>CoverageMatrixModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="118"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="119"/>
        <source>Measures (A)</source>
        <translation>Measures (A)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="119"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="120"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="121"/>
        <source>Budget (A)</source>
        <translation>Budget (A)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="121"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="122"/>
        <source>Measures (B)</source>
        <translation>Measures (B)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="123"/>
        <source>Budget (B)</source>
        <translation>Budget (B)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="124"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="172"/>
        <source>{covered} of {areas} areas covered</source>
        <translation>{covered} of {areas} areas covered</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="176"/>
        <source>neither draft covers it</source>
        <translation>neither draft covers it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="179"/>
        <source>no measure</source>
        <translation>no measure</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="180"/>
        <source>framework area not covered</source>
        <translation>framework area not covered</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="181"/>
        <source>only A covers it</source>
        <translation>only A covers it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="182"/>
        <source>only B covers it</source>
        <translation>only B covers it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="192"/>
        <source>No measure of this draft is mapped to this area.</source>
        <translation>No measure of this draft is mapped to this area.</translation>
    </message>
</context>
<context>
    <name>CreateFormDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="42"/>
        <source>Create the pre-test</source>
        <translation>Create the pre-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="43"/>
        <source>Create the post-test</source>
        <translation>Create the post-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="44"/>
        <source>Create the evaluation form</source>
        <translation>Create the evaluation form</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="51"/>
        <source>Pillar %1</source>
        <translation>Pillar %1</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="53"/>
        <source>Shuffle the order of the questions</source>
        <translation>Shuffle the order of the questions</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="54"/>
        <source>Ask the pre-test&apos;s questions</source>
        <translation>Ask the pre-test&apos;s questions</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="56"/>
        <source>Ask about each session of the agenda too</source>
        <translation>Ask about each session of the agenda too</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="64"/>
        <source>Questions:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="65"/>
        <source>From pillars:</source>
        <translation>From pillars:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="66"/>
        <source>No pillar ticked: the workshop&apos;s own pillars.</source>
        <translation>No pillar ticked: the workshop&apos;s own pillars.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="85"/>
        <source>The form has no answers yet; it will be replaced by the new one.</source>
        <translation>The form has no answers yet; it will be replaced by the new one.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="140"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="152"/>
        <source>Open a database to see its figures.</source>
        <translation>Open a database to see its figures.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="217"/>
        <source>Reading the figures of every workshop…</source>
        <translation>Reading the figures of every workshop…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="220"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="223"/>
        <source>Counting the figures</source>
        <translation>Counting the figures</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="253"/>
        <source>Reading the figures of every workshop</source>
        <translation>Reading the figures of every workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="297"/>
        <source>Every workshop so far.</source>
        <translation>Every workshop so far.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="300"/>
        <source>Workshops starting from {start} to {end}.</source>
        <translation>Workshops starting from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="304"/>
        <source>The figures could not be counted: {error}</source>
        <translation>The figures could not be counted: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="338"/>
        <source>Listing the workshops</source>
        <translation>Listing the workshops</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="367"/>
        <source>Programme dashboard</source>
        <translation>Programme dashboard</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="368"/>
        <source>Donor report for this selection… (Ctrl+R)</source>
        <translation>Donor report for this selection… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="369"/>
        <source>F5 refreshes; Esc shows every workshop again</source>
        <translation>F5 refreshes; Esc shows every workshop again</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="130"/>
        <source>The database was not opened</source>
        <translation>The database was not opened</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="132"/>
        <source>Kept the current database open.</source>
        <translation>Kept the current database open.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="136"/>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="150"/>
        <source>Waiting for another program to finish writing to the database…</source>
        <translation>Waiting for another program to finish writing to the database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="192"/>
        <source>The library was updated from newer content files.</source>
        <translation>The library was updated from newer content files.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="196"/>
        <source>Loading the library</source>
        <translation>Loading the library</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="249"/>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="269"/>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="188"/>
        <source>The library is ready.</source>
        <translation>The library is ready.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="211"/>
        <source>Making the demo workshop</source>
        <translation>Making the demo workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="215"/>
        <source>The demo workshop is ready: 40 people, running today.</source>
        <translation>The demo workshop is ready: 40 people, running today.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="228"/>
        <source>Framework imported from {file}: %n area(s) changed.</source>
        <translation>
            <numerusform>Framework imported from {file}: %n area changed.</numerusform>
            <numerusform>Framework imported from {file}: %n areas changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="234"/>
        <source>Importing the framework</source>
        <translation>Importing the framework</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="52"/>
        <source>Latin spelling</source>
        <translation>Latin spelling</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="54"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="55"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="56"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="57"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="58"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="66"/>
        <source>Select a person to see their details.</source>
        <translation>Select a person to see their details.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="86"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DetailsTabs</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="126"/>
        <source>&amp;Indicators ({n})</source>
        <translation>&amp;Indicators ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="126"/>
        <source>&amp;Budget ({n})</source>
        <translation>&amp;Budget ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="127"/>
        <source>&amp;Mapping ({n})</source>
        <translation>&amp;Mapping ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="127"/>
        <source>&amp;Comments ({n})</source>
        <translation>&amp;Comments ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="138"/>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="217"/>
        <source>Item and field</source>
        <translation>Item and field</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="218"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="219"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="229"/>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="47"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="48"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="49"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="50"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="52"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="53"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="54"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="55"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>DoorBar</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="128"/>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="212"/>
        <source>Whole day</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="165"/>
        <source>Present {present} / {registered} registered</source>
        <translation>Present {present} / {registered} registered</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="190"/>
        <source>Day {number}: {date}</source>
        <translation>Day {number}: {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="208"/>
        <source>Workshop:</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="209"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="210"/>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
</context>
<context>
    <name>DraftCompareDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="291"/>
        <source>Compare drafts</source>
        <translation>Compare drafts</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="298"/>
        <source>Differences between two drafts</source>
        <translation>Differences between two drafts</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="45"/>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="60"/>
        <source>Copy draft</source>
        <translation>Copy draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="62"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="272"/>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="88"/>
        <source>Edit draft properties</source>
        <translation>Edit draft properties</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="105"/>
        <source>Delete “{title}” ({country}) with its measures ({n})?</source>
        <translation>Delete “{title}” ({country}) with its measures ({n})?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="108"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="123"/>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="114"/>
        <source>Its versions go with it. Undo (Ctrl+Z) brings it all back.</source>
        <translation>Its versions go with it. Undo (Ctrl+Z) brings it all back.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="119"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="152"/>
        <source>Copy of “{title}” ({country})</source>
        <translation>Copy of “{title}” ({country})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="236"/>
        <source>Type a title in at least one of the two languages.</source>
        <translation>Type a title in at least one of the two languages.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="239"/>
        <source>Choose a country, or type the two-letter code of another (for example AF).</source>
        <translation>Choose a country, or type the two-letter code of another (for example AF).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="242"/>
        <source>Choose two different languages to edit the draft in.</source>
        <translation>Choose two different languages to edit the draft in.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="244"/>
        <source>The period ends in {end}, before it starts in {start}.</source>
        <translation>The period ends in {end}, before it starts in {start}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="272"/>
        <source>Draft properties</source>
        <translation>Draft properties</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="273"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Start from:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="273"/>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="273"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="274"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="274"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="274"/>
        <source>&amp;Lead agency:</source>
        <translation>&amp;Lead agency:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="275"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="279"/>
        <source>An empty draft</source>
        <translation>An empty draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="281"/>
        <source>The JPoA framework: each pillar a goal, each area an objective</source>
        <translation>The JPoA framework: each pillar a goal, each area an objective</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="293"/>
        <source>A country, or a two-letter code</source>
        <translation>A country, or a two-letter code</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="294"/>
        <source>The ministry or agency that leads it</source>
        <translation>The ministry or agency that leads it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="295"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="295"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="302"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="302"/>
        <source>Title, &amp;second language:</source>
        <translation>Title, &amp;second language:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="305"/>
        <source>The title in {language}</source>
        <translation>The title in {language}</translation>
    </message>
</context>
<context>
    <name>DraftMenu</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="96"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="97"/>
        <source>Create, edit, copy, delete, import or export a draft</source>
        <translation>Create, edit, copy, delete, import or export a draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="98"/>
        <source>New draft…</source>
        <translation>New draft…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="99"/>
        <source>Properties…</source>
        <translation>Properties…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="100"/>
        <source>Copy draft…</source>
        <translation>Copy draft…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="101"/>
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="102"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="103"/>
        <source>Import an action plan…</source>
        <translation>Import an action plan…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="104"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="106"/>
        <source>What each pillar and area has, and the gaps (Ctrl+Shift+C)</source>
        <translation>What each pillar and area has, and the gaps (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="108"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="110"/>
        <source>Save a version and compare any two (Ctrl+Shift+V)</source>
        <translation>Save a version and compare any two (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="112"/>
        <source>Compare drafts</source>
        <translation>Compare drafts</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="114"/>
        <source>Compare this draft with another one (Ctrl+Shift+D)</source>
        <translation>Compare this draft with another one (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="155"/>
        <source>Looking for people entered twice…</source>
        <translation>Looking for people entered twice…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="159"/>
        <source>Looking for duplicates</source>
        <translation>Looking for duplicates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="185"/>
        <source>Likely pairs: {count}.</source>
        <translation>Likely pairs: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="188"/>
        <source>No likely duplicates: nobody seems to have been entered twice.</source>
        <translation>No likely duplicates: nobody seems to have been entered twice.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="212"/>
        <source>Keep this record</source>
        <translation>Keep this record</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="223"/>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="225"/>
        <source>Merge “{drop}” into “{keep}”? Their registrations and attendance move to the record kept. You can undo the merge.</source>
        <translation>Merge “{drop}” into “{keep}”? Their registrations and attendance move to the record kept. You can undo the merge.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="231"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="247"/>
        <source>Merging two records</source>
        <translation>Merging two records</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="261"/>
        <source>Merged; you can undo it below.</source>
        <translation>Merged; you can undo it below.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="283"/>
        <source>Undoing a merge</source>
        <translation>Undoing a merge</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="296"/>
        <source>The merge was undone; both records are back.</source>
        <translation>The merge was undone; both records are back.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="302"/>
        <source>{when}: “{dropped}” merged into “{kept}”</source>
        <translation>{when}: “{dropped}” merged into “{kept}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="306"/>
        <source>(undone)</source>
        <translation>(undone)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="336"/>
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="338"/>
        <source>Likely the same person</source>
        <translation>Likely the same person</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="339"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="340"/>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="342"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="342"/>
        <source>Record 1</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="342"/>
        <source>Record 2</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="344"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="345"/>
        <source>Undo last merge</source>
        <translation>Undo last merge</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="346"/>
        <source>Undo selected merge</source>
        <translation>Undo selected merge</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="347"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EditorKeys</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="178"/>
        <source>Add a break</source>
        <translation>Add a break</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="178"/>
        <source>Add a session</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="192"/>
        <source>Delete “{title}”</source>
        <translation>Delete “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="222"/>
        <source>Move “{title}”</source>
        <translation>Move “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="229"/>
        <source>Shift sessions by {minutes} min</source>
        <translation>Shift sessions by {minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="73"/>
        <source>Edit “{title}”</source>
        <translation>Edit “{title}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="263"/>
        <source>Insert %n session(s) from another workshop</source>
        <translation>
            <numerusform>Insert %n session from another workshop</numerusform>
            <numerusform>Insert %n sessions from another workshop</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="278"/>
        <source>Add session</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="279"/>
        <source>Add break</source>
        <translation>Add break</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="280"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="281"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="282"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="283"/>
        <source>Insert from another workshop…</source>
        <translation>Insert from another workshop…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="288"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="289"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="299"/>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Undo: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="299"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="302"/>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation>Redo: {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="304"/>
        <source>Redo (Ctrl+Shift+Z, Ctrl+Y)</source>
        <translation>Redo (Ctrl+Shift+Z, Ctrl+Y)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/feedback.py" line="118"/>
        <source>No workshops yet — import a participant list or run jpoa demo</source>
        <translation>No workshops yet — import a participant list or run jpoa demo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/feedback.py" line="120"/>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/grid_model.py" line="58"/>
        <source>T/F</source>
        <translation>T/F</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/grid_model.py" line="202"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/grid_model.py" line="204"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/grid_model.py" line="208"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/jpoa_desktop/cli/library.py" line="27"/>
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
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="87"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="93"/>
        <source>{path} is not a JPoA Desktop database (it is not an SQLite file); the file was left unchanged.</source>
        <translation>{path} is not a JPoA Desktop database (it is not an SQLite file); the file was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="117"/>
        <source>{path} cannot be read as a database ({reason}); the file was left unchanged.</source>
        <translation>{path} cannot be read as a database ({reason}); the file was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="126"/>
        <source>{path} is an SQLite database made by another program, not by JPoA Desktop; the file was left unchanged.</source>
        <translation>{path} is an SQLite database made by another program, not by JPoA Desktop; the file was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="144"/>
        <source>Cannot open the database: {reason}</source>
        <translation>Cannot open the database: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="152"/>
        <source>{path} was written by a newer version of JPoA Desktop (schema {revision}); update the app to open it. The database was left unchanged.</source>
        <translation>{path} was written by a newer version of JPoA Desktop (schema {revision}); update the app to open it. The database was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="211"/>
        <source>There is no database at {path}; run `jpoa init` to create one.</source>
        <translation>There is no database at {path}; run `jpoa init` to create one.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/files/partial_files.py" line="51"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="221"/>
        <location filename="../../src/jpoa_desktop/files/partial_files.py" line="54"/>
        <location filename="../../src/jpoa_desktop/services/exchange/restore.py" line="74"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="246"/>
        <source>Cannot prepare the database: {reason}</source>
        <translation>Cannot prepare the database: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="84"/>
        <source>{file}, item &apos;{key}&apos;: its parent &apos;{parent}&apos; does not exist.</source>
        <translation>{file}, item &apos;{key}&apos;: its parent &apos;{parent}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="130"/>
        <source>{file}: the file has no areas.</source>
        <translation>{file}: the file has no areas.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="136"/>
        <source>{file}, item &apos;{key}&apos;: only kind = &quot;area&quot; can be imported into the framework.</source>
        <translation>{file}, item &apos;{key}&apos;: only kind = &quot;area&quot; can be imported into the framework.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="145"/>
        <source>{file}, item &apos;{key}&apos;: &apos;pillar&apos; must be one of {allowed}.</source>
        <translation>{file}, item &apos;{key}&apos;: &apos;pillar&apos; must be one of {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="153"/>
        <source>{file}, item &apos;{key}&apos;: &apos;code&apos; (for example &quot;II.3&quot;) is required.</source>
        <translation>{file}, item &apos;{key}&apos;: &apos;code&apos; (for example &quot;II.3&quot;) is required.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="182"/>
        <source>Loading the library was cancelled; nothing was changed.</source>
        <translation>Loading the library was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/library.py" line="167"/>
        <source>There is no library item with id {id}.</source>
        <translation>There is no library item with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/commands.py" line="124"/>
        <source>“{value}” is not a date like 2026-12-01.</source>
        <translation>“{value}” is not a date like 2026-12-01.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="139"/>
        <source>The column mapping &quot;{text}&quot; must look like COLUMN=FIELD, e.g. 3=email.</source>
        <translation>The column mapping &quot;{text}&quot; must look like COLUMN=FIELD, e.g. 3=email.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="146"/>
        <source>&quot;{field}&quot; is not a field; use one of: {fields}.</source>
        <translation>&quot;{field}&quot; is not a field; use one of: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="158"/>
        <source>There is no column {number}; the file has {count} columns.</source>
        <translation>There is no column {number}; the file has {count} columns.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="171"/>
        <source>Several columns are called &quot;{column}&quot; (columns {numbers}); use the column number.</source>
        <translation>Several columns are called &quot;{column}&quot; (columns {numbers}); use the column number.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="180"/>
        <source>There is no column &quot;{column}&quot;; the columns are: {headers}.</source>
        <translation>There is no column &quot;{column}&quot;; the columns are: {headers}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="67"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not female or male (Ж/М, F/M)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not female or male (Ж/М, F/M)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="92"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a date (dd.mm.yyyy)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="109"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not yes or no (да/нет, 1/0)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not yes or no (да/нет, 1/0)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="126"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an e-mail address</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="149"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a full name (family name, given name, patronymic)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a full name (family name, given name, patronymic)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/reading.py" line="79"/>
        <source>{file} is not a CSV, TXT or XLSX file.</source>
        <translation>{file} is not a CSV, TXT or XLSX file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="59"/>
        <source>Cancelled before the package was read.</source>
        <translation>Cancelled before the package was read.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="63"/>
        <source>its hash</source>
        <translation>its hash</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="68"/>
        <source>its record count</source>
        <translation>its record count</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/errors.py" line="56"/>
        <location filename="../../src/jpoa_desktop/services/library/starter_questions.py" line="41"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/errors.py" line="83"/>
        <source>Someone else changed this record while you were editing it; your change was not saved and nothing was overwritten.</source>
        <translation>Someone else changed this record while you were editing it; your change was not saved and nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/errors.py" line="91"/>
        <source>{who} changed this record at {when} while you were editing it; your change was not saved and nothing was overwritten.</source>
        <translation>{who} changed this record at {when} while you were editing it; your change was not saved and nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="105"/>
        <source>{file} is refused: it holds {member}, which its manifest does not list.</source>
        <translation>{file} is refused: it holds {member}, which its manifest does not list.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="113"/>
        <source>{file} is damaged: its manifest lists {member}, which it does not hold.</source>
        <translation>{file} is damaged: its manifest lists {member}, which it does not hold.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="123"/>
        <source>{file} is refused: {member} does not match {what} in the manifest (changed or damaged).</source>
        <translation>{file} is refused: {member} does not match {what} in the manifest (changed or damaged).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="104"/>
        <location filename="../../src/jpoa_desktop/io/tables/reading.py" line="87"/>
        <source>{file} is larger than {limit} MB; split it into smaller lists.</source>
        <translation>{file} is larger than {limit} MB; split it into smaller lists.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="115"/>
        <source>{file}: the document&apos;s text would unpack to {size} MB, more than a plan&apos;s can be ({limit} MB); it was not read.</source>
        <translation>{file}: the document&apos;s text would unpack to {size} MB, more than a plan&apos;s can be ({limit} MB); it was not read.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="163"/>
        <source>A further table of {rows} rows with other columns than the plan&apos;s was not read.</source>
        <translation>A further table of {rows} rows with other columns than the plan&apos;s was not read.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/reading.py" line="95"/>
        <location filename="../../src/jpoa_desktop/io/tables/table_layout.py" line="71"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_layout.py" line="114"/>
        <source>{file}: row {row} is empty or past the end; choose another header row.</source>
        <translation>{file}: row {row} is empty or past the end; choose another header row.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="81"/>
        <source>&quot;{encoding}&quot; is not an encoding this program knows.</source>
        <translation>&quot;{encoding}&quot; is not an encoding this program knows.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="86"/>
        <source>{file} cannot be read as {encoding}; choose another encoding.</source>
        <translation>{file} cannot be read as {encoding}; choose another encoding.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="121"/>
        <source>{file} is an Excel workbook or another ZIP file, not a text file; if it is a workbook, give it the .xlsx extension.</source>
        <translation>{file} is an Excel workbook or another ZIP file, not a text file; if it is a workbook, give it the .xlsx extension.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="131"/>
        <source>{file} is a {kind}, not a table of participants.</source>
        <translation>{file} is a {kind}, not a table of participants.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="150"/>
        <source>{file} does not look like a text file; save the list as CSV or XLSX.</source>
        <translation>{file} does not look like a text file; save the list as CSV or XLSX.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="228"/>
        <source>{file}, line {row}: {reason}</source>
        <translation>{file}, line {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/xlsx_tables.py" line="170"/>
        <source>{file} cannot be opened as an Excel workbook; it may be damaged or not an XLSX file.</source>
        <translation>{file} cannot be opened as an Excel workbook; it may be damaged or not an XLSX file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/xlsx_tables.py" line="180"/>
        <source>{file} has no sheet &quot;{sheet}&quot;; its sheets are: {sheets}.</source>
        <translation>{file} has no sheet &quot;{sheet}&quot;; its sheets are: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="221"/>
        <location filename="../../src/jpoa_desktop/io/tables/reading.py" line="151"/>
        <source>{file}: there are no rows below the header.</source>
        <translation>{file}: there are no rows below the header.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="35"/>
        <source>{file} has more than {limit} rows; split it into smaller lists.</source>
        <translation>{file} has more than {limit} rows; split it into smaller lists.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="38"/>
        <source>{file} has more than {limit} columns, more than any real list; it was not read.</source>
        <translation>{file} has more than {limit} columns, more than any real list; it was not read.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="41"/>
        <source>{file} has more than {limit} cells, more than any real list; split it into smaller lists.</source>
        <translation>{file} has more than {limit} cells, more than any real list; split it into smaller lists.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="45"/>
        <source>{file}, row {row}: a cell holds more than {limit} characters; it was not read.</source>
        <translation>{file}, row {row}: a cell holds more than {limit} characters; it was not read.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="48"/>
        <source>{file}: a cell holds more than {limit} characters; it was not read.</source>
        <translation>{file}: a cell holds more than {limit} characters; it was not read.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/workshop_models.py" line="176"/>
        <source>There is no workshop with id {id}.</source>
        <translation>There is no workshop with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="154"/>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="57"/>
        <source>{day} is not one of the workshop&apos;s days ({start} to {end}).</source>
        <translation>{day} is not one of the workshop&apos;s days ({start} to {end}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="75"/>
        <source>This workshop has no session {session}.</source>
        <translation>This workshop has no session {session}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="80"/>
        <source>“{title}” is on {session_day}, not on {day}.</source>
        <translation>“{title}” is on {session_day}, not on {day}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="120"/>
        <source>No one in this workshop has the badge code {code}.</source>
        <translation>No one in this workshop has the badge code {code}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/workshop_models.py" line="185"/>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="300"/>
        <source>There is no registration with id {id}.</source>
        <translation>There is no registration with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo/demo.py" line="56"/>
        <source>“{value}” is not a demo size (small or large).</source>
        <translation>“{value}” is not a demo size (small or large).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo/demo.py" line="98"/>
        <source>This database already holds {workshops} workshops and {people} people; demo data goes into a new, empty database.</source>
        <translation>This database already holds {workshops} workshops and {people} people; demo data goes into a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo/demo_writer.py" line="144"/>
        <source>Making the demo was cancelled; nothing was changed.</source>
        <translation>Making the demo was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_rows.py" line="51"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a country.</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a country.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_rows.py" line="67"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a role.</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a role.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/table_import.py" line="96"/>
        <source>row {row}: {problem}</source>
        <translation>row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_import.py" line="117"/>
        <source>{file}: the names are in one column; choose to split them into family name, given name and patronymic.</source>
        <translation>{file}: the names are in one column; choose to split them into family name, given name and patronymic.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_import.py" line="126"/>
        <source>{file}: no column is mapped to the family name and the given name.</source>
        <translation>{file}: no column is mapped to the family name and the given name.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/table_import.py" line="104"/>
        <source>{file}: {count} rows have problems; nothing was imported. Fix them, or choose to skip the rows with problems.</source>
        <translation>{file}: {count} rows have problems; nothing was imported. Fix them, or choose to skip the rows with problems.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/table_import.py" line="142"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_import.py" line="232"/>
        <source>row {row}: the person it matched was deleted meanwhile; import again.</source>
        <translation>row {row}: the person it matched was deleted meanwhile; import again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="130"/>
        <source>The family name is empty.</source>
        <translation>The family name is empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="134"/>
        <source>The given name is empty.</source>
        <translation>The given name is empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="138"/>
        <source>“{value}” is not a sex the app knows.</source>
        <translation>“{value}” is not a sex the app knows.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="144"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="150"/>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="78"/>
        <source>“{value}” is not a two-letter country code.</source>
        <translation>“{value}” is not a two-letter country code.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="156"/>
        <source>“{value}” is not a kind of organisation.</source>
        <translation>“{value}” is not a kind of organisation.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="339"/>
        <source>{name} cannot be deleted while registered for a workshop (registrations: {count}).</source>
        <translation>{name} cannot be deleted while registered for a workshop (registrations: {count}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="59"/>
        <source>The workshop has no title.</source>
        <translation>The workshop has no title.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="62"/>
        <source>The workshop ends ({end}) before it starts ({start}).</source>
        <translation>The workshop ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="68"/>
        <source>“{value}” is not a kind of workshop.</source>
        <translation>“{value}” is not a kind of workshop.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="72"/>
        <source>“{value}” is not a workshop status.</source>
        <translation>“{value}” is not a workshop status.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="144"/>
        <source>“{value}” is not a role.</source>
        <translation>“{value}” is not a role.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="147"/>
        <source>“{value}” is not a registration status.</source>
        <translation>“{value}” is not a registration status.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/duplicates.py" line="127"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/duplicates.py" line="134"/>
        <source>Person {id} was erased, so they cannot be merged.</source>
        <translation>Person {id} was erased, so they cannot be merged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/duplicates.py" line="181"/>
        <source>There is no merge {id} to undo.</source>
        <translation>There is no merge {id} to undo.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/duplicates.py" line="186"/>
        <source>Merge {id} cannot be undone: the person&apos;s data was erased.</source>
        <translation>Merge {id} cannot be undone: the person&apos;s data was erased.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="254"/>
        <location filename="../../src/jpoa_desktop/services/workshops/workshops.py" line="240"/>
        <source>There is no person with id {id}.</source>
        <translation>There is no person with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/files/partial_files.py" line="157"/>
        <location filename="../../src/jpoa_desktop/io/writing/strategy_diff_export.py" line="194"/>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_export.py" line="80"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/writing/coverage_export.py" line="78"/>
        <location filename="../../src/jpoa_desktop/io/writing/export.py" line="36"/>
        <source>{file}: export as .csv or .xlsx.</source>
        <translation>{file}: export as .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/writing/coverage_export.py" line="85"/>
        <location filename="../../src/jpoa_desktop/io/writing/xlsx.py" line="93"/>
        <location filename="../../src/jpoa_desktop/texts/strategy_text.py" line="46"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/directory.py" line="163"/>
        <source>“{value}” is not a directory column to sort by ({choices}).</source>
        <translation>“{value}” is not a directory column to sort by ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_checks.py" line="20"/>
        <source>“{title}” is on {day}, outside the workshop&apos;s dates ({start} to {end}).</source>
        <translation>“{title}” is on {day}, outside the workshop&apos;s dates ({start} to {end}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_checks.py" line="23"/>
        <source>“{title}” on {day} ends at {end}, before it starts ({start}).</source>
        <translation>“{title}” on {day} ends at {end}, before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_checks.py" line="26"/>
        <source>“{first}” ({first_time}) and “{second}” ({second_time}) overlap on {day}.</source>
        <translation>“{first}” ({first_time}) and “{second}” ({second_time}) overlap on {day}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="63"/>
        <source>There is no agenda session with id {id}.</source>
        <translation>There is no agenda session with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="88"/>
        <source>The session has no title.</source>
        <translation>The session has no title.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="93"/>
        <source>“{value}” is not a kind of session.</source>
        <translation>“{value}” is not a kind of session.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="98"/>
        <source>Person {id} is not registered for this workshop as a speaker, facilitator or organiser.</source>
        <translation>Person {id} is not registered for this workshop as a speaker, facilitator or organiser.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="115"/>
        <source>“{value}” is not a pillar or area of the library.</source>
        <translation>“{value}” is not a pillar or area of the library.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="141"/>
        <source>Moving by {minutes} minutes would take “{title}” past midnight.</source>
        <translation>Moving by {minutes} minutes would take “{title}” past midnight.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshops.py" line="291"/>
        <source>{name} has attendance marks on {count} day(s); removing the registration would delete them.</source>
        <translation>{name} has attendance marks on {count} day(s); removing the registration would delete them.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/commands.py" line="75"/>
        <source>The session was deleted elsewhere meanwhile.</source>
        <translation>The session was deleted elsewhere meanwhile.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_snapshot.py" line="90"/>
        <source>The deleted workshop is already back; there is nothing to undo.</source>
        <translation>The deleted workshop is already back; there is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/texts/fonts.py" line="69"/>
        <source>“{text}” has letters the handout font cannot print: {letters}. Correct the text, or ask for a font that has them.</source>
        <translation>“{text}” has letters the handout font cannot print: {letters}. Correct the text, or ask for a font that has them.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="82"/>
        <source>“{value}” is not a handout language ({choices}).</source>
        <translation>“{value}” is not a handout language ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="94"/>
        <source>No one is registered for this workshop yet; register participants first.</source>
        <translation>No one is registered for this workshop yet; register participants first.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="190"/>
        <source>“{value}” is not a way to sort the list ({choices}).</source>
        <translation>“{value}” is not a way to sort the list ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="197"/>
        <source>“{value}” is not a column of the list ({choices}).</source>
        <translation>“{value}” is not a column of the list ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/factsheet_texts.py" line="73"/>
        <source>The library has no pillar {number}; load the built-in library.</source>
        <translation>The library has no pillar {number}; load the built-in library.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="222"/>
        <source>“{value}” is not a kind of handout ({choices}).</source>
        <translation>“{value}” is not a kind of handout ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="306"/>
        <source>“{value}” is not a paper size ({choices}).</source>
        <translation>“{value}” is not a paper size ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="363"/>
        <source>No one met the certificate rule (attendance and post-test score), so there are no certificates to print; {left_out} registered people were left out.</source>
        <translation>No one met the certificate rule (attendance and post-test score), so there are no certificates to print; {left_out} registered people were left out.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="374"/>
        <source>No one met the attendance rule ({rule} % of the days), so there are no certificates to print; {left_out} registered people were left out.</source>
        <translation>No one met the attendance rule ({rule} % of the days), so there are no certificates to print; {left_out} registered people were left out.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/page.py" line="78"/>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Printing was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_rules.py" line="40"/>
        <source>The attendance rule must be between 0 and 100 % of the days.</source>
        <translation>The attendance rule must be between 0 and 100 % of the days.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_rules.py" line="46"/>
        <source>The post-test score must be between 0 and 100 %.</source>
        <translation>The post-test score must be between 0 and 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_rules.py" line="50"/>
        <source>“{value}” is not a certificate wording: participation or completion.</source>
        <translation>“{value}” is not a certificate wording: participation or completion.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_rules.py" line="57"/>
        <source>A certificate of completion needs a minimum post-test score; set one, or print certificates of participation.</source>
        <translation>A certificate of completion needs a minimum post-test score; set one, or print certificates of participation.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="109"/>
        <source>{file} is a private signing key, not a public key: it is not kept among the trusted issuers. Ask the issuer for the file made by Export public key.</source>
        <translation>{file} is a private signing key, not a public key: it is not kept among the trusted issuers. Ask the issuer for the file made by Export public key.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="115"/>
        <source>{file} is not a public key exported by JPoA Desktop.</source>
        <translation>{file} is not a public key exported by JPoA Desktop.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="119"/>
        <source>{file} is not a certificate signing key file of JPoA Desktop.</source>
        <translation>{file} is not a certificate signing key file of JPoA Desktop.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="159"/>
        <source>No trusted issuer has the key {fingerprint}.</source>
        <translation>No trusted issuer has the key {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="178"/>
        <source>The signing key file {file} is protected by a passphrase; give the passphrase (JPOA_KEY_PASSPHRASE for the jpoa command).</source>
        <translation>The signing key file {file} is protected by a passphrase; give the passphrase (JPOA_KEY_PASSPHRASE for the jpoa command).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="188"/>
        <source>The passphrase does not open the key file {file}.</source>
        <translation>The passphrase does not open the key file {file}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/handouts.py" line="43"/>
        <source>“{value}” is not an offset like 1.5,-0.5 (mm).</source>
        <translation>“{value}” is not an offset like 1.5,-0.5 (mm).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/handouts.py" line="53"/>
        <source>Only certificates are printed one person a file.</source>
        <translation>Only certificates are printed one person a file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/handouts.py" line="57"/>
        <source>Say where with --out FILE.pdf, or --per-person FOLDER for certificates.</source>
        <translation>Say where with --out FILE.pdf, or --per-person FOLDER for certificates.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/handouts.py" line="88"/>
        <source>Say which workshop with --workshop ID.</source>
        <translation>Say which workshop with --workshop ID.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/branding.py" line="83"/>
        <source>“{value}” is not a number of millimetres.</source>
        <translation>“{value}” is not a number of millimetres.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/branding.py" line="135"/>
        <source>Say what to change with --accent or --margin.</source>
        <translation>Say what to change with --accent or --margin.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="44"/>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="47"/>
        <source>{file} is {size} MB; a logo or signature may be at most {limit} MB.</source>
        <translation>{file} is {size} MB; a logo or signature may be at most {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="65"/>
        <source>{file} is not a PNG or SVG image; save it as PNG or SVG.</source>
        <translation>{file} is not a PNG or SVG image; save it as PNG or SVG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="75"/>
        <source>{file} is damaged or not a PNG image; save it again as PNG.</source>
        <translation>{file} is damaged or not a PNG image; save it again as PNG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="85"/>
        <source>{file} is {width} × {height} pixels; at most {limit} million pixels are accepted. Save it smaller.</source>
        <translation>{file} is {width} × {height} pixels; at most {limit} million pixels are accepted. Save it smaller.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="128"/>
        <source>{file} is not a well-formed SVG image; save it again as SVG.</source>
        <translation>{file} is not a well-formed SVG image; save it again as SVG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="107"/>
        <source>{file} declares XML entities, which are refused for safety; save it as plain SVG (in Inkscape: Save as, Plain SVG).</source>
        <translation>{file} declares XML entities, which are refused for safety; save it as plain SVG (in Inkscape: Save as, Plain SVG).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="148"/>
        <source>{file} has more than {limit} elements; simplify the drawing or save it as PNG.</source>
        <translation>{file} has more than {limit} elements; simplify the drawing or save it as PNG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="162"/>
        <source>{file} refers to something outside itself ({reference}); only self-contained SVG images are accepted. Embed it, or save as PNG.</source>
        <translation>{file} refers to something outside itself ({reference}); only self-contained SVG images are accepted. Embed it, or save as PNG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="198"/>
        <source>{file} has no usable size; give the SVG a width and height or a viewBox.</source>
        <translation>{file} has no usable size; give the SVG a width and height or a viewBox.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/sheets.py" line="60"/>
        <source>“{value}” is not a label sheet ({choices}, or a size like {form}).</source>
        <translation>“{value}” is not a label sheet ({choices}, or a size like {form}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/sheets.py" line="81"/>
        <source>“{value}” is not a label sheet size; write it like {form}, in millimetres.</source>
        <translation>“{value}” is not a label sheet size; write it like {form}, in millimetres.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/sheets.py" line="105"/>
        <source>Labels of {width} × {height} mm are too small for a badge; they need at least {min_width} × {min_height} mm.</source>
        <translation>Labels of {width} × {height} mm are too small for a badge; they need at least {min_width} × {min_height} mm.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/sheets.py" line="125"/>
        <source>{columns} × {rows} labels of {width} × {height} mm do not fit on {paper} paper ({paper_width} × {paper_height} mm).</source>
        <translation>{columns} × {rows} labels of {width} × {height} mm do not fit on {paper} paper ({paper_width} × {paper_height} mm).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="114"/>
        <source>There is no logo or signature with id {id}.</source>
        <translation>There is no logo or signature with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="124"/>
        <source>A signature needs the name of the person who signs.</source>
        <translation>A signature needs the name of the person who signs.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/model/text_input.py" line="57"/>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="129"/>
        <source>“{value}” is too long: at most {limit} characters.</source>
        <translation>“{value}” is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="197"/>
        <source>“{value}” is not a kind of image ({choices}).</source>
        <translation>“{value}” is not a kind of image ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="209"/>
        <source>A workshop can have at most {limit} logos.</source>
        <translation>A workshop can have at most {limit} logos.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="211"/>
        <source>A workshop can have at most {limit} signatures.</source>
        <translation>A workshop can have at most {limit} signatures.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="250"/>
        <source>The removed image is already back; there is nothing to undo.</source>
        <translation>The removed image is already back; there is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="283"/>
        <source>Only a signature has a signer&apos;s name and title.</source>
        <translation>Only a signature has a signer&apos;s name and title.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="320"/>
        <source>“{value}” is not a colour like #1f5f99.</source>
        <translation>“{value}” is not a colour like #1f5f99.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="332"/>
        <source>Margins must be between {low} and {high} mm, not {value}.</source>
        <translation>Margins must be between {low} and {high} mm, not {value}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch.py" line="62"/>
        <source>Cancelled before every handout was done.</source>
        <translation>Cancelled before every handout was done.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/printing.py" line="47"/>
        <source>{file} is not a PDF file that can be read.</source>
        <translation>{file} is not a PDF file that can be read.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/printing.py" line="158"/>
        <source>The printer “{printer}” could not start printing.</source>
        <translation>The printer “{printer}” could not start printing.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/printing.py" line="171"/>
        <source>Printing was cancelled; the rest was not sent.</source>
        <translation>Printing was cancelled; the rest was not sent.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/strategies.py" line="195"/>
        <source>“{value}” is not a period of years like 2023-2027.</source>
        <translation>“{value}” is not a period of years like 2023-2027.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="68"/>
        <source>{file} cannot be opened as a Word document; it may be damaged.</source>
        <translation>{file} cannot be opened as a Word document; it may be damaged.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="90"/>
        <source>{file} has no table with a column of measures (“Measure”, “Мероприятие”).</source>
        <translation>{file} has no table with a column of measures (“Measure”, “Мероприятие”).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_cells.py" line="39"/>
        <location filename="../../src/jpoa_desktop/io/plans/plan_cells.py" line="60"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an amount</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an amount</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_cells.py" line="71"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; has no currency (e.g. USD)</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; has no currency (e.g. USD)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategies.py" line="92"/>
        <source>“{value}” is not a template (empty or framework).</source>
        <translation>“{value}” is not a template (empty or framework).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_details.py" line="181"/>
        <source>A comment needs some text.</source>
        <translation>A comment needs some text.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import.py" line="186"/>
        <source>Column {number} → “{field}”: the file has {count} columns and the fields are: {fields}.</source>
        <translation>Column {number} → “{field}”: the file has {count} columns and the fields are: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import.py" line="197"/>
        <source>{file}: no column is mapped to the measure; the columns are: {headers}.</source>
        <translation>{file}: no column is mapped to the measure; the columns are: {headers}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import.py" line="157"/>
        <source>{file}: there is no measure to import.</source>
        <translation>{file}: there is no measure to import.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="80"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not one of: {allowed}</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not one of: {allowed}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="153"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; names no year and the plan runs {first}–{last}; it is kept as written, without dates</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; names no year and the plan runs {first}–{last}; it is kept as written, without dates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="160"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a deadline the app can read; it is kept as written, without dates</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a deadline the app can read; it is kept as written, without dates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="167"/>
        <source>row {row}, column &quot;{column}&quot;: the deadline is longer than {limit} characters; only its beginning is kept</source>
        <translation>row {row}, column &quot;{column}&quot;: the deadline is longer than {limit} characters; only its beginning is kept</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="203"/>
        <source>row {row}, column &quot;{column}&quot;: the measure has no text</source>
        <translation>row {row}, column &quot;{column}&quot;: the measure has no text</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="291"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a pillar or area code</source>
        <translation>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a pillar or area code</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="35"/>
        <source>There is no {what} with id {id}.</source>
        <translation>There is no {what} with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="52"/>
        <source>Item {id} is a {kind}; indicators, budget and mapping belong to measures.</source>
        <translation>Item {id} is a {kind}; indicators, budget and mapping belong to measures.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="65"/>
        <source>The {name} year {year} is not between {first} and {last}.</source>
        <translation>The {name} year {year} is not between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="77"/>
        <source>A strategy draft needs a title.</source>
        <translation>A strategy draft needs a title.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="80"/>
        <source>“{value}” is not a two-letter country code (for example KG).</source>
        <translation>“{value}” is not a two-letter country code (for example KG).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="87"/>
        <source>“{value}” is not a kind of draft ({allowed}).</source>
        <translation>“{value}” is not a kind of draft ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="93"/>
        <source>“{value}” is not a draft status ({allowed}).</source>
        <translation>“{value}” is not a draft status ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="101"/>
        <source>The period ends in {end}, before it starts in {start}.</source>
        <translation>The period ends in {end}, before it starts in {start}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="133"/>
        <source>A {kind} needs a text in at least one language.</source>
        <translation>A {kind} needs a text in at least one language.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="138"/>
        <source>The {kind} ends on {end}, before it starts on {start}.</source>
        <translation>The {kind} ends on {end}, before it starts on {start}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="145"/>
        <source>The deadline “{value}…” is longer than {limit} characters.</source>
        <translation>The deadline “{value}…” is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="153"/>
        <source>“{value}” is not a priority ({allowed}).</source>
        <translation>“{value}” is not a priority ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="159"/>
        <source>“{value}” is not a measure status ({allowed}).</source>
        <translation>“{value}” is not a measure status ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="219"/>
        <source>“{value}” is not goal, objective or measure.</source>
        <translation>“{value}” is not goal, objective or measure.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="225"/>
        <source>Item {id} belongs to another draft.</source>
        <translation>Item {id} belongs to another draft.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="230"/>
        <source>A goal sits at the top of the draft, not under an item.</source>
        <translation>A goal sits at the top of the draft, not under an item.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="235"/>
        <source>A {kind} cannot go there: its parent must be a “{parent}” item.</source>
        <translation>A {kind} cannot go there: its parent must be a “{parent}” item.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="245"/>
        <source>An indicator needs a name.</source>
        <translation>An indicator needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="268"/>
        <source>“{value}” is not an amount of money.</source>
        <translation>“{value}” is not an amount of money.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="273"/>
        <source>A budget amount must be zero or more, not {value}.</source>
        <translation>A budget amount must be zero or more, not {value}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="278"/>
        <source>“{value}” is not a currency code (three capital letters, e.g. USD).</source>
        <translation>“{value}” is not a currency code (three capital letters, e.g. USD).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="299"/>
        <source>“{key}” is not a pillar or framework area of the library.</source>
        <translation>“{key}” is not a pillar or framework area of the library.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_snapshot.py" line="94"/>
        <source>The deleted item is already back; nothing to undo.</source>
        <translation>The deleted item is already back; nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_snapshot.py" line="101"/>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_snapshot.py" line="110"/>
        <source>The item this belonged to has been deleted.</source>
        <translation>The item this belonged to has been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_versions.py" line="216"/>
        <source>A version needs a name.</source>
        <translation>A version needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/writing/strategy_diff_export.py" line="181"/>
        <source>“{file}” is not a .docx, .xlsx or .csv file.</source>
        <translation>“{file}” is not a .docx, .xlsx or .csv file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_draft_restore.py" line="67"/>
        <source>The deleted draft is already back; nothing to undo.</source>
        <translation>The deleted draft is already back; nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_commands.py" line="61"/>
        <source>The draft has been deleted; nothing to undo.</source>
        <translation>The draft has been deleted; nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_export.py" line="48"/>
        <source>{file}: the name must end in .docx, .pdf or .xlsx.</source>
        <translation>{file}: the name must end in .docx, .pdf or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="102"/>
        <source>The server refused the change: your account may not change this strategy draft (it belongs to another country, or you may only read). Nothing was changed.</source>
        <translation>The server refused the change: your account may not change this strategy draft (it belongs to another country, or you may only read). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="108"/>
        <source>The server refused the change: your account may not change this workshop or its participants&apos; records (another country&apos;s, or you may only read). Nothing was changed.</source>
        <translation>The server refused the change: your account may not change this workshop or its participants&apos; records (another country&apos;s, or you may only read). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="115"/>
        <source>The server refused the change: your account may not change this person or organisation (another country&apos;s, or you may only read). Nothing was changed.</source>
        <translation>The server refused the change: your account may not change this person or organisation (another country&apos;s, or you may only read). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="121"/>
        <source>The server refused the change: your account may not do this (ask the server&apos;s administrator). Nothing was changed.</source>
        <translation>The server refused the change: your account may not do this (ask the server&apos;s administrator). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="147"/>
        <source>The connection to the database server was lost (the server stopped or the network is down); the change was not saved. Reconnect when the server is back (File → Reconnect to the Server).</source>
        <translation>The connection to the database server was lost (the server stopped or the network is down); the change was not saved. Reconnect when the server is back (File → Reconnect to the Server).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="183"/>
        <source>The database {path} is damaged (its pages do not fit together); nothing was changed. Open a backup copy or another database; `jpoa check` lists the damage.</source>
        <translation>The database {path} is damaged (its pages do not fit together); nothing was changed. Open a backup copy or another database; `jpoa check` lists the damage.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="200"/>
        <source>Another program is still writing to {path}; nothing was changed. Try again when it has finished.</source>
        <translation>Another program is still writing to {path}; nothing was changed. Try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="209"/>
        <source>The disk holding {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>The disk holding {path} is full; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="220"/>
        <source>{path} cannot be written: the file, its folder or its disk is read-only; nothing was changed. Copy it to a folder you can write to, or open another database.</source>
        <translation>{path} cannot be written: the file, its folder or its disk is read-only; nothing was changed. Copy it to a folder you can write to, or open another database.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="232"/>
        <source>{path} cannot be read or written (the disk reported an error); nothing was changed. Check that the drive is still connected, then try again.</source>
        <translation>{path} cannot be read or written (the disk reported an error); nothing was changed. Check that the drive is still connected, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/zip_guard.py" line="43"/>
        <source>{file} is damaged or not a real Office file: {reason}</source>
        <translation>{file} is damaged or not a real Office file: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/zip_guard.py" line="49"/>
        <source>{file} holds {count} parts, more than any real document ({limit}).</source>
        <translation>{file} holds {count} parts, more than any real document ({limit}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/zip_guard.py" line="67"/>
        <source>{file} would unpack to {size} MB, more than the {limit} MB a list or plan can be; it was not read.</source>
        <translation>{file} would unpack to {size} MB, more than the {limit} MB a list or plan can be; it was not read.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_codes.py" line="165"/>
        <source>“{value}” is not an address for the verifier page: it should start with https://, name the website in Latin letters, have no # or spaces and be at most {limit} characters long.</source>
        <translation>“{value}” is not an address for the verifier page: it should start with https://, name the website in Latin letters, have no # or spaces and be at most {limit} characters long.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_codes.py" line="196"/>
        <source>This is not a JPoA Desktop certificate code (it should start with JP2: or JPOA1.).</source>
        <translation>This is not a JPoA Desktop certificate code (it should start with JP2: or JPOA1.).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/texts/text_folding.py" line="94"/>
        <source>Type at least one word to search for.</source>
        <translation>Type at least one word to search for.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/signing.py" line="57"/>
        <source>This database&apos;s certificates are signed with a key that is not on this computer (looked in {folder}). Import the key file from the computer that issued them (`jpoa certificate import-key FILE`, or Verify → Import signing key) and try again.</source>
        <translation>This database&apos;s certificates are signed with a key that is not on this computer (looked in {folder}). Import the key file from the computer that issued them (`jpoa certificate import-key FILE`, or Verify → Import signing key) and try again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/signing.py" line="164"/>
        <source>{file} is another issuer&apos;s key: this database&apos;s certificates are signed with the key {fingerprint}.</source>
        <translation>{file} is another issuer&apos;s key: this database&apos;s certificates are signed with the key {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_notes.py" line="21"/>
        <source>The header spans rows {first} and {second}; the columns are named from both.</source>
        <translation>The header spans rows {first} and {second}; the columns are named from both.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_notes.py" line="37"/>
        <source>Not imported: {count} column(s) with no field chosen: {headers}. Choose a field for a column to import it.</source>
        <translation>Not imported: {count} column(s) with no field chosen: {headers}. Choose a field for a column to import it.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_notes.py" line="48"/>
        <source>Not read as measures: row(s) {rows}, a title above the header or a row numbering the columns.</source>
        <translation>Not read as measures: row(s) {rows}, a title above the header or a row numbering the columns.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_notes.py" line="58"/>
        <source>Not read as measures: row(s) {rows} below the plan (totals, signatures, notes).</source>
        <translation>Not read as measures: row(s) {rows} below the plan (totals, signatures, notes).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/certificates.py" line="21"/>
        <source>That is this computer&apos;s own key: it signs this computer&apos;s certificates and stays trusted.</source>
        <translation>That is this computer&apos;s own key: it signs this computer&apos;s certificates and stays trusted.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/certificates.py" line="48"/>
        <source>“{value}” is not a percentage like 60.</source>
        <translation>“{value}” is not a percentage like 60.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/certificates.py" line="80"/>
        <source>The register is written as FILE.xlsx, not “{value}”.</source>
        <translation>The register is written as FILE.xlsx, not “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/demo_data.py" line="24"/>
        <source>{place}: the demo data is damaged: {reason}</source>
        <translation>{place}: the demo data is damaged: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="41"/>
        <source>{file} is refused: it holds {count} members, more than {limit}.</source>
        <translation>{file} is refused: it holds {count} members, more than {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="64"/>
        <source>{file} is refused: {member} inflates more than {ratio} times, as only a zip bomb does.</source>
        <translation>{file} is refused: {member} inflates more than {ratio} times, as only a zip bomb does.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="95"/>
        <source>{file} is refused: member {member} would be written outside its folder.</source>
        <translation>{file} is refused: member {member} would be written outside its folder.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="103"/>
        <source>{file} is refused: it holds {member}, which no JPoA package holds.</source>
        <translation>{file} is refused: it holds {member}, which no JPoA package holds.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="114"/>
        <source>{file} is damaged or not a JPoA package ({reason}); nothing was imported.</source>
        <translation>{file} is damaged or not a JPoA package ({reason}); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="125"/>
        <source>{file} is refused: it would unpack to more than {limit} MB ({size} MB at least).</source>
        <translation>{file} is refused: it would unpack to more than {limit} MB ({size} MB at least).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="45"/>
        <source>the file is cut short</source>
        <translation>the file is cut short</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="50"/>
        <source>{file} was encrypted by a newer JPoA Desktop; update to import it.</source>
        <translation>{file} was encrypted by a newer JPoA Desktop; update to import it.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="57"/>
        <source>it asks for a key JPoA never makes</source>
        <translation>it asks for a key JPoA never makes</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="60"/>
        <source>{file} is encrypted: give the passphrase it was exported with.</source>
        <translation>{file} is encrypted: give the passphrase it was exported with.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="71"/>
        <source>The passphrase does not open this package ({file}), or the file was changed.</source>
        <translation>The passphrase does not open this package ({file}), or the file was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="85"/>
        <source>{file} is an encrypted package JPoA cannot open: {reason}.</source>
        <translation>{file} is an encrypted package JPoA cannot open: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/json_text.py" line="77"/>
        <source>{file} is damaged: {member} is not UTF-8 text.</source>
        <translation>{file} is damaged: {member} is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/json_text.py" line="87"/>
        <source>{file} is damaged: {member} is not valid JSON ({reason}).</source>
        <translation>{file} is damaged: {member} is not valid JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/json_text.py" line="126"/>
        <source>{file} is refused: {member} nests values more than {limit} deep.</source>
        <translation>{file} is refused: {member} nests values more than {limit} deep.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="76"/>
        <source>it is not a JPoA package manifest</source>
        <translation>it is not a JPoA package manifest</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="79"/>
        <source>it has no format version</source>
        <translation>it has no format version</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="82"/>
        <source>{file} was made by a newer JPoA Desktop (package format {version}); update to import it.</source>
        <translation>{file} was made by a newer JPoA Desktop (package format {version}); update to import it.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="94"/>
        <source>it names no known kind of package</source>
        <translation>it names no known kind of package</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="96"/>
        <source>it does not say who made it</source>
        <translation>it does not say who made it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="98"/>
        <source>it does not list its tables</source>
        <translation>it does not list its tables</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="115"/>
        <source>it does not say when it was made</source>
        <translation>it does not say when it was made</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="121"/>
        <source>it lists a table it cannot hold</source>
        <translation>it lists a table it cannot hold</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="124"/>
        <source>a table points at the wrong member</source>
        <translation>a table points at the wrong member</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="126"/>
        <source>a table has no record count</source>
        <translation>a table has no record count</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="128"/>
        <source>a table has no SHA-256 hash</source>
        <translation>a table has no SHA-256 hash</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="134"/>
        <source>{file} is refused: its manifest is wrong ({reason}).</source>
        <translation>{file} is refused: its manifest is wrong ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/private_keys.py" line="22"/>
        <source>the manifest</source>
        <translation>the manifest</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/private_keys.py" line="26"/>
        <source>Signing keys never travel in a package (table {table}).</source>
        <translation>Signing keys never travel in a package (table {table}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/private_keys.py" line="59"/>
        <source>A package never carries private keys or secrets ({table}, field {field}).</source>
        <translation>A package never carries private keys or secrets ({table}, field {field}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="20"/>
        <source>it is not a list of records</source>
        <translation>it is not a list of records</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="27"/>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="30"/>
        <source>it has no uuid</source>
        <translation>it has no uuid</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="33"/>
        <source>{file} is refused: table {table} holds uuid {uuid} twice.</source>
        <translation>{file} is refused: table {table} holds uuid {uuid} twice.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="59"/>
        <source>{file} is refused: table {table}: {reason}.</source>
        <translation>{file} is refused: table {table}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="68"/>
        <source>{file} is refused: table {table}, record {number}: {reason}.</source>
        <translation>{file} is refused: table {table}, record {number}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="45"/>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="56"/>
        <source>Cancelled before the package was written.</source>
        <translation>Cancelled before the package was written.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="64"/>
        <source>{file}: {kind} is not a kind of package.</source>
        <translation>{file}: {kind} is not a kind of package.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="73"/>
        <source>{file}: {table} cannot be a table&apos;s name.</source>
        <translation>{file}: {table} cannot be a table&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="90"/>
        <source>{file}: {table} holds a value JSON cannot: {reason}</source>
        <translation>{file}: {table} holds a value JSON cannot: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/backup.py" line="73"/>
        <source>{database} is not a database file; back it up with its server&apos;s tools.</source>
        <translation>{database} is not a database file; back it up with its server&apos;s tools.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/backup.py" line="123"/>
        <source>{file} could not be backed up: {reason}</source>
        <translation>{file} could not be backed up: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/files/sqlite_copy.py" line="58"/>
        <source>The copy of {file} is damaged ({reason}); it was not kept.</source>
        <translation>The copy of {file} is damaged ({reason}); it was not kept.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restorable.py" line="19"/>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restorable.py" line="28"/>
        <source>{path} is damaged ({reason}); nothing was restored.</source>
        <translation>{path} is damaged ({reason}); nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restorable.py" line="42"/>
        <source>{path} was written by a newer version of JPoA Desktop; update the app to restore it. Nothing was restored.</source>
        <translation>{path} was written by a newer version of JPoA Desktop; update the app to restore it. Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restorable.py" line="53"/>
        <source>{path} is not a JPoA Desktop database; nothing was restored.</source>
        <translation>{path} is not a JPoA Desktop database; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restore.py" line="58"/>
        <source>{database} is not a database file; restore it with its server&apos;s tools.</source>
        <translation>{database} is not a database file; restore it with its server&apos;s tools.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restore.py" line="136"/>
        <source>{file} is open in another program (JPoA Desktop or a `jpoa` command); close it and restore again. Nothing was changed.</source>
        <translation>{file} is open in another program (JPoA Desktop or a `jpoa` command); close it and restore again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/packages.py" line="70"/>
        <source>The passphrase file {file} does not exist.</source>
        <translation>The passphrase file {file} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/packages.py" line="78"/>
        <source>The passphrase file {file} is empty: its first line is the passphrase.</source>
        <translation>The passphrase file {file} is empty: its first line is the passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/packages.py" line="85"/>
        <source>The first line of {file} is longer than a passphrase can be ({limit}).</source>
        <translation>The first line of {file} is longer than a passphrase can be ({limit}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/gathering.py" line="34"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/merge_plan.py" line="92"/>
        <source>{file} is refused: table {table}, record {uuid}: {reason}.</source>
        <translation>{file} is refused: table {table}, record {uuid}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/merge_plan.py" line="137"/>
        <source>{file} is refused: it holds a table {table}.</source>
        <translation>{file} is refused: it holds a table {table}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/personal_data.py" line="67"/>
        <source>There is no person “{person}” (give an id or a uuid).</source>
        <translation>There is no person “{person}” (give an id or a uuid).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/retention.py" line="54"/>
        <source>The retention period must be {low} to {high} months, not {value}.</source>
        <translation>The retention period must be {low} to {high} months, not {value}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/retention.py" line="131"/>
        <source>Cancelled: no one&apos;s data was erased.</source>
        <translation>Cancelled: no one&apos;s data was erased.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/evaluation.py" line="60"/>
        <source>Workshop {workshop} has no {kind} form; create it first.</source>
        <translation>Workshop {workshop} has no {kind} form; create it first.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank.py" line="50"/>
        <source>There is no question with id {id}.</source>
        <translation>There is no question with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank.py" line="191"/>
        <source>This question is on a workshop&apos;s form: its kind, options and right answer stay as they were marked; duplicate it to ask it otherwise.</source>
        <translation>This question is on a workshop&apos;s form: its kind, options and right answer stay as they were marked; duplicate it to ask it otherwise.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank.py" line="212"/>
        <source>This question is on a workshop&apos;s form or came with the app; retire it instead of deleting it.</source>
        <translation>This question is on a workshop&apos;s form or came with the app; retire it instead of deleting it.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="146"/>
        <source>row {row}: &quot;{value}&quot; is not a uuid; leave it empty.</source>
        <translation>row {row}: &quot;{value}&quot; is not a uuid; leave it empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="152"/>
        <source>row {row}: the same uuid as row {first}.</source>
        <translation>row {row}: the same uuid as row {first}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="164"/>
        <source>row {row}: this question is on a workshop&apos;s form; its kind, options and right answer cannot change.</source>
        <translation>row {row}: this question is on a workshop&apos;s form; its kind, options and right answer cannot change.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="178"/>
        <source>{file}: no question bank found; the header needs at least the columns kind and text_en or text_ru.</source>
        <translation>{file}: no question bank found; the header needs at least the columns kind and text_en or text_ru.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="203"/>
        <source>{file}: export the bank as .xlsx.</source>
        <translation>{file}: export the bank as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="113"/>
        <source>There is no form with id {id}.</source>
        <translation>There is no form with id {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="124"/>
        <source>The post-test asks this pre-test&apos;s questions and already has answers, so the pre-test cannot be made again: its new questions would not match those answers. Delete the post-test with its answers first, or keep this pre-test.</source>
        <translation>The post-test asks this pre-test&apos;s questions and already has answers, so the pre-test cannot be made again: its new questions would not match those answers. Delete the post-test with its answers first, or keep this pre-test.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="135"/>
        <source>This form already has answers; delete the form with its answers first, then create it again.</source>
        <translation>This form already has answers; delete the form with its answers first, then create it again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="256"/>
        <source>“{kind}” is not a kind of form; use {kinds}.</source>
        <translation>“{kind}” is not a kind of form; use {kinds}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="262"/>
        <source>A test needs at least one question, not {count}.</source>
        <translation>A test needs at least one question, not {count}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="268"/>
        <source>There is no pillar {pillar}; the pillars are 1 to 4.</source>
        <translation>There is no pillar {pillar}; the pillars are 1 to 4.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="305"/>
        <source>The question bank has no test questions for pillars {pillars}.</source>
        <translation>The question bank has no test questions for pillars {pillars}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="335"/>
        <source>The question bank has no evaluation questions.</source>
        <translation>The question bank has no evaluation questions.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="101"/>
        <source>&quot;{language}&quot; is not a language; use one of: {all}.</source>
        <translation>&quot;{language}&quot; is not a language; use one of: {all}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="115"/>
        <source>A {kind} question has no options; leave them empty.</source>
        <translation>A {kind} question has no options; leave them empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="124"/>
        <source>A choice question needs {least} to {most} options; it has {count}.</source>
        <translation>A choice question needs {least} to {most} options; it has {count}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="134"/>
        <source>Option {letter} has no text.</source>
        <translation>Option {letter} has no text.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="146"/>
        <source>A {kind} question has no right answer; leave it empty.</source>
        <translation>A {kind} question has no right answer; leave it empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="155"/>
        <source>The right answer of a true/false question is T or F, not &quot;{value}&quot;.</source>
        <translation>The right answer of a true/false question is T or F, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="162"/>
        <source>A single-choice question has one right letter, not &quot;{value}&quot;.</source>
        <translation>A single-choice question has one right letter, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="169"/>
        <source>The right answer &quot;{value}&quot; must be letters among the options: {letters}.</source>
        <translation>The right answer &quot;{value}&quot; must be letters among the options: {letters}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="191"/>
        <source>&quot;{value}&quot; is not a purpose; use test or evaluation.</source>
        <translation>&quot;{value}&quot; is not a purpose; use test or evaluation.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="196"/>
        <source>&quot;{value}&quot; is not a kind of question; use one of: {all}.</source>
        <translation>&quot;{value}&quot; is not a kind of question; use one of: {all}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="203"/>
        <source>The question needs its text in English or Russian.</source>
        <translation>The question needs its text in English or Russian.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="208"/>
        <source>&quot;{value}&quot; is not a pillar or an area; use pillar-1 … pillar-4 or area-ii.3.</source>
        <translation>&quot;{value}&quot; is not a pillar or an area; use pillar-1 … pillar-4 or area-ii.3.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="216"/>
        <source>Only an evaluation question has an aspect.</source>
        <translation>Only an evaluation question has an aspect.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="219"/>
        <source>An evaluation question needs an aspect ({all}), not &quot;{value}&quot;.</source>
        <translation>An evaluation question needs an aspect ({all}), not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="149"/>
        <source>{file}: no column is headed “code” (the badge code on the form).</source>
        <translation>{file}: no column is headed “code” (the badge code on the form).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="162"/>
        <source>{file}: found neither item columns headed 1, 2, 3… nor the columns “item” and “answer”.</source>
        <translation>{file}: found neither item columns headed 1, 2, 3… nor the columns “item” and “answer”.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="254"/>
        <source>row {row}: no participant of this workshop has the badge code “{code}”.</source>
        <translation>row {row}: no participant of this workshop has the badge code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="302"/>
        <source>row {row}: “{item}” is not an item of this form (1 to {count}).</source>
        <translation>row {row}: “{item}” is not an item of this form (1 to {count}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="312"/>
        <source>row {row}: a second answer of “{code}” to item {number}.</source>
        <translation>row {row}: a second answer of “{code}” to item {number}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="338"/>
        <source>row {row}: the badge code “{code}” is already on row {first}.</source>
        <translation>row {row}: the badge code “{code}” is already on row {first}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="69"/>
        <source>Item {number}: “{answer}” is not an answer; type one of {letters}.</source>
        <translation>Item {number}: “{answer}” is not an answer; type one of {letters}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="73"/>
        <source>Item {number}: “{answer}” is not an answer; type letters among {letters}.</source>
        <translation>Item {number}: “{answer}” is not an answer; type letters among {letters}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="77"/>
        <source>Item {number}: “{answer}” is not an answer; type T (true) or F (false).</source>
        <translation>Item {number}: “{answer}” is not an answer; type T (true) or F (false).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="81"/>
        <source>Item {number}: “{answer}” is not an answer; type a number from 1 to {points}.</source>
        <translation>Item {number}: “{answer}” is not an answer; type a number from 1 to {points}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="97"/>
        <source>Item {number} is not on this form; it has items 1 to {count}.</source>
        <translation>Item {number} is not on this form; it has items 1 to {count}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="199"/>
        <source>Registration {id} is not a participant of this form&apos;s workshop.</source>
        <translation>Registration {id} is not a participant of this form&apos;s workshop.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/form_data.py" line="42"/>
        <source>This workshop has no pre-test yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</source>
        <translation>This workshop has no pre-test yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/form_data.py" line="47"/>
        <source>This workshop has no post-test yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</source>
        <translation>This workshop has no post-test yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/form_data.py" line="52"/>
        <source>This workshop has no evaluation form yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</source>
        <translation>This workshop has no evaluation form yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/form_data.py" line="150"/>
        <source>“{value}” is not a choice of forms ({choices}).</source>
        <translation>“{value}” is not a choice of forms ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/verifier_page.py" line="69"/>
        <source>There is no trusted issuer and no signing key on this computer: the page would accept no certificate. Trust an issuer&apos;s public key first (jpoa certificate trust FILE, or Verify → Trusted issuers).</source>
        <translation>There is no trusted issuer and no signing key on this computer: the page would accept no certificate. Trust an issuer&apos;s public key first (jpoa certificate trust FILE, or Verify → Trusted issuers).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/verifier_page.py" line="78"/>
        <source>The verifier page is made in English or Russian (en, ru), not {lang}.</source>
        <translation>The verifier page is made in English or Russian (en, ru), not {lang}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="28"/>
        <source>There is no pillar {value}: pillars are 1 to 4.</source>
        <translation>There is no pillar {value}: pillars are 1 to 4.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="33"/>
        <source>There is no phase {value}: phases are 1 to 4.</source>
        <translation>There is no phase {value}: phases are 1 to 4.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="38"/>
        <source>The period starts on {start}, after its end on {end}.</source>
        <translation>The period starts on {start}, after its end on {end}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="49"/>
        <source>A report is written to an .xlsx or a .pdf file, not “{name}”.</source>
        <translation>A report is written to an .xlsx or a .pdf file, not “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="102"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="81"/>
        <source>“{value}” is not a role: use admin, editor or reader.</source>
        <translation>“{value}” is not a role: use admin, editor or reader.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="88"/>
        <source>An admin changes every country; give --country only to an editor (the country they may change) or a reader.</source>
        <translation>An admin changes every country; give --country only to an editor (the country they may change) or a reader.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="104"/>
        <source>The server already has a role “{name}” that is not a JPoA account; choose another name.</source>
        <translation>The server already has a role “{name}” that is not a JPoA account; choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="159"/>
        <source>Accounts exist only on a PostgreSQL server; {name} is a file on this computer. Give --db postgresql+psycopg://user@host/database.</source>
        <translation>Accounts exist only on a PostgreSQL server; {name} is a file on this computer. Give --db postgresql+psycopg://user@host/database.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="174"/>
        <source>The server account “{user}” may not create roles; connect as the account that owns the database and has CREATEROLE (or as a superuser).</source>
        <translation>The server account “{user}” may not create roles; connect as the account that owns the database and has CREATEROLE (or as a superuser).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="187"/>
        <source>This server has no accounts yet: run `jpoa server init` first.</source>
        <translation>This server has no accounts yet: run `jpoa server init` first.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="205"/>
        <source>Only the account that owns the database&apos;s tables can set its rules; connect as that account (the one that ran `jpoa server init` first).</source>
        <translation>Only the account that owns the database&apos;s tables can set its rules; connect as that account (the one that ran `jpoa server init` first).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="245"/>
        <source>“{name}” cannot be a user name: use Latin letters, digits, _ . or -, start with a letter, at most 63 characters (not pg_… or jpoa_…).</source>
        <translation>“{name}” cannot be a user name: use Latin letters, digits, _ . or -, start with a letter, at most 63 characters (not pg_… or jpoa_…).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="259"/>
        <source>“{value}” is not one of the countries {countries}.</source>
        <translation>“{value}” is not one of the countries {countries}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="276"/>
        <source>The password file {file} is empty.</source>
        <translation>The password file {file} is empty.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="81"/>
        <source>Fill in the server&apos;s {field}.</source>
        <translation>Fill in the server&apos;s {field}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="85"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="114"/>
        <source>The password is wrong, or there is no account {user} on this server.</source>
        <translation>The password is wrong, or there is no account {user} on this server.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="121"/>
        <source>There is no database {database} on {host}: check its name with the server&apos;s administrator.</source>
        <translation>There is no database {database} on {host}: check its name with the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="130"/>
        <source>The account {user} may not connect to {database} on {host}; ask the server&apos;s administrator for access.</source>
        <translation>The account {user} may not connect to {database} on {host}; ask the server&apos;s administrator for access.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="146"/>
        <source>The server {host}:{port} cannot be reached: check the address, the port and the network (is the server running?).</source>
        <translation>The server {host}:{port} cannot be reached: check the address, the port and the network (is the server running?).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="159"/>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>The server {host} refused the connection: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="195"/>
        <source>The account {user} may log in to {database} but not read it; ask the server&apos;s administrator to give it a role (`jpoa server add-user`).</source>
        <translation>The account {user} may log in to {database} but not read it; ask the server&apos;s administrator to give it a role (`jpoa server add-user`).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="219"/>
        <source>The database {database} on {host} was made by a newer version of JPoA Desktop (schema {revision}); update the app to use it. Nothing was changed.</source>
        <translation>The database {database} on {host} was made by a newer version of JPoA Desktop (schema {revision}); update the app to use it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="231"/>
        <source>The database {database} on {host} needs an upgrade that the account {user} may not make; ask the server&apos;s administrator to run `jpoa server init`.</source>
        <translation>The database {database} on {host} needs an upgrade that the account {user} may not make; ask the server&apos;s administrator to run `jpoa server init`.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/sqlite_import.py" line="71"/>
        <source>{database} is a database file, not a server; move data between files with a package.</source>
        <translation>{database} is a database file, not a server; move data between files with a package.</translation>
    </message>
</context>
<context>
    <name>EvaluationScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="170"/>
        <source>Tests &amp; evaluations</source>
        <translation>Tests &amp; evaluations</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="177"/>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="177"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="177"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="180"/>
        <source>Create form…</source>
        <translation>Create form…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="181"/>
        <source>Delete form…</source>
        <translation>Delete form…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="182"/>
        <source>Import answers…</source>
        <translation>Import answers…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="183"/>
        <source>Export grid…</source>
        <translation>Export grid…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="186"/>
        <source>Type the letter (А В С Е on a Russian keyboard too), the digit or T/F (Д/Н): the cursor moves on. Several letters or text: Enter. Backspace clears, Ctrl+Z undoes.</source>
        <translation>Type the letter (А В С Е on a Russian keyboard too), the digit or T/F (Д/Н): the cursor moves on. Several letters or text: Enter. Backspace clears, Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="246"/>
        <source>Open a database to enter tests and evaluations.</source>
        <translation>Open a database to enter tests and evaluations.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="248"/>
        <source>There is no workshop yet.</source>
        <translation>There is no workshop yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="251"/>
        <source>This workshop has no pre-test yet.</source>
        <translation>This workshop has no pre-test yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="252"/>
        <source>This workshop has no post-test yet.</source>
        <translation>This workshop has no post-test yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="253"/>
        <source>This workshop has no evaluation form yet.</source>
        <translation>This workshop has no evaluation form yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="255"/>
        <source>Make it from the question bank with “Create form…”.</source>
        <translation>Make it from the question bank with “Create form…”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="264"/>
        <source>%1 of %n participant(s) entered</source>
        <translation>
            <numerusform>%1 of %n participant entered</numerusform>
            <numerusform>%1 of %n participants entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="268"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="278"/>
        <source>Answer not stored</source>
        <translation>Answer not stored</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="304"/>
        <source>Create form</source>
        <translation>Create form</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="305"/>
        <source>This form already has answers. Delete the form with its answers first.</source>
        <translation>This form already has answers. Delete the form with its answers first.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="331"/>
        <source>Creating the form…</source>
        <translation>Creating the form…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="341"/>
        <source>Delete this form and the answers of %n participant(s)?</source>
        <translation>
            <numerusform>Delete this form and the answers of %n participant?</numerusform>
            <numerusform>Delete this form and the answers of %n participants?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="343"/>
        <source>Delete this form?</source>
        <translation>Delete this form?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="345"/>
        <source>Delete form</source>
        <translation>Delete form</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/person_matches.py" line="23"/>
        <source>the same e-mail</source>
        <translation>the same e-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/person_matches.py" line="24"/>
        <source>the same name, patronymic or organisation</source>
        <translation>the same name, patronymic or organisation</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="78"/>
        <source>Exporting {file}</source>
        <translation>Exporting {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="153"/>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="154"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="155"/>
        <source>Excel workbook, the action plan (*.xlsx)</source>
        <translation>Excel workbook, the action plan (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="160"/>
        <source>Export the draft</source>
        <translation>Export the draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="174"/>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="176"/>
        <source>The file name must end in .docx (Word), .pdf or .xlsx (Excel).</source>
        <translation>The file name must end in .docx (Word), .pdf or .xlsx (Excel).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="178"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="188"/>
        <source>An Excel sheet has one language.</source>
        <translation>An Excel sheet has one language.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="209"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="221"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="243"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="206"/>
        <source>“{title}” was saved as {file}.</source>
        <translation>“{title}” was saved as {file}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="222"/>
        <source>Nothing was saved: {problem}</source>
        <translation>Nothing was saved: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="231"/>
        <source>Export “{title}”</source>
        <translation>Export “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="232"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="232"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="232"/>
        <source>&amp;Side by side with:</source>
        <translation>&amp;Side by side with:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="235"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="237"/>
        <source>.docx for Word, .pdf to print, .xlsx for the action plan in Excel</source>
        <translation>.docx for Word, .pdf to print, .xlsx for the action plan in Excel</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="242"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="182"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="239"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="248"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="252"/>
        <source>Export a package</source>
        <translation>Export a package</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="183"/>
        <source>JPoA packages (*.jpoa)</source>
        <translation>JPoA packages (*.jpoa)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="191"/>
        <source>There is no strategy draft to export.</source>
        <translation>There is no strategy draft to export.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="193"/>
        <source>Tick the workshops to export.</source>
        <translation>Tick the workshops to export.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="195"/>
        <source>Choose where to save the package.</source>
        <translation>Choose where to save the package.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="197"/>
        <source>The file name must end in .jpoa.</source>
        <translation>The file name must end in .jpoa.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="199"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="218"/>
        <source>Exporting {file}</source>
        <translation>Exporting {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="233"/>
        <source>The package {file} was saved: {what}.</source>
        <translation>The package {file} was saved: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="234"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="237"/>
        <source>Encrypted: whoever imports it needs the passphrase.</source>
        <translation>Encrypted: whoever imports it needs the passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="247"/>
        <source>Nothing was saved: {problem}</source>
        <translation>Nothing was saved: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="254"/>
        <source>&amp;Workshops, with their people, agenda and attendance</source>
        <translation>&amp;Workshops, with their people, agenda and attendance</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="256"/>
        <source>A &amp;strategy draft, with its saved versions</source>
        <translation>A &amp;strategy draft, with its saved versions</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="257"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="258"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="259"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>ExportPeople</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="33"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="34"/>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV for Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="36"/>
        <source>Export participants</source>
        <translation>Export participants</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="60"/>
        <source>%n row(s) exported to {file}</source>
        <translation>
            <numerusform>%n row exported to {file}</numerusform>
            <numerusform>%n rows exported to {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="67"/>
        <source>Exporting participants</source>
        <translation>Exporting participants</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="98"/>
        <source>Search titles, cities and venues…</source>
        <translation>Search titles, cities and venues…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="99"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="101"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="102"/>
        <source>All pillars</source>
        <translation>All pillars</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="103"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="104"/>
        <source>Year the workshop starts</source>
        <translation>Year the workshop starts</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="105"/>
        <source>Tagged with the pillar or one of its areas</source>
        <translation>Tagged with the pillar or one of its areas</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/find_box.py" line="111"/>
        <source>Scan a QR code or type a code or name (Ctrl+F)</source>
        <translation>Scan a QR code or type a code or name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/find_box.py" line="113"/>
        <source>Enter goes to the person&apos;s first unanswered item; Esc goes back to the grid.</source>
        <translation>Enter goes to the person&apos;s first unanswered item; Esc goes back to the grid.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/find_box.py" line="130"/>
        <source>No form to enter “%1” on yet: create it first.</source>
        <translation>No form to enter “%1” on yet: create it first.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/find_box.py" line="132"/>
        <source>No one on this form matches “%1”.</source>
        <translation>No one on this form matches “%1”.</translation>
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
    <name>GapList</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="85"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="85"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="114"/>
        <source>Enter or double-click: show this area in the matrix</source>
        <translation>Enter or double-click: show this area in the matrix</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="116"/>
        <source>Enter or double-click: select this measure in the draft</source>
        <translation>Enter or double-click: select this measure in the draft</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="96"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="97"/>
        <source>Filter terms and definitions…</source>
        <translation>Filter terms and definitions…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="99"/>
        <source>Term (English)</source>
        <translation>Term (English)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="99"/>
        <source>Term (Russian)</source>
        <translation>Term (Russian)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="99"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>HandoutLabels</name>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="90"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="100"/>
        <source>Participant list</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="111"/>
        <source>Sign-in sheets</source>
        <translation>Sign-in sheets</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="122"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="132"/>
        <source>Table tents</source>
        <translation>Table tents</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="140"/>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="141"/>
        <source>One form per participant with a QR code, and a blank one</source>
        <translation>One form per participant with a QR code, and a blank one</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="150"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="151"/>
        <source>The pre-test&apos;s questions, one form per participant</source>
        <translation>The pre-test&apos;s questions, one form per participant</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="160"/>
        <source>Answer key</source>
        <translation>Answer key</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="161"/>
        <source>The right answers of the pre-test and post-test</source>
        <translation>The right answers of the pre-test and post-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="169"/>
        <source>Evaluation form</source>
        <translation>Evaluation form</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="170"/>
        <source>Anonymous copies to rate the workshop, 1 to 5</source>
        <translation>Anonymous copies to rate the workshop, 1 to 5</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="179"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="189"/>
        <source>Factsheet</source>
        <translation>Factsheet</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="198"/>
        <source>Label sheet calibration</source>
        <translation>Label sheet calibration</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="199"/>
        <source>Cell outlines with a cross and a scale</source>
        <translation>Cell outlines with a cross and a scale</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="91"/>
        <source>Days and sessions with times and speakers</source>
        <translation>Days and sessions with times and speakers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="101"/>
        <source>A numbered table of everyone registered</source>
        <translation>A numbered table of everyone registered</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="112"/>
        <source>One sheet per day, with blank rows for walk-ins</source>
        <translation>One sheet per day, with blank rows for walk-ins</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="123"/>
        <source>Names with a QR code, on label sheets</source>
        <translation>Names with a QR code, on label sheets</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="133"/>
        <source>Folded A4, the name readable from both sides</source>
        <translation>Folded A4, the name readable from both sides</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="180"/>
        <source>For those who met the attendance rule</source>
        <translation>For those who met the attendance rule</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="190"/>
        <source>The JPoA and one pillar, from the library</source>
        <translation>The JPoA and one pillar, from the library</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="27"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="28"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="29"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="30"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="31"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="32"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="39"/>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="40"/>
        <source>By country</source>
        <translation>By country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="41"/>
        <source>By organisation</source>
        <translation>By organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="48"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="49"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="55"/>
        <source>{paper}, {columns} × {rows} ({width:g} × {height:g} mm)</source>
        <translation>{paper}, {columns} × {rows} ({width:g} × {height:g} mm)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="65"/>
        <source>As usual for this form</source>
        <translation>As usual for this form</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="66"/>
        <source>One per participant, and a blank</source>
        <translation>One per participant, and a blank</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="67"/>
        <source>Anonymous, one per participant</source>
        <translation>Anonymous, one per participant</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="68"/>
        <source>One blank copy to photocopy</source>
        <translation>One blank copy to photocopy</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="77"/>
        <source>Tests: one per participant with name and QR code, and a blank one for a walk-in. Evaluations: anonymous blank copies.</source>
        <translation>Tests: one per participant with name and QR code, and a blank one for a walk-in. Evaluations: anonymous blank copies.</translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="110"/>
        <source>Saved %n file(s) in {path}</source>
        <translation>
            <numerusform>Saved %n file in {path}</numerusform>
            <numerusform>Saved %n files in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="145"/>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="294"/>
        <source>Handouts</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="151"/>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="44"/>
        <source>Print this handout (Ctrl+P)</source>
        <translation>Print this handout (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="46"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="48"/>
        <source>Save this handout as a PDF file (Ctrl+S)</source>
        <translation>Save this handout as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="51"/>
        <source>Print &amp;everything…</source>
        <translation>Print &amp;everything…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="54"/>
        <source>Build every ticked handout in one go, and print them (Ctrl+Shift+P)</source>
        <translation>Build every ticked handout in one go, and print them (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="60"/>
        <source>&amp;Calibrate label sheets…</source>
        <translation>&amp;Calibrate label sheets…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="62"/>
        <source>&amp;Branding…</source>
        <translation>&amp;Branding…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="64"/>
        <source>This workshop&apos;s logos, signatures, accent colour and margins</source>
        <translation>This workshop&apos;s logos, signatures, accent colour and margins</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="255"/>
        <source>Open a database to print its handouts.</source>
        <translation>Open a database to print its handouts.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="259"/>
        <source>There is no workshop yet. Add one on the Workshops screen.</source>
        <translation>There is no workshop yet. Add one on the Workshops screen.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview_flow.py" line="88"/>
        <source>Building the preview</source>
        <translation>Building the preview</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview_flow.py" line="40"/>
        <source>Printed in {language} for want of a translation: {texts}</source>
        <translation>Printed in {language} for want of a translation: {texts}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="294"/>
        <source>Choose a workshop first.</source>
        <translation>Choose a workshop first.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="68"/>
        <source>Save one PDF per person in</source>
        <translation>Save one PDF per person in</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="77"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="79"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="90"/>
        <source>Saving {handout}</source>
        <translation>Saving {handout}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="97"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="105"/>
        <source>Saving one PDF per person</source>
        <translation>Saving one PDF per person</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="120"/>
        <source>Print {handout}</source>
        <translation>Print {handout}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="135"/>
        <source>Printing {handout}</source>
        <translation>Printing {handout}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="144"/>
        <source>Sent to the printer</source>
        <translation>Sent to the printer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="102"/>
        <source>Building the handouts</source>
        <translation>Building the handouts</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="135"/>
        <source>Changed to print: {changes}</source>
        <translation>Changed to print: {changes}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="139"/>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="173"/>
        <source>Print everything</source>
        <translation>Print everything</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="144"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="152"/>
        <source>What was changed…</source>
        <translation>What was changed…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="112"/>
        <source>Choose a participant list</source>
        <translation>Choose a participant list</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="113"/>
        <source>Participant lists (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Participant lists (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="172"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="126"/>
        <source>Reading the participant list</source>
        <translation>Reading the participant list</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="238"/>
        <source>This file cannot be read: {problem}</source>
        <translation>This file cannot be read: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="177"/>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="149"/>
        <source>Checking the participant list</source>
        <translation>Checking the participant list</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="153"/>
        <source>Importing {count} rows…</source>
        <translation>Importing {count} rows…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="156"/>
        <source>Importing participants</source>
        <translation>Importing participants</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="161"/>
        <source>Imported into “{workshop}”. New people: {added}; linked to people already in the directory: {linked}; rows skipped: {skipped}.</source>
        <translation>Imported into “{workshop}”. New people: {added}; linked to people already in the directory: {linked}; rows skipped: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="273"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="275"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Nothing was imported: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="279"/>
        <source>The import failed and nothing was written: {problem}</source>
        <translation>The import failed and nothing was written: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="322"/>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="324"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="177"/>
        <source>{add} to add · {link} to link · {bad} with problems</source>
        <translation>{add} to add · {link} to link · {bad} with problems</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="193"/>
        <source>There is no workshop to import into yet.</source>
        <translation>There is no workshop to import into yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="58"/>
        <source>Rows with problems: {count}. Correct the file and choose it again, or tick “Skip rows with problems” to import the others.</source>
        <translation>Rows with problems: {count}. Correct the file and choose it again, or tick “Skip rows with problems” to import the others.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="329"/>
        <source>Ready: nothing is written until you press Import.</source>
        <translation>Ready: nothing is written until you press Import.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="200"/>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="201"/>
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="202"/>
        <source>Into workshop:</source>
        <translation>Into workshop:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="203"/>
        <source>Choose a CSV or XLSX file</source>
        <translation>Choose a CSV or XLSX file</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="341"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="342"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="343"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="205"/>
        <source>Names are in one column: split them</source>
        <translation>Names are in one column: split them</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="207"/>
        <source>Family name first, then given name; the rest is the patronymic.</source>
        <translation>Family name first, then given name; the rest is the patronymic.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="209"/>
        <source>Only rows with problems</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="344"/>
        <source>Skip rows with problems</source>
        <translation>Skip rows with problems</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="345"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="75"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="77"/>
        <source>Already in the directory</source>
        <translation>Already in the directory</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="79"/>
        <source>Same as row {row}</source>
        <translation>Same as row {row}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="81"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="82"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="87"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="88"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="89"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="90"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="91"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="92"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="93"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="117"/>
        <source>Import a package</source>
        <translation>Import a package</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="119"/>
        <source>another laptop</source>
        <translation>another laptop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="120"/>
        <source>Made on {laptop}, {when}.</source>
        <translation>Made on {laptop}, {when}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="125"/>
        <source>It holds {titles} and %n more.</source>
        <translation>
            <numerusform>It holds {titles} and %n more.</numerusform>
            <numerusform>It holds {titles} and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="126"/>
        <source>It holds {titles}.</source>
        <translation>It holds {titles}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="129"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="131"/>
        <source>To add: {what}</source>
        <translation>To add: {what}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="132"/>
        <source>To update: {what}</source>
        <translation>To update: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="133"/>
        <source>Already here as they are: %n record(s)</source>
        <translation>
            <numerusform>Already here as they are: %n record</numerusform>
            <numerusform>Already here as they are: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="136"/>
        <source>Changed on both laptops: %n record(s)</source>
        <translation>
            <numerusform>Changed on both laptops: %n record</numerusform>
            <numerusform>Changed on both laptops: %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="139"/>
        <source>These records were changed here and on the other laptop since they last exchanged them. A ticked record takes the package&apos;s version; the others keep this laptop&apos;s.</source>
        <translation>These records were changed here and on the other laptop since they last exchanged them. A ticked record takes the package&apos;s version; the others keep this laptop&apos;s.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="142"/>
        <source>&amp;Keep mine for all</source>
        <translation>&amp;Keep mine for all</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="143"/>
        <source>&amp;Take theirs for all</source>
        <translation>&amp;Take theirs for all</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="145"/>
        <source>The same person? %n look-alike(s)</source>
        <translation>
            <numerusform>The same person? %n look-alike</numerusform>
            <numerusform>The same person? %n look-alikes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="148"/>
        <source>These people in the package look like people already here under another record. Tick those who are the same person to merge them; the others are added as new people.</source>
        <translation>These people in the package look like people already here under another record. Tick those who are the same person to merge them; the others are added as new people.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="152"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="36"/>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="37"/>
        <source>rows {rows}</source>
        <translation>rows {rows}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="46"/>
        <source>The header is read from rows {rows} together.</source>
        <translation>The header is read from rows {rows} together.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="52"/>
        <source>The header is row {row}.</source>
        <translation>The header is row {row}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="56"/>
        <source>Left out above the list (titles, column numbers): {rows}.</source>
        <translation>Left out above the list (titles, column numbers): {rows}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="62"/>
        <source>Left out below the list (totals, signatures, notes): {rows}.</source>
        <translation>Left out below the list (totals, signatures, notes): {rows}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="68"/>
        <source>Hidden and ignored: {rows}.</source>
        <translation>Hidden and ignored: {rows}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="74"/>
        <source>Hidden columns ignored: {columns}.</source>
        <translation>Hidden columns ignored: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="165"/>
        <source>Row {row}: {cells}</source>
        <translation>Row {row}: {cells}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="180"/>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="181"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="182"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="184"/>
        <source>The row that names the columns; the rows above it are not imported.</source>
        <translation>The row that names the columns; the rows above it are not imported.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="298"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="298"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="298"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="298"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="305"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="318"/>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="306"/>
        <source>Add an indicator (Ins in the table)</source>
        <translation>Add an indicator (Ins in the table)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="307"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="308"/>
        <source>Delete the selected indicator (Del)</source>
        <translation>Delete the selected indicator (Del)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="317"/>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="321"/>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="330"/>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="140"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="140"/>
        <source>Pa&amp;rtners:</source>
        <translation>Pa&amp;rtners:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="140"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="141"/>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="142"/>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="142"/>
        <source>Pri&amp;ority:</source>
        <translation>Pri&amp;ority:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="142"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="145"/>
        <source>Separate several with “;”</source>
        <translation>Separate several with “;”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="149"/>
        <source>As the plan words it: IV квартал 2026 г., 2026–2027, ежегодно</source>
        <translation>As the plan words it: IV квартал 2026 г., 2026–2027, ежегодно</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="159"/>
        <source>Choose an item in the tree</source>
        <translation>Choose an item in the tree</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="77"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="251"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="161"/>
        <source>Text ({language}):</source>
        <translation>Text ({language}):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="205"/>
        <source>“{value}” is kept as written; no dates could be read from it.</source>
        <translation>“{value}” is kept as written; no dates could be read from it.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="214"/>
        <source>“{value}” is not a date; write it as 2026-03-31.</source>
        <translation>“{value}” is not a date; write it as 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="17"/>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="18"/>
        <source>Law enforcement</source>
        <translation>Law enforcement</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="19"/>
        <source>Judiciary</source>
        <translation>Judiciary</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="20"/>
        <source>Parliament</source>
        <translation>Parliament</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="21"/>
        <source>Civil society</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="22"/>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="23"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="24"/>
        <source>International organisation</source>
        <translation>International organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="33"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="34"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="35"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="36"/>
        <source>Full name (one column)</source>
        <translation>Full name (one column)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="37"/>
        <source>Family name (Latin)</source>
        <translation>Family name (Latin)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="38"/>
        <source>Given name (Latin)</source>
        <translation>Given name (Latin)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="39"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="40"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="42"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="44"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="45"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="46"/>
        <source>Consent to data use</source>
        <translation>Consent to data use</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="47"/>
        <source>Consent to photos</source>
        <translation>Consent to photos</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="48"/>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="49"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="50"/>
        <source>Role at the workshop</source>
        <translation>Role at the workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="51"/>
        <source>Date of birth (not kept)</source>
        <translation>Date of birth (not kept)</translation>
    </message>
</context>
<context>
    <name>LeftOutDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="34"/>
        <source>Registration cancelled</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="36"/>
        <source>Personal data erased</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="39"/>
        <source>Present on {present} of {days} days; the rule asks for {rule} %</source>
        <translation>Present on {present} of {days} days; the rule asks for {rule} %</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="46"/>
        <source>Did not take the post-test</source>
        <translation>Did not take the post-test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="47"/>
        <source>Post-test {score} %; the rule asks for {rule} %</source>
        <translation>Post-test {score} %; the rule asks for {rule} %</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="57"/>
        <source>Who gets no certificate</source>
        <translation>Who gets no certificate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="59"/>
        <source>%n person(s) did not meet the attendance rule of {rule} %.</source>
        <translation>
            <numerusform>%n person did not meet the attendance rule of {rule} %.</numerusform>
            <numerusform>%n people did not meet the attendance rule of {rule} %.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="61"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>LibraryKinds</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="52"/>
        <source>Pillar</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="53"/>
        <source>Thematic area</source>
        <translation>Thematic area</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="54"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="55"/>
        <source>Project phase</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="56"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="57"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="58"/>
        <source>Glossary term</source>
        <translation>Glossary term</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="90"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="165"/>
        <source>This item is no longer in the library</source>
        <translation>This item is no longer in the library</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="205"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="205"/>
        <source>Open or create a database.</source>
        <translation>Open or create a database.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="207"/>
        <source>The library is empty</source>
        <translation>The library is empty</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="208"/>
        <source>The library texts are being loaded into this database…</source>
        <translation>The library texts are being loaded into this database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="212"/>
        <source>Search the library…</source>
        <translation>Search the library…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="214"/>
        <source>Type to search; Enter opens the first result, Esc clears (Ctrl+F)</source>
        <translation>Type to search; Enter opens the first result, Esc clears (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="70"/>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="71"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="72"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="73"/>
        <source>Connect to a &amp;Server…</source>
        <translation>Connect to a &amp;Server…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="74"/>
        <source>Use This &amp;Laptop&apos;s Database</source>
        <translation>Use This &amp;Laptop&apos;s Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="75"/>
        <source>Reconnec&amp;t to the Server</source>
        <translation>Reconnec&amp;t to the Server</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="76"/>
        <source>&amp;Import Framework…</source>
        <translation>&amp;Import Framework…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="77"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="78"/>
        <source>Register of &amp;Certificates…</source>
        <translation>Register of &amp;Certificates…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="79"/>
        <source>E&amp;xport Package…</source>
        <translation>E&amp;xport Package…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="80"/>
        <source>Import &amp;Package…</source>
        <translation>Import &amp;Package…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="82"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="83"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="84"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="85"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="86"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="87"/>
        <source>&amp;About {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="35"/>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="37"/>
        <source>JPoA Desktop databases ({patterns})</source>
        <translation>JPoA Desktop databases ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="48"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="50"/>
        <source>JPoA Desktop databases ({patterns});;All files (*)</source>
        <translation>JPoA Desktop databases ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="71"/>
        <source>Try a demo workshop?</source>
        <translation>Try a demo workshop?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="72"/>
        <source>This database is new. Add a demo workshop running today, with 40 participants from the five countries, to try registration, check-in and handouts?</source>
        <translation>This database is new. Add a demo workshop running today, with 40 participants from the five countries, to try registration, check-in and handouts?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="385"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="388"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="390"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="392"/>
        <source>%n library item(s)</source>
        <translation>
            <numerusform>%n library item</numerusform>
            <numerusform>%n library items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="395"/>
        <source>upgraded; the previous version was saved as {path}</source>
        <translation>upgraded; the previous version was saved as {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="97"/>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
</context>
<context>
    <name>MappingPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/mapping_pane.py" line="45"/>
        <source>Tick the pillars and framework areas this measure serves (Space ticks).</source>
        <translation>Tick the pillars and framework areas this measure serves (Space ticks).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/mapping_pane.py" line="122"/>
        <source>Map to pillars and areas</source>
        <translation>Map to pillars and areas</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_mapping.py" line="25"/>
        <source>— ignore —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_mapping.py" line="28"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_mapping.py" line="28"/>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_mapping.py" line="28"/>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="135"/>
        <source>Same person?</source>
        <translation>Same person?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="135"/>
        <source>In the package</source>
        <translation>In the package</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="136"/>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="136"/>
        <source>Why they look alike</source>
        <translation>Why they look alike</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="138"/>
        <source>same person — merge</source>
        <translation>same person — merge</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="171"/>
        <source>Custom size…</source>
        <translation>Custom size…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="211"/>
        <source>&amp;Handouts (tick what “Print everything” builds):</source>
        <translation>&amp;Handouts (tick what “Print everything” builds):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="218"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="219"/>
        <source>&amp;Side by side with:</source>
        <translation>&amp;Side by side with:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="220"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="221"/>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="222"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Sort:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="223"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="224"/>
        <source>Label &amp;sheet:</source>
        <translation>Label &amp;sheet:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="225"/>
        <source>&amp;Attendance rule:</source>
        <translation>&amp;Attendance rule:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="226"/>
        <source>P&amp;illar:</source>
        <translation>P&amp;illar:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="227"/>
        <source>C&amp;opies:</source>
        <translation>C&amp;opies:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="235"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="243"/>
        <source>Certificates go to those present on at least this share of the days.</source>
        <translation>Certificates go to those present on at least this share of the days.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="245"/>
        <source>Who gets no certificate…</source>
        <translation>Who gets no certificate…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="258"/>
        <source>Every day, one sheet each</source>
        <translation>Every day, one sheet each</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="261"/>
        <source>Day {number} — {date}</source>
        <translation>Day {number} — {date}</translation>
    </message>
</context>
<context>
    <name>OutcomePane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="59"/>
        <source>Already checked in at {time}</source>
        <translation>Already checked in at {time}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="61"/>
        <source>Checked in at {time}</source>
        <translation>Checked in at {time}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="63"/>
        <source>{checked_in} — new badge code {code}</source>
        <translation>{checked_in} — new badge code {code}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="75"/>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="86"/>
        <source>Check-in undone: no longer marked present</source>
        <translation>Check-in undone: no longer marked present</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="92"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="97"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="97"/>
        <source>Scan a badge or type a name</source>
        <translation>Scan a badge or type a name</translation>
    </message>
</context>
<context>
    <name>OutlookWords</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="21"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="23"/>
        <source>%n person(s) left out</source>
        <translation>
            <numerusform>%n person left out</numerusform>
            <numerusform>%n people left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/overview.py" line="102"/>
        <source>Select a workshop to see its details.</source>
        <translation>Select a workshop to see its details.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/overview.py" line="114"/>
        <source>{dates} (%n day(s))</source>
        <translation>
            <numerusform>{dates} (%n day)</numerusform>
            <numerusform>{dates} (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/overview.py" line="129"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/overview.py" line="133"/>
        <source>No one is registered yet</source>
        <translation>No one is registered yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/overview.py" line="142"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageFields</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="15"/>
        <source>accent colour</source>
        <translation>accent colour</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="16"/>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="17"/>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="18"/>
        <source>badge code</source>
        <translation>badge code</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="19"/>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="20"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="21"/>
        <source>consent to data use</source>
        <translation>consent to data use</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="22"/>
        <source>consent date</source>
        <translation>consent date</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="23"/>
        <source>consent to photos</source>
        <translation>consent to photos</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="24"/>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="25"/>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="26"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="27"/>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="28"/>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="29"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="30"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="31"/>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="32"/>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="33"/>
        <source>end year</source>
        <translation>end year</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="34"/>
        <source>erased on</source>
        <translation>erased on</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="35"/>
        <source>family name</source>
        <translation>family name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="36"/>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="37"/>
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="38"/>
        <source>plan item</source>
        <translation>plan item</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="39"/>
        <source>framework area</source>
        <translation>framework area</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="40"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="41"/>
        <source>languages</source>
        <translation>languages</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="42"/>
        <source>family name (Latin)</source>
        <translation>family name (Latin)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="43"/>
        <source>given name (Latin)</source>
        <translation>given name (Latin)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="44"/>
        <source>lead agency</source>
        <translation>lead agency</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="45"/>
        <source>page margin</source>
        <translation>page margin</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="46"/>
        <source>marked at</source>
        <translation>marked at</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="47"/>
        <source>image type</source>
        <translation>image type</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="48"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="49"/>
        <source>name in English</source>
        <translation>name in English</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="50"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="51"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="52"/>
        <source>organisers</source>
        <translation>organisers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="53"/>
        <source>copied from</source>
        <translation>copied from</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="54"/>
        <source>parent item</source>
        <translation>parent item</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="55"/>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="56"/>
        <source>patronymic</source>
        <translation>patronymic</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="57"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="58"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="59"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="60"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="61"/>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="62"/>
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="63"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="64"/>
        <source>responsible</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="65"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="66"/>
        <source>scans</source>
        <translation>scans</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="67"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="68"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="69"/>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="70"/>
        <source>signer&apos;s name</source>
        <translation>signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="71"/>
        <source>signer&apos;s title</source>
        <translation>signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="72"/>
        <source>saved version</source>
        <translation>saved version</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="73"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="74"/>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="75"/>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="76"/>
        <source>start year</source>
        <translation>start year</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="77"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="78"/>
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="79"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="80"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="81"/>
        <source>texts</source>
        <translation>texts</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="82"/>
        <source>titles</source>
        <translation>titles</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="83"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="84"/>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="85"/>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="66"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="176"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="180"/>
        <source>Import a package</source>
        <translation>Import a package</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="67"/>
        <source>JPoA packages (*.jpoa);;All files (*)</source>
        <translation>JPoA packages (*.jpoa);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="102"/>
        <source>Reading {file}</source>
        <translation>Reading {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="121"/>
        <source>Everything in this package is already here.</source>
        <translation>Everything in this package is already here.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="122"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="168"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="135"/>
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="145"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="147"/>
        <source>Added: {what}.</source>
        <translation>Added: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="148"/>
        <source>Updated: {what}.</source>
        <translation>Updated: {what}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="151"/>
        <source>Changed on both laptops: %n record(s), of which {theirs} took the package&apos;s version.</source>
        <translation>
            <numerusform>Changed on both laptops: %n record, of which {theirs} took the package&apos;s version.</numerusform>
            <numerusform>Changed on both laptops: %n records, of which {theirs} took the package&apos;s version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="155"/>
        <source>%n person(s) merged with someone already here.</source>
        <translation>
            <numerusform>%n person merged with someone already here.</numerusform>
            <numerusform>%n people merged with someone already here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="158"/>
        <source>The database as it was before is backed up as {file}.</source>
        <translation>The database as it was before is backed up as {file}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="160"/>
        <source>The package was imported.</source>
        <translation>The package was imported.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="167"/>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="175"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Nothing was imported: {problem}</translation>
    </message>
</context>
<context>
    <name>PackageWords</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="23"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="25"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="27"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="29"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="31"/>
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="33"/>
        <source>%n agenda session(s)</source>
        <translation>
            <numerusform>%n agenda session</numerusform>
            <numerusform>%n agenda sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="35"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="37"/>
        <source>%n workshop topic(s)</source>
        <translation>
            <numerusform>%n workshop topic</numerusform>
            <numerusform>%n workshop topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="39"/>
        <source>%n branding(s)</source>
        <translation>
            <numerusform>%n branding</numerusform>
            <numerusform>%n brandings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="41"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="43"/>
        <source>%n strategy draft(s)</source>
        <translation>
            <numerusform>%n strategy draft</numerusform>
            <numerusform>%n strategy drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="45"/>
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n plan item</numerusform>
            <numerusform>%n plan items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="47"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="49"/>
        <source>%n budget line(s)</source>
        <translation>
            <numerusform>%n budget line</numerusform>
            <numerusform>%n budget lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="51"/>
        <source>%n framework link(s)</source>
        <translation>
            <numerusform>%n framework link</numerusform>
            <numerusform>%n framework links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="53"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="55"/>
        <source>%n saved version(s)</source>
        <translation>
            <numerusform>%n saved version</numerusform>
            <numerusform>%n saved versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="64"/>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="64"/>
        <source>Add a person to the directory</source>
        <translation>Add a person to the directory</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="65"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="65"/>
        <source>Edit the selected person</source>
        <translation>Edit the selected person</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="67"/>
        <source>Import participants…</source>
        <translation>Import participants…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="68"/>
        <source>Read a participant list (CSV or XLSX) into a workshop</source>
        <translation>Read a participant list (CSV or XLSX) into a workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="71"/>
        <source>Find duplicates…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="72"/>
        <source>Review people entered twice and merge them</source>
        <translation>Review people entered twice and merge them</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="75"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="76"/>
        <source>Save the whole directory for Excel (XLSX or CSV)</source>
        <translation>Save the whole directory for Excel (XLSX or CSV)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="79"/>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="80"/>
        <source>Save everything held on the selected person (a data request), as JSON</source>
        <translation>Save everything held on the selected person (a data request), as JSON</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="83"/>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="84"/>
        <source>Blank the selected person&apos;s names and contacts, keeping the counts</source>
        <translation>Blank the selected person&apos;s names and contacts, keeping the counts</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="136"/>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="385"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="211"/>
        <source>Search people in any script…</source>
        <translation>Search people in any script…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="215"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="242"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="244"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="246"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="352"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/form_parts.py" line="164"/>
        <source>Another organisation: type its name, press Enter</source>
        <translation>Another organisation: type its name, press Enter</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="148"/>
        <source>Encrypted package</source>
        <translation>Encrypted package</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="150"/>
        <source>“{file}” is encrypted. Type the passphrase it was exported with.</source>
        <translation>“{file}” is encrypted. Type the passphrase it was exported with.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="154"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="155"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="156"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="86"/>
        <source>Type the passphrase, or untick “Encrypt with a passphrase”.</source>
        <translation>Type the passphrase, or untick “Encrypt with a passphrase”.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="88"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="92"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Encrypt with a passphrase</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="95"/>
        <source>Whoever imports the package will need the passphrase. Tell it to them another way than the file itself.</source>
        <translation>Whoever imports the package will need the passphrase. Tell it to them another way than the file itself.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="99"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="100"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="101"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../src/jpoa_desktop/model/workshops.py" line="16"/>
        <source>Erased person #{id}</source>
        <translation>Erased person #{id}</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/commands.py" line="45"/>
        <source>add {name}</source>
        <translation>add {name}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/commands.py" line="75"/>
        <source>edit {name}</source>
        <translation>edit {name}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="309"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="309"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="311"/>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="312"/>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="313"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Patronymic</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="314"/>
        <source>Family name (&amp;Latin)</source>
        <translation>Family name (&amp;Latin)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="315"/>
        <source>Given name (La&amp;tin)</source>
        <translation>Given name (La&amp;tin)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="316"/>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="317"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="318"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="319"/>
        <source>Pos&amp;ition</source>
        <translation>Pos&amp;ition</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="320"/>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="321"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="322"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="323"/>
        <source>Lan&amp;guages</source>
        <translation>Lan&amp;guages</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="324"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="325"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="326"/>
        <source>Consent &amp;date</source>
        <translation>Consent &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="331"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="332"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="333"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="334"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="338"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="339"/>
        <source>Agrees to the use of their data</source>
        <translation>Agrees to the use of their data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="340"/>
        <source>Agrees to be photographed</source>
        <translation>Agrees to be photographed</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="341"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="342"/>
        <source>e.g. ru, en, uz</source>
        <translation>e.g. ru, en, uz</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="343"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="351"/>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="355"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="351"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="351"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="372"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="373"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="59"/>
        <source>personal data {id}</source>
        <translation>personal data {id}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="62"/>
        <source>Export personal data of {name}</source>
        <translation>Export personal data of {name}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="64"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="77"/>
        <source>Exporting personal data</source>
        <translation>Exporting personal data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="80"/>
        <source>Everything held on {name} is in {file}</source>
        <translation>Everything held on {name} is in {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="91"/>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="93"/>
        <source>Erase the personal data of “{name}”? Their names, contacts, notes and consents are blanked and they show as “{placeholder}” from now on. What stays, so that reports still count them: their registrations and attendance, sex, country and organisation. This cannot be undone (a backup is made first).</source>
        <translation>Erase the personal data of “{name}”? Their names, contacts, notes and consents are blanked and they show as “{placeholder}” from now on. What stays, so that reports still count them: their registrations and attendance, sex, country and organisation. This cannot be undone (a backup is made first).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="107"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="124"/>
        <source>Erasing personal data</source>
        <translation>Erasing personal data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="133"/>
        <source>{name} was erased before; nothing changed</source>
        <translation>{name} was erased before; nothing changed</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="136"/>
        <source>Personal data erased; shown as {name} from now on</source>
        <translation>Personal data erased; shown as {name} from now on</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="142"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="143"/>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="146"/>
        <source>The menus and the library texts switch to the chosen language at once; anything you typed stays where it is.</source>
        <translation>The menus and the library texts switch to the chosen language at once; anything you typed stays where it is.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="150"/>
        <source>&amp;Erase personal data</source>
        <translation>&amp;Erase personal data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="151"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="152"/>
        <source>after a workshop ends</source>
        <translation>after a workshop ends</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="155"/>
        <source>At start, the app lists the people whose last workshop ended longer ago and asks before erasing their names and contacts; counts in reports stay.</source>
        <translation>At start, the app lists the people whose last workshop ended longer ago and asks before erasing their names and contacts; counts in reports stay.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="159"/>
        <source>&amp;Verifier page&apos;s address:</source>
        <translation>&amp;Verifier page&apos;s address:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="163"/>
        <source>Where the office publishes the page from Verify ▸ Save verifier page. When set, each certificate&apos;s QR code holds this address and the code, so a phone&apos;s camera opens the page and it checks the certificate. Leave empty to print the code alone.</source>
        <translation>Where the office publishes the page from Verify ▸ Save verifier page. When set, each certificate&apos;s QR code holds this address and the code, so a phone&apos;s camera opens the page and it checks the certificate. Leave empty to print the code alone.</translation>
    </message>
</context>
<context>
    <name>PreviewBuilder</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/preview_flow.py" line="139"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="143"/>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="145"/>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="147"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="149"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="150"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="151"/>
        <source>What was changed…</source>
        <translation>What was changed…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="154"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="155"/>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="187"/>
        <source>Building the preview…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="195"/>
        <source>This file could not be shown: {error}</source>
        <translation>This file could not be shown: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="198"/>
        <source>Nothing to print: the handout has no pages.</source>
        <translation>Nothing to print: the handout has no pages.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="285"/>
        <source>Showing the page</source>
        <translation>Showing the page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="306"/>
        <source>This page could not be shown: {error}</source>
        <translation>This page could not be shown: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="311"/>
        <source>of {pages}</source>
        <translation>of {pages}</translation>
    </message>
</context>
<context>
    <name>PrintEverything</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="126"/>
        <source>Cancelled. %n handout(s) were finished and saved in {folder}.</source>
        <translation>
            <numerusform>Cancelled. %n handout was finished and saved in {folder}.</numerusform>
            <numerusform>Cancelled. %n handouts were finished and saved in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="129"/>
        <source>%n handout(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n handout saved in {folder}.</numerusform>
            <numerusform>%n handouts saved in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="131"/>
        <source>%n sent to the printer.</source>
        <translation>
            <numerusform>%n sent to the printer.</numerusform>
            <numerusform>%n sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="167"/>
        <source>%n handout(s) were finished before this and saved in {folder}.</source>
        <translation>
            <numerusform>%n handout was finished before this and saved in {folder}.</numerusform>
            <numerusform>%n handouts were finished before this and saved in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintNotices</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="17"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="18"/>
        <source>Latin spelling</source>
        <translation>Latin spelling</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="19"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="20"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="21"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="22"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="23"/>
        <source>workshop title</source>
        <translation>workshop title</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="24"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="25"/>
        <source>organisers</source>
        <translation>organisers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="26"/>
        <source>session title</source>
        <translation>session title</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="27"/>
        <source>speakers</source>
        <translation>speakers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="40"/>
        <source>The fonts cannot print this name; printed in Latin letters: {latin}</source>
        <translation>The fonts cannot print this name; printed in Latin letters: {latin}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="44"/>
        <source>Letters the fonts lack were left out of the {field}: {letters}</source>
        <translation>Letters the fonts lack were left out of the {field}: {letters}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="47"/>
        <source>The {field} was too long and was cut after {kept} of {length} letters</source>
        <translation>The {field} was too long and was cut after {kept} of {length} letters</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="62"/>
        <source>names printed in Latin letters: {count}</source>
        <translation>names printed in Latin letters: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="66"/>
        <source>texts with letters left out: {count}</source>
        <translation>texts with letters left out: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="69"/>
        <source>texts cut to fit: {count}</source>
        <translation>texts cut to fit: {count}</translation>
    </message>
</context>
<context>
    <name>PrintNoticesDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="76"/>
        <source>What was changed to print</source>
        <translation>What was changed to print</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="78"/>
        <source>The handout printed, but %n text(s) could not be printed as written. Correct the records to print them in full.</source>
        <translation>
            <numerusform>The handout printed, but %n text could not be printed as written. Correct the record to print it in full.</numerusform>
            <numerusform>The handout printed, but %n texts could not be printed as written. Correct the records to print them in full.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="83"/>
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="83"/>
        <source>What was changed</source>
        <translation>What was changed</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="84"/>
        <source>The workshop</source>
        <translation>The workshop</translation>
    </message>
</context>
<context>
    <name>QuestionBankScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="127"/>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="252"/>
        <source>Question bank</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="294"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="296"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="299"/>
        <source>Search the questions in any language…</source>
        <translation>Search the questions in any language…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="300"/>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="301"/>
        <source>All pillars</source>
        <translation>All pillars</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="302"/>
        <source>Pillar {roman}</source>
        <translation>Pillar {roman}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="304"/>
        <source>Tests and evaluations</source>
        <translation>Tests and evaluations</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="306"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
</context>
<context>
    <name>QuestionCommands</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/commands.py" line="46"/>
        <source>add “{question}”</source>
        <translation>add “{question}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/commands.py" line="74"/>
        <source>edit “{question}”</source>
        <translation>edit “{question}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/commands.py" line="102"/>
        <source>retire “{question}”</source>
        <translation>retire “{question}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/commands.py" line="104"/>
        <source>restore “{question}”</source>
        <translation>restore “{question}”</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="137"/>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="254"/>
        <source>General (no pillar)</source>
        <translation>General (no pillar)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="223"/>
        <source>One letter, e.g. B</source>
        <translation>One letter, e.g. B</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="224"/>
        <source>All the right letters, e.g. AC</source>
        <translation>All the right letters, e.g. AC</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="225"/>
        <source>T (true) or F (false)</source>
        <translation>T (true) or F (false)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="227"/>
        <source>No right answer</source>
        <translation>No right answer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="250"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="255"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="255"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="255"/>
        <source>Pillar / area</source>
        <translation>Pillar / area</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="255"/>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="256"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="256"/>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="256"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="261"/>
        <source>Comma-separated, e.g. borders, API</source>
        <translation>Comma-separated, e.g. borders, API</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="262"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="263"/>
        <source>Save the question (Ctrl+S)</source>
        <translation>Save the question (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="268"/>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="268"/>
        <source>Edit the question</source>
        <translation>Edit the question</translation>
    </message>
</context>
<context>
    <name>QuestionLabels</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="11"/>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="12"/>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="13"/>
        <source>True / false</source>
        <translation>True / false</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="14"/>
        <source>Scale 1–5</source>
        <translation>Scale 1–5</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="15"/>
        <source>Open answer</source>
        <translation>Open answer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="21"/>
        <source>Pre/post test</source>
        <translation>Pre/post test</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="22"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="28"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="29"/>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="30"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="31"/>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="32"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="38"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="39"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="40"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="41"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="42"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="65"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="66"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="145"/>
        <source>Pillar {number} of the Global Strategy</source>
        <translation>Pillar {number} of the Global Strategy</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="151"/>
        <source>Thematic areas of the working framework</source>
        <translation>Thematic areas of the working framework</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="156"/>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="187"/>
        <source>Working framework · Pillar {number}</source>
        <translation>Working framework · Pillar {number}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="164"/>
        <source>Adopted {date}</source>
        <translation>Adopted {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="173"/>
        <source>Funded by: {funders}</source>
        <translation>Funded by: {funders}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="201"/>
        <source>Library section</source>
        <translation>Library section</translation>
    </message>
</context>
<context>
    <name>RegisterButton</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/button.py" line="40"/>
        <source>&amp;Register of certificates…</source>
        <translation>&amp;Register of certificates…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/button.py" line="42"/>
        <source>Every certificate issued: number, holder, workshop and dates; export to Excel</source>
        <translation>Every certificate issued: number, holder, workshop and dates; export to Excel</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="120"/>
        <source>Reading the register</source>
        <translation>Reading the register</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="147"/>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="221"/>
        <source>All workshops</source>
        <translation>All workshops</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="167"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="169"/>
        <source>%n shown of {total}</source>
        <translation>
            <numerusform>%n shown of {total}</numerusform>
            <numerusform>%n shown of {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="185"/>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="187"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="199"/>
        <source>Exporting the register</source>
        <translation>Exporting the register</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="210"/>
        <source>%n line(s) written to {path}</source>
        <translation>
            <numerusform>%n line written to {path}</numerusform>
            <numerusform>%n lines written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="218"/>
        <source>Register of certificates</source>
        <translation>Register of certificates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="219"/>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="222"/>
        <source>Search number, holder or workshop (Ctrl+F)</source>
        <translation>Search number, holder or workshop (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="223"/>
        <source>&amp;Export XLSX… (Ctrl+E)</source>
        <translation>&amp;Export XLSX… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="224"/>
        <source>The certificates listed, as an Excel workbook</source>
        <translation>The certificates listed, as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="225"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="114"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="115"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="116"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="118"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="253"/>
        <source>{name} (already registered)</source>
        <translation>{name} (already registered)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="318"/>
        <source>Add a person from the directory: type a name…</source>
        <translation>Add a person from the directory: type a name…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="319"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="320"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="323"/>
        <source>Double-click a role or status to change it. New people are registered as invited participants.</source>
        <translation>Double-click a role or status to change it. New people are registered as invited participants.</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="214"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="216"/>
        <source>All pillars</source>
        <translation>All pillars</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="217"/>
        <source>Pillar {roman}</source>
        <translation>Pillar {roman}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="219"/>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="220"/>
        <source>Phase {number}</source>
        <translation>Phase {number}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="222"/>
        <source>All workshops</source>
        <translation>All workshops</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="264"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="265"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="266"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="267"/>
        <source>Between the dates</source>
        <translation>Between the dates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="271"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="271"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="271"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="272"/>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="272"/>
        <source>P&amp;illar</source>
        <translation>P&amp;illar</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="273"/>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="273"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="172"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="194"/>
        <source>Listing the workshops</source>
        <translation>Listing the workshops</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="235"/>
        <source>The choices changed: F5 shows the report again.</source>
        <translation>The choices changed: F5 shows the report again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="262"/>
        <source>Choose the workshop to report on (Alt+W).</source>
        <translation>Choose the workshop to report on (Alt+W).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="289"/>
        <source>Building the preview…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="292"/>
        <source>Building the report</source>
        <translation>Building the report</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="298"/>
        <source>Preview of the PDF; a workbook holds the same tables.</source>
        <translation>Preview of the PDF; a workbook holds the same tables.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="304"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="304"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="307"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="319"/>
        <source>Writing {file}…</source>
        <translation>Writing {file}…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="321"/>
        <source>Writing the report</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="327"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="331"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="333"/>
        <source>The report could not be written: {error}</source>
        <translation>The report could not be written: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="340"/>
        <source>Open a database to write its reports.</source>
        <translation>Open a database to write its reports.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="341"/>
        <source>Choose what the report covers, then Preview (F5) or Save as… (Ctrl+S).</source>
        <translation>Choose what the report covers, then Preview (F5) or Save as… (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="349"/>
        <source>Donor reports</source>
        <translation>Donor reports</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="350"/>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="351"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="352"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="356"/>
        <source>The programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="357"/>
        <source>One workshop</source>
        <translation>One workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="360"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="360"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="362"/>
        <source>&amp;Preview (F5)</source>
        <translation>&amp;Preview (F5)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="363"/>
        <source>&amp;Save as… (Ctrl+S)</source>
        <translation>&amp;Save as… (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="122"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="122"/>
        <source>Scan a certificate&apos;s QR code or paste it</source>
        <translation>Scan a certificate&apos;s QR code or paste it</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="136"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="137"/>
        <source>Signed by {issuer} and not changed since.</source>
        <translation>Signed by {issuer} and not changed since.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="139"/>
        <source>Issued with this key and not changed since.</source>
        <translation>Issued with this key and not changed since.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="143"/>
        <source>Not valid</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="144"/>
        <source>What the code claims (not confirmed):</source>
        <translation>What the code claims (not confirmed):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="146"/>
        <source>Cannot check</source>
        <translation>Cannot check</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="147"/>
        <source>What the code claims (not yet checked):</source>
        <translation>What the code claims (not yet checked):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="149"/>
        <source>Key: {key}</source>
        <translation>Key: {key}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="156"/>
        <source>Scan it again, or paste the whole text.</source>
        <translation>Scan it again, or paste the whole text.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="160"/>
        <source>The signature does not match any issuer this computer trusts: the text was changed after it was issued, or the issuer is not among the Trusted issuers (Ctrl+T).</source>
        <translation>The signature does not match any issuer this computer trusts: the text was changed after it was issued, or the issuer is not among the Trusted issuers (Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="166"/>
        <source>The signature does not match: the text was changed after it was issued, or the certificate was signed with another organisation&apos;s key.</source>
        <translation>The signature does not match: the text was changed after it was issued, or the certificate was signed with another organisation&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="171"/>
        <source>The public key file is not there any more. Choose the issuer&apos;s public key file (Ctrl+O).</source>
        <translation>The public key file is not there any more. Choose the issuer&apos;s public key file (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="178"/>
        <source>Choose the public key file the issuer exported.</source>
        <translation>Choose the public key file the issuer exported.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="183"/>
        <source>No issuer is trusted on this computer yet. Choose the issuer&apos;s public key file (Ctrl+O), or add it once under Trusted issuers (Ctrl+T).</source>
        <translation>No issuer is trusted on this computer yet. Choose the issuer&apos;s public key file (Ctrl+O), or add it once under Trusted issuers (Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="186"/>
        <source>Choose the issuer&apos;s public key file to check against (Ctrl+O).</source>
        <translation>Choose the issuer&apos;s public key file to check against (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="200"/>
        <source>Certificate No.:</source>
        <translation>Certificate No.:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="201"/>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="202"/>
        <source>In Latin letters:</source>
        <translation>In Latin letters:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="203"/>
        <source>Workshop:</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="204"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="205"/>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="206"/>
        <source>Teaching hours:</source>
        <translation>Teaching hours:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="59"/>
        <source>Personal data due for erasure</source>
        <translation>Personal data due for erasure</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="64"/>
        <source>The retention rule erases personal data %n month(s) after a person&apos;s last workshop ended. These people are due: their names and contacts will be blanked; their registrations and attendance stay, so reports still count them. A backup is made first.</source>
        <translation>
            <numerusform>The retention rule erases personal data %n month after a person&apos;s last workshop ended. These people are due: their names and contacts will be blanked; their registrations and attendance stay, so reports still count them. A backup is made first.</numerusform>
            <numerusform>The retention rule erases personal data %n months after a person&apos;s last workshop ended. These people are due: their names and contacts will be blanked; their registrations and attendance stay, so reports still count them. A backup is made first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="75"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="75"/>
        <source>Last workshop</source>
        <translation>Last workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="75"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="87"/>
        <source>Erase now</source>
        <translation>Erase now</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="89"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="117"/>
        <source>Erasing personal data</source>
        <translation>Erasing personal data</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="161"/>
        <source>Looking for personal data due for erasure</source>
        <translation>Looking for personal data due for erasure</translation>
    </message>
</context>
<context>
    <name>ReuseDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="41"/>
        <source>Insert sessions from another workshop</source>
        <translation>Insert sessions from another workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="50"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="50"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="60"/>
        <source>Tick a whole day or single sessions. Times are kept; speakers stay only when they are registered here as speakers.</source>
        <translation>Tick a whole day or single sessions. Times are kept; speakers stay only when they are registered here as speakers.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="70"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="74"/>
        <source>From workshop:</source>
        <translation>From workshop:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="75"/>
        <source>Into day:</source>
        <translation>Into day:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="83"/>
        <source>No other workshop has an agenda yet.</source>
        <translation>No other workshop has an agenda yet.</translation>
    </message>
</context>
<context>
    <name>SaveVerifierPageButton</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="61"/>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="74"/>
        <source>Save verifier page</source>
        <translation>Save verifier page</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="63"/>
        <source>Web pages ({patterns})</source>
        <translation>Web pages ({patterns})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="77"/>
        <source>Verifier page written to {path}, trusting %n issuer(s). Open it in any browser, or put it on a USB stick or the office&apos;s website.</source>
        <translation>
            <numerusform>Verifier page written to {path}, trusting %n issuer. Open it in any browser, or put it on a USB stick or the office&apos;s website.</numerusform>
            <numerusform>Verifier page written to {path}, trusting %n issuers. Open it in any browser, or put it on a USB stick or the office&apos;s website.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="86"/>
        <source>Save verifier &amp;page…</source>
        <translation>Save verifier &amp;page…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="89"/>
        <source>One web page that checks these certificates in any browser, with nothing installed and no internet</source>
        <translation>One web page that checks these certificates in any browser, with nothing installed and no internet</translation>
    </message>
</context>
<context>
    <name>SavedBox</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/messages.py" line="59"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="153"/>
        <source>The best %n results for “{query}”</source>
        <translation>
            <numerusform>The best %n results for “{query}”</numerusform>
            <numerusform>The best %n results for “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="159"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n result for “{query}”</numerusform>
            <numerusform>%n results for “{query}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="162"/>
        <source>No results for “{query}”</source>
        <translation>No results for “{query}”</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="151"/>
        <source>Connecting to {host}</source>
        <translation>Connecting to {host}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="181"/>
        <source>This computer has no credential store: the password will be asked again.</source>
        <translation>This computer has no credential store: the password will be asked again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="245"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="245"/>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="246"/>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="251"/>
        <source>{access}, {country}</source>
        <translation>{access}, {country}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="252"/>
        <source>every country</source>
        <translation>every country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="298"/>
        <source>Server: {database} on {host}</source>
        <translation>Server: {database} on {host}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="306"/>
        <source>Server: {database} on {host} — connection lost; nothing can be saved until it is back (File → Reconnect to the Server)</source>
        <translation>Server: {database} on {host} — connection lost; nothing can be saved until it is back (File → Reconnect to the Server)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="310"/>
        <source>Connected as {user}</source>
        <translation>Connected as {user}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="157"/>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="158"/>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="159"/>
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="250"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="274"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="275"/>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="276"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="277"/>
        <source>Shift:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="278"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="279"/>
        <source>This and later sessions</source>
        <translation>This and later sessions</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="281"/>
        <source>Move this session and the later ones of the day by the minutes on the left</source>
        <translation>Move this session and the later ones of the day by the minutes on the left</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="283"/>
        <source>Push later sessions to make room</source>
        <translation>Push later sessions to make room</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="285"/>
        <source>When a session is added in between or gets longer, the later sessions of the day move by as much</source>
        <translation>When a session is added in between or gets longer, the later sessions of the day move by as much</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="291"/>
        <source>Speakers and facilitators:</source>
        <translation>Speakers and facilitators:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="294"/>
        <source>Speakers and facilitators: register people with one of these roles (or as organisers) to choose them here.</source>
        <translation>Speakers and facilitators: register people with one of these roles (or as organisers) to choose them here.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="299"/>
        <source>Pillars and areas:</source>
        <translation>Pillars and areas:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="300"/>
        <source>Save session (Enter)</source>
        <translation>Save session (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="302"/>
        <source>Title ({language}):</source>
        <translation>Title ({language}):</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="44"/>
        <source>Custom label sheet</source>
        <translation>Custom label sheet</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="47"/>
        <source>Measure the label stock with a ruler: the size of one label, the margin to the first label from the paper&apos;s left and top edges, and the gaps between labels.</source>
        <translation>Measure the label stock with a ruler: the size of one label, the margin to the first label from the paper&apos;s left and top edges, and the gaps between labels.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="66"/>
        <source>&amp;Centre the labels on the paper</source>
        <translation>&amp;Centre the labels on the paper</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="76"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="77"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="78"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="79"/>
        <source>Label &amp;width:</source>
        <translation>Label &amp;width:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="80"/>
        <source>Label &amp;height:</source>
        <translation>Label &amp;height:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="82"/>
        <source>&amp;Left margin:</source>
        <translation>&amp;Left margin:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="83"/>
        <source>&amp;Top margin:</source>
        <translation>&amp;Top margin:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="84"/>
        <source>Gap &amp;across:</source>
        <translation>Gap &amp;across:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="85"/>
        <source>Gap &amp;down:</source>
        <translation>Gap &amp;down:</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="67"/>
        <source>Who signs</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="69"/>
        <source>e.g. A. Karimova</source>
        <translation>e.g. A. Karimova</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="71"/>
        <source>e.g. Head of Office</source>
        <translation>e.g. Head of Office</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="52"/>
        <source>Tidying up</source>
        <translation>Tidying up</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="88"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="91"/>
        <source>You can open another database, create a new one, or quit.</source>
        <translation>You can open another database, create a new one, or quit.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="94"/>
        <source>&amp;Open Another…</source>
        <translation>&amp;Open Another…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="97"/>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="106"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="108"/>
        <source>JPoA Desktop databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>JPoA Desktop databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="114"/>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="116"/>
        <source>JPoA Desktop databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>JPoA Desktop databases (*.sqlite *.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>StrategiesScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="64"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="146"/>
        <source>Strategies</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="152"/>
        <source>Add below</source>
        <translation>Add below</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="153"/>
        <source>Add an item under the selected one (Ins)</source>
        <translation>Add an item under the selected one (Ins)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="154"/>
        <source>Add after</source>
        <translation>Add after</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="156"/>
        <source>Add an item after the selected one (Shift+Ins)</source>
        <translation>Add an item after the selected one (Shift+Ins)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="106"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="158"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="159"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="160"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="161"/>
        <source>Find in this draft (Enter, F3 for the next)</source>
        <translation>Find in this draft (Enter, F3 for the next)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="238"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="305"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="299"/>
        <source>No strategy or action plan yet.</source>
        <translation>No strategy or action plan yet.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="91"/>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="92"/>
        <source>New objective</source>
        <translation>New objective</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="93"/>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="96"/>
        <source>Add {what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="114"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="154"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="352"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="360"/>
        <source>{n} of {total}</source>
        <translation>{n} of {total}</translation>
    </message>
</context>
<context>
    <name>StrategyDiff</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="91"/>
        <source>Added ({n})</source>
        <translation>Added ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="92"/>
        <source>Removed ({n})</source>
        <translation>Removed ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="93"/>
        <source>Moved ({n})</source>
        <translation>Moved ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="94"/>
        <source>Changed ({n})</source>
        <translation>Changed ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="103"/>
        <source>Text ({language})</source>
        <translation>Text ({language})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="107"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="108"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="109"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="110"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="111"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="112"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="114"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="115"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="116"/>
        <source>Pillars and areas</source>
        <translation>Pillars and areas</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="117"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="150"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="149"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="151"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="152"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="153"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="154"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="155"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="156"/>
        <source>No differences</source>
        <translation>No differences</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="157"/>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
</context>
<context>
    <name>StrategyImport</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="20"/>
        <source>Goal number</source>
        <translation>Goal number</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="21"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="22"/>
        <source>Objective number</source>
        <translation>Objective number</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="23"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="24"/>
        <source>Measure number</source>
        <translation>Measure number</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="25"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="26"/>
        <source>Responsible agencies</source>
        <translation>Responsible agencies</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="27"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="28"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="29"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="30"/>
        <source>Dates (start–end)</source>
        <translation>Dates (start–end)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="31"/>
        <source>Deadline (as the plan words it)</source>
        <translation>Deadline (as the plan words it)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="32"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="33"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="34"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="35"/>
        <source>Funding source</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="36"/>
        <source>Budget (amount, currency, source)</source>
        <translation>Budget (amount, currency, source)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="37"/>
        <source>Pillars and areas</source>
        <translation>Pillars and areas</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="38"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StrategyImportDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="149"/>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="135"/>
        <source>Reading the action plan</source>
        <translation>Reading the action plan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="148"/>
        <source>Checking the action plan</source>
        <translation>Checking the action plan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="169"/>
        <source>Period (from the plan): {period}</source>
        <translation>Period (from the plan): {period}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="172"/>
        <source>%n deadline(s) could not be read; they are kept as written, without dates.</source>
        <translation>
            <numerusform>%n deadline could not be read; it is kept as written, without dates.</numerusform>
            <numerusform>%n deadlines could not be read; they are kept as written, without dates.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="186"/>
        <source>Importing {count} measures…</source>
        <translation>Importing {count} measures…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="189"/>
        <source>Importing the action plan</source>
        <translation>Importing the action plan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="202"/>
        <source>Choose an action plan file (XLSX, CSV or a Word table).</source>
        <translation>Choose an action plan file (XLSX, CSV or a Word table).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="204"/>
        <source>No row of the file can be imported.</source>
        <translation>No row of the file can be imported.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="206"/>
        <source>Choose the country the draft is for.</source>
        <translation>Choose the country the draft is for.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="208"/>
        <source>Type the draft&apos;s title.</source>
        <translation>Type the draft&apos;s title.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="218"/>
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n row ready</numerusform>
            <numerusform>%n rows ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="219"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="232"/>
        <source>Import an action plan</source>
        <translation>Import an action plan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="233"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="233"/>
        <source>&amp;Written in:</source>
        <translation>&amp;Written in:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="234"/>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="234"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="235"/>
        <source>in &amp;English:</source>
        <translation>in &amp;English:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="239"/>
        <source>An XLSX, CSV or Word (.docx) file</source>
        <translation>An XLSX, CSV or Word (.docx) file</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="253"/>
        <source>&amp;Title ({language}):</source>
        <translation>&amp;Title ({language}):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="262"/>
        <source>Choose an action plan</source>
        <translation>Choose an action plan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="263"/>
        <source>Action plans (*.xlsx *.xlsm *.csv *.txt *.docx);;All files (*)</source>
        <translation>Action plans (*.xlsx *.xlsm *.csv *.txt *.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>StrategyImportPreview</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="102"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="113"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="104"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="105"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="110"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="111"/>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="112"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="98"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="114"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="70"/>
        <source>kept as written, no dates</source>
        <translation>kept as written, no dates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="100"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="115"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="116"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="117"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="118"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="119"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="120"/>
        <source>Pillars, areas</source>
        <translation>Pillars, areas</translation>
    </message>
</context>
<context>
    <name>StrategyLabels</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="18"/>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="19"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="20"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="26"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="27"/>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="28"/>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="34"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="35"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="36"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="13"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="43"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="44"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="45"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="52"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="53"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="54"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="55"/>
        <source>Delayed</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="56"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="113"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="249"/>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="253"/>
        <source>The details were written to {path}.</source>
        <translation>The details were written to {path}.</translation>
    </message>
</context>
<context>
    <name>TrustedIssuersDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="120"/>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="265"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="123"/>
        <source>This computer&apos;s own key</source>
        <translation>This computer&apos;s own key</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="162"/>
        <source>An issuer&apos;s public key</source>
        <translation>An issuer&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="164"/>
        <source>Public keys ({patterns});;All files (*)</source>
        <translation>Public keys ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="178"/>
        <source>Add a trusted issuer</source>
        <translation>Add a trusted issuer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="179"/>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="210"/>
        <source>The issuer&apos;s name (key {fingerprint}):</source>
        <translation>The issuer&apos;s name (key {fingerprint}):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="194"/>
        <source>{issuer} was already trusted; the name is updated.</source>
        <translation>{issuer} was already trusted; the name is updated.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="196"/>
        <source>Certificates signed by {issuer} are now accepted.</source>
        <translation>Certificates signed by {issuer} are now accepted.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="209"/>
        <source>Rename a trusted issuer</source>
        <translation>Rename a trusted issuer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="220"/>
        <source>Give the issuer a name.</source>
        <translation>Give the issuer a name.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="228"/>
        <source>Renamed to {issuer}.</source>
        <translation>Renamed to {issuer}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="238"/>
        <source>Remove a trusted issuer</source>
        <translation>Remove a trusted issuer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="240"/>
        <source>Stop accepting certificates signed by {issuer}? They will show as not valid until the issuer&apos;s public key is added again.</source>
        <translation>Stop accepting certificates signed by {issuer}? They will show as not valid until the issuer&apos;s public key is added again.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="257"/>
        <source>Certificates signed by {issuer} are no longer accepted.</source>
        <translation>Certificates signed by {issuer} are no longer accepted.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="275"/>
        <source>Trusted issuers</source>
        <translation>Trusted issuers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="278"/>
        <source>Certificates signed by these issuers are accepted on this computer. To add one, choose the public key file the issuer exported (Verify ▸ Export this database&apos;s public key, or jpoa certificate export-key).</source>
        <translation>Certificates signed by these issuers are accepted on this computer. To add one, choose the public key file the issuer exported (Verify ▸ Export this database&apos;s public key, or jpoa certificate export-key).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="284"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="284"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="284"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="287"/>
        <source>No trusted issuers yet. Add the public key file an issuer gave you.</source>
        <translation>No trusted issuers yet. Add the public key file an issuer gave you.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="289"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="290"/>
        <source>Choose an issuer&apos;s public key file (Ctrl+N)</source>
        <translation>Choose an issuer&apos;s public key file (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="291"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="292"/>
        <source>Change the name shown for this issuer (F2)</source>
        <translation>Change the name shown for this issuer (F2)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="293"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="296"/>
        <source>Stop accepting this issuer&apos;s certificates (Delete). This computer&apos;s own key stays: it signs your certificates.</source>
        <translation>Stop accepting this issuer&apos;s certificates (Delete). This computer&apos;s own key stays: it signs your certificates.</translation>
    </message>
</context>
<context>
    <name>UndoRedoActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/undo_commands.py" line="107"/>
        <source>Undo {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/undo_commands.py" line="107"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/undo_commands.py" line="108"/>
        <source>Redo {what}</source>
        <translation>Redo {what}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/undo_commands.py" line="108"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="188"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="238"/>
        <source>The issuer&apos;s public key</source>
        <translation>The issuer&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="240"/>
        <source>Public keys ({patterns});;All files (*)</source>
        <translation>Public keys ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="275"/>
        <source>the public key file {file}</source>
        <translation>the public key file {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="276"/>
        <source>the trusted issuers</source>
        <translation>the trusted issuers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="371"/>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="374"/>
        <source>Scan the QR code on a certificate, or paste its text, and press Enter. The check needs only the issuer&apos;s public key: no connection to their database.</source>
        <translation>Scan the QR code on a certificate, or paste its text, and press Enter. The check needs only the issuer&apos;s public key: no connection to their database.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="378"/>
        <source>JP2:… — scan or paste the code</source>
        <translation>JP2:… — scan or paste the code</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="382"/>
        <source>This &amp;database&apos;s key and the trusted issuers</source>
        <translation>This &amp;database&apos;s key and the trusted issuers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="389"/>
        <source>&amp;Import signing key…</source>
        <translation>&amp;Import signing key…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="392"/>
        <source>Sign this database&apos;s certificates on this computer with the key file exported on the computer that issued them</source>
        <translation>Sign this database&apos;s certificates on this computer with the key file exported on the computer that issued them</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="396"/>
        <source>&amp;Trusted issuers… (Ctrl+T)</source>
        <translation>&amp;Trusted issuers… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="398"/>
        <source>The organisations whose certificates this computer accepts</source>
        <translation>The organisations whose certificates this computer accepts</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="379"/>
        <source>Enter checks the code; Esc clears</source>
        <translation>Enter checks the code; Esc clears</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="266"/>
        <source>(none: trusted issuers)</source>
        <translation>(none: trusted issuers)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="272"/>
        <source>this database&apos;s key and the trusted issuers</source>
        <translation>this database&apos;s key and the trusted issuers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="380"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="381"/>
        <source>Check against:</source>
        <translation>Check against:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="383"/>
        <source>The issuer&apos;s public &amp;key file:</source>
        <translation>The issuer&apos;s public &amp;key file:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="384"/>
        <source>Choose key file… (Ctrl+O)</source>
        <translation>Choose key file… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="385"/>
        <source>&amp;Export this database&apos;s public key…</source>
        <translation>&amp;Export this database&apos;s public key…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="387"/>
        <source>Give this file to whoever checks your certificates without your database</source>
        <translation>Give this file to whoever checks your certificates without your database</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="90"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="108"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="91"/>
        <source>Save a version…</source>
        <translation>Save a version…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="92"/>
        <source>Keep the draft as it is now under a name (Ctrl+S)</source>
        <translation>Keep the draft as it is now under a name (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="106"/>
        <source>Versions of “{draft}”</source>
        <translation>Versions of “{draft}”</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="113"/>
        <source>Current draft (as it is now)</source>
        <translation>Current draft (as it is now)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="121"/>
        <source>Current draft</source>
        <translation>Current draft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="131"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="138"/>
        <source>the current draft</source>
        <translation>the current draft</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="170"/>
        <source>No versions yet. Save one (Ctrl+S) to compare the draft with it later.</source>
        <translation>No versions yet. Save one (Ctrl+S) to compare the draft with it later.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="175"/>
        <source>Version {n} — {date}</source>
        <translation>Version {n} — {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="182"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="190"/>
        <source>Save a version</source>
        <translation>Save a version</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="182"/>
        <source>Name of the version:</source>
        <translation>Name of the version:</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="92"/>
        <source>Walk-in: register and check in</source>
        <translation>Walk-in: register and check in</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="93"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="93"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="93"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="96"/>
        <source>Register and check in (Enter)</source>
        <translation>Register and check in (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="97"/>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="116"/>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="139"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="119"/>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="140"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="127"/>
        <source>New workshop…</source>
        <translation>New workshop…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="128"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="129"/>
        <source>Copy workshop…</source>
        <translation>Copy workshop…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="130"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="131"/>
        <source>Export participants…</source>
        <translation>Export participants…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="133"/>
        <source>Save this workshop&apos;s participants and attendance by day for Excel (Ctrl+E)</source>
        <translation>Save this workshop&apos;s participants and attendance by day for Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="135"/>
        <source>Handouts…</source>
        <translation>Handouts…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="137"/>
        <source>Preview and print this workshop&apos;s agenda, badges and more (Ctrl+Shift+H)</source>
        <translation>Preview and print this workshop&apos;s agenda, badges and more (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="166"/>
        <source>new workshop</source>
        <translation>new workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="184"/>
        <source>edit workshop</source>
        <translation>edit workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="231"/>
        <source>copy workshop</source>
        <translation>copy workshop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="240"/>
        <source>Delete “{title}”? Its agenda and its %n registration(s), with their attendance marks, are deleted too. Undo (Ctrl+Z) brings all of it back.</source>
        <translation>
            <numerusform>Delete “{title}”? Its agenda and its %n registration, with its attendance marks, are deleted too. Undo (Ctrl+Z) brings all of it back.</numerusform>
            <numerusform>Delete “{title}”? Its agenda and its %n registrations, with their attendance marks, are deleted too. Undo (Ctrl+Z) brings all of it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="297"/>
        <source>They were checked in on %n day(s); those attendance marks are deleted too (undo brings them back).</source>
        <translation>
            <numerusform>They were checked in on %n day; that attendance mark is deleted too (undo brings it back).</numerusform>
            <numerusform>They were checked in on %n days; those attendance marks are deleted too (undo brings them back).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="245"/>
        <source>Delete workshop</source>
        <translation>Delete workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="256"/>
        <source>delete workshop</source>
        <translation>delete workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="270"/>
        <source>change registration</source>
        <translation>change registration</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="285"/>
        <source>register participant</source>
        <translation>register participant</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="294"/>
        <source>Remove {name} from this workshop?</source>
        <translation>Remove {name} from this workshop?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="303"/>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="314"/>
        <source>remove participant</source>
        <translation>remove participant</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="253"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="263"/>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="263"/>
        <source>Edit workshop</source>
        <translation>Edit workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="267"/>
        <source>Title ({language})</source>
        <translation>Title ({language})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="272"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="275"/>
        <source>Pillars and areas</source>
        <translation>Pillars and areas</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="276"/>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="277"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="281"/>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="288"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="289"/>
        <source>One of the five countries, or type a two-letter code</source>
        <translation>One of the five countries, or type a two-letter code</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="293"/>
        <source>At least one title is needed</source>
        <translation>At least one title is needed</translation>
    </message>
</context>
<context>
    <name>WorkshopLabels</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="16"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="17"/>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="18"/>
        <source>Expert meeting</source>
        <translation>Expert meeting</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="19"/>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="20"/>
        <source>Table-top exercise</source>
        <translation>Table-top exercise</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="26"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="27"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="28"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="34"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="35"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="36"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="37"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="38"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="44"/>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="45"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="46"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="47"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="61"/>
        <source>Cancelled</source>
        <comment>registration</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="69"/>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="70"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="71"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="72"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="73"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="74"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="75"/>
        <source>Working languages</source>
        <translation>Working languages</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="76"/>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="77"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="78"/>
        <source>Project phase</source>
        <translation>Project phase</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="79"/>
        <source>Pillars and areas</source>
        <translation>Pillars and areas</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="81"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="82"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="39"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="40"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="41"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="42"/>
        <source>Kyrgyz</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="43"/>
        <source>Tajik</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="44"/>
        <source>Uzbek</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="45"/>
        <source>Turkmen</source>
        <translation>Turkmen</translation>
    </message>
</context>
<context>
    <name>WorkshopPicker</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/workshop_picker.py" line="80"/>
        <source>Filter the workshops</source>
        <translation>Filter the workshops</translation>
    </message>
</context>
<context>
    <name>WorkshopsModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="57"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="58"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="59"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="60"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="61"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="63"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="145"/>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="263"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="246"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="248"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="249"/>
        <source>%Ln workshop(s)</source>
        <translation>
            <numerusform>%Ln workshop</numerusform>
            <numerusform>%Ln workshops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="297"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="298"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="299"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="300"/>
        <source>Workshop actions</source>
        <translation>Workshop actions</translation>
    </message>
</context>
</TS>
