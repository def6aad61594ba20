<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="47"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="59"/>
        <source>Bitstream Vera licence</source>
        <translation>лицензия Bitstream Vera</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="68"/>
        <source>An offline toolkit for workshops and capacity building under the Joint Plan of Action for the implementation of the UN Global Counter-Terrorism Strategy in Central Asia.</source>
        <translation>Автономный инструментарий для семинаров и наращивания потенциала в рамках Совместного плана действий по осуществлению Глобальной контртеррористической стратегии ООН в Центральной Азии.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="73"/>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>Это свободная программа: вы можете распространять и (или) изменять ее на условиях Стандартной общественной лицензии GNU версии 3 либо (по вашему выбору) любой более поздней версии (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="78"/>
        <source>Fonts: the interface uses your system’s fonts; printed handouts embed the bundled DejaVu Sans, which has every letter of the region’s languages.</source>
        <translation>Шрифты: интерфейс использует шрифты системы; в печатные материалы встраивается прилагаемый шрифт DejaVu Sans, в котором есть все буквы языков региона.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="81"/>
        <source>Built with</source>
        <translation>Используемые компоненты</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="20"/>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="21"/>
        <source>Group work</source>
        <translation>Работа в группах</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="22"/>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="23"/>
        <source>Exercise</source>
        <translation>Практическое упражнение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="32"/>
        <source>Day {number} — {date}</source>
        <translation>День {number} — {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/labels.py" line="35"/>
        <source>Outside the workshop&apos;s dates — {date}</source>
        <translation>Вне дат мероприятия — {date}</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/editor.py" line="221"/>
        <source>… and {count} more (see the marked rows)</source>
        <translation>… и еще {count} (см. отмеченные строки)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/editor.py" line="225"/>
        <source>Choose a workshop to see and edit its agenda.</source>
        <translation>Выберите мероприятие, чтобы просмотреть и изменить его программу.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/editor.py" line="229"/>
        <source>No sessions yet: “Add session” (Ins) starts the first day, or insert a day from another workshop.</source>
        <translation>Сессий пока нет: «Добавить сессию» (Ins) начинает первый день; можно также вставить день из другого мероприятия.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/editor.py" line="332"/>
        <source>Drag sessions to reorder them or move them to another day (or Alt+↑/↓)</source>
        <translation>Перетаскивайте сессии, чтобы изменить их порядок или перенести на другой день (или Alt+↑/↓)</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/model.py" line="101"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/model.py" line="101"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/model.py" line="101"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/model.py" line="101"/>
        <source>Speakers</source>
        <translation>Докладчики</translation>
    </message>
</context>
<context>
    <name>AnswerFiles</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="39"/>
        <source>Import answers</source>
        <translation>Импорт ответов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="41"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="55"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="64"/>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="66"/>
        <source>Answers not imported</source>
        <translation>Ответы не импортированы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="68"/>
        <source>%n row(s) of %1 cannot be imported, and nothing was written. Fix them in the file, or import the other rows.</source>
        <translation>
            <numerusform>%n строку из %1 импортировать нельзя; ничего не записано. Исправьте её в файле или импортируйте остальные строки.</numerusform>
            <numerusform>%n строки из %1 импортировать нельзя; ничего не записано. Исправьте их в файле или импортируйте остальные строки.</numerusform>
            <numerusform>%n строк из %1 импортировать нельзя; ничего не записано. Исправьте их в файле или импортируйте остальные строки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="73"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="73"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="81"/>
        <source>Import the other rows</source>
        <translation>Импортировать остальные строки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="92"/>
        <source>Importing answers…</source>
        <translation>Импорт ответов…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="103"/>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="120"/>
        <source>Export grid</source>
        <translation>Экспорт таблицы ответов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="105"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="121"/>
        <source>The grid was saved as %1.</source>
        <translation>Таблица ответов сохранена в файл %1.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/answer_files.py" line="127"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="177"/>
        <source>Reading the audit log</source>
        <translation>Чтение журнала изменений</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="210"/>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="288"/>
        <source>Everyone</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="220"/>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="285"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="228"/>
        <source>{shown} of %n change(s)</source>
        <translation><numerusform>{shown} из %n изменения</numerusform><numerusform>{shown} из %n изменений</numerusform><numerusform>{shown} из %n изменений</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="234"/>
        <source>Changes to the draft “{title}”, newest first</source>
        <translation>Изменения проекта «{title}», сначала новые</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="235"/>
        <source>Changes to the workshop “{title}”, newest first</source>
        <translation>Изменения мероприятия «{title}», сначала новые</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="245"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="245"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="248"/>
        <source>Export the audit log</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="263"/>
        <source>Exporting the audit log</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="277"/>
        <source>%n change(s) written to {path}</source>
        <translation><numerusform>%n изменение записано в {path}</numerusform><numerusform>%n изменения записаны в {path}</numerusform><numerusform>%n изменений записано в {path}</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="286"/>
        <source>Filter: a name, a field, a value (Ctrl+F)</source>
        <translation>Фильтр: имя, поле, значение (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="291"/>
        <source>This database is a file on this computer: it keeps no audit log. The log of who changed what is kept only on a shared server (File → Connect to a server…).</source>
        <translation>Эта база данных — файл на этом компьютере: журнала изменений в ней нет. Журнал того, кто что изменил, ведётся только на общем сервере (Файл → Подключиться к серверу…).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="295"/>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="296"/>
        <source>&amp;Export… (Ctrl+E)</source>
        <translation>&amp;Экспорт… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="298"/>
        <source>Every change the filter shows, as an Excel workbook or a CSV file</source>
        <translation>Все изменения, отобранные фильтром, в книгу Excel или файл CSV</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/dialog.py" line="300"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="33"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="34"/>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="35"/>
        <source>Attendance mark</source>
        <translation>Отметка о присутствии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="36"/>
        <source>Certificate rule</source>
        <translation>Правило выдачи сертификатов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="37"/>
        <source>Test or evaluation form</source>
        <translation>Тест или анкета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="38"/>
        <source>Form question</source>
        <translation>Вопрос формы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="39"/>
        <source>Answer sheet</source>
        <translation>Бланк ответов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="40"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="41"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="42"/>
        <source>Budget line</source>
        <translation>Строка бюджета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="43"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="44"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="45"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="46"/>
        <source>Plan item</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="47"/>
        <source>Link to the framework</source>
        <translation>Связь с рамочным документом</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="48"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="49"/>
        <source>Workshop</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="50"/>
        <source>Branding</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="51"/>
        <source>Logo or signature</source>
        <translation>Логотип или подпись</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="52"/>
        <source>Workshop tag</source>
        <translation>Тег мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="57"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="58"/>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="78"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="59"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="60"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="61"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="62"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="63"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="64"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="65"/>
        <source>Responsible</source>
        <translation>Ответственные органы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="66"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="67"/>
        <source>Lead agency</source>
        <translation>Ведущее ведомство</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="68"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="69"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="70"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="71"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="72"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="73"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="74"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="75"/>
        <source>Baseline</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="76"/>
        <source>Target</source>
        <translation>Целевое</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="77"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="135"/>
        <source>added: {fields}</source>
        <translation>добавлено: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="137"/>
        <source>deleted: {fields}</source>
        <translation>удалено: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="146"/>
        <source>{table} “{label}”</source>
        <translation>{table} «{label}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="222"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="223"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="224"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="225"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/model.py" line="226"/>
        <source>Old → new</source>
        <translation>Было → стало</translation>
    </message>
</context>
<context>
    <name>AuditLogEntry</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/entry.py" line="63"/>
        <source>Audit log…</source>
        <translation>Журнал изменений…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/entry.py" line="65"/>
        <source>Who changed what in this draft, and when (Ctrl+Shift+L)</source>
        <translation>Кто, что и когда изменил в этом проекте (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/audit/entry.py" line="67"/>
        <source>Who changed what in this workshop, and when (Ctrl+Shift+L)</source>
        <translation>Кто, что и когда изменил в этом мероприятии (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="58"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="63"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n семинар</numerusform>
            <numerusform>%n семинара</numerusform>
            <numerusform>%n семинаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="65"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="67"/>
        <source>%n strategy draft(s)</source>
        <translation>
            <numerusform>%n проект стратегии</numerusform>
            <numerusform>%n проекта стратегии</numerusform>
            <numerusform>%n проектов стратегии</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="27"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="28"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="29"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="30"/>
        <source>Workshops</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="31"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_model.py" line="32"/>
        <source>Strategy drafts</source>
        <translation>Проекты стратегий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="24"/>
        <source>on closing</source>
        <translation>при закрытии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="25"/>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="26"/>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="27"/>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="28"/>
        <source>before a package import</source>
        <translation>перед импортом пакета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="29"/>
        <source>before a merge</source>
        <translation>перед объединением</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="30"/>
        <source>before a delete</source>
        <translation>перед удалением</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="31"/>
        <source>before erasing personal data</source>
        <translation>перед удалением персональных данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="32"/>
        <source>before the retention rule erased data</source>
        <translation>перед удалением данных по правилу хранения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="33"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="34"/>
        <source>a damaged file, kept before a restore</source>
        <translation>повреждённый файл, сохранённый перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/words.py" line="37"/>
        <source>before an upgrade of the app</source>
        <translation>перед обновлением программы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="78"/>
        <source>Looking for a sound backup</source>
        <translation>Поиск исправной резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="88"/>
        <source>its pages do not fit together</source>
        <translation>его страницы не согласуются друг с другом</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="89"/>
        <source>The data file {file} is damaged ({reason}).</source>
        <translation>Файл данных {file} повреждён ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="94"/>
        <source>None of its backups passes its check.</source>
        <translation>Ни одна из его резервных копий не проходит проверку.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="95"/>
        <source>The newest backup that passes its check is from {when}, holding {held}.</source>
        <translation>Самая новая резервная копия, прошедшая проверку, создана {when} и содержит: {held}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="110"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="114"/>
        <source>Restoring puts a backup in place of the damaged file; the damaged file is kept in the backups folder.</source>
        <translation>При восстановлении повреждённый файл заменяется резервной копией; сам повреждённый файл сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="123"/>
        <source>&amp;Restore This Backup</source>
        <translation>&amp;Восстановить эту копию</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="126"/>
        <source>&amp;Choose Another Backup…</source>
        <translation>В&amp;ыбрать другую копию…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="129"/>
        <source>&amp;Open Another Database…</source>
        <translation>&amp;Открыть другую базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="158"/>
        <source>Choose a Backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="160"/>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Резервные копии (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="177"/>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="78"/>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/damaged_start.py" line="184"/>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="58"/>
        <source>Restoring the backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="64"/>
        <source>Restored the backup of {when}; the data as it was is kept as a backup.</source>
        <translation>Восстановлена резервная копия от {when}; прежние данные сохранены в резервной копии.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="71"/>
        <source>The restored database was not opened</source>
        <translation>Восстановленная база данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="79"/>
        <source>Kept the current data.</source>
        <translation>Текущие данные сохранены.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="105"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/restoring.py" line="106"/>
        <source>This database is on a server: back it up with the server&apos;s tools.</source>
        <translation>Эта база данных находится на сервере: создавайте её резервные копии средствами сервера.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="63"/>
        <source>Backups of {name}</source>
        <translation>Резервные копии {name}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="68"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="69"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="70"/>
        <source>Show in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="117"/>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="120"/>
        <source>Reading the backups</source>
        <translation>Чтение резервных копий</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="132"/>
        <source>%n backup(s) in {folder}, newest first. Each holds the whole database as it was then.</source>
        <translation>
            <numerusform>%n резервная копия в {folder}, новые сверху. Каждая содержит всю базу данных в тогдашнем виде.</numerusform>
            <numerusform>%n резервные копии в {folder}, новые сверху. Каждая содержит всю базу данных в тогдашнем виде.</numerusform>
            <numerusform>%n резервных копий в {folder}, новые сверху. Каждая содержит всю базу данных в тогдашнем виде.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="141"/>
        <source>There are no backups of {name} yet.</source>
        <translation>Резервных копий {name} пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="161"/>
        <source>The database was not backed up</source>
        <translation>Резервная копия базы данных не создана</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="165"/>
        <source>Backing up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="179"/>
        <source>Restore this backup?</source>
        <translation>Восстановить эту резервную копию?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="181"/>
        <source>The current data will be backed up first, then replaced by the backup of {when} ({held}).</source>
        <translation>Сначала будет создана резервная копия текущих данных, затем они будут заменены копией от {when} ({held}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/backups/backups_dialog.py" line="187"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
</context>
<context>
    <name>BankActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="60"/>
        <source>Restore</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="60"/>
        <source>Put the retired question back in the bank</source>
        <translation>Вернуть выведенный из оборота вопрос в банк</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="62"/>
        <source>Retire</source>
        <translation>Вывести из оборота</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="62"/>
        <source>Take the question out of new forms; it is kept</source>
        <translation>Не включать вопрос в новые анкеты; сам вопрос сохраняется</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="65"/>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="65"/>
        <source>Write a new question</source>
        <translation>Добавить новый вопрос</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="67"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="68"/>
        <source>Add a copy of the selected question, to change it</source>
        <translation>Добавить копию выбранного вопроса, чтобы изменить её</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="72"/>
        <source>Import XLSX…</source>
        <translation>Импорт из XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="73"/>
        <source>Read questions prepared in Excel</source>
        <translation>Загрузить вопросы, подготовленные в Excel</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="76"/>
        <source>Export XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/actions.py" line="77"/>
        <source>Save the questions listed for Excel</source>
        <translation>Сохранить показанные вопросы для Excel</translation>
    </message>
</context>
<context>
    <name>BankFiles</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="46"/>
        <source>Export the question bank</source>
        <translation>Экспорт банка вопросов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="47"/>
        <source>questions</source>
        <translation>вопросы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="47"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="54"/>
        <source>Question bank</source>
        <translation>Банк вопросов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="57"/>
        <source>%n question(s) exported to {file}</source>
        <translation>
            <numerusform>%n вопрос экспортирован в {file}</numerusform>
            <numerusform>%n вопроса экспортированы в {file}</numerusform>
            <numerusform>%n вопросов экспортировано в {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="61"/>
        <source>Exporting the question bank</source>
        <translation>Экспорт банка вопросов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="69"/>
        <source>Import questions</source>
        <translation>Импорт вопросов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="70"/>
        <source>Question banks (*.xlsx *.csv)</source>
        <translation>Банки вопросов (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="81"/>
        <source>Reading {file}</source>
        <translation>Чтение {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="88"/>
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n новый вопрос</numerusform>
            <numerusform>%n новых вопроса</numerusform>
            <numerusform>%n новых вопросов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="89"/>
        <source>%n question(s) changed</source>
        <translation>
            <numerusform>%n вопрос изменён</numerusform>
            <numerusform>%n вопроса изменены</numerusform>
            <numerusform>%n вопросов изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="92"/>
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>%n строка с ошибками:</numerusform>
            <numerusform>%n строки с ошибками:</numerusform>
            <numerusform>%n строк с ошибками:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="97"/>
        <source>Import questions from {file}</source>
        <translation>Импорт вопросов из {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="99"/>
        <source>Import, skipping those rows</source>
        <translation>Импортировать, пропустив эти строки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="99"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/files.py" line="113"/>
        <source>Importing questions</source>
        <translation>Импорт вопросов</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="38"/>
        <source>Print everything</source>
        <translation>Напечатать всё</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="41"/>
        <source>Every handout ticked below is built with the options chosen on the screen and saved in the folder; tick “Send to the printer” to print them too.</source>
        <translation>Каждый отмеченный ниже материал готовится с параметрами, выбранными на экране, и сохраняется в папке; отметьте «Отправить на принтер», чтобы и напечатать их.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="57"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="58"/>
        <source>&amp;Send to the printer as well</source>
        <translation>&amp;Отправить на принтер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="63"/>
        <source>&amp;Build</source>
        <translation>&amp;Подготовить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="64"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch_dialog.py" line="98"/>
        <source>Save the handouts in</source>
        <translation>Сохранить материалы в</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="64"/>
        <source>Branding — {title}</source>
        <translation>Оформление — {title}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="152"/>
        <source>Logos print at the top of the agenda, the lists, the sign-in sheets and the certificates; signatures print at the foot of each certificate. PNG or SVG, at most 5 MB each.</source>
        <translation>Логотипы печатаются вверху программы, списков, листов регистрации и сертификатов; подписи — внизу каждого сертификата. PNG или SVG, не больше 5 МБ каждый.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="157"/>
        <source>Organisers&apos; logos, left to right</source>
        <translation>Логотипы организаторов, слева направо</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="158"/>
        <source>Signatures on certificates</source>
        <translation>Подписи на сертификатах</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="159"/>
        <source>Add &amp;logo…</source>
        <translation>Добавить &amp;логотип…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="160"/>
        <source>Add &amp;signature…</source>
        <translation>Добавить &amp;подпись…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="161"/>
        <source>&amp;Who signs…</source>
        <translation>&amp;Кто подписывает…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="163"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="164"/>
        <source>Move earlier</source>
        <translation>Переместить раньше</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="165"/>
        <source>Move later</source>
        <translation>Переместить позже</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="166"/>
        <source>Accent colour:</source>
        <translation>Основной цвет:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="167"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="168"/>
        <source>&amp;Default</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="169"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Поля:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="171"/>
        <source>D&amp;efault</source>
        <translation>По у&amp;молчанию</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="173"/>
        <source>Re&amp;do</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="224"/>
        <source>Add a logo</source>
        <translation>Добавить логотип</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="229"/>
        <source>Add a signature</source>
        <translation>Добавить подпись</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="238"/>
        <source>Images (*.png *.svg)</source>
        <translation>Изображения (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="243"/>
        <source>Add logo</source>
        <translation>Добавление логотипа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="246"/>
        <source>Add signature</source>
        <translation>Добавление подписи</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="266"/>
        <source>Remove image</source>
        <translation>Удаление изображения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="276"/>
        <source>Move image</source>
        <translation>Перемещение изображения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="300"/>
        <source>Change who signs</source>
        <translation>Изменение подписывающего</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="308"/>
        <source>Accent colour</source>
        <translation>Основной цвет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="317"/>
        <source>Change the accent colour</source>
        <translation>Изменение основного цвета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/branding_dialog.py" line="328"/>
        <source>Change the margins</source>
        <translation>Изменение полей</translation>
    </message>
</context>
<context>
    <name>BudgetPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="134"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="134"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="134"/>
        <source>Source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="136"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="174"/>
        <source>Add budget line</source>
        <translation>Добавить статью бюджета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="137"/>
        <source>Add a budget line (Ins in the table)</source>
        <translation>Добавить статью бюджета (Ins в таблице)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="138"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="139"/>
        <source>Delete the selected budget line (Del)</source>
        <translation>Удалить выбранную статью бюджета (Del)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="161"/>
        <source>No budget yet.</source>
        <translation>Бюджета пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="164"/>
        <source>Total: {sums}</source>
        <translation>Итого: {sums}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="177"/>
        <source>Delete budget line</source>
        <translation>Удаление статьи бюджета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="186"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="187"/>
        <source>“{value}” is not an amount of money. Type it as 1 500 000,50 or 1500000.50.</source>
        <translation>«{value}» — не денежная сумма. Введите ее в виде 1 500 000,50 или 1500000.50.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/budget_pane.py" line="194"/>
        <source>Edit budget line</source>
        <translation>Изменение статьи бюджета</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="241"/>
        <source>Save test page</source>
        <translation>Сохранить тестовую страницу</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="243"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="253"/>
        <source>Saving the test page</source>
        <translation>Сохранение тестовой страницы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="254"/>
        <source>Test page saved as {path}</source>
        <translation>Тестовая страница сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="260"/>
        <source>Preparing the test page</source>
        <translation>Подготовка тестовой страницы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="271"/>
        <source>Print test page</source>
        <translation>Печать тестовой страницы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="294"/>
        <source>Printing the test page</source>
        <translation>Печать тестовой страницы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="300"/>
        <source>Test page sent to the printer. Hold it against a sheet of labels and measure how far the crosses are from the label centres.</source>
        <translation>Тестовая страница отправлена на принтер. Приложите ее к листу наклеек и измерьте, насколько крестики смещены от центров наклеек.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="341"/>
        <source>Label sheet calibration</source>
        <translation>Калибровка листов с наклейками</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="343"/>
        <source>Most printers place the page a millimetre or two off. To measure yours:</source>
        <translation>Большинство принтеров смещают страницу на миллиметр-другой. Чтобы измерить смещение вашего:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="344"/>
        <source>1. Print the test page on plain paper.</source>
        <translation>1. Напечатайте тестовую страницу на обычной бумаге.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="345"/>
        <source>2. Hold it against a sheet of labels, up to the light.</source>
        <translation>2. Приложите ее к листу наклеек и посмотрите на просвет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="347"/>
        <source>3. Measure how far each cross is from the centre of its label (the millimetre scales in the corners help).</source>
        <translation>3. Измерьте, насколько каждый крестик отстоит от центра своей наклейки (помогут миллиметровые шкалы в углах).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="351"/>
        <source>4. Crosses left of the centres: increase Right by that distance; crosses above them: increase Down. The other way round: decrease (below zero is fine).</source>
        <translation>4. Крестики левее центров — увеличьте «Вправо» на это расстояние; выше центров — увеличьте «Вниз». В обратном случае уменьшите (можно меньше нуля).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="354"/>
        <source>5. Print the test page again: the crosses should now sit on the centres.</source>
        <translation>5. Напечатайте тестовую страницу еще раз: теперь крестики должны попасть в центры.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="356"/>
        <source>OK keeps the offset for this printer: every badge printed on it is moved by that much.</source>
        <translation>«ОК» сохраняет смещение для этого принтера: каждый бейдж, напечатанный на нем, сдвигается на эту величину.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="362"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="363"/>
        <source>&amp;Label sheet:</source>
        <translation>&amp;Лист наклеек:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="364"/>
        <source>&amp;Right:</source>
        <translation>В&amp;право:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="365"/>
        <source>&amp;Down:</source>
        <translation>В&amp;низ:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="370"/>
        <source>PDF file / default printer</source>
        <translation>Файл PDF / принтер по умолчанию</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="372"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="373"/>
        <source>moves every label to the right; negative: to the left</source>
        <translation>сдвигает все наклейки вправо; отрицательное значение — влево</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="374"/>
        <source>moves every label down; negative: up</source>
        <translation>сдвигает все наклейки вниз; отрицательное значение — вверх</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="375"/>
        <source>Print &amp;test page…</source>
        <translation>Напечатать &amp;тестовую страницу…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/calibration_dialog.py" line="376"/>
        <source>&amp;Save test page as PDF…</source>
        <translation>&amp;Сохранить тестовую страницу в PDF…</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="32"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="33"/>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="34"/>
        <source>Workshop</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="35"/>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="36"/>
        <source>Issued on</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="37"/>
        <source>Last printed</source>
        <translation>Последняя печать</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="43"/>
        <source>Completion</source>
        <translation>Окончание курса</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/model.py" line="44"/>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
</context>
<context>
    <name>CertificateRuleBox</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="97"/>
        <source>Post-test &amp;score at least:</source>
        <translation>Балл &amp;итогового теста не ниже:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="99"/>
        <source>Certificates go only to those whose post-test score reaches this share.</source>
        <translation>Сертификаты получают только те, чей балл итогового теста не ниже этого процента.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="101"/>
        <source>&amp;Wording:</source>
        <translation>Форм&amp;улировка:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="102"/>
        <source>Save one PDF per &amp;person…</source>
        <translation>Сохранить по PDF на ка&amp;ждого участника…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="104"/>
        <source>A folder of certificates, one file each, named by number and name: ready to attach to an e-mail.</source>
        <translation>Папка с сертификатами, по файлу на каждого, с номером и именем в названии файла: удобно прикладывать к письму.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="108"/>
        <source>Certificate of participation</source>
        <translation>Сертификат об участии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/rule_box.py" line="109"/>
        <source>Certificate of completion (needs a post-test score)</source>
        <translation>Сертификат об успешном окончании (нужен балл итогового теста)</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="22"/>
        <source>Nothing to show for this selection.</source>
        <translation>По этой выборке данных нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="23"/>
        <source>No pre-test and post-test answers for this selection yet.</source>
        <translation>По этой выборке пока нет ответов входного и итогового тестов.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="26"/>
        <source>No evaluation answers for this selection yet.</source>
        <translation>По этой выборке пока нет ответов анкет оценки.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="29"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="30"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="31"/>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="32"/>
        <source>Workshops</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="33"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="34"/>
        <source>different people: {count}</source>
        <translation>разных людей: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="35"/>
        <source>Share of women</source>
        <translation>Доля женщин</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="36"/>
        <source>women {women}, men {men}</source>
        <translation>женщин: {women}, мужчин: {men}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="37"/>
        <source>Attendance rate</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="38"/>
        <source>days present of days offered</source>
        <translation>дней присутствия из предложенных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="39"/>
        <source>Mean learning gain</source>
        <translation>Средний прирост знаний</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="40"/>
        <source>95 % interval {low} to {high}; {count} people</source>
        <translation>95-процентный интервал от {low} до {high}; человек: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="43"/>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="44"/>
        <source>out of 5; answers: {count}</source>
        <translation>из 5; ответов: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="45"/>
        <source>Participants by sex</source>
        <translation>Участники по полу</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="46"/>
        <source>Participants by country and sex</source>
        <translation>Участники по странам и полу</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="47"/>
        <source>Participants by kind of organisation and sex</source>
        <translation>Участники по типу организации и полу</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="50"/>
        <source>Learning gain per workshop (Hake&apos;s g)</source>
        <translation>Прирост знаний по мероприятиям (g Хейка)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="53"/>
        <source>A workshop&apos;s mean</source>
        <translation>Среднее по мероприятию</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="54"/>
        <source>Mean of all participants, 95 % interval</source>
        <translation>Среднее по всем участникам, 95-процентный интервал</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="57"/>
        <source>Mean test scores before and after</source>
        <translation>Средние баллы до и после обучения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="60"/>
        <source>Pre-test</source>
        <translation>Входной тест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="61"/>
        <source>Post-test</source>
        <translation>Итоговый тест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/words.py" line="62"/>
        <source>Satisfaction answers, 1 (very low) to 5 (very high)</source>
        <translation>Оценки удовлетворённости: от 1 (очень низкая) до 5 (очень высокая)</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="110"/>
        <source>Check-in</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="307"/>
        <source>Scan a badge or type a name…</source>
        <translation>Отсканируйте бейдж или введите фамилию…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="309"/>
        <source>Enter checks in; ↓ and ↑ choose a name from the list; Esc clears</source>
        <translation>Enter — отметить; ↓ и ↑ — выбрать фамилию из списка; Esc — очистить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="311"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Отменить последнюю отметку (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="312"/>
        <source>Walk-in registration (Ctrl+N)</source>
        <translation>Регистрация на месте (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="314"/>
        <source>Scan a badge, or type a name and choose it with ↓ and Enter. Esc clears.</source>
        <translation>Отсканируйте бейдж или введите фамилию и выберите её клавишами ↓ и Enter. Esc очищает поле.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="54"/>
        <source>— ignore —</source>
        <translation>— не использовать —</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="57"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="57"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="57"/>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="108"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="108"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="108"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="108"/>
        <source>Resolved</source>
        <translation>Учтен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="110"/>
        <source>Comme&amp;nt:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="111"/>
        <source>Type a comment and press Enter</source>
        <translation>Введите комментарий и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="112"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="113"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="114"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="167"/>
        <source>Add comment</source>
        <translation>Добавление комментария</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="115"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="116"/>
        <source>Delete the selected comment (Del)</source>
        <translation>Удалить выбранный комментарий (Del)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="157"/>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="157"/>
        <source>Resolve</source>
        <translation>Отметить как учтенный</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="182"/>
        <source>Resolve comment</source>
        <translation>Комментарий учтен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="182"/>
        <source>Reopen comment</source>
        <translation>Возврат комментария в работу</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/comments_pane.py" line="201"/>
        <source>Delete comment</source>
        <translation>Удаление комментария</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="117"/>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="118"/>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="119"/>
        <source>Swap From and To</source>
        <translation>Поменять местами «Было» и «Стало»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="120"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="121"/>
        <source>Save the differences as Word, Excel or CSV</source>
        <translation>Сохранить различия в формате Word, Excel или CSV</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="142"/>
        <source>Changes in “{draft}”</source>
        <translation>Изменения в проекте «{draft}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="186"/>
        <source>From “{old}” to “{new}”</source>
        <translation>От «{old}» к «{new}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="195"/>
        <source>{n} added</source>
        <translation>добавлено: {n}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="196"/>
        <source>{n} removed</source>
        <translation>удалено: {n}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="197"/>
        <source>{n} moved</source>
        <translation>перемещено: {n}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="198"/>
        <source>{n} changed</source>
        <translation>изменено: {n}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="201"/>
        <source>No differences</source>
        <translation>Различий нет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="243"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="246"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="248"/>
        <source>Saved to {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="252"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="253"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="254"/>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV для Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="258"/>
        <source>Export the differences</source>
        <translation>Экспорт различий</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="85"/>
        <source>Record {number}</source>
        <translation>Запись {number}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="92"/>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="93"/>
        <source>Latin</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="94"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="95"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="96"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="97"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="98"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_compare.py" line="99"/>
        <source>Workshops</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="160"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="164"/>
        <source>Someone else</source>
        <translation>Другой пользователь</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="166"/>
        <source>{who} changed this workshop at {when} while you were editing.</source>
        <translation>{who} изменил(а) это мероприятие в {when}, пока вы его редактировали.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="168"/>
        <source>{who} changed this person&apos;s record at {when} while you were editing.</source>
        <translation>{who} изменил(а) запись об этом человеке в {when}, пока вы её редактировали.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="170"/>
        <source>{who} changed this measure at {when} while you were editing.</source>
        <translation>{who} изменил(а) эту меру в {when}, пока вы её редактировали.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="172"/>
        <source>Theirs (saved)</source>
        <translation>Их версия (сохранена)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="173"/>
        <source>Merged (edit, then save)</source>
        <translation>Объединённая (исправьте и сохраните)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="174"/>
        <source>Yours (not saved)</source>
        <translation>Ваша версия (не сохранена)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="176"/>
        <source>Both texts are in the editor: keep what should stay, then save.</source>
        <translation>Оба текста в редакторе: оставьте нужное и сохраните.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="178"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить мою</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="179"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Принять их версию</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="180"/>
        <source>&amp;Save merged text</source>
        <translation>&amp;Сохранить объединённый текст</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="181"/>
        <source>&amp;Merge by hand</source>
        <translation>Объединить &amp;вручную</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="182"/>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="105"/>
        <source>the package&apos;s</source>
        <translation>из пакета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="105"/>
        <source>this laptop&apos;s</source>
        <translation>этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="110"/>
        <source>Record, and what differs</source>
        <translation>Запись и различия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="111"/>
        <source>On this laptop</source>
        <translation>На этом ноутбуке</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="111"/>
        <source>In the package</source>
        <translation>В пакете</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="112"/>
        <source>Version kept</source>
        <translation>Сохраняемая версия</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="129"/>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="132"/>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="132"/>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="132"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="132"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="133"/>
        <source>Pass&amp;word:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="137"/>
        <source>db.ministry.local</source>
        <translation>db.ministry.local</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="138"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Запомнить пароль на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="140"/>
        <source>Kept in this computer&apos;s credential store, never in the settings file.</source>
        <translation>Хранится в хранилище учётных данных этого компьютера, а не в файле настроек.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="142"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="163"/>
        <source>Connecting to {host}</source>
        <translation>Подключение к {host}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="188"/>
        <source>The connection failed: {reason}</source>
        <translation>Подключиться не удалось: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/connect_dialog.py" line="197"/>
        <source>Connecting was cancelled.</source>
        <translation>Подключение отменено.</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="33"/>
        <source>Copy workshop</source>
        <translation>Копирование мероприятия</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="36"/>
        <source>The copy keeps the settings, pillars and agenda, moved to the new dates (%n day(s)), and is planned. Participants are not copied.</source>
        <translation>
            <numerusform>В копии сохраняются настройки, компоненты и программа, перенесенные на новые даты (%n день); копия получает статус «Запланировано». Участники не копируются.</numerusform>
            <numerusform>В копии сохраняются настройки, компоненты и программа, перенесенные на новые даты (%n дня); копия получает статус «Запланировано». Участники не копируются.</numerusform>
            <numerusform>В копии сохраняются настройки, компоненты и программа, перенесенные на новые даты (%n дней); копия получает статус «Запланировано». Участники не копируются.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="50"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="58"/>
        <source>Title ({language})</source>
        <translation>Название ({language})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/copy_dialog.py" line="82"/>
        <source>Give the copy a title.</source>
        <translation>Укажите название копии.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="11"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="12"/>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="13"/>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="14"/>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/countries.py" line="15"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="167"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Сравнить с:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="168"/>
        <source>&amp;Gaps (Enter or double-click to open the item)</source>
        <translation>&amp;Пробелы (Enter или двойной щелчок — открыть элемент)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="169"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="170"/>
        <source>Save the matrix and the gaps as XLSX or CSV</source>
        <translation>Сохранить матрицу и пробелы в формате XLSX или CSV</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="171"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="172"/>
        <source>Read the draft again (F5)</source>
        <translation>Заново прочитать проект (F5)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="207"/>
        <source>(nothing)</source>
        <translation>(ни с чем)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="208"/>
        <source>the JPoA framework</source>
        <translation>структура направлений СПД</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="226"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="328"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="290"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n мера</numerusform>
            <numerusform>%n меры</numerusform>
            <numerusform>%n мер</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="291"/>
        <source>{covered} of {total} areas covered</source>
        <translation>охвачено направлений: {covered} из {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="294"/>
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n пробел</numerusform>
            <numerusform>%n пробела</numerusform>
            <numerusform>%n пробелов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="304"/>
        <source>The draft leaves %n of the framework&apos;s areas empty: {areas}</source>
        <translation>
            <numerusform>Проект не охватывает %n направление рабочей структуры: {areas}</numerusform>
            <numerusform>Проект не охватывает %n направления рабочей структуры: {areas}</numerusform>
            <numerusform>Проект не охватывает %n направлений рабочей структуры: {areas}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="308"/>
        <source>The draft covers every area of the framework.</source>
        <translation>Проект охватывает все направления рабочей структуры.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="310"/>
        <source>A: this draft ({a}) · B: {b}</source>
        <translation>A: этот проект ({a}) · B: {b}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="329"/>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="330"/>
        <source>Pillar</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="331"/>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="332"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="333"/>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="334"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="335"/>
        <source>Budget, {currency}</source>
        <translation>Бюджет, {currency}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="336"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="337"/>
        <source>no measure</source>
        <translation>нет мер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="338"/>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="339"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="340"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="342"/>
        <source>Measures: {draft}</source>
        <translation>Меры: {draft}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="343"/>
        <source>Budget, {currency}: {draft}</source>
        <translation>Бюджет, {currency}: {draft}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="344"/>
        <source>only this draft covers it</source>
        <translation>охвачено только в этом проекте</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="345"/>
        <source>only {draft} covers it</source>
        <translation>охвачено только в проекте {draft}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="353"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="354"/>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV для Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="357"/>
        <source>Export coverage</source>
        <translation>Экспорт охвата</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="373"/>
        <source>Saved to {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_dialog.py" line="378"/>
        <source>Exporting coverage</source>
        <translation>Экспорт охвата</translation>
    </message>
</context>
<context>
    <name>CoverageGaps</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="26"/>
        <source>Area with no measure</source>
        <translation>Направление без мер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="27"/>
        <source>Measure with no indicator</source>
        <translation>Мера без показателей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="28"/>
        <source>Measure with no responsible agency</source>
        <translation>Мера без ответственного органа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="31"/>
        <source>Measure with no budget</source>
        <translation>Мера без бюджета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="32"/>
        <source>Measure not mapped to a pillar or area</source>
        <translation>Мера не привязана к компоненту или направлению</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="41"/>
        <source>Areas with no measure ({n})</source>
        <translation>Направления без мер ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="42"/>
        <source>Measures with no indicator ({n})</source>
        <translation>Меры без показателей ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="45"/>
        <source>Measures with no responsible agency ({n})</source>
        <translation>Меры без ответственного органа ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="48"/>
        <source>Measures with no budget ({n})</source>
        <translation>Меры без бюджета ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="51"/>
        <source>Measures not mapped to a pillar or area ({n})</source>
        <translation>Меры, не привязанные к компоненту или направлению ({n})</translation>
    </message>
</context>
<context>
    <name>CoverageMatrixModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="118"/>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="119"/>
        <source>Measures (A)</source>
        <translation>Меры (A)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="119"/>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="120"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="121"/>
        <source>Budget (A)</source>
        <translation>Бюджет (A)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="121"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="122"/>
        <source>Measures (B)</source>
        <translation>Меры (B)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="123"/>
        <source>Budget (B)</source>
        <translation>Бюджет (B)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="124"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="172"/>
        <source>{covered} of {areas} areas covered</source>
        <translation>охвачено направлений: {covered} из {areas}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="176"/>
        <source>neither draft covers it</source>
        <translation>не охвачено ни в одном проекте</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="179"/>
        <source>no measure</source>
        <translation>нет мер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="180"/>
        <source>framework area not covered</source>
        <translation>направление рабочей структуры не охвачено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="181"/>
        <source>only A covers it</source>
        <translation>охвачено только в A</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="182"/>
        <source>only B covers it</source>
        <translation>охвачено только в B</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_model.py" line="192"/>
        <source>No measure of this draft is mapped to this area.</source>
        <translation>Ни одна мера этого проекта не привязана к этому направлению.</translation>
    </message>
</context>
<context>
    <name>CreateFormDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="42"/>
        <source>Create the pre-test</source>
        <translation>Создание входного теста</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="43"/>
        <source>Create the post-test</source>
        <translation>Создание итогового теста</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="44"/>
        <source>Create the evaluation form</source>
        <translation>Создание анкеты оценки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="51"/>
        <source>Pillar %1</source>
        <translation>Компонент %1</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="53"/>
        <source>Shuffle the order of the questions</source>
        <translation>Перемешать порядок вопросов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="54"/>
        <source>Ask the pre-test&apos;s questions</source>
        <translation>Задать вопросы входного теста</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="56"/>
        <source>Ask about each session of the agenda too</source>
        <translation>Спросить также о каждой сессии программы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="64"/>
        <source>Questions:</source>
        <translation>Вопросов:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="65"/>
        <source>From pillars:</source>
        <translation>Из компонентов:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="66"/>
        <source>No pillar ticked: the workshop&apos;s own pillars.</source>
        <translation>Если ничего не отмечено — компоненты самого мероприятия.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/create_dialog.py" line="85"/>
        <source>The form has no answers yet; it will be replaced by the new one.</source>
        <translation>На анкету пока нет ответов; она будет заменена новой.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="140"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="152"/>
        <source>Open a database to see its figures.</source>
        <translation>Откройте базу данных, чтобы увидеть её показатели.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="217"/>
        <source>Reading the figures of every workshop…</source>
        <translation>Загрузка показателей всех мероприятий…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="220"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="223"/>
        <source>Counting the figures</source>
        <translation>Подсчёт показателей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="253"/>
        <source>Reading the figures of every workshop</source>
        <translation>Загрузка показателей всех мероприятий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="297"/>
        <source>Every workshop so far.</source>
        <translation>Все мероприятия на сегодняшний день.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="300"/>
        <source>Workshops starting from {start} to {end}.</source>
        <translation>Мероприятия, начинающиеся с {start} по {end}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="304"/>
        <source>The figures could not be counted: {error}</source>
        <translation>Не удалось подсчитать показатели: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="338"/>
        <source>Listing the workshops</source>
        <translation>Составление списка мероприятий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="367"/>
        <source>Programme dashboard</source>
        <translation>Сводка по программе</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="368"/>
        <source>Donor report for this selection… (Ctrl+R)</source>
        <translation>Отчёт для донора по этой выборке… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/screen.py" line="369"/>
        <source>F5 refreshes; Esc shows every workshop again</source>
        <translation>F5 — обновить; Esc — снова показать все мероприятия</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="130"/>
        <source>The database was not opened</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="132"/>
        <source>Kept the current database open.</source>
        <translation>Текущая база данных осталась открытой.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="136"/>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="150"/>
        <source>Waiting for another program to finish writing to the database…</source>
        <translation>Ожидание: другая программа ещё записывает в базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="192"/>
        <source>The library was updated from newer content files.</source>
        <translation>Библиотека обновлена по более новым файлам содержимого.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="196"/>
        <source>Loading the library</source>
        <translation>Загрузка библиотеки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="249"/>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="269"/>
        <source>Backing up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="188"/>
        <source>The library is ready.</source>
        <translation>Библиотека готова.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="211"/>
        <source>Making the demo workshop</source>
        <translation>Создание демонстрационного семинара</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="215"/>
        <source>The demo workshop is ready: 40 people, running today.</source>
        <translation>Демонстрационный семинар готов: 40 участников, проходит сегодня.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="228"/>
        <source>Framework imported from {file}: %n area(s) changed.</source>
        <translation>
            <numerusform>Структура направлений импортирована из {file}: изменено %n направление.</numerusform>
            <numerusform>Структура направлений импортирована из {file}: изменено %n направления.</numerusform>
            <numerusform>Структура направлений импортирована из {file}: изменено %n направлений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="234"/>
        <source>Importing the framework</source>
        <translation>Импорт структуры направлений</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="51"/>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="52"/>
        <source>Latin spelling</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="53"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="54"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="55"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="56"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="57"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="58"/>
        <source>Workshops</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="66"/>
        <source>Select a person to see their details.</source>
        <translation>Выберите человека, чтобы увидеть сведения о нём.</translation>
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
        <translation>&amp;Показатели ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="126"/>
        <source>&amp;Budget ({n})</source>
        <translation>&amp;Бюджет ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="127"/>
        <source>&amp;Mapping ({n})</source>
        <translation>П&amp;ривязка ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="127"/>
        <source>&amp;Comments ({n})</source>
        <translation>&amp;Комментарии ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/details_tabs.py" line="138"/>
        <source>Strategies</source>
        <translation>Стратегии</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="217"/>
        <source>Item and field</source>
        <translation>Элемент и поле</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="218"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="219"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="229"/>
        <source>No differences</source>
        <translation>Различий нет</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="47"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="48"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="49"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="50"/>
        <source>Latin</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="51"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="52"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="53"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="54"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="55"/>
        <source>Workshops</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>DoorBar</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="128"/>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="212"/>
        <source>Whole day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="165"/>
        <source>Present {present} / {registered} registered</source>
        <translation>Пришли: {present} из {registered}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="190"/>
        <source>Day {number}: {date}</source>
        <translation>День {number}: {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="208"/>
        <source>Workshop:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="209"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="210"/>
        <source>Session:</source>
        <translation>Сессия:</translation>
    </message>
</context>
<context>
    <name>DraftCompareDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="291"/>
        <source>Compare drafts</source>
        <translation>Сравнение проектов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/compare_dialog.py" line="298"/>
        <source>Differences between two drafts</source>
        <translation>Различия между двумя проектами</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="45"/>
        <source>Strategies</source>
        <translation>Стратегии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="60"/>
        <source>Copy draft</source>
        <translation>Копирование проекта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="62"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="272"/>
        <source>New draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="88"/>
        <source>Edit draft properties</source>
        <translation>Изменение свойств проекта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="105"/>
        <source>Delete “{title}” ({country}) with its measures ({n})?</source>
        <translation>Удалить проект «{title}» ({country}) вместе с его мерами ({n})?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="108"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="123"/>
        <source>Delete draft</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="114"/>
        <source>Its versions go with it. Undo (Ctrl+Z) brings it all back.</source>
        <translation>Его версии удаляются вместе с ним. Отмена (Ctrl+Z) восстанавливает все.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="119"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="152"/>
        <source>Copy of “{title}” ({country})</source>
        <translation>Копия проекта «{title}» ({country})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="236"/>
        <source>Type a title in at least one of the two languages.</source>
        <translation>Введите название хотя бы на одном из двух языков.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="239"/>
        <source>Choose a country, or type the two-letter code of another (for example AF).</source>
        <translation>Выберите страну или введите двухбуквенный код другой страны (например, AF).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="242"/>
        <source>Choose two different languages to edit the draft in.</source>
        <translation>Выберите два разных языка для работы над проектом.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="244"/>
        <source>The period ends in {end}, before it starts in {start}.</source>
        <translation>Период заканчивается в {end}, раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="272"/>
        <source>Draft properties</source>
        <translation>Свойства проекта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="273"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Основа:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="273"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="273"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="274"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="274"/>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="274"/>
        <source>&amp;Lead agency:</source>
        <translation>&amp;Головной орган:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="275"/>
        <source>&amp;Notes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="279"/>
        <source>An empty draft</source>
        <translation>Пустой проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="281"/>
        <source>The JPoA framework: each pillar a goal, each area an objective</source>
        <translation>Структура направлений СПД: каждый компонент — цель, каждое направление — задача</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="293"/>
        <source>A country, or a two-letter code</source>
        <translation>Страна или двухбуквенный код</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="294"/>
        <source>The ministry or agency that leads it</source>
        <translation>Министерство или ведомство, ответственное за проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="295"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="295"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="302"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="302"/>
        <source>Title, &amp;second language:</source>
        <translation>Название на вто&amp;ром языке:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_dialog.py" line="305"/>
        <source>The title in {language}</source>
        <translation>Название ({language})</translation>
    </message>
</context>
<context>
    <name>DraftMenu</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="96"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="97"/>
        <source>Create, edit, copy, delete, import or export a draft</source>
        <translation>Создать, изменить, копировать, удалить, импортировать или экспортировать проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="98"/>
        <source>New draft…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="99"/>
        <source>Properties…</source>
        <translation>Свойства…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="100"/>
        <source>Copy draft…</source>
        <translation>Копировать проект…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="101"/>
        <source>Delete draft…</source>
        <translation>Удалить проект…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="102"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="103"/>
        <source>Import an action plan…</source>
        <translation>Импорт плана действий…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="104"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="106"/>
        <source>What each pillar and area has, and the gaps (Ctrl+Shift+C)</source>
        <translation>Что предусмотрено по каждому компоненту и направлению, и пробелы (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="108"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="110"/>
        <source>Save a version and compare any two (Ctrl+Shift+V)</source>
        <translation>Сохранить версию и сравнить любые две (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="112"/>
        <source>Compare drafts</source>
        <translation>Сравнить проекты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_menu.py" line="114"/>
        <source>Compare this draft with another one (Ctrl+Shift+D)</source>
        <translation>Сравнить этот проект с другим (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="155"/>
        <source>Looking for people entered twice…</source>
        <translation>Поиск людей, внесенных дважды…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="159"/>
        <source>Looking for duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="185"/>
        <source>Likely pairs: {count}.</source>
        <translation>Вероятных пар: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="188"/>
        <source>No likely duplicates: nobody seems to have been entered twice.</source>
        <translation>Вероятных дубликатов нет: похоже, никто не введен дважды.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="212"/>
        <source>Keep this record</source>
        <translation>Оставить эту запись</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="223"/>
        <source>Merge two records</source>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="225"/>
        <source>Merge “{drop}” into “{keep}”? Their registrations and attendance move to the record kept. You can undo the merge.</source>
        <translation>Объединить записи: «{drop}» войдет в «{keep}»? Регистрации и отметки присутствия перейдут в сохраняемую запись. Объединение можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="231"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="247"/>
        <source>Merging two records</source>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="261"/>
        <source>Merged; you can undo it below.</source>
        <translation>Записи объединены; отменить объединение можно ниже.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="283"/>
        <source>Undoing a merge</source>
        <translation>Отмена объединения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="296"/>
        <source>The merge was undone; both records are back.</source>
        <translation>Объединение отменено; обе записи восстановлены.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="302"/>
        <source>{when}: “{dropped}” merged into “{kept}”</source>
        <translation>{when}: запись «{dropped}» объединена с «{kept}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="306"/>
        <source>(undone)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="336"/>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="338"/>
        <source>Likely the same person</source>
        <translation>Вероятно, один и тот же человек</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="339"/>
        <source>Side by side</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="340"/>
        <source>Merges</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="342"/>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="342"/>
        <source>Record 1</source>
        <translation>Запись 1</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="342"/>
        <source>Record 2</source>
        <translation>Запись 2</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="344"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="345"/>
        <source>Undo last merge</source>
        <translation>Отменить последнее объединение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="346"/>
        <source>Undo selected merge</source>
        <translation>Отменить выбранное объединение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/duplicates_dialog.py" line="347"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>EditorKeys</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="178"/>
        <source>Add a break</source>
        <translation>добавление перерыва</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="178"/>
        <source>Add a session</source>
        <translation>добавление сессии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="192"/>
        <source>Delete “{title}”</source>
        <translation>удаление «{title}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="222"/>
        <source>Move “{title}”</source>
        <translation>перемещение «{title}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="229"/>
        <source>Shift sessions by {minutes} min</source>
        <translation>сдвиг сессий на {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="73"/>
        <source>Edit “{title}”</source>
        <translation>изменение «{title}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="263"/>
        <source>Insert %n session(s) from another workshop</source>
        <translation>
            <numerusform>Вставка %n сессии из другого мероприятия</numerusform>
            <numerusform>Вставка %n сессий из другого мероприятия</numerusform>
            <numerusform>Вставка %n сессий из другого мероприятия</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="278"/>
        <source>Add session</source>
        <translation>Добавить сессию</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="279"/>
        <source>Add break</source>
        <translation>Добавить перерыв</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="280"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="281"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="282"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="283"/>
        <source>Insert from another workshop…</source>
        <translation>Вставить из другого мероприятия…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="288"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="289"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="299"/>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Отменить: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="299"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="302"/>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation>Повторить: {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/actions.py" line="304"/>
        <source>Redo (Ctrl+Shift+Z, Ctrl+Y)</source>
        <translation>Повторить (Ctrl+Shift+Z, Ctrl+Y)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/feedback.py" line="118"/>
        <source>No workshops yet — import a participant list or run jpoa demo</source>
        <translation>Мероприятий пока нет — импортируйте список участников или запустите jpoa demo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/feedback.py" line="120"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/grid_model.py" line="58"/>
        <source>T/F</source>
        <translation>Д/Н</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/grid_model.py" line="202"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/grid_model.py" line="204"/>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/grid_model.py" line="208"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/jpoa_desktop/cli/library.py" line="27"/>
        <source>The library has no texts in &apos;{language}&apos;; available: {available}.</source>
        <translation>В библиотеке нет текстов на языке «{language}»; доступны: {available}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="63"/>
        <source>{place}: &apos;{name}&apos; must map language codes (en, ru, …) to text.</source>
        <translation>{place}: «{name}» должно сопоставлять кодам языков (en, ru, …) тексты.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="72"/>
        <source>{place}: &apos;{name}&apos; must be text.</source>
        <translation>{place}: «{name}» должно быть текстом.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="79"/>
        <source>{place}: &apos;{name}&apos; may only list plain values.</source>
        <translation>{place}: «{name}» может содержать только список простых значений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="99"/>
        <source>{place}: the file is larger than {limit} MB.</source>
        <translation>{place}: файл больше {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="107"/>
        <source>{place}: not UTF-8 text (byte {byte}).</source>
        <translation>{place}: это не текст в кодировке UTF-8 (байт {byte}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="113"/>
        <source>{place}: not a valid content file: {reason}</source>
        <translation>{place}: это не файл содержимого: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="122"/>
        <source>{place}: the [meta] table is missing.</source>
        <translation>{place}: отсутствует таблица [meta].</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="126"/>
        <source>{place}: meta.pack must be a short lowercase name.</source>
        <translation>{place}: meta.pack должно быть коротким именем из строчных букв.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="131"/>
        <source>{place}: meta.version must be a whole number from 1.</source>
        <translation>{place}: meta.version должно быть целым числом не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="142"/>
        <source>{place}: must be a table.</source>
        <translation>{place}: должно быть таблицей.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="146"/>
        <source>{place}: &apos;key&apos; must be lowercase letters, digits, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>{place}: «key» может состоять только из строчных латинских букв, цифр, «.» и «-».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="153"/>
        <source>{place}: the key is used twice.</source>
        <translation>{place}: этот ключ используется дважды.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="157"/>
        <source>{place}: &apos;kind&apos; is missing or not allowed.</source>
        <translation>{place}: «kind» отсутствует или имеет недопустимое значение.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="162"/>
        <source>{place}: a &apos;title&apos; in at least one language is required.</source>
        <translation>{place}: нужно поле «title» хотя бы на одном языке.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="175"/>
        <source>{place}: &apos;item&apos; must be an array of tables ([[item]]).</source>
        <translation>{place}: «item» должно быть массивом таблиц ([[item]]).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/packs.py" line="191"/>
        <source>{place}: cannot be read ({reason}).</source>
        <translation>{place}: не удается прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="87"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="93"/>
        <source>{path} is not a JPoA Desktop database (it is not an SQLite file); the file was left unchanged.</source>
        <translation>{path} не является базой данных JPoA Desktop (это не файл SQLite); файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="117"/>
        <source>{path} cannot be read as a database ({reason}); the file was left unchanged.</source>
        <translation>{path} не удается прочитать как базу данных ({reason}); файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="126"/>
        <source>{path} is an SQLite database made by another program, not by JPoA Desktop; the file was left unchanged.</source>
        <translation>{path} — база данных SQLite другой программы, а не JPoA Desktop; файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="144"/>
        <source>Cannot open the database: {reason}</source>
        <translation>Не удается открыть базу данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="152"/>
        <source>{path} was written by a newer version of JPoA Desktop (schema {revision}); update the app to open it. The database was left unchanged.</source>
        <translation>{path} создана более новой версией JPoA Desktop (схема {revision}); чтобы открыть ее, обновите программу. База данных оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="211"/>
        <source>There is no database at {path}; run `jpoa init` to create one.</source>
        <translation>Базы данных {path} нет; создайте её командой `jpoa init`.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/files/partial_files.py" line="51"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} — это файл, а не папка.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="221"/>
        <location filename="../../src/jpoa_desktop/files/partial_files.py" line="54"/>
        <location filename="../../src/jpoa_desktop/services/exchange/restore.py" line="74"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="246"/>
        <source>Cannot prepare the database: {reason}</source>
        <translation>Не удается подготовить базу данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="84"/>
        <source>{file}, item &apos;{key}&apos;: its parent &apos;{parent}&apos; does not exist.</source>
        <translation>{file}, элемент «{key}»: родительский элемент «{parent}» не существует.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="130"/>
        <source>{file}: the file has no areas.</source>
        <translation>{file}: в файле нет направлений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="136"/>
        <source>{file}, item &apos;{key}&apos;: only kind = &quot;area&quot; can be imported into the framework.</source>
        <translation>{file}, элемент «{key}»: в структуру направлений можно импортировать только элементы kind = &quot;area&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="145"/>
        <source>{file}, item &apos;{key}&apos;: &apos;pillar&apos; must be one of {allowed}.</source>
        <translation>{file}, элемент «{key}»: «pillar» должно быть одним из значений {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="153"/>
        <source>{file}, item &apos;{key}&apos;: &apos;code&apos; (for example &quot;II.3&quot;) is required.</source>
        <translation>{file}, элемент «{key}»: требуется поле «code» (например, &quot;II.3&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/content.py" line="182"/>
        <source>Loading the library was cancelled; nothing was changed.</source>
        <translation>Загрузка библиотеки отменена; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library/library.py" line="167"/>
        <source>There is no library item with id {id}.</source>
        <translation>В библиотеке нет материала с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/commands.py" line="124"/>
        <source>“{value}” is not a date like 2026-12-01.</source>
        <translation>«{value}» — это не дата вида 2026-12-01.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="139"/>
        <source>The column mapping &quot;{text}&quot; must look like COLUMN=FIELD, e.g. 3=email.</source>
        <translation>Сопоставление столбца «{text}» должно иметь вид СТОЛБЕЦ=ПОЛЕ, например 3=email.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="146"/>
        <source>&quot;{field}&quot; is not a field; use one of: {fields}.</source>
        <translation>«{field}» — такого поля нет; используйте одно из: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="158"/>
        <source>There is no column {number}; the file has {count} columns.</source>
        <translation>Столбца {number} нет; в файле {count} столбцов.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="171"/>
        <source>Several columns are called &quot;{column}&quot; (columns {numbers}); use the column number.</source>
        <translation>Несколько столбцов называются «{column}» (столбцы {numbers}); укажите номер столбца.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/columns.py" line="180"/>
        <source>There is no column &quot;{column}&quot;; the columns are: {headers}.</source>
        <translation>Столбца «{column}» нет; есть столбцы: {headers}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="67"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not female or male (Ж/М, F/M)</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — не «женский» и не «мужской» (Ж/М, F/M)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="92"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a date (dd.mm.yyyy)</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не дата (дд.мм.гггг)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="109"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not yes or no (да/нет, 1/0)</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — не «да» и не «нет» (да/нет, 1/0)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="126"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an e-mail address</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/cells.py" line="149"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a full name (family name, given name, patronymic)</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не полное имя (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/reading.py" line="79"/>
        <source>{file} is not a CSV, TXT or XLSX file.</source>
        <translation>{file} — это не файл CSV, TXT или XLSX.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="59"/>
        <source>Cancelled before the package was read.</source>
        <translation>Отменено до того, как пакет был прочитан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="63"/>
        <source>its hash</source>
        <translation>его хеш</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="68"/>
        <source>its record count</source>
        <translation>число его записей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/errors.py" line="56"/>
        <location filename="../../src/jpoa_desktop/services/library/starter_questions.py" line="41"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>Не удается прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/errors.py" line="83"/>
        <source>Someone else changed this record while you were editing it; your change was not saved and nothing was overwritten.</source>
        <translation>Другой пользователь изменил эту запись, пока вы её редактировали; ваше изменение не сохранено, ничего не перезаписано.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/errors.py" line="91"/>
        <source>{who} changed this record at {when} while you were editing it; your change was not saved and nothing was overwritten.</source>
        <translation>{who} изменил(а) эту запись в {when}, пока вы её редактировали; ваше изменение не сохранено, ничего не перезаписано.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="105"/>
        <source>{file} is refused: it holds {member}, which its manifest does not list.</source>
        <translation>{file} отклонен: в нем есть {member}, которого нет в его манифесте.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="113"/>
        <source>{file} is damaged: its manifest lists {member}, which it does not hold.</source>
        <translation>{file} поврежден: его манифест называет {member}, которого в нем нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/reading.py" line="123"/>
        <source>{file} is refused: {member} does not match {what} in the manifest (changed or damaged).</source>
        <translation>{file} отклонен: {member} не совпадает с тем, что указано в манифесте ({what}): файл изменен или поврежден.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="104"/>
        <location filename="../../src/jpoa_desktop/io/tables/reading.py" line="87"/>
        <source>{file} is larger than {limit} MB; split it into smaller lists.</source>
        <translation>{file} больше {limit} МБ; разделите его на списки поменьше.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="115"/>
        <source>{file}: the document&apos;s text would unpack to {size} MB, more than a plan&apos;s can be ({limit} MB); it was not read.</source>
        <translation>{file}: текст документа распаковался бы в {size} МБ, больше, чем может занимать план ({limit} МБ); файл не прочитан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="163"/>
        <source>A further table of {rows} rows with other columns than the plan&apos;s was not read.</source>
        <translation>Ещё одна таблица ({rows} строк) с другими столбцами, чем у плана, не прочитана.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/reading.py" line="95"/>
        <location filename="../../src/jpoa_desktop/io/tables/table_layout.py" line="71"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: файл пуст.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_layout.py" line="114"/>
        <source>{file}: row {row} is empty or past the end; choose another header row.</source>
        <translation>{file}: строка {row} пуста или находится за концом таблицы; выберите другую строку заголовка.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="81"/>
        <source>&quot;{encoding}&quot; is not an encoding this program knows.</source>
        <translation>«{encoding}» — неизвестная программе кодировка.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="86"/>
        <source>{file} cannot be read as {encoding}; choose another encoding.</source>
        <translation>{file} нельзя прочитать в кодировке {encoding}; выберите другую кодировку.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="121"/>
        <source>{file} is an Excel workbook or another ZIP file, not a text file; if it is a workbook, give it the .xlsx extension.</source>
        <translation>{file} — это книга Excel или другой ZIP-файл, а не текстовый файл; если это книга Excel, дайте ей расширение .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="131"/>
        <source>{file} is a {kind}, not a table of participants.</source>
        <translation>{file} — это {kind}, а не таблица участников.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="150"/>
        <source>{file} does not look like a text file; save the list as CSV or XLSX.</source>
        <translation>{file} не похож на текстовый файл; сохраните список в формате CSV или XLSX.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/text_tables.py" line="228"/>
        <source>{file}, line {row}: {reason}</source>
        <translation>{file}, строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/xlsx_tables.py" line="170"/>
        <source>{file} cannot be opened as an Excel workbook; it may be damaged or not an XLSX file.</source>
        <translation>{file} не открывается как книга Excel; возможно, файл поврежден или это не XLSX.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/xlsx_tables.py" line="180"/>
        <source>{file} has no sheet &quot;{sheet}&quot;; its sheets are: {sheets}.</source>
        <translation>В файле {file} нет листа «{sheet}»; его листы: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="221"/>
        <location filename="../../src/jpoa_desktop/io/tables/reading.py" line="151"/>
        <source>{file}: there are no rows below the header.</source>
        <translation>{file}: под заголовком нет ни одной строки.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="35"/>
        <source>{file} has more than {limit} rows; split it into smaller lists.</source>
        <translation>В {file} больше {limit} строк; разделите его на списки поменьше.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="38"/>
        <source>{file} has more than {limit} columns, more than any real list; it was not read.</source>
        <translation>В файле {file} больше {limit} столбцов — больше, чем в любом настоящем списке; файл не прочитан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="41"/>
        <source>{file} has more than {limit} cells, more than any real list; split it into smaller lists.</source>
        <translation>В файле {file} больше {limit} ячеек — больше, чем в любом настоящем списке; разделите его на списки поменьше.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="45"/>
        <source>{file}, row {row}: a cell holds more than {limit} characters; it was not read.</source>
        <translation>{file}, строка {row}: в ячейке больше {limit} знаков; файл не прочитан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/table_limits.py" line="48"/>
        <source>{file}: a cell holds more than {limit} characters; it was not read.</source>
        <translation>{file}: в ячейке больше {limit} знаков; файл не прочитан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/workshop_models.py" line="176"/>
        <source>There is no workshop with id {id}.</source>
        <translation>Нет мероприятия с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="154"/>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="57"/>
        <source>{day} is not one of the workshop&apos;s days ({start} to {end}).</source>
        <translation>{day} не входит в дни мероприятия (с {start} по {end}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="75"/>
        <source>This workshop has no session {session}.</source>
        <translation>В программе этого мероприятия нет сессии {session}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="80"/>
        <source>“{title}” is on {session_day}, not on {day}.</source>
        <translation>Сессия «{title}» проходит {session_day}, а не {day}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="120"/>
        <source>No one in this workshop has the badge code {code}.</source>
        <translation>Ни у кого из участников этого мероприятия нет бейджа с кодом {code}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/workshop_models.py" line="185"/>
        <location filename="../../src/jpoa_desktop/services/workshops/attendance.py" line="300"/>
        <source>There is no registration with id {id}.</source>
        <translation>Нет регистрации с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo/demo.py" line="56"/>
        <source>“{value}” is not a demo size (small or large).</source>
        <translation>«{value}» — такого размера демонстрационных данных нет (small или large).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo/demo.py" line="98"/>
        <source>This database already holds {workshops} workshops and {people} people; demo data goes into a new, empty database.</source>
        <translation>В этой базе данных уже есть мероприятия ({workshops}) и люди ({people}); демонстрационные данные загружаются только в новую, пустую базу.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo/demo_writer.py" line="144"/>
        <source>Making the demo was cancelled; nothing was changed.</source>
        <translation>Создание демонстрационных данных отменено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_rows.py" line="51"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a country.</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не страна.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_rows.py" line="67"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a role.</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не роль.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/table_import.py" line="96"/>
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_import.py" line="117"/>
        <source>{file}: the names are in one column; choose to split them into family name, given name and patronymic.</source>
        <translation>{file}: имена записаны в одном столбце; выберите разделение на фамилию, имя и отчество.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_import.py" line="126"/>
        <source>{file}: no column is mapped to the family name and the given name.</source>
        <translation>{file}: ни один столбец не сопоставлен с фамилией и именем.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/table_import.py" line="104"/>
        <source>{file}: {count} rows have problems; nothing was imported. Fix them, or choose to skip the rows with problems.</source>
        <translation>{file}: строк с ошибками — {count}; ничего не импортировано. Исправьте их или выберите пропуск строк с ошибками.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/table_import.py" line="142"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменен; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/participant_import.py" line="232"/>
        <source>row {row}: the person it matched was deleted meanwhile; import again.</source>
        <translation>строка {row}: найденный для нее человек тем временем удален; повторите импорт.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="130"/>
        <source>The family name is empty.</source>
        <translation>Фамилия не указана.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="134"/>
        <source>The given name is empty.</source>
        <translation>Имя не указано.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="138"/>
        <source>“{value}” is not a sex the app knows.</source>
        <translation>«{value}» — такого значения пола программа не знает.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="144"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>«{value}» — это не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="150"/>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="78"/>
        <source>“{value}” is not a two-letter country code.</source>
        <translation>«{value}» — это не двухбуквенный код страны.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="156"/>
        <source>“{value}” is not a kind of organisation.</source>
        <translation>«{value}» — такого типа организации нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="339"/>
        <source>{name} cannot be deleted while registered for a workshop (registrations: {count}).</source>
        <translation>{name}: удалить нельзя, пока есть регистрации на мероприятия (регистраций: {count}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="59"/>
        <source>The workshop has no title.</source>
        <translation>У мероприятия нет названия.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="62"/>
        <source>The workshop ends ({end}) before it starts ({start}).</source>
        <translation>Мероприятие заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="68"/>
        <source>“{value}” is not a kind of workshop.</source>
        <translation>«{value}» — такого вида мероприятия нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="72"/>
        <source>“{value}” is not a workshop status.</source>
        <translation>«{value}» — такого статуса мероприятия нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="144"/>
        <source>“{value}” is not a role.</source>
        <translation>«{value}» — такой роли нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_rows.py" line="147"/>
        <source>“{value}” is not a registration status.</source>
        <translation>«{value}» — такого статуса регистрации нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/duplicates.py" line="127"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>Нельзя объединить человека с самим собой.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/duplicates.py" line="134"/>
        <source>Person {id} was erased, so they cannot be merged.</source>
        <translation>Данные человека {id} удалены, поэтому его нельзя объединить.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/duplicates.py" line="181"/>
        <source>There is no merge {id} to undo.</source>
        <translation>Нет объединения {id}, которое можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/duplicates.py" line="186"/>
        <source>Merge {id} cannot be undone: the person&apos;s data was erased.</source>
        <translation>Объединение {id} нельзя отменить: данные человека удалены.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/people.py" line="254"/>
        <location filename="../../src/jpoa_desktop/services/workshops/workshops.py" line="240"/>
        <source>There is no person with id {id}.</source>
        <translation>Нет человека с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/files/partial_files.py" line="157"/>
        <location filename="../../src/jpoa_desktop/io/writing/strategy_diff_export.py" line="194"/>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_export.py" line="80"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/writing/coverage_export.py" line="78"/>
        <location filename="../../src/jpoa_desktop/io/writing/export.py" line="36"/>
        <source>{file}: export as .csv or .xlsx.</source>
        <translation>{file}: экспорт возможен только в .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/writing/coverage_export.py" line="85"/>
        <location filename="../../src/jpoa_desktop/io/writing/xlsx.py" line="93"/>
        <location filename="../../src/jpoa_desktop/texts/strategy_text.py" line="46"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменен; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/directory.py" line="163"/>
        <source>“{value}” is not a directory column to sort by ({choices}).</source>
        <translation>«{value}» — не столбец справочника, по которому можно сортировать ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_checks.py" line="20"/>
        <source>“{title}” is on {day}, outside the workshop&apos;s dates ({start} to {end}).</source>
        <translation>Сессия «{title}» назначена на {day}, вне дат мероприятия (с {start} по {end}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_checks.py" line="23"/>
        <source>“{title}” on {day} ends at {end}, before it starts ({start}).</source>
        <translation>Сессия «{title}» ({day}) заканчивается в {end}, раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_checks.py" line="26"/>
        <source>“{first}” ({first_time}) and “{second}” ({second_time}) overlap on {day}.</source>
        <translation>Сессии «{first}» ({first_time}) и «{second}» ({second_time}) пересекаются по времени ({day}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="63"/>
        <source>There is no agenda session with id {id}.</source>
        <translation>В программе нет сессии с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="88"/>
        <source>The session has no title.</source>
        <translation>У сессии нет названия.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="93"/>
        <source>“{value}” is not a kind of session.</source>
        <translation>«{value}» — такого вида сессии нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="98"/>
        <source>Person {id} is not registered for this workshop as a speaker, facilitator or organiser.</source>
        <translation>Человек с идентификатором {id} не зарегистрирован на это мероприятие как докладчик, модератор или организатор.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="115"/>
        <source>“{value}” is not a pillar or area of the library.</source>
        <translation>«{value}» — такого компонента или направления в библиотеке нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/agenda_rows.py" line="141"/>
        <source>Moving by {minutes} minutes would take “{title}” past midnight.</source>
        <translation>При сдвиге на {minutes} мин сессия «{title}» выйдет за полночь.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshops.py" line="291"/>
        <source>{name} has attendance marks on {count} day(s); removing the registration would delete them.</source>
        <translation>{name}: есть отметки присутствия (дней: {count}); при удалении регистрации они будут удалены.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/commands.py" line="75"/>
        <source>The session was deleted elsewhere meanwhile.</source>
        <translation>Тем временем эта сессия была удалена в другом месте.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops/workshop_snapshot.py" line="90"/>
        <source>The deleted workshop is already back; there is nothing to undo.</source>
        <translation>Удаленное мероприятие уже восстановлено; отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/texts/fonts.py" line="69"/>
        <source>“{text}” has letters the handout font cannot print: {letters}. Correct the text, or ask for a font that has them.</source>
        <translation>В тексте «{text}» есть буквы, которые шрифт раздаточных материалов не может напечатать: {letters}. Исправьте текст или запросите шрифт, в котором они есть.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="82"/>
        <source>“{value}” is not a handout language ({choices}).</source>
        <translation>«{value}» — не язык раздаточных материалов ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="94"/>
        <source>No one is registered for this workshop yet; register participants first.</source>
        <translation>На это мероприятие еще никто не зарегистрирован; сначала зарегистрируйте участников.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="190"/>
        <source>“{value}” is not a way to sort the list ({choices}).</source>
        <translation>«{value}» — не способ сортировки списка ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="197"/>
        <source>“{value}” is not a column of the list ({choices}).</source>
        <translation>«{value}» — не столбец списка ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/factsheet_texts.py" line="73"/>
        <source>The library has no pillar {number}; load the built-in library.</source>
        <translation>В библиотеке нет компонента {number}; загрузите встроенную библиотеку.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="222"/>
        <source>“{value}” is not a kind of handout ({choices}).</source>
        <translation>«{value}» — не вид раздаточного материала ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="306"/>
        <source>“{value}” is not a paper size ({choices}).</source>
        <translation>«{value}» — не формат бумаги ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="363"/>
        <source>No one met the certificate rule (attendance and post-test score), so there are no certificates to print; {left_out} registered people were left out.</source>
        <translation>Никто не выполнил условия получения сертификата (посещаемость и балл итогового теста), поэтому печатать сертификаты не для кого; без сертификата осталось зарегистрированных: {left_out}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/handout_data.py" line="374"/>
        <source>No one met the attendance rule ({rule} % of the days), so there are no certificates to print; {left_out} registered people were left out.</source>
        <translation>Никто не выполнил правило посещаемости ({rule} % дней), поэтому печатать сертификаты не для кого; без сертификата осталось зарегистрированных: {left_out}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/page.py" line="78"/>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Печать отменена; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_rules.py" line="40"/>
        <source>The attendance rule must be between 0 and 100 % of the days.</source>
        <translation>Правило посещаемости должно быть от 0 до 100 % дней.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_rules.py" line="46"/>
        <source>The post-test score must be between 0 and 100 %.</source>
        <translation>Балл итогового теста должен быть от 0 до 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_rules.py" line="50"/>
        <source>“{value}” is not a certificate wording: participation or completion.</source>
        <translation>«{value}» — не формулировка сертификата: укажите participation (об участии) или completion (об успешном окончании).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_rules.py" line="57"/>
        <source>A certificate of completion needs a minimum post-test score; set one, or print certificates of participation.</source>
        <translation>Для сертификата об успешном окончании нужен минимальный балл итогового теста; задайте его или печатайте сертификаты об участии.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="109"/>
        <source>{file} is a private signing key, not a public key: it is not kept among the trusted issuers. Ask the issuer for the file made by Export public key.</source>
        <translation>{file} — закрытый ключ подписи, а не открытый ключ: он не сохраняется среди доверенных издателей. Попросите у издателя файл, созданный командой «Экспорт открытого ключа».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="115"/>
        <source>{file} is not a public key exported by JPoA Desktop.</source>
        <translation>{file} — не открытый ключ, выгруженный из JPoA Desktop.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="119"/>
        <source>{file} is not a certificate signing key file of JPoA Desktop.</source>
        <translation>{file} — не файл ключа подписи сертификатов JPoA Desktop.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="159"/>
        <source>No trusted issuer has the key {fingerprint}.</source>
        <translation>Ни у одного доверенного издателя нет ключа {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="178"/>
        <source>The signing key file {file} is protected by a passphrase; give the passphrase (JPOA_KEY_PASSPHRASE for the jpoa command).</source>
        <translation>Файл ключа подписи {file} защищён паролем; введите пароль (для команды jpoa — в переменной JPOA_KEY_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/key_files.py" line="188"/>
        <source>The passphrase does not open the key file {file}.</source>
        <translation>Пароль не подходит к файлу ключа {file}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/handouts.py" line="43"/>
        <source>“{value}” is not an offset like 1.5,-0.5 (mm).</source>
        <translation>«{value}» — не смещение вида 1.5,-0.5 (мм).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/handouts.py" line="53"/>
        <source>Only certificates are printed one person a file.</source>
        <translation>По отдельному файлу на человека печатаются только сертификаты.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/handouts.py" line="57"/>
        <source>Say where with --out FILE.pdf, or --per-person FOLDER for certificates.</source>
        <translation>Укажите, куда сохранить: --out FILE.pdf или, для сертификатов, --per-person FOLDER.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/handouts.py" line="88"/>
        <source>Say which workshop with --workshop ID.</source>
        <translation>Укажите мероприятие: --workshop ID.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/branding.py" line="83"/>
        <source>“{value}” is not a number of millimetres.</source>
        <translation>«{value}» — не число миллиметров.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/branding.py" line="135"/>
        <source>Say what to change with --accent or --margin.</source>
        <translation>Укажите, что изменить, с помощью --accent или --margin.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="44"/>
        <source>{file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="47"/>
        <source>{file} is {size} MB; a logo or signature may be at most {limit} MB.</source>
        <translation>Файл {file} занимает {size} МБ; логотип или подпись может быть не больше {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="65"/>
        <source>{file} is not a PNG or SVG image; save it as PNG or SVG.</source>
        <translation>{file} — не изображение PNG или SVG; сохраните его в формате PNG или SVG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="75"/>
        <source>{file} is damaged or not a PNG image; save it again as PNG.</source>
        <translation>Файл {file} поврежден или не является изображением PNG; сохраните его заново в PNG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="85"/>
        <source>{file} is {width} × {height} pixels; at most {limit} million pixels are accepted. Save it smaller.</source>
        <translation>Изображение {file} имеет размер {width} × {height} пикселей; допускается не больше {limit} млн пикселей. Сохраните его меньшего размера.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="128"/>
        <source>{file} is not a well-formed SVG image; save it again as SVG.</source>
        <translation>{file} — некорректное изображение SVG; сохраните его заново в SVG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="107"/>
        <source>{file} declares XML entities, which are refused for safety; save it as plain SVG (in Inkscape: Save as, Plain SVG).</source>
        <translation>В файле {file} объявлены XML-сущности, что не допускается из соображений безопасности; сохраните его как простой SVG (в Inkscape: «Сохранить как», «Простой SVG»).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="148"/>
        <source>{file} has more than {limit} elements; simplify the drawing or save it as PNG.</source>
        <translation>В файле {file} больше {limit} элементов; упростите рисунок или сохраните его в PNG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="162"/>
        <source>{file} refers to something outside itself ({reference}); only self-contained SVG images are accepted. Embed it, or save as PNG.</source>
        <translation>Файл {file} ссылается на внешний ресурс ({reference}); принимаются только самодостаточные изображения SVG. Встройте ресурс или сохраните в PNG.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/image_files.py" line="198"/>
        <source>{file} has no usable size; give the SVG a width and height or a viewBox.</source>
        <translation>У файла {file} нет пригодного размера; задайте в SVG ширину и высоту или viewBox.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/sheets.py" line="60"/>
        <source>“{value}” is not a label sheet ({choices}, or a size like {form}).</source>
        <translation>«{value}» — не лист наклеек ({choices} или размер вида {form}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/sheets.py" line="81"/>
        <source>“{value}” is not a label sheet size; write it like {form}, in millimetres.</source>
        <translation>«{value}» — не размер листа наклеек; запишите его в виде {form}, в миллиметрах.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/sheets.py" line="105"/>
        <source>Labels of {width} × {height} mm are too small for a badge; they need at least {min_width} × {min_height} mm.</source>
        <translation>Наклейки {width} × {height} мм слишком малы для бейджа; нужно не меньше {min_width} × {min_height} мм.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/common/sheets.py" line="125"/>
        <source>{columns} × {rows} labels of {width} × {height} mm do not fit on {paper} paper ({paper_width} × {paper_height} mm).</source>
        <translation>{columns} × {rows} наклеек размером {width} × {height} мм не помещаются на лист {paper} ({paper_width} × {paper_height} мм).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="114"/>
        <source>There is no logo or signature with id {id}.</source>
        <translation>Логотипа или подписи с номером {id} нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="124"/>
        <source>A signature needs the name of the person who signs.</source>
        <translation>Для подписи нужно имя подписывающего.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/model/text_input.py" line="57"/>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="129"/>
        <source>“{value}” is too long: at most {limit} characters.</source>
        <translation>«{value}» — слишком длинно: не больше {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="197"/>
        <source>“{value}” is not a kind of image ({choices}).</source>
        <translation>«{value}» — не вид изображения ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="209"/>
        <source>A workshop can have at most {limit} logos.</source>
        <translation>У мероприятия может быть не больше {limit} логотипов.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="211"/>
        <source>A workshop can have at most {limit} signatures.</source>
        <translation>У мероприятия может быть не больше {limit} подписей.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="250"/>
        <source>The removed image is already back; there is nothing to undo.</source>
        <translation>Удаленное изображение уже восстановлено; отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="283"/>
        <source>Only a signature has a signer&apos;s name and title.</source>
        <translation>Имя и должность подписывающего есть только у подписи.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="320"/>
        <source>“{value}” is not a colour like #1f5f99.</source>
        <translation>«{value}» — не цвет вида #1f5f99.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/branding.py" line="332"/>
        <source>Margins must be between {low} and {high} mm, not {value}.</source>
        <translation>Поля должны быть от {low} до {high} мм, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/batch.py" line="62"/>
        <source>Cancelled before every handout was done.</source>
        <translation>Отменено до того, как были готовы все материалы.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/printing.py" line="47"/>
        <source>{file} is not a PDF file that can be read.</source>
        <translation>{file} — не читаемый файл PDF.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/printing.py" line="158"/>
        <source>The printer “{printer}” could not start printing.</source>
        <translation>Принтер «{printer}» не смог начать печать.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/printing.py" line="171"/>
        <source>Printing was cancelled; the rest was not sent.</source>
        <translation>Печать отменена; остальное не отправлено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/strategies.py" line="195"/>
        <source>“{value}” is not a period of years like 2023-2027.</source>
        <translation>«{value}» — не период вида 2023-2027.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="68"/>
        <source>{file} cannot be opened as a Word document; it may be damaged.</source>
        <translation>Файл {file} не открывается как документ Word; возможно, он поврежден.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_docx.py" line="90"/>
        <source>{file} has no table with a column of measures (“Measure”, “Мероприятие”).</source>
        <translation>В файле {file} нет таблицы со столбцом мер («Measure», «Мероприятие»).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_cells.py" line="39"/>
        <location filename="../../src/jpoa_desktop/io/plans/plan_cells.py" line="60"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an amount</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — не сумма</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/plans/plan_cells.py" line="71"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; has no currency (e.g. USD)</source>
        <translation>строка {row}, столбец «{column}»: у «{value}» не указана валюта (например, USD)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategies.py" line="92"/>
        <source>“{value}” is not a template (empty or framework).</source>
        <translation>«{value}» — не шаблон (empty или framework).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_details.py" line="181"/>
        <source>A comment needs some text.</source>
        <translation>Комментарий не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import.py" line="186"/>
        <source>Column {number} → “{field}”: the file has {count} columns and the fields are: {fields}.</source>
        <translation>Столбец {number} → «{field}»: в файле {count} столбцов, а поля такие: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import.py" line="197"/>
        <source>{file}: no column is mapped to the measure; the columns are: {headers}.</source>
        <translation>{file}: ни один столбец не сопоставлен с мерой; столбцы: {headers}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import.py" line="157"/>
        <source>{file}: there is no measure to import.</source>
        <translation>{file}: нет мер для импорта.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="80"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not one of: {allowed}</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — не одно из значений: {allowed}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="153"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; names no year and the plan runs {first}–{last}; it is kept as written, without dates</source>
        <translation>строка {row}, столбец «{column}»: в сроке «{value}» нет года, а план рассчитан на {first}–{last} гг.; срок сохранён как написан, без дат</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="160"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a deadline the app can read; it is kept as written, without dates</source>
        <translation>строка {row}, столбец «{column}»: срок «{value}» программа прочитать не может; он сохранён как написан, без дат</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="167"/>
        <source>row {row}, column &quot;{column}&quot;: the deadline is longer than {limit} characters; only its beginning is kept</source>
        <translation>строка {row}, столбец «{column}»: срок длиннее {limit} знаков; сохранено только его начало</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="203"/>
        <source>row {row}, column &quot;{column}&quot;: the measure has no text</source>
        <translation>строка {row}, столбец «{column}»: у меры нет текста</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_rows.py" line="291"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a pillar or area code</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — не код компонента или направления</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="35"/>
        <source>There is no {what} with id {id}.</source>
        <translation>Объекта «{what}» с номером {id} нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="52"/>
        <source>Item {id} is a {kind}; indicators, budget and mapping belong to measures.</source>
        <translation>Элемент {id} — {kind}; показатели, бюджет и привязка бывают только у мер.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="65"/>
        <source>The {name} year {year} is not between {first} and {last}.</source>
        <translation>Год ({name}) {year} не лежит между {first} и {last}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="77"/>
        <source>A strategy draft needs a title.</source>
        <translation>У проекта стратегии должно быть название.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="80"/>
        <source>“{value}” is not a two-letter country code (for example KG).</source>
        <translation>«{value}» — не двухбуквенный код страны (например, KG).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="87"/>
        <source>“{value}” is not a kind of draft ({allowed}).</source>
        <translation>«{value}» — не вид проекта ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="93"/>
        <source>“{value}” is not a draft status ({allowed}).</source>
        <translation>«{value}» — не статус проекта ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="101"/>
        <source>The period ends in {end}, before it starts in {start}.</source>
        <translation>Период заканчивается в {end}, раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="133"/>
        <source>A {kind} needs a text in at least one language.</source>
        <translation>Элементу ({kind}) нужен текст хотя бы на одном языке.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="138"/>
        <source>The {kind} ends on {end}, before it starts on {start}.</source>
        <translation>Элемент ({kind}) заканчивается {end}, раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="145"/>
        <source>The deadline “{value}…” is longer than {limit} characters.</source>
        <translation>Срок «{value}…» длиннее {limit} знаков.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="153"/>
        <source>“{value}” is not a priority ({allowed}).</source>
        <translation>«{value}» — не приоритет ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="159"/>
        <source>“{value}” is not a measure status ({allowed}).</source>
        <translation>«{value}» — не статус меры ({allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="219"/>
        <source>“{value}” is not goal, objective or measure.</source>
        <translation>«{value}» — не цель, не задача и не мера.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="225"/>
        <source>Item {id} belongs to another draft.</source>
        <translation>Элемент {id} относится к другому проекту.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="230"/>
        <source>A goal sits at the top of the draft, not under an item.</source>
        <translation>Цель находится на верхнем уровне проекта, а не внутри другого элемента.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="235"/>
        <source>A {kind} cannot go there: its parent must be a “{parent}” item.</source>
        <translation>Элемент ({kind}) нельзя поместить сюда: его родитель должен быть элементом «{parent}».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="245"/>
        <source>An indicator needs a name.</source>
        <translation>У показателя должно быть название.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="268"/>
        <source>“{value}” is not an amount of money.</source>
        <translation>«{value}» — не денежная сумма.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="273"/>
        <source>A budget amount must be zero or more, not {value}.</source>
        <translation>Сумма бюджета должна быть не меньше нуля, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="278"/>
        <source>“{value}” is not a currency code (three capital letters, e.g. USD).</source>
        <translation>«{value}» — не код валюты (три заглавные буквы, например USD).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_rows.py" line="299"/>
        <source>“{key}” is not a pillar or framework area of the library.</source>
        <translation>«{key}» — такого компонента или тематического направления в библиотеке нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_snapshot.py" line="94"/>
        <source>The deleted item is already back; nothing to undo.</source>
        <translation>Удаленный элемент уже восстановлен; отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_snapshot.py" line="101"/>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_snapshot.py" line="110"/>
        <source>The item this belonged to has been deleted.</source>
        <translation>Элемент, к которому это относилось, удален.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_versions.py" line="216"/>
        <source>A version needs a name.</source>
        <translation>У версии должно быть название.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/writing/strategy_diff_export.py" line="181"/>
        <source>“{file}” is not a .docx, .xlsx or .csv file.</source>
        <translation>«{file}» — не файл .docx, .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_draft_restore.py" line="67"/>
        <source>The deleted draft is already back; nothing to undo.</source>
        <translation>Удаленный проект уже восстановлен; отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_commands.py" line="61"/>
        <source>The draft has been deleted; nothing to undo.</source>
        <translation>Проект удален; отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_export.py" line="48"/>
        <source>{file}: the name must end in .docx, .pdf or .xlsx.</source>
        <translation>{file}: имя файла должно оканчиваться на .docx, .pdf или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="102"/>
        <source>The server refused the change: your account may not change this strategy draft (it belongs to another country, or you may only read). Nothing was changed.</source>
        <translation>Сервер отклонил изменение: ваша учётная запись не может изменять этот проект стратегии (он относится к другой стране, или у вас доступ только для чтения). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="108"/>
        <source>The server refused the change: your account may not change this workshop or its participants&apos; records (another country&apos;s, or you may only read). Nothing was changed.</source>
        <translation>Сервер отклонил изменение: ваша учётная запись не может изменять это мероприятие и записи его участников (оно относится к другой стране, или у вас доступ только для чтения). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="115"/>
        <source>The server refused the change: your account may not change this person or organisation (another country&apos;s, or you may only read). Nothing was changed.</source>
        <translation>Сервер отклонил изменение: ваша учётная запись не может изменять этого человека или организацию (они относятся к другой стране, или у вас доступ только для чтения). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="121"/>
        <source>The server refused the change: your account may not do this (ask the server&apos;s administrator). Nothing was changed.</source>
        <translation>Сервер отклонил изменение: вашей учётной записи это не разрешено (обратитесь к администратору сервера). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="147"/>
        <source>The connection to the database server was lost (the server stopped or the network is down); the change was not saved. Reconnect when the server is back (File → Reconnect to the Server).</source>
        <translation>Соединение с сервером базы данных потеряно (сервер остановлен или сеть недоступна); изменение не сохранено. Переподключитесь, когда сервер снова будет доступен (Файл → Переподключиться к серверу).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="183"/>
        <source>The database {path} is damaged (its pages do not fit together); nothing was changed. Open a backup copy or another database; `jpoa check` lists the damage.</source>
        <translation>База данных {path} повреждена (её страницы не согласуются); ничего не изменено. Откройте резервную копию или другую базу; `jpoa check` перечислит повреждения.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="200"/>
        <source>Another program is still writing to {path}; nothing was changed. Try again when it has finished.</source>
        <translation>Другая программа всё ещё записывает в {path}; ничего не изменено. Повторите, когда она закончит.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="209"/>
        <source>The disk holding {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск, на котором лежит {path}, заполнен; ничего не изменено. Освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="220"/>
        <source>{path} cannot be written: the file, its folder or its disk is read-only; nothing was changed. Copy it to a folder you can write to, or open another database.</source>
        <translation>В {path} нельзя записать: файл, его папка или диск доступны только для чтения; ничего не изменено. Скопируйте файл в папку, где можно писать, или откройте другую базу.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/faults.py" line="232"/>
        <source>{path} cannot be read or written (the disk reported an error); nothing was changed. Check that the drive is still connected, then try again.</source>
        <translation>{path} не удаётся прочитать или записать (диск сообщил об ошибке); ничего не изменено. Проверьте, что диск подключён, и повторите.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/zip_guard.py" line="43"/>
        <source>{file} is damaged or not a real Office file: {reason}</source>
        <translation>{file} повреждён или не является настоящим файлом Office: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/zip_guard.py" line="49"/>
        <source>{file} holds {count} parts, more than any real document ({limit}).</source>
        <translation>В файле {file} {count} частей — больше, чем в любом настоящем документе ({limit}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables/zip_guard.py" line="67"/>
        <source>{file} would unpack to {size} MB, more than the {limit} MB a list or plan can be; it was not read.</source>
        <translation>{file} распаковался бы в {size} МБ, больше {limit} МБ, которые может занимать список или план; файл не прочитан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_codes.py" line="165"/>
        <source>“{value}” is not an address for the verifier page: it should start with https://, name the website in Latin letters, have no # or spaces and be at most {limit} characters long.</source>
        <translation>«{value}» — не адрес страницы проверки: он должен начинаться с https://, содержать имя сайта латиницей, не содержать # и пробелов и быть не длиннее {limit} знаков.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/certificate_codes.py" line="196"/>
        <source>This is not a JPoA Desktop certificate code (it should start with JP2: or JPOA1.).</source>
        <translation>Это не код сертификата JPoA Desktop (он должен начинаться с JP2: или JPOA1.).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/texts/text_folding.py" line="94"/>
        <source>Type at least one word to search for.</source>
        <translation>Введите хотя бы одно слово для поиска.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/signing.py" line="57"/>
        <source>This database&apos;s certificates are signed with a key that is not on this computer (looked in {folder}). Import the key file from the computer that issued them (`jpoa certificate import-key FILE`, or Verify → Import signing key) and try again.</source>
        <translation>Сертификаты этой базы подписываются ключом, которого нет на этом компьютере (искали в {folder}). Импортируйте файл ключа с компьютера, который их выдавал (`jpoa certificate import-key FILE` или «Проверка → Импортировать ключ подписи»), и повторите.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/signing.py" line="164"/>
        <source>{file} is another issuer&apos;s key: this database&apos;s certificates are signed with the key {fingerprint}.</source>
        <translation>{file} — ключ другого издателя: сертификаты этой базы подписываются ключом {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_notes.py" line="21"/>
        <source>The header spans rows {first} and {second}; the columns are named from both.</source>
        <translation>Заголовок занимает строки {first} и {second}; названия столбцов взяты из обеих.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_notes.py" line="37"/>
        <source>Not imported: {count} column(s) with no field chosen: {headers}. Choose a field for a column to import it.</source>
        <translation>Не импортируются столбцы без выбранного поля ({count}): {headers}. Выберите поле для столбца, чтобы импортировать его.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_notes.py" line="48"/>
        <source>Not read as measures: row(s) {rows}, a title above the header or a row numbering the columns.</source>
        <translation>Не прочитаны как мероприятия строки {rows}: заголовок над шапкой таблицы или строка с номерами столбцов.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/strategies/strategy_import_notes.py" line="58"/>
        <source>Not read as measures: row(s) {rows} below the plan (totals, signatures, notes).</source>
        <translation>Не прочитаны как мероприятия строки {rows} под планом (итоги, подписи, примечания).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/certificates.py" line="21"/>
        <source>That is this computer&apos;s own key: it signs this computer&apos;s certificates and stays trusted.</source>
        <translation>Это собственный ключ этого компьютера: им подписываются его сертификаты, и он остаётся доверенным.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/certificates.py" line="48"/>
        <source>“{value}” is not a percentage like 60.</source>
        <translation>«{value}» — не процент (например, 60).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/certificates.py" line="80"/>
        <source>The register is written as FILE.xlsx, not “{value}”.</source>
        <translation>Реестр записывается в файл вида FILE.xlsx, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/content/demo_data.py" line="24"/>
        <source>{place}: the demo data is damaged: {reason}</source>
        <translation>{place}: демонстрационные данные повреждены: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="41"/>
        <source>{file} is refused: it holds {count} members, more than {limit}.</source>
        <translation>{file} отклонен: в нем {count} файлов, больше чем {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="64"/>
        <source>{file} is refused: {member} inflates more than {ratio} times, as only a zip bomb does.</source>
        <translation>{file} отклонен: {member} при распаковке увеличивается более чем в {ratio} раз, как бывает только у zip-бомбы.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="95"/>
        <source>{file} is refused: member {member} would be written outside its folder.</source>
        <translation>{file} отклонен: файл {member} был бы записан за пределами своей папки.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="103"/>
        <source>{file} is refused: it holds {member}, which no JPoA package holds.</source>
        <translation>{file} отклонен: в нем есть {member}, какого не бывает в пакетах JPoA.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="114"/>
        <source>{file} is damaged or not a JPoA package ({reason}); nothing was imported.</source>
        <translation>{file} поврежден или не является пакетом JPoA ({reason}); ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/archive.py" line="125"/>
        <source>{file} is refused: it would unpack to more than {limit} MB ({size} MB at least).</source>
        <translation>{file} отклонен: при распаковке он занял бы больше {limit} МБ (не менее {size} МБ).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="45"/>
        <source>the file is cut short</source>
        <translation>файл обрезан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="50"/>
        <source>{file} was encrypted by a newer JPoA Desktop; update to import it.</source>
        <translation>{file} зашифрован более новой версией JPoA Desktop; обновите программу, чтобы его импортировать.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="57"/>
        <source>it asks for a key JPoA never makes</source>
        <translation>он требует ключ, какого JPoA никогда не создает</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="60"/>
        <source>{file} is encrypted: give the passphrase it was exported with.</source>
        <translation>{file} зашифрован: укажите парольную фразу, с которой он был экспортирован.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="71"/>
        <source>The passphrase does not open this package ({file}), or the file was changed.</source>
        <translation>Парольная фраза не открывает этот пакет ({file}), или файл был изменен.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/envelope.py" line="85"/>
        <source>{file} is an encrypted package JPoA cannot open: {reason}.</source>
        <translation>{file} — зашифрованный пакет, который JPoA не может открыть: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/json_text.py" line="77"/>
        <source>{file} is damaged: {member} is not UTF-8 text.</source>
        <translation>{file} поврежден: {member} — не текст в UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/json_text.py" line="87"/>
        <source>{file} is damaged: {member} is not valid JSON ({reason}).</source>
        <translation>{file} поврежден: {member} — некорректный JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/json_text.py" line="126"/>
        <source>{file} is refused: {member} nests values more than {limit} deep.</source>
        <translation>{file} отклонен: в {member} значения вложены глубже {limit} уровней.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="76"/>
        <source>it is not a JPoA package manifest</source>
        <translation>это не манифест пакета JPoA</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="79"/>
        <source>it has no format version</source>
        <translation>в нем нет версии формата</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="82"/>
        <source>{file} was made by a newer JPoA Desktop (package format {version}); update to import it.</source>
        <translation>{file} создан более новой версией JPoA Desktop (формат пакета {version}); обновите программу, чтобы его импортировать.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="94"/>
        <source>it names no known kind of package</source>
        <translation>в нем не указан известный вид пакета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="96"/>
        <source>it does not say who made it</source>
        <translation>в нем не указано, кто его создал</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="98"/>
        <source>it does not list its tables</source>
        <translation>в нем нет списка таблиц</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="115"/>
        <source>it does not say when it was made</source>
        <translation>в нем не указано, когда он создан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="121"/>
        <source>it lists a table it cannot hold</source>
        <translation>в нем указана таблица, которой в пакете быть не может</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="124"/>
        <source>a table points at the wrong member</source>
        <translation>таблица указывает не на тот файл</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="126"/>
        <source>a table has no record count</source>
        <translation>у таблицы нет числа записей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="128"/>
        <source>a table has no SHA-256 hash</source>
        <translation>у таблицы нет хеша SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/manifest.py" line="134"/>
        <source>{file} is refused: its manifest is wrong ({reason}).</source>
        <translation>{file} отклонен: его манифест неверен ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/private_keys.py" line="22"/>
        <source>the manifest</source>
        <translation>манифест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/private_keys.py" line="26"/>
        <source>Signing keys never travel in a package (table {table}).</source>
        <translation>Ключи подписи никогда не передаются в пакете (таблица {table}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/private_keys.py" line="59"/>
        <source>A package never carries private keys or secrets ({table}, field {field}).</source>
        <translation>Пакет никогда не содержит закрытых ключей и секретов ({table}, поле {field}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="20"/>
        <source>it is not a list of records</source>
        <translation>это не список записей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="27"/>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="30"/>
        <source>it has no uuid</source>
        <translation>у нее нет uuid</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="33"/>
        <source>{file} is refused: table {table} holds uuid {uuid} twice.</source>
        <translation>{file} отклонен: в таблице {table} uuid {uuid} встречается дважды.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="59"/>
        <source>{file} is refused: table {table}: {reason}.</source>
        <translation>{file} отклонен: таблица {table}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/records.py" line="68"/>
        <source>{file} is refused: table {table}, record {number}: {reason}.</source>
        <translation>{file} отклонен: таблица {table}, запись {number}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="45"/>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="56"/>
        <source>Cancelled before the package was written.</source>
        <translation>Отменено до того, как пакет был записан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="64"/>
        <source>{file}: {kind} is not a kind of package.</source>
        <translation>{file}: {kind} — не вид пакета.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="73"/>
        <source>{file}: {table} cannot be a table&apos;s name.</source>
        <translation>{file}: {table} не может быть именем таблицы.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/packages/writing.py" line="90"/>
        <source>{file}: {table} holds a value JSON cannot: {reason}</source>
        <translation>{file}: в {table} есть значение, которое JSON не может передать: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/backup.py" line="73"/>
        <source>{database} is not a database file; back it up with its server&apos;s tools.</source>
        <translation>{database} — не файл базы данных; сделайте резервную копию средствами ее сервера.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/backup.py" line="123"/>
        <source>{file} could not be backed up: {reason}</source>
        <translation>Не удалось сделать резервную копию {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/files/sqlite_copy.py" line="58"/>
        <source>The copy of {file} is damaged ({reason}); it was not kept.</source>
        <translation>Копия {file} повреждена ({reason}); она не сохранена.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restorable.py" line="19"/>
        <source>There is no file {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restorable.py" line="28"/>
        <source>{path} is damaged ({reason}); nothing was restored.</source>
        <translation>{path} поврежден ({reason}); ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restorable.py" line="42"/>
        <source>{path} was written by a newer version of JPoA Desktop; update the app to restore it. Nothing was restored.</source>
        <translation>{path} записан более новой версией JPoA Desktop; обновите программу, чтобы его восстановить. Ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restorable.py" line="53"/>
        <source>{path} is not a JPoA Desktop database; nothing was restored.</source>
        <translation>{path} — не база данных JPoA Desktop; ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restore.py" line="58"/>
        <source>{database} is not a database file; restore it with its server&apos;s tools.</source>
        <translation>{database} — не файл базы данных; восстановите ее средствами ее сервера.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/exchange/restore.py" line="136"/>
        <source>{file} is open in another program (JPoA Desktop or a `jpoa` command); close it and restore again. Nothing was changed.</source>
        <translation>{file} открыт в другой программе (JPoA Desktop или команде `jpoa`); закройте ее и повторите восстановление. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/packages.py" line="70"/>
        <source>The passphrase file {file} does not exist.</source>
        <translation>Файл с паролем {file} не существует.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/packages.py" line="78"/>
        <source>The passphrase file {file} is empty: its first line is the passphrase.</source>
        <translation>Файл с паролем {file} пуст: паролем служит его первая строка.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/packages.py" line="85"/>
        <source>The first line of {file} is longer than a passphrase can be ({limit}).</source>
        <translation>Первая строка {file} длиннее допустимого пароля ({limit}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/gathering.py" line="34"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/merge_plan.py" line="92"/>
        <source>{file} is refused: table {table}, record {uuid}: {reason}.</source>
        <translation>{file} отклонён: таблица {table}, запись {uuid}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/merge_plan.py" line="137"/>
        <source>{file} is refused: it holds a table {table}.</source>
        <translation>{file} отклонён: он содержит таблицу {table}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/personal_data.py" line="67"/>
        <source>There is no person “{person}” (give an id or a uuid).</source>
        <translation>Человека «{person}» нет (укажите id или uuid).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/retention.py" line="54"/>
        <source>The retention period must be {low} to {high} months, not {value}.</source>
        <translation>Срок хранения должен быть от {low} до {high} месяцев, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people/retention.py" line="131"/>
        <source>Cancelled: no one&apos;s data was erased.</source>
        <translation>Отменено: ничьи данные не удалены.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli/evaluation.py" line="60"/>
        <source>Workshop {workshop} has no {kind} form; create it first.</source>
        <translation>У мероприятия {workshop} нет анкеты {kind}; сначала создайте её.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank.py" line="50"/>
        <source>There is no question with id {id}.</source>
        <translation>Нет вопроса с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank.py" line="191"/>
        <source>This question is on a workshop&apos;s form: its kind, options and right answer stay as they were marked; duplicate it to ask it otherwise.</source>
        <translation>Этот вопрос уже есть в анкете мероприятия: его вид, варианты и правильный ответ остаются такими, как при проверке ответов; чтобы задать его иначе, создайте копию.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank.py" line="212"/>
        <source>This question is on a workshop&apos;s form or came with the app; retire it instead of deleting it.</source>
        <translation>Этот вопрос есть в анкете мероприятия или поставляется с программой; не удаляйте его, а выведите из оборота.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="146"/>
        <source>row {row}: &quot;{value}&quot; is not a uuid; leave it empty.</source>
        <translation>строка {row}: «{value}» — не uuid; оставьте ячейку пустой.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="152"/>
        <source>row {row}: the same uuid as row {first}.</source>
        <translation>строка {row}: тот же uuid, что в строке {first}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="164"/>
        <source>row {row}: this question is on a workshop&apos;s form; its kind, options and right answer cannot change.</source>
        <translation>строка {row}: этот вопрос есть в анкете мероприятия; его вид, варианты и правильный ответ изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="178"/>
        <source>{file}: no question bank found; the header needs at least the columns kind and text_en or text_ru.</source>
        <translation>{file}: банк вопросов не найден; в заголовке нужны как минимум столбцы kind и text_en или text_ru.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/bank_files.py" line="203"/>
        <source>{file}: export the bank as .xlsx.</source>
        <translation>{file}: экспортируйте банк в формате .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="113"/>
        <source>There is no form with id {id}.</source>
        <translation>Нет анкеты с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="124"/>
        <source>The post-test asks this pre-test&apos;s questions and already has answers, so the pre-test cannot be made again: its new questions would not match those answers. Delete the post-test with its answers first, or keep this pre-test.</source>
        <translation>Итоговый тест задаёт вопросы этого входного теста, и на него уже есть ответы, поэтому входной тест нельзя создать заново: его новые вопросы не совпали бы с этими ответами. Сначала удалите итоговый тест вместе с ответами или оставьте этот входной тест.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="135"/>
        <source>This form already has answers; delete the form with its answers first, then create it again.</source>
        <translation>На эту анкету уже есть ответы; сначала удалите её вместе с ответами, затем создайте заново.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="256"/>
        <source>“{kind}” is not a kind of form; use {kinds}.</source>
        <translation>«{kind}» — такого вида анкеты нет; укажите {kinds}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="262"/>
        <source>A test needs at least one question, not {count}.</source>
        <translation>В тесте должен быть хотя бы один вопрос, а не {count}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="268"/>
        <source>There is no pillar {pillar}; the pillars are 1 to 4.</source>
        <translation>Компонента {pillar} нет: компоненты — с 1 по 4.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="305"/>
        <source>The question bank has no test questions for pillars {pillars}.</source>
        <translation>В банке вопросов нет тестовых вопросов по компонентам {pillars}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/forms.py" line="335"/>
        <source>The question bank has no evaluation questions.</source>
        <translation>В банке вопросов нет вопросов для анкеты оценки.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="101"/>
        <source>&quot;{language}&quot; is not a language; use one of: {all}.</source>
        <translation>«{language}» — не язык; укажите один из: {all}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="115"/>
        <source>A {kind} question has no options; leave them empty.</source>
        <translation>У вопроса вида {kind} нет вариантов ответа; оставьте их пустыми.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="124"/>
        <source>A choice question needs {least} to {most} options; it has {count}.</source>
        <translation>Вопросу с выбором нужно от {least} до {most} вариантов ответа, а у него {count}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="134"/>
        <source>Option {letter} has no text.</source>
        <translation>У варианта {letter} нет текста.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="146"/>
        <source>A {kind} question has no right answer; leave it empty.</source>
        <translation>У вопроса вида {kind} нет правильного ответа; оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="155"/>
        <source>The right answer of a true/false question is T or F, not &quot;{value}&quot;.</source>
        <translation>Правильный ответ на вопрос «верно / неверно» — T или F, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="162"/>
        <source>A single-choice question has one right letter, not &quot;{value}&quot;.</source>
        <translation>У вопроса с одним ответом правильная буква одна, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="169"/>
        <source>The right answer &quot;{value}&quot; must be letters among the options: {letters}.</source>
        <translation>Правильный ответ «{value}» должен состоять из букв вариантов: {letters}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="191"/>
        <source>&quot;{value}&quot; is not a purpose; use test or evaluation.</source>
        <translation>«{value}» — не назначение; укажите test или evaluation.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="196"/>
        <source>&quot;{value}&quot; is not a kind of question; use one of: {all}.</source>
        <translation>«{value}» — такого вида вопроса нет; укажите один из: {all}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="203"/>
        <source>The question needs its text in English or Russian.</source>
        <translation>Нужен текст вопроса на английском или русском.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="208"/>
        <source>&quot;{value}&quot; is not a pillar or an area; use pillar-1 … pillar-4 or area-ii.3.</source>
        <translation>«{value}» — не компонент и не направление; укажите pillar-1 … pillar-4 или код вида area-ii.3.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="216"/>
        <source>Only an evaluation question has an aspect.</source>
        <translation>Критерий бывает только у вопроса анкеты оценки.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/question_rules.py" line="219"/>
        <source>An evaluation question needs an aspect ({all}), not &quot;{value}&quot;.</source>
        <translation>Вопросу анкеты оценки нужен критерий ({all}), а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="149"/>
        <source>{file}: no column is headed “code” (the badge code on the form).</source>
        <translation>{file}: нет столбца с заголовком «code» (код бейджа на бланке).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="162"/>
        <source>{file}: found neither item columns headed 1, 2, 3… nor the columns “item” and “answer”.</source>
        <translation>{file}: не найдены ни столбцы вопросов с заголовками 1, 2, 3…, ни столбцы «item» и «answer».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="254"/>
        <source>row {row}: no participant of this workshop has the badge code “{code}”.</source>
        <translation>строка {row}: ни у одного участника этого мероприятия нет бейджа с кодом «{code}».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="302"/>
        <source>row {row}: “{item}” is not an item of this form (1 to {count}).</source>
        <translation>строка {row}: вопроса «{item}» в этой анкете нет (есть с 1 по {count}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="312"/>
        <source>row {row}: a second answer of “{code}” to item {number}.</source>
        <translation>строка {row}: второй ответ участника с кодом «{code}» на вопрос {number}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/response_import.py" line="338"/>
        <source>row {row}: the badge code “{code}” is already on row {first}.</source>
        <translation>строка {row}: код бейджа «{code}» уже есть в строке {first}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="69"/>
        <source>Item {number}: “{answer}” is not an answer; type one of {letters}.</source>
        <translation>Вопрос {number}: «{answer}» — не ответ; введите одну из букв {letters}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="73"/>
        <source>Item {number}: “{answer}” is not an answer; type letters among {letters}.</source>
        <translation>Вопрос {number}: «{answer}» — не ответ; введите буквы из {letters}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="77"/>
        <source>Item {number}: “{answer}” is not an answer; type T (true) or F (false).</source>
        <translation>Вопрос {number}: «{answer}» — не ответ; введите T (верно) или F (неверно).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="81"/>
        <source>Item {number}: “{answer}” is not an answer; type a number from 1 to {points}.</source>
        <translation>Вопрос {number}: «{answer}» — не ответ; введите число от 1 до {points}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="97"/>
        <source>Item {number} is not on this form; it has items 1 to {count}.</source>
        <translation>Вопроса {number} в этой анкете нет; в ней вопросы с 1 по {count}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/evaluation/responses.py" line="199"/>
        <source>Registration {id} is not a participant of this form&apos;s workshop.</source>
        <translation>Регистрация {id} не относится к участникам мероприятия этой анкеты.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/form_data.py" line="42"/>
        <source>This workshop has no pre-test yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</source>
        <translation>У этого мероприятия пока нет входного теста; сначала создайте его на экране «Тесты и оценка» или командой jpoa evaluation create.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/form_data.py" line="47"/>
        <source>This workshop has no post-test yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</source>
        <translation>У этого мероприятия пока нет итогового теста; сначала создайте его на экране «Тесты и оценка» или командой jpoa evaluation create.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/form_data.py" line="52"/>
        <source>This workshop has no evaluation form yet; create one first on the “Tests &amp; evaluations” screen or with jpoa evaluation create.</source>
        <translation>У этого мероприятия пока нет анкеты оценки; сначала создайте её на экране «Тесты и оценка» или командой jpoa evaluation create.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/form_data.py" line="150"/>
        <source>“{value}” is not a choice of forms ({choices}).</source>
        <translation>«{value}» — такого варианта экземпляров нет ({choices}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/verifier_page.py" line="69"/>
        <source>There is no trusted issuer and no signing key on this computer: the page would accept no certificate. Trust an issuer&apos;s public key first (jpoa certificate trust FILE, or Verify → Trusted issuers).</source>
        <translation>На этом компьютере нет ни доверенного издателя, ни ключа подписи: страница не примет ни одного сертификата. Сначала добавьте открытый ключ издателя в доверенные (jpoa certificate trust FILE или «Проверка → Доверенные издатели»).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/handouts/verifier_page.py" line="78"/>
        <source>The verifier page is made in English or Russian (en, ru), not {lang}.</source>
        <translation>Страница проверки создаётся на английском или русском (en, ru), а не на {lang}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="28"/>
        <source>There is no pillar {value}: pillars are 1 to 4.</source>
        <translation>Компонента {value} нет: компоненты — с 1 по 4.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="33"/>
        <source>There is no phase {value}: phases are 1 to 4.</source>
        <translation>Этапа {value} нет: этапы — с 1 по 4.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="38"/>
        <source>The period starts on {start}, after its end on {end}.</source>
        <translation>Период начинается {start}, позже своего конца {end}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="49"/>
        <source>A report is written to an .xlsx or a .pdf file, not “{name}”.</source>
        <translation>Отчёт сохраняется в файл .xlsx или .pdf, а не «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/reports/reports.py" line="102"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Подготовка отчёта отменена; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="81"/>
        <source>“{value}” is not a role: use admin, editor or reader.</source>
        <translation>«{value}» — не роль: укажите admin, editor или reader.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="88"/>
        <source>An admin changes every country; give --country only to an editor (the country they may change) or a reader.</source>
        <translation>Администратор может изменять данные всех стран; --country указывается только для редактора (страна, которую он может изменять) или читателя.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="104"/>
        <source>The server already has a role “{name}” that is not a JPoA account; choose another name.</source>
        <translation>На сервере уже есть роль «{name}», которая не является учётной записью JPoA; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="159"/>
        <source>Accounts exist only on a PostgreSQL server; {name} is a file on this computer. Give --db postgresql+psycopg://user@host/database.</source>
        <translation>Учётные записи есть только на сервере PostgreSQL; {name} — файл на этом компьютере. Укажите --db postgresql+psycopg://пользователь@сервер/база.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="174"/>
        <source>The server account “{user}” may not create roles; connect as the account that owns the database and has CREATEROLE (or as a superuser).</source>
        <translation>Учётная запись сервера «{user}» не может создавать роли; подключитесь под учётной записью — владельцем базы данных с правом CREATEROLE (или под суперпользователем).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="187"/>
        <source>This server has no accounts yet: run `jpoa server init` first.</source>
        <translation>На этом сервере ещё нет учётных записей: сначала выполните `jpoa server init`.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="205"/>
        <source>Only the account that owns the database&apos;s tables can set its rules; connect as that account (the one that ran `jpoa server init` first).</source>
        <translation>Правила может задать только учётная запись — владелец таблиц базы данных; подключитесь под ней (той, что первой выполнила `jpoa server init`).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="245"/>
        <source>“{name}” cannot be a user name: use Latin letters, digits, _ . or -, start with a letter, at most 63 characters (not pg_… or jpoa_…).</source>
        <translation>«{name}» не может быть именем пользователя: используйте латинские буквы, цифры, _ . или -, начинайте с буквы, не более 63 знаков (не pg_… и не jpoa_…).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="259"/>
        <source>“{value}” is not one of the countries {countries}.</source>
        <translation>«{value}» — не одна из стран {countries}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/accounts.py" line="276"/>
        <source>The password file {file} is empty.</source>
        <translation>Файл пароля {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="81"/>
        <source>Fill in the server&apos;s {field}.</source>
        <translation>Заполните поле «{field}» сервера.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="85"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Порт должен быть числом от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="114"/>
        <source>The password is wrong, or there is no account {user} on this server.</source>
        <translation>Неверный пароль, или на этом сервере нет учётной записи {user}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="121"/>
        <source>There is no database {database} on {host}: check its name with the server&apos;s administrator.</source>
        <translation>На {host} нет базы данных {database}: уточните её имя у администратора сервера.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="130"/>
        <source>The account {user} may not connect to {database} on {host}; ask the server&apos;s administrator for access.</source>
        <translation>Учётной записи {user} не разрешено подключаться к {database} на {host}; попросите доступ у администратора сервера.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="146"/>
        <source>The server {host}:{port} cannot be reached: check the address, the port and the network (is the server running?).</source>
        <translation>Сервер {host}:{port} недоступен: проверьте адрес, порт и сеть (запущен ли сервер?).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="159"/>
        <source>The server {host} refused the connection: {reason}</source>
        <translation>Сервер {host} отклонил подключение: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="195"/>
        <source>The account {user} may log in to {database} but not read it; ask the server&apos;s administrator to give it a role (`jpoa server add-user`).</source>
        <translation>Учётная запись {user} может войти в {database}, но не читать её; попросите администратора сервера назначить ей роль (`jpoa server add-user`).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="219"/>
        <source>The database {database} on {host} was made by a newer version of JPoA Desktop (schema {revision}); update the app to use it. Nothing was changed.</source>
        <translation>База данных {database} на {host} создана более новой версией JPoA Desktop (схема {revision}); обновите приложение, чтобы работать с ней. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/connection.py" line="231"/>
        <source>The database {database} on {host} needs an upgrade that the account {user} may not make; ask the server&apos;s administrator to run `jpoa server init`.</source>
        <translation>Базе данных {database} на {host} требуется обновление, которое учётная запись {user} выполнить не может; попросите администратора сервера выполнить `jpoa server init`.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/server/sqlite_import.py" line="71"/>
        <source>{database} is a database file, not a server; move data between files with a package.</source>
        <translation>{database} — файл базы данных, а не сервер; переносите данные между файлами пакетом.</translation>
    </message>
</context>
<context>
    <name>EvaluationScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="170"/>
        <source>Tests &amp; evaluations</source>
        <translation>Тесты и оценка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="177"/>
        <source>Pre-test</source>
        <translation>Входной тест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="177"/>
        <source>Post-test</source>
        <translation>Итоговый тест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="177"/>
        <source>Evaluation</source>
        <translation>Оценка семинара</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="180"/>
        <source>Create form…</source>
        <translation>Создать анкету…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="181"/>
        <source>Delete form…</source>
        <translation>Удалить анкету…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="182"/>
        <source>Import answers…</source>
        <translation>Импорт ответов…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="183"/>
        <source>Export grid…</source>
        <translation>Экспорт таблицы ответов…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="186"/>
        <source>Type the letter (А В С Е on a Russian keyboard too), the digit or T/F (Д/Н): the cursor moves on. Several letters or text: Enter. Backspace clears, Ctrl+Z undoes.</source>
        <translation>Введите букву (на русской раскладке тоже: А В С Е), цифру или T/F (Д/Н) — курсор перейдёт дальше. Несколько букв или текст — Enter. Backspace очищает, Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="246"/>
        <source>Open a database to enter tests and evaluations.</source>
        <translation>Откройте базу данных, чтобы вводить тесты и анкеты оценки.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="248"/>
        <source>There is no workshop yet.</source>
        <translation>Мероприятий пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="251"/>
        <source>This workshop has no pre-test yet.</source>
        <translation>У этого мероприятия пока нет входного теста.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="252"/>
        <source>This workshop has no post-test yet.</source>
        <translation>У этого мероприятия пока нет итогового теста.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="253"/>
        <source>This workshop has no evaluation form yet.</source>
        <translation>У этого мероприятия пока нет анкеты оценки.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="255"/>
        <source>Make it from the question bank with “Create form…”.</source>
        <translation>Составить из банка вопросов: кнопка «Создать анкету…».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="264"/>
        <source>%1 of %n participant(s) entered</source>
        <translation>
            <numerusform>Введено: %1 из %n участника</numerusform>
            <numerusform>Введено: %1 из %n участников</numerusform>
            <numerusform>Введено: %1 из %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="268"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="278"/>
        <source>Answer not stored</source>
        <translation>Ответ не сохранён</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="304"/>
        <source>Create form</source>
        <translation>Создание анкеты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="305"/>
        <source>This form already has answers. Delete the form with its answers first.</source>
        <translation>На эту анкету уже есть ответы. Сначала удалите анкету вместе с ответами.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="331"/>
        <source>Creating the form…</source>
        <translation>Создание анкеты…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="341"/>
        <source>Delete this form and the answers of %n participant(s)?</source>
        <translation>
            <numerusform>Удалить анкету и ответы %n участника?</numerusform>
            <numerusform>Удалить анкету и ответы %n участников?</numerusform>
            <numerusform>Удалить анкету и ответы %n участников?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="343"/>
        <source>Delete this form?</source>
        <translation>Удалить эту анкету?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/screen.py" line="345"/>
        <source>Delete form</source>
        <translation>Удаление анкеты</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/person_matches.py" line="23"/>
        <source>the same e-mail</source>
        <translation>одинаковый адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/packages/person_matches.py" line="24"/>
        <source>the same name, patronymic or organisation</source>
        <translation>одинаковые имя, отчество или организация</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="78"/>
        <source>Exporting {file}</source>
        <translation>Экспорт {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="153"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="154"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="155"/>
        <source>Excel workbook, the action plan (*.xlsx)</source>
        <translation>Книга Excel, план действий (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="160"/>
        <source>Export the draft</source>
        <translation>Экспорт проекта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="174"/>
        <source>Choose where to save the file.</source>
        <translation>Выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="176"/>
        <source>The file name must end in .docx (Word), .pdf or .xlsx (Excel).</source>
        <translation>Имя файла должно оканчиваться на .docx (Word), .pdf или .xlsx (Excel).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="178"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="188"/>
        <source>An Excel sheet has one language.</source>
        <translation>Лист Excel содержит только один язык.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="209"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="221"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="243"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="206"/>
        <source>“{title}” was saved as {file}.</source>
        <translation>Проект «{title}» сохранен в файле {file}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="222"/>
        <source>Nothing was saved: {problem}</source>
        <translation>Ничего не сохранено: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="231"/>
        <source>Export “{title}”</source>
        <translation>Экспорт проекта «{title}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="232"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="232"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="232"/>
        <source>&amp;Side by side with:</source>
        <translation>&amp;Параллельно с:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="235"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="237"/>
        <source>.docx for Word, .pdf to print, .xlsx for the action plan in Excel</source>
        <translation>.docx — для Word, .pdf — для печати, .xlsx — план действий в Excel</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/export_flow.py" line="242"/>
        <source>— none —</source>
        <translation>— нет —</translation>
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
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="183"/>
        <source>JPoA packages (*.jpoa)</source>
        <translation>Пакеты JPoA (*.jpoa)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="191"/>
        <source>There is no strategy draft to export.</source>
        <translation>Нет проекта стратегии для экспорта.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="193"/>
        <source>Tick the workshops to export.</source>
        <translation>Отметьте семинары для экспорта.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="195"/>
        <source>Choose where to save the package.</source>
        <translation>Выберите, куда сохранить пакет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="197"/>
        <source>The file name must end in .jpoa.</source>
        <translation>Имя файла должно оканчиваться на .jpoa.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="199"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="218"/>
        <source>Exporting {file}</source>
        <translation>Экспорт {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="233"/>
        <source>The package {file} was saved: {what}.</source>
        <translation>Пакет {file} сохранён: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="234"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="237"/>
        <source>Encrypted: whoever imports it needs the passphrase.</source>
        <translation>Зашифрован: для импорта понадобится пароль.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="247"/>
        <source>Nothing was saved: {problem}</source>
        <translation>Ничего не сохранено: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="254"/>
        <source>&amp;Workshops, with their people, agenda and attendance</source>
        <translation>&amp;Семинары с участниками, программой и посещаемостью</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="256"/>
        <source>A &amp;strategy draft, with its saved versions</source>
        <translation>&amp;Проект стратегии с сохранёнными версиями</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="257"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="258"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/export_dialog.py" line="259"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
</context>
<context>
    <name>ExportPeople</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="33"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="34"/>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV для Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="36"/>
        <source>Export participants</source>
        <translation>Экспорт участников</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="60"/>
        <source>%n row(s) exported to {file}</source>
        <translation>
            <numerusform>%n строка выгружена в {file}</numerusform>
            <numerusform>%n строки выгружены в {file}</numerusform>
            <numerusform>%n строк выгружено в {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/export_people.py" line="67"/>
        <source>Exporting participants</source>
        <translation>Экспорт участников</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="98"/>
        <source>Search titles, cities and venues…</source>
        <translation>Поиск по названиям, городам и местам проведения…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="99"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="101"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="102"/>
        <source>All pillars</source>
        <translation>Все компоненты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="103"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="104"/>
        <source>Year the workshop starts</source>
        <translation>Год начала мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/filter_bar.py" line="105"/>
        <source>Tagged with the pillar or one of its areas</source>
        <translation>Отнесенные к компоненту или одному из его направлений</translation>
    </message>
</context>
<context>
    <name>FindBox</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/find_box.py" line="111"/>
        <source>Scan a QR code or type a code or name (Ctrl+F)</source>
        <translation>Сканируйте QR-код или введите код или имя (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/find_box.py" line="113"/>
        <source>Enter goes to the person&apos;s first unanswered item; Esc goes back to the grid.</source>
        <translation>Enter — к первому вопросу без ответа; Esc — обратно в таблицу.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/find_box.py" line="130"/>
        <source>No form to enter “%1” on yet: create it first.</source>
        <translation>Анкеты «%1» для ввода ещё нет: сначала создайте её.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/evaluation/find_box.py" line="132"/>
        <source>No one on this form matches “%1”.</source>
        <translation>В этой анкете нет никого по запросу «%1».</translation>
    </message>
</context>
<context>
    <name>FrameworkImport</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="15"/>
        <source>Import Framework</source>
        <translation>Импорт структуры направлений</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="17"/>
        <source>Framework files (*.toml)</source>
        <translation>Файлы структуры направлений (*.toml)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="23"/>
        <source>Add the areas in “{file}” to the working framework, or replace it?</source>
        <translation>Добавить направления из файла «{file}» в рабочую структуру или заменить ее?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="28"/>
        <source>Extend keeps every existing area and adds or updates those in the file. Replace removes the areas the file does not contain. If the file has a mistake, nothing is changed.</source>
        <translation>«Дополнить» сохраняет все имеющиеся направления, а направления из файла добавляет или обновляет. «Заменить» удаляет направления, которых нет в файле. Если в файле есть ошибка, ничего не изменится.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="36"/>
        <source>&amp;Extend</source>
        <translation>&amp;Дополнить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/framework_import.py" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
</context>
<context>
    <name>GapList</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="85"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="85"/>
        <source>What</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="114"/>
        <source>Enter or double-click: show this area in the matrix</source>
        <translation>Enter или двойной щелчок — показать это направление в матрице</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/coverage/coverage_gaps.py" line="116"/>
        <source>Enter or double-click: select this measure in the draft</source>
        <translation>Enter или двойной щелчок — выбрать эту меру в проекте</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="96"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="97"/>
        <source>Filter terms and definitions…</source>
        <translation>Фильтр по терминам и определениям…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="99"/>
        <source>Term (English)</source>
        <translation>Термин (английский)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="99"/>
        <source>Term (Russian)</source>
        <translation>Термин (русский)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="99"/>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
</context>
<context>
    <name>HandoutLabels</name>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="90"/>
        <source>Agenda</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="100"/>
        <source>Participant list</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="111"/>
        <source>Sign-in sheets</source>
        <translation>Листы регистрации</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="122"/>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="132"/>
        <source>Table tents</source>
        <translation>Настольные таблички</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="140"/>
        <source>Pre-test</source>
        <translation>Входной тест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="141"/>
        <source>One form per participant with a QR code, and a blank one</source>
        <translation>По бланку на участника с QR-кодом и один пустой</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="150"/>
        <source>Post-test</source>
        <translation>Итоговый тест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="151"/>
        <source>The pre-test&apos;s questions, one form per participant</source>
        <translation>Вопросы входного теста, по бланку на участника</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="160"/>
        <source>Answer key</source>
        <translation>Ключ ответов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="161"/>
        <source>The right answers of the pre-test and post-test</source>
        <translation>Правильные ответы входного и итогового тестов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="169"/>
        <source>Evaluation form</source>
        <translation>Анкета оценки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="170"/>
        <source>Anonymous copies to rate the workshop, 1 to 5</source>
        <translation>Анонимные бланки для оценки мероприятия по шкале от 1 до 5</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="179"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="189"/>
        <source>Factsheet</source>
        <translation>Информационный листок</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="198"/>
        <source>Label sheet calibration</source>
        <translation>Калибровка листов с наклейками</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="199"/>
        <source>Cell outlines with a cross and a scale</source>
        <translation>Контуры ячеек с перекрестием и шкалой</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="91"/>
        <source>Days and sessions with times and speakers</source>
        <translation>Дни и сессии со временем и докладчиками</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="101"/>
        <source>A numbered table of everyone registered</source>
        <translation>Нумерованная таблица всех зарегистрированных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="112"/>
        <source>One sheet per day, with blank rows for walk-ins</source>
        <translation>По листу на день, с пустыми строками для пришедших без регистрации</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="123"/>
        <source>Names with a QR code, on label sheets</source>
        <translation>Имена с QR-кодом, на листах наклеек</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="133"/>
        <source>Folded A4, the name readable from both sides</source>
        <translation>Сложенный лист A4, имя читается с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="180"/>
        <source>For those who met the attendance rule</source>
        <translation>Для выполнивших правило посещаемости</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/handouts/registry.py" line="190"/>
        <source>The JPoA and one pillar, from the library</source>
        <translation>О СПД и одном компоненте, из библиотеки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="27"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="28"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="29"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="30"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="31"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="32"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="39"/>
        <source>By name</source>
        <translation>По имени</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="40"/>
        <source>By country</source>
        <translation>По стране</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="41"/>
        <source>By organisation</source>
        <translation>По организации</translation>
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
        <translation>{paper}, {columns} × {rows} ({width:g} × {height:g} мм)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="65"/>
        <source>As usual for this form</source>
        <translation>Как обычно для этой формы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="66"/>
        <source>One per participant, and a blank</source>
        <translation>По одному на участника и один пустой</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="67"/>
        <source>Anonymous, one per participant</source>
        <translation>Анонимные, по одному на участника</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="68"/>
        <source>One blank copy to photocopy</source>
        <translation>Один пустой бланк для копирования</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/labels.py" line="77"/>
        <source>Tests: one per participant with name and QR code, and a blank one for a walk-in. Evaluations: anonymous blank copies.</source>
        <translation>Тесты: по бланку на участника с именем и QR-кодом и один пустой для пришедшего без регистрации. Анкеты оценки: анонимные пустые бланки.</translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="110"/>
        <source>Saved %n file(s) in {path}</source>
        <translation>
            <numerusform>%n файл сохранён в папке {path}</numerusform>
            <numerusform>%n файла сохранены в папке {path}</numerusform>
            <numerusform>%n файлов сохранено в папке {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="145"/>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="294"/>
        <source>Handouts</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="151"/>
        <source>&amp;Workshop:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="44"/>
        <source>Print this handout (Ctrl+P)</source>
        <translation>Напечатать этот материал (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="46"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="48"/>
        <source>Save this handout as a PDF file (Ctrl+S)</source>
        <translation>Сохранить этот материал в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="51"/>
        <source>Print &amp;everything…</source>
        <translation>Напечатать &amp;всё…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="54"/>
        <source>Build every ticked handout in one go, and print them (Ctrl+Shift+P)</source>
        <translation>Подготовить все отмеченные материалы за один раз и напечатать их (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="60"/>
        <source>&amp;Calibrate label sheets…</source>
        <translation>&amp;Калибровка листов с наклейками…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="62"/>
        <source>&amp;Branding…</source>
        <translation>&amp;Оформление…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/buttons.py" line="64"/>
        <source>This workshop&apos;s logos, signatures, accent colour and margins</source>
        <translation>Логотипы, подписи, основной цвет и поля этого мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="255"/>
        <source>Open a database to print its handouts.</source>
        <translation>Откройте базу данных, чтобы печатать ее материалы.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="259"/>
        <source>There is no workshop yet. Add one on the Workshops screen.</source>
        <translation>Мероприятий пока нет. Добавьте мероприятие на экране «Мероприятия».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview_flow.py" line="88"/>
        <source>Building the preview</source>
        <translation>Подготовка предпросмотра</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview_flow.py" line="40"/>
        <source>Printed in {language} for want of a translation: {texts}</source>
        <translation>Напечатано на языке «{language}», так как нет перевода: {texts}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/screen.py" line="294"/>
        <source>Choose a workshop first.</source>
        <translation>Сначала выберите мероприятие.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="68"/>
        <source>Save one PDF per person in</source>
        <translation>Сохранить по PDF на каждого участника в</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="77"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="79"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="90"/>
        <source>Saving {handout}</source>
        <translation>Сохранение: {handout}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="97"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="105"/>
        <source>Saving one PDF per person</source>
        <translation>Сохранение PDF для каждого участника</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="120"/>
        <source>Print {handout}</source>
        <translation>Печать: {handout}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="135"/>
        <source>Printing {handout}</source>
        <translation>Печать: {handout}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/output.py" line="144"/>
        <source>Sent to the printer</source>
        <translation>Отправлено на принтер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="102"/>
        <source>Building the handouts</source>
        <translation>Подготовка материалов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="135"/>
        <source>Changed to print: {changes}</source>
        <translation>Изменено для печати: {changes}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="139"/>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="173"/>
        <source>Print everything</source>
        <translation>Напечатать всё</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="144"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="152"/>
        <source>What was changed…</source>
        <translation>Что изменено…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="112"/>
        <source>Choose a participant list</source>
        <translation>Выбор списка участников</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="113"/>
        <source>Participant lists (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Списки участников (*.csv *.txt *.tsv *.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="172"/>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="126"/>
        <source>Reading the participant list</source>
        <translation>Чтение списка участников</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="238"/>
        <source>This file cannot be read: {problem}</source>
        <translation>Не удается прочитать этот файл: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="177"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="149"/>
        <source>Checking the participant list</source>
        <translation>Проверка списка участников</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="153"/>
        <source>Importing {count} rows…</source>
        <translation>Импорт строк: {count}…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="156"/>
        <source>Importing participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="161"/>
        <source>Imported into “{workshop}”. New people: {added}; linked to people already in the directory: {linked}; rows skipped: {skipped}.</source>
        <translation>Импортировано в «{workshop}». Новых людей: {added}; связано с людьми, уже имеющимися в справочнике: {linked}; пропущено строк: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="273"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменен; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="275"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Ничего не импортировано: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="279"/>
        <source>The import failed and nothing was written: {problem}</source>
        <translation>Импорт не удался, ничего не записано: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="322"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="324"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="177"/>
        <source>{add} to add · {link} to link · {bad} with problems</source>
        <translation>Будет добавлено: {add} · связано с имеющимися: {link} · с ошибками: {bad}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="193"/>
        <source>There is no workshop to import into yet.</source>
        <translation>Пока нет мероприятия, в которое можно импортировать участников.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="58"/>
        <source>Rows with problems: {count}. Correct the file and choose it again, or tick “Skip rows with problems” to import the others.</source>
        <translation>Строк с ошибками: {count}. Исправьте файл и выберите его снова или отметьте «Пропускать строки с ошибками», чтобы импортировать остальные.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="329"/>
        <source>Ready: nothing is written until you press Import.</source>
        <translation>Все готово: ничего не будет записано, пока вы не нажмете «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="200"/>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="201"/>
        <source>List:</source>
        <translation>Список:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="202"/>
        <source>Into workshop:</source>
        <translation>В мероприятие:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="203"/>
        <source>Choose a CSV or XLSX file</source>
        <translation>Выберите файл CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="341"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="342"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="343"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="205"/>
        <source>Names are in one column: split them</source>
        <translation>Имена в одном столбце: разделить их</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="207"/>
        <source>Family name first, then given name; the rest is the patronymic.</source>
        <translation>Сначала фамилия, затем имя; остальное — отчество.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_dialog.py" line="209"/>
        <source>Only rows with problems</source>
        <translation>Только строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="344"/>
        <source>Skip rows with problems</source>
        <translation>Пропускать строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/import_dialog_base.py" line="345"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="75"/>
        <source>New person</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="77"/>
        <source>Already in the directory</source>
        <translation>Уже есть в справочнике</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="79"/>
        <source>Same as row {row}</source>
        <translation>Совпадает со строкой {row}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="81"/>
        <source>Skipped</source>
        <translation>Пропускается</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="82"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="87"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="88"/>
        <source>What happens</source>
        <translation>Что произойдет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="89"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="90"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="91"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="92"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_preview.py" line="93"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="117"/>
        <source>Import a package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="119"/>
        <source>another laptop</source>
        <translation>другой ноутбук</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="120"/>
        <source>Made on {laptop}, {when}.</source>
        <translation>Создан на {laptop}, {when}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="125"/>
        <source>It holds {titles} and %n more.</source>
        <translation>
            <numerusform>Содержит: {titles} и ещё %n.</numerusform>
            <numerusform>Содержит: {titles} и ещё %n.</numerusform>
            <numerusform>Содержит: {titles} и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="126"/>
        <source>It holds {titles}.</source>
        <translation>Содержит: {titles}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="129"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="131"/>
        <source>To add: {what}</source>
        <translation>Будет добавлено: {what}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="132"/>
        <source>To update: {what}</source>
        <translation>Будет обновлено: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="133"/>
        <source>Already here as they are: %n record(s)</source>
        <translation>
            <numerusform>Уже есть здесь без изменений: %n запись</numerusform>
            <numerusform>Уже есть здесь без изменений: %n записи</numerusform>
            <numerusform>Уже есть здесь без изменений: %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="136"/>
        <source>Changed on both laptops: %n record(s)</source>
        <translation>
            <numerusform>Изменено на обоих ноутбуках: %n запись</numerusform>
            <numerusform>Изменено на обоих ноутбуках: %n записи</numerusform>
            <numerusform>Изменено на обоих ноутбуках: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="139"/>
        <source>These records were changed here and on the other laptop since they last exchanged them. A ticked record takes the package&apos;s version; the others keep this laptop&apos;s.</source>
        <translation>Эти записи изменены и здесь, и на другом ноутбуке после последнего обмена. Для отмеченных записей будет взята версия из пакета, для остальных сохранится версия этого ноутбука.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="142"/>
        <source>&amp;Keep mine for all</source>
        <translation>&amp;Оставить мои для всех</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="143"/>
        <source>&amp;Take theirs for all</source>
        <translation>&amp;Взять из пакета для всех</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="145"/>
        <source>The same person? %n look-alike(s)</source>
        <translation>
            <numerusform>Тот же человек? %n похожий</numerusform>
            <numerusform>Тот же человек? %n похожих</numerusform>
            <numerusform>Тот же человек? %n похожих</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="148"/>
        <source>These people in the package look like people already here under another record. Tick those who are the same person to merge them; the others are added as new people.</source>
        <translation>Эти люди из пакета похожи на людей, уже записанных здесь под другой записью. Отметьте тех, кто является тем же человеком, чтобы объединить их; остальные будут добавлены как новые.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/preview_dialog.py" line="152"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="36"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="37"/>
        <source>rows {rows}</source>
        <translation>строки {rows}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="46"/>
        <source>The header is read from rows {rows} together.</source>
        <translation>Заголовок прочитан из строк {rows} вместе.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="52"/>
        <source>The header is row {row}.</source>
        <translation>Заголовок — строка {row}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="56"/>
        <source>Left out above the list (titles, column numbers): {rows}.</source>
        <translation>Пропущено над списком (заголовки, номера столбцов): {rows}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="62"/>
        <source>Left out below the list (totals, signatures, notes): {rows}.</source>
        <translation>Пропущено под списком (итоги, подписи, примечания): {rows}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="68"/>
        <source>Hidden and ignored: {rows}.</source>
        <translation>Скрыты и пропущены: {rows}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="74"/>
        <source>Hidden columns ignored: {columns}.</source>
        <translation>Скрытые столбцы пропущены: {columns}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="165"/>
        <source>Row {row}: {cells}</source>
        <translation>Строка {row}: {cells}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="180"/>
        <source>Header row:</source>
        <translation>Строка заголовка:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="181"/>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="182"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_source.py" line="184"/>
        <source>The row that names the columns; the rows above it are not imported.</source>
        <translation>Строка с названиями столбцов; строки над ней не импортируются.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="298"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="298"/>
        <source>Baseline</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="298"/>
        <source>Target</source>
        <translation>Целевое</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="298"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="305"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="318"/>
        <source>Add indicator</source>
        <translation>Добавить показатель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="306"/>
        <source>Add an indicator (Ins in the table)</source>
        <translation>Добавить показатель (Ins в таблице)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="307"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="308"/>
        <source>Delete the selected indicator (Del)</source>
        <translation>Удалить выбранный показатель (Del)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="317"/>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="321"/>
        <source>Delete indicator</source>
        <translation>Удаление показателя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/indicators_pane.py" line="330"/>
        <source>Edit indicator</source>
        <translation>Изменение показателя</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="140"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственные:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="140"/>
        <source>Pa&amp;rtners:</source>
        <translation>&amp;Партнеры:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="140"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="141"/>
        <source>S&amp;tart:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="142"/>
        <source>&amp;End:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="142"/>
        <source>Pri&amp;ority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="142"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="145"/>
        <source>Separate several with “;”</source>
        <translation>Несколько — через «;»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="149"/>
        <source>As the plan words it: IV квартал 2026 г., 2026–2027, ежегодно</source>
        <translation>Как в плане: IV квартал 2026 г., 2026–2027, ежегодно</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="159"/>
        <source>Choose an item in the tree</source>
        <translation>Выберите элемент в дереве</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="77"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/conflict_dialog.py" line="251"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="161"/>
        <source>Text ({language}):</source>
        <translation>Текст ({language}):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="205"/>
        <source>“{value}” is kept as written; no dates could be read from it.</source>
        <translation>«{value}» сохранён как написан; даты из него прочитать не удалось.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/item_form.py" line="214"/>
        <source>“{value}” is not a date; write it as 2026-03-31.</source>
        <translation>«{value}» — не дата; запишите ее в виде 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="17"/>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="18"/>
        <source>Law enforcement</source>
        <translation>Правоохранительные органы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="19"/>
        <source>Judiciary</source>
        <translation>Судебные органы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="20"/>
        <source>Parliament</source>
        <translation>Парламент</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="21"/>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="22"/>
        <source>Academia</source>
        <translation>Научное сообщество</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="23"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="24"/>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="33"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="34"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="35"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="36"/>
        <source>Full name (one column)</source>
        <translation>ФИО (в одном столбце)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="37"/>
        <source>Family name (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="38"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="39"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="40"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="41"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="42"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="43"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="44"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="45"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="46"/>
        <source>Consent to data use</source>
        <translation>Согласие на использование данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="47"/>
        <source>Consent to photos</source>
        <translation>Согласие на фотосъемку</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="48"/>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="49"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="50"/>
        <source>Role at the workshop</source>
        <translation>Роль на мероприятии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/labels.py" line="51"/>
        <source>Date of birth (not kept)</source>
        <translation>Дата рождения (не сохраняется)</translation>
    </message>
</context>
<context>
    <name>LeftOutDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="34"/>
        <source>Registration cancelled</source>
        <translation>Регистрация отменена</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="36"/>
        <source>Personal data erased</source>
        <translation>Персональные данные удалены</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="39"/>
        <source>Present on {present} of {days} days; the rule asks for {rule} %</source>
        <translation>Присутствовал(а) {present} из {days} дн.; правило требует {rule} %</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="46"/>
        <source>Did not take the post-test</source>
        <translation>Не проходил(а) итоговый тест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="47"/>
        <source>Post-test {score} %; the rule asks for {rule} %</source>
        <translation>Итоговый тест: {score} %; правило требует {rule} %</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="57"/>
        <source>Who gets no certificate</source>
        <translation>Кто не получит сертификат</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="59"/>
        <source>%n person(s) did not meet the attendance rule of {rule} %.</source>
        <translation>
            <numerusform>%n человек не выполнил правило посещаемости {rule} %.</numerusform>
            <numerusform>%n человека не выполнили правило посещаемости {rule} %.</numerusform>
            <numerusform>%n человек не выполнили правило посещаемости {rule} %.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="61"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="61"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>LibraryKinds</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="52"/>
        <source>Pillar</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="53"/>
        <source>Thematic area</source>
        <translation>Тематическое направление</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="54"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="55"/>
        <source>Project phase</source>
        <translation>Этап проекта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="56"/>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="57"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="58"/>
        <source>Glossary term</source>
        <translation>Термин глоссария</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="90"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="165"/>
        <source>This item is no longer in the library</source>
        <translation>Этого материала больше нет в библиотеке</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="205"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="205"/>
        <source>Open or create a database.</source>
        <translation>Откройте или создайте базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="207"/>
        <source>The library is empty</source>
        <translation>Библиотека пуста</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="208"/>
        <source>The library texts are being loaded into this database…</source>
        <translation>Тексты библиотеки загружаются в эту базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="212"/>
        <source>Search the library…</source>
        <translation>Поиск по библиотеке…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="214"/>
        <source>Type to search; Enter opens the first result, Esc clears (Ctrl+F)</source>
        <translation>Введите запрос; Enter открывает первый результат, Esc очищает поле (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="70"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="71"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="72"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="73"/>
        <source>Connect to a &amp;Server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="74"/>
        <source>Use This &amp;Laptop&apos;s Database</source>
        <translation>Работать с базой на этом &amp;компьютере</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="75"/>
        <source>Reconnec&amp;t to the Server</source>
        <translation>Переподклю&amp;читься к серверу</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="76"/>
        <source>&amp;Import Framework…</source>
        <translation>&amp;Импорт структуры направлений…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="77"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="78"/>
        <source>Register of &amp;Certificates…</source>
        <translation>Реестр &amp;сертификатов…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="79"/>
        <source>E&amp;xport Package…</source>
        <translation>Э&amp;кспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="80"/>
        <source>Import &amp;Package…</source>
        <translation>Импорт &amp;пакета…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="82"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="83"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="84"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="85"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="86"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="87"/>
        <source>&amp;About {app}</source>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="35"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="37"/>
        <source>JPoA Desktop databases ({patterns})</source>
        <translation>Базы данных JPoA Desktop ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="48"/>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="50"/>
        <source>JPoA Desktop databases ({patterns});;All files (*)</source>
        <translation>Базы данных JPoA Desktop ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="71"/>
        <source>Try a demo workshop?</source>
        <translation>Попробовать демонстрационный семинар?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_files.py" line="72"/>
        <source>This database is new. Add a demo workshop running today, with 40 participants from the five countries, to try registration, check-in and handouts?</source>
        <translation>Это новая база данных. Добавить демонстрационный семинар, который проходит сегодня, с 40 участниками из пяти стран, чтобы попробовать регистрацию, отметку присутствия и раздаточные материалы?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="385"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="388"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="390"/>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="392"/>
        <source>%n library item(s)</source>
        <translation>
            <numerusform>%n материал библиотеки</numerusform>
            <numerusform>%n материала библиотеки</numerusform>
            <numerusform>%n материалов библиотеки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="395"/>
        <source>upgraded; the previous version was saved as {path}</source>
        <translation>обновлена; прежняя версия сохранена в файле {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/window_menus.py" line="97"/>
        <source>No recent databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
</context>
<context>
    <name>MappingPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/mapping_pane.py" line="45"/>
        <source>Tick the pillars and framework areas this measure serves (Space ticks).</source>
        <translation>Отметьте компоненты и направления рабочей структуры, которым служит эта мера (отметка — клавишей «Пробел»).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/details/mapping_pane.py" line="122"/>
        <source>Map to pillars and areas</source>
        <translation>Привязка к компонентам и направлениям</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_mapping.py" line="25"/>
        <source>— ignore —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_mapping.py" line="28"/>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_mapping.py" line="28"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/importing/import_mapping.py" line="28"/>
        <source>Read as</source>
        <translation>Импортировать как</translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="135"/>
        <source>Same person?</source>
        <translation>Тот же человек?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="135"/>
        <source>In the package</source>
        <translation>В пакете</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="136"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="136"/>
        <source>Why they look alike</source>
        <translation>Почему похожи</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/choice_lists.py" line="138"/>
        <source>same person — merge</source>
        <translation>тот же человек — объединить</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="171"/>
        <source>Custom size…</source>
        <translation>Свой размер…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="211"/>
        <source>&amp;Handouts (tick what “Print everything” builds):</source>
        <translation>&amp;Материалы (отметьте, что готовит «Напечатать всё»):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="218"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="219"/>
        <source>&amp;Side by side with:</source>
        <translation>&amp;Рядом с языком:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="220"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="221"/>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="222"/>
        <source>&amp;Sort:</source>
        <translation>&amp;Порядок:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="223"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="224"/>
        <source>Label &amp;sheet:</source>
        <translation>&amp;Лист наклеек:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="225"/>
        <source>&amp;Attendance rule:</source>
        <translation>&amp;Правило посещаемости:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="226"/>
        <source>P&amp;illar:</source>
        <translation>&amp;Компонент:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="227"/>
        <source>C&amp;opies:</source>
        <translation>&amp;Экземпляры:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="235"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="243"/>
        <source>Certificates go to those present on at least this share of the days.</source>
        <translation>Сертификаты получают те, кто присутствовал не меньше этой доли дней.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="245"/>
        <source>Who gets no certificate…</source>
        <translation>Кто не получит сертификат…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="258"/>
        <source>Every day, one sheet each</source>
        <translation>Все дни, по листу на день</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/options_panel.py" line="261"/>
        <source>Day {number} — {date}</source>
        <translation>День {number} — {date}</translation>
    </message>
</context>
<context>
    <name>OutcomePane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="59"/>
        <source>Already checked in at {time}</source>
        <translation>Уже отмечен в {time}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="61"/>
        <source>Checked in at {time}</source>
        <translation>Отмечен в {time}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="63"/>
        <source>{checked_in} — new badge code {code}</source>
        <translation>{checked_in} — код нового бейджа {code}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="75"/>
        <source>Not checked in</source>
        <translation>Не отмечен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="86"/>
        <source>Check-in undone: no longer marked present</source>
        <translation>Отметка отменена: участник больше не отмечен как присутствующий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="92"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="97"/>
        <source>Ready</source>
        <translation>Готово к регистрации</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="97"/>
        <source>Scan a badge or type a name</source>
        <translation>Отсканируйте бейдж или введите фамилию</translation>
    </message>
</context>
<context>
    <name>OutlookWords</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="21"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n сертификат</numerusform>
            <numerusform>%n сертификата</numerusform>
            <numerusform>%n сертификатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/certificates/left_out_dialog.py" line="23"/>
        <source>%n person(s) left out</source>
        <translation>
            <numerusform>%n человек без сертификата</numerusform>
            <numerusform>%n человека без сертификата</numerusform>
            <numerusform>%n человек без сертификата</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/overview.py" line="102"/>
        <source>Select a workshop to see its details.</source>
        <translation>Выберите мероприятие, чтобы увидеть сведения о нем.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/overview.py" line="114"/>
        <source>{dates} (%n day(s))</source>
        <translation>
            <numerusform>{dates} (%n день)</numerusform>
            <numerusform>{dates} (%n дня)</numerusform>
            <numerusform>{dates} (%n дней)</numerusform>
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
        <translation>Пока никто не зарегистрирован</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/overview.py" line="142"/>
        <source>%n registered</source>
        <translation>
            <numerusform>Зарегистрировано: %n</numerusform>
            <numerusform>Зарегистрировано: %n</numerusform>
            <numerusform>Зарегистрировано: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageFields</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="15"/>
        <source>accent colour</source>
        <translation>цвет оформления</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="16"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="17"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="18"/>
        <source>badge code</source>
        <translation>код бейджа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="19"/>
        <source>baseline</source>
        <translation>исходное значение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="20"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="21"/>
        <source>consent to data use</source>
        <translation>согласие на обработку данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="22"/>
        <source>consent date</source>
        <translation>дата согласия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="23"/>
        <source>consent to photos</source>
        <translation>согласие на фотосъёмку</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="24"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="25"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="26"/>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="27"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="28"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="29"/>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="30"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="31"/>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="32"/>
        <source>end time</source>
        <translation>время окончания</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="33"/>
        <source>end year</source>
        <translation>год окончания</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="34"/>
        <source>erased on</source>
        <translation>дата удаления</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="35"/>
        <source>family name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="36"/>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="37"/>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="38"/>
        <source>plan item</source>
        <translation>пункт плана</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="39"/>
        <source>framework area</source>
        <translation>область рамочного документа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="40"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="41"/>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="42"/>
        <source>family name (Latin)</source>
        <translation>фамилия (латиницей)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="43"/>
        <source>given name (Latin)</source>
        <translation>имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="44"/>
        <source>lead agency</source>
        <translation>ведущее ведомство</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="45"/>
        <source>page margin</source>
        <translation>поля страницы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="46"/>
        <source>marked at</source>
        <translation>время отметки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="47"/>
        <source>image type</source>
        <translation>тип изображения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="48"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="49"/>
        <source>name in English</source>
        <translation>название на английском</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="50"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="51"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="52"/>
        <source>organisers</source>
        <translation>организаторы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="53"/>
        <source>copied from</source>
        <translation>скопировано из</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="54"/>
        <source>parent item</source>
        <translation>родительский пункт</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="55"/>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="56"/>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="57"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="58"/>
        <source>phase</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="59"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="60"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="61"/>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="62"/>
        <source>registration</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="63"/>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="64"/>
        <source>responsible</source>
        <translation>ответственные</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="65"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="66"/>
        <source>scans</source>
        <translation>сканирования</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="67"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="68"/>
        <source>session</source>
        <translation>заседание</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="69"/>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="70"/>
        <source>signer&apos;s name</source>
        <translation>имя подписывающего</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="71"/>
        <source>signer&apos;s title</source>
        <translation>должность подписывающего</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="72"/>
        <source>saved version</source>
        <translation>сохранённая версия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="73"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="74"/>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="75"/>
        <source>start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="76"/>
        <source>start year</source>
        <translation>год начала</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="77"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="78"/>
        <source>topics</source>
        <translation>темы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="79"/>
        <source>target</source>
        <translation>целевое значение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="80"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="81"/>
        <source>texts</source>
        <translation>тексты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="82"/>
        <source>titles</source>
        <translation>названия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="83"/>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="84"/>
        <source>venue</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/field_words.py" line="85"/>
        <source>workshop</source>
        <translation>семинар</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="66"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="176"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="180"/>
        <source>Import a package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="67"/>
        <source>JPoA packages (*.jpoa);;All files (*)</source>
        <translation>Пакеты JPoA (*.jpoa);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="102"/>
        <source>Reading {file}</source>
        <translation>Чтение {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="121"/>
        <source>Everything in this package is already here.</source>
        <translation>Всё содержимое этого пакета уже есть здесь.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="122"/>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="168"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="135"/>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="145"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="147"/>
        <source>Added: {what}.</source>
        <translation>Добавлено: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="148"/>
        <source>Updated: {what}.</source>
        <translation>Обновлено: {what}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="151"/>
        <source>Changed on both laptops: %n record(s), of which {theirs} took the package&apos;s version.</source>
        <translation>
            <numerusform>Изменено на обоих ноутбуках: %n запись, из них версия пакета взята для {theirs}.</numerusform>
            <numerusform>Изменено на обоих ноутбуках: %n записи, из них версия пакета взята для {theirs}.</numerusform>
            <numerusform>Изменено на обоих ноутбуках: %n записей, из них версия пакета взята для {theirs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="155"/>
        <source>%n person(s) merged with someone already here.</source>
        <translation>
            <numerusform>%n человек объединён с уже записанным.</numerusform>
            <numerusform>%n человека объединены с уже записанными.</numerusform>
            <numerusform>%n человек объединены с уже записанными.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="158"/>
        <source>The database as it was before is backed up as {file}.</source>
        <translation>Прежнее состояние базы данных сохранено в резервной копии {file}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="160"/>
        <source>The package was imported.</source>
        <translation>Пакет импортирован.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="167"/>
        <source>The import was cancelled.</source>
        <translation>Импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/import_flow.py" line="175"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Ничего не импортировано: {problem}</translation>
    </message>
</context>
<context>
    <name>PackageWords</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="23"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n семинар</numerusform>
            <numerusform>%n семинара</numerusform>
            <numerusform>%n семинаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="25"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="27"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n организация</numerusform>
            <numerusform>%n организации</numerusform>
            <numerusform>%n организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="29"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n регистрация</numerusform>
            <numerusform>%n регистрации</numerusform>
            <numerusform>%n регистраций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="31"/>
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n отметка о присутствии</numerusform>
            <numerusform>%n отметки о присутствии</numerusform>
            <numerusform>%n отметок о присутствии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="33"/>
        <source>%n agenda session(s)</source>
        <translation>
            <numerusform>%n заседание программы</numerusform>
            <numerusform>%n заседания программы</numerusform>
            <numerusform>%n заседаний программы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="35"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n докладчик</numerusform>
            <numerusform>%n докладчика</numerusform>
            <numerusform>%n докладчиков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="37"/>
        <source>%n workshop topic(s)</source>
        <translation>
            <numerusform>%n тема семинара</numerusform>
            <numerusform>%n темы семинара</numerusform>
            <numerusform>%n тем семинара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="39"/>
        <source>%n branding(s)</source>
        <translation>
            <numerusform>%n оформление</numerusform>
            <numerusform>%n оформления</numerusform>
            <numerusform>%n оформлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="41"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n изображение</numerusform>
            <numerusform>%n изображения</numerusform>
            <numerusform>%n изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="43"/>
        <source>%n strategy draft(s)</source>
        <translation>
            <numerusform>%n проект стратегии</numerusform>
            <numerusform>%n проекта стратегии</numerusform>
            <numerusform>%n проектов стратегии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="45"/>
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n пункт плана</numerusform>
            <numerusform>%n пункта плана</numerusform>
            <numerusform>%n пунктов плана</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="47"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n индикатор</numerusform>
            <numerusform>%n индикатора</numerusform>
            <numerusform>%n индикаторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="49"/>
        <source>%n budget line(s)</source>
        <translation>
            <numerusform>%n статья бюджета</numerusform>
            <numerusform>%n статьи бюджета</numerusform>
            <numerusform>%n статей бюджета</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="51"/>
        <source>%n framework link(s)</source>
        <translation>
            <numerusform>%n привязка к рамочному документу</numerusform>
            <numerusform>%n привязки к рамочному документу</numerusform>
            <numerusform>%n привязок к рамочному документу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="53"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n комментарий</numerusform>
            <numerusform>%n комментария</numerusform>
            <numerusform>%n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/exchange/table_words.py" line="55"/>
        <source>%n saved version(s)</source>
        <translation>
            <numerusform>%n сохранённая версия</numerusform>
            <numerusform>%n сохранённые версии</numerusform>
            <numerusform>%n сохранённых версий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="64"/>
        <source>New person…</source>
        <translation>Добавить человека…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="64"/>
        <source>Add a person to the directory</source>
        <translation>Добавить человека в справочник</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="65"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="65"/>
        <source>Edit the selected person</source>
        <translation>Изменить данные выбранного человека</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="67"/>
        <source>Import participants…</source>
        <translation>Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="68"/>
        <source>Read a participant list (CSV or XLSX) into a workshop</source>
        <translation>Загрузить список участников (CSV или XLSX) в мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="71"/>
        <source>Find duplicates…</source>
        <translation>Найти дубликаты…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="72"/>
        <source>Review people entered twice and merge them</source>
        <translation>Просмотреть людей, внесенных дважды, и объединить их записи</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="75"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="76"/>
        <source>Save the whole directory for Excel (XLSX or CSV)</source>
        <translation>Сохранить весь справочник для Excel (XLSX или CSV)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="79"/>
        <source>Export personal data…</source>
        <translation>Экспорт персональных данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="80"/>
        <source>Save everything held on the selected person (a data request), as JSON</source>
        <translation>Сохранить все данные о выбранном человеке (по запросу) в JSON</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="83"/>
        <source>Erase personal data…</source>
        <translation>Удалить персональные данные…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/toolbar.py" line="84"/>
        <source>Blank the selected person&apos;s names and contacts, keeping the counts</source>
        <translation>Стереть имена и контакты выбранного человека, сохранив счётчики</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="136"/>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="385"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="211"/>
        <source>Search people in any script…</source>
        <translation>Поиск людей на любом алфавите…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="215"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="242"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="244"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>Найден %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="246"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="352"/>
        <source>participants</source>
        <translation>участники</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/form_parts.py" line="164"/>
        <source>Another organisation: type its name, press Enter</source>
        <translation>Другая организация: введите название и нажмите Enter</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="148"/>
        <source>Encrypted package</source>
        <translation>Зашифрованный пакет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="150"/>
        <source>“{file}” is encrypted. Type the passphrase it was exported with.</source>
        <translation>«{file}» зашифрован. Введите пароль, заданный при экспорте.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="154"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="155"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Показать пароль</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="156"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="86"/>
        <source>Type the passphrase, or untick “Encrypt with a passphrase”.</source>
        <translation>Введите пароль или снимите отметку «Зашифровать паролем».</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="88"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="92"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Зашифровать паролем</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="95"/>
        <source>Whoever imports the package will need the passphrase. Tell it to them another way than the file itself.</source>
        <translation>Для импорта пакета понадобится пароль. Сообщите его получателю иным путём, не вместе с файлом.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="99"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="100"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/passphrase.py" line="101"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Показать пароль</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../src/jpoa_desktop/model/workshops.py" line="16"/>
        <source>Erased person #{id}</source>
        <translation>Удалённый человек № {id}</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/commands.py" line="45"/>
        <source>add {name}</source>
        <translation>добавление записи «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/commands.py" line="75"/>
        <source>edit {name}</source>
        <translation>изменение записи «{name}»</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="309"/>
        <source>Edit person</source>
        <translation>Изменение данных человека</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="309"/>
        <source>New person</source>
        <translation>Добавление человека</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="311"/>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="312"/>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="313"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="314"/>
        <source>Family name (&amp;Latin)</source>
        <translation>Фамилия (&amp;латиницей)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="315"/>
        <source>Given name (La&amp;tin)</source>
        <translation>Имя (лати&amp;ницей)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="316"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="317"/>
        <source>&amp;Organisation</source>
        <translation>Органи&amp;зация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="318"/>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="319"/>
        <source>Pos&amp;ition</source>
        <translation>Дол&amp;жность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="320"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="321"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="322"/>
        <source>P&amp;hone</source>
        <translation>Т&amp;елефон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="323"/>
        <source>Lan&amp;guages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="324"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="325"/>
        <source>Photos</source>
        <translation>Фотосъемка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="326"/>
        <source>Consent &amp;date</source>
        <translation>&amp;Дата согласия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="331"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="332"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="333"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="334"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="338"/>
        <source>&amp;Notes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="339"/>
        <source>Agrees to the use of their data</source>
        <translation>Согласие на использование данных получено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="340"/>
        <source>Agrees to be photographed</source>
        <translation>Согласие на фотосъемку получено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="341"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="342"/>
        <source>e.g. ru, en, uz</source>
        <translation>например, ru, en, uz</translation>
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
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="351"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="372"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/person_form.py" line="373"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="59"/>
        <source>personal data {id}</source>
        <translation>персональные данные {id}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="62"/>
        <source>Export personal data of {name}</source>
        <translation>Экспорт персональных данных: {name}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="64"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="77"/>
        <source>Exporting personal data</source>
        <translation>Экспорт персональных данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="80"/>
        <source>Everything held on {name} is in {file}</source>
        <translation>Все данные о {name} сохранены в {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="91"/>
        <source>Erase personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="93"/>
        <source>Erase the personal data of “{name}”? Their names, contacts, notes and consents are blanked and they show as “{placeholder}” from now on. What stays, so that reports still count them: their registrations and attendance, sex, country and organisation. This cannot be undone (a backup is made first).</source>
        <translation>Удалить персональные данные «{name}»? Имена, контакты, заметки и согласия будут стёрты, и далее человек будет показан как «{placeholder}». Чтобы отчёты учитывали его, сохранятся регистрации и посещаемость, пол, страна и организация. Это нельзя отменить (сначала создаётся резервная копия).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="107"/>
        <source>Erase</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="124"/>
        <source>Erasing personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="133"/>
        <source>{name} was erased before; nothing changed</source>
        <translation>Данные {name} уже были удалены; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/personal_data.py" line="136"/>
        <source>Personal data erased; shown as {name} from now on</source>
        <translation>Персональные данные удалены; далее показывается как {name}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="142"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="143"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="146"/>
        <source>The menus and the library texts switch to the chosen language at once; anything you typed stays where it is.</source>
        <translation>Меню и тексты библиотеки сразу переключатся на выбранный язык; все, что вы ввели, сохранится.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="150"/>
        <source>&amp;Erase personal data</source>
        <translation>&amp;Удалять персональные данные</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="151"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="152"/>
        <source>after a workshop ends</source>
        <translation>после окончания семинара</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="155"/>
        <source>At start, the app lists the people whose last workshop ended longer ago and asks before erasing their names and contacts; counts in reports stay.</source>
        <translation>При запуске программа покажет людей, чей последний семинар закончился раньше этого срока, и спросит, прежде чем стереть их имена и контакты; счётчики в отчётах сохранятся.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="159"/>
        <source>&amp;Verifier page&apos;s address:</source>
        <translation>&amp;Адрес страницы проверки:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="163"/>
        <source>Where the office publishes the page from Verify ▸ Save verifier page. When set, each certificate&apos;s QR code holds this address and the code, so a phone&apos;s camera opens the page and it checks the certificate. Leave empty to print the code alone.</source>
        <translation>Где организация публикует страницу, сохранённую через «Проверка ▸ Сохранить страницу проверки». Если адрес задан, QR-код каждого сертификата содержит этот адрес и код: камера телефона открывает страницу, и та проверяет сертификат. Оставьте пустым, чтобы печатать только код.</translation>
    </message>
</context>
<context>
    <name>PreviewBuilder</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/preview_flow.py" line="139"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="143"/>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="145"/>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="147"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Крупнее (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="149"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Мельче (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="150"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="151"/>
        <source>What was changed…</source>
        <translation>Что изменено…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="154"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="155"/>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="187"/>
        <source>Building the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="195"/>
        <source>This file could not be shown: {error}</source>
        <translation>Не удалось показать файл: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="198"/>
        <source>Nothing to print: the handout has no pages.</source>
        <translation>Печатать нечего: в материале нет страниц.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="285"/>
        <source>Showing the page</source>
        <translation>Показ страницы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="306"/>
        <source>This page could not be shown: {error}</source>
        <translation>Не удалось показать страницу: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/preview.py" line="311"/>
        <source>of {pages}</source>
        <translation>из {pages}</translation>
    </message>
</context>
<context>
    <name>PrintEverything</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="126"/>
        <source>Cancelled. %n handout(s) were finished and saved in {folder}.</source>
        <translation>
            <numerusform>Отменено. Готов и сохранен %n материал в папке {folder}.</numerusform>
            <numerusform>Отменено. Готовы и сохранены %n материала в папке {folder}.</numerusform>
            <numerusform>Отменено. Готовы и сохранены %n материалов в папке {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="129"/>
        <source>%n handout(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n материал сохранен в папке {folder}.</numerusform>
            <numerusform>%n материала сохранены в папке {folder}.</numerusform>
            <numerusform>%n материалов сохранены в папке {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="131"/>
        <source>%n sent to the printer.</source>
        <translation>
            <numerusform>%n отправлен на принтер.</numerusform>
            <numerusform>%n отправлены на принтер.</numerusform>
            <numerusform>%n отправлены на принтер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/everything/flow.py" line="167"/>
        <source>%n handout(s) were finished before this and saved in {folder}.</source>
        <translation>
            <numerusform>До этого был готов и сохранен %n материал в папке {folder}.</numerusform>
            <numerusform>До этого были готовы и сохранены %n материала в папке {folder}.</numerusform>
            <numerusform>До этого были готовы и сохранены %n материалов в папке {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintNotices</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="17"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="18"/>
        <source>Latin spelling</source>
        <translation>написание латиницей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="19"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="20"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="21"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="22"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="23"/>
        <source>workshop title</source>
        <translation>название семинара</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="24"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="25"/>
        <source>organisers</source>
        <translation>организаторы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="26"/>
        <source>session title</source>
        <translation>название сессии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="27"/>
        <source>speakers</source>
        <translation>выступающие</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="40"/>
        <source>The fonts cannot print this name; printed in Latin letters: {latin}</source>
        <translation>Шрифты не могут напечатать это имя; напечатано латиницей: {latin}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="44"/>
        <source>Letters the fonts lack were left out of the {field}: {letters}</source>
        <translation>Буквы, которых нет в шрифтах, пропущены (поле «{field}»): {letters}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="47"/>
        <source>The {field} was too long and was cut after {kept} of {length} letters</source>
        <translation>Поле «{field}» было слишком длинным и обрезано: оставлено {kept} из {length} знаков</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="62"/>
        <source>names printed in Latin letters: {count}</source>
        <translation>имён напечатано латиницей: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="66"/>
        <source>texts with letters left out: {count}</source>
        <translation>текстов с пропущенными буквами: {count}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="69"/>
        <source>texts cut to fit: {count}</source>
        <translation>текстов обрезано по размеру: {count}</translation>
    </message>
</context>
<context>
    <name>PrintNoticesDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="76"/>
        <source>What was changed to print</source>
        <translation>Что изменено для печати</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="78"/>
        <source>The handout printed, but %n text(s) could not be printed as written. Correct the records to print them in full.</source>
        <translation>
            <numerusform>Материал напечатан, но %n текст не удалось напечатать как написано. Исправьте записи, чтобы напечатать их полностью.</numerusform>
            <numerusform>Материал напечатан, но %n текста не удалось напечатать как написано. Исправьте записи, чтобы напечатать их полностью.</numerusform>
            <numerusform>Материал напечатан, но %n текстов не удалось напечатать как написано. Исправьте записи, чтобы напечатать их полностью.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="83"/>
        <source>Whose</source>
        <translation>Чьё</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="83"/>
        <source>What was changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/notices_dialog.py" line="84"/>
        <source>The workshop</source>
        <translation>Семинар</translation>
    </message>
</context>
<context>
    <name>QuestionBankScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="127"/>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="252"/>
        <source>Question bank</source>
        <translation>Банк вопросов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="294"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="296"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n вопрос</numerusform>
            <numerusform>%n вопроса</numerusform>
            <numerusform>%n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="299"/>
        <source>Search the questions in any language…</source>
        <translation>Поиск вопросов на любом языке…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="300"/>
        <source>Show retired</source>
        <translation>Показывать выведенные</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="301"/>
        <source>All pillars</source>
        <translation>Все компоненты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="302"/>
        <source>Pillar {roman}</source>
        <translation>Компонент {roman}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="304"/>
        <source>Tests and evaluations</source>
        <translation>Тесты и оценка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/screen.py" line="306"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
</context>
<context>
    <name>QuestionCommands</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/commands.py" line="46"/>
        <source>add “{question}”</source>
        <translation>добавление «{question}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/commands.py" line="74"/>
        <source>edit “{question}”</source>
        <translation>изменение «{question}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/commands.py" line="102"/>
        <source>retire “{question}”</source>
        <translation>вывод из оборота «{question}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/commands.py" line="104"/>
        <source>restore “{question}”</source>
        <translation>возврат «{question}»</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="137"/>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="254"/>
        <source>General (no pillar)</source>
        <translation>Общий (без компонента)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="223"/>
        <source>One letter, e.g. B</source>
        <translation>Одна буква, например B</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="224"/>
        <source>All the right letters, e.g. AC</source>
        <translation>Все правильные буквы, например AC</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="225"/>
        <source>T (true) or F (false)</source>
        <translation>T (верно) или F (неверно)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="227"/>
        <source>No right answer</source>
        <translation>Без правильного ответа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="250"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="255"/>
        <source>For</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="255"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="255"/>
        <source>Pillar / area</source>
        <translation>Компонент / направление</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="255"/>
        <source>Aspect</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="256"/>
        <source>Options</source>
        <translation>Варианты ответа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="256"/>
        <source>Right answer</source>
        <translation>Правильный ответ</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="256"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="261"/>
        <source>Comma-separated, e.g. borders, API</source>
        <translation>Через запятую, например: границы, API</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="262"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="263"/>
        <source>Save the question (Ctrl+S)</source>
        <translation>Сохранить вопрос (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="268"/>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/editor.py" line="268"/>
        <source>Edit the question</source>
        <translation>Изменение вопроса</translation>
    </message>
</context>
<context>
    <name>QuestionLabels</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="11"/>
        <source>Single choice</source>
        <translation>Один ответ</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="12"/>
        <source>Multiple choice</source>
        <translation>Несколько ответов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="13"/>
        <source>True / false</source>
        <translation>Верно / неверно</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="14"/>
        <source>Scale 1–5</source>
        <translation>Шкала 1–5</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="15"/>
        <source>Open answer</source>
        <translation>Свободный ответ</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="21"/>
        <source>Pre/post test</source>
        <translation>Входной/итоговый тест</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="22"/>
        <source>Evaluation</source>
        <translation>Оценка семинара</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="28"/>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="29"/>
        <source>Relevance</source>
        <translation>Актуальность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="30"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="31"/>
        <source>Facilitators</source>
        <translation>Ведущие</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="32"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="38"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="39"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="40"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="41"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/questions/labels.py" line="42"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="65"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="66"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="145"/>
        <source>Pillar {number} of the Global Strategy</source>
        <translation>Компонент {number} Глобальной стратегии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="151"/>
        <source>Thematic areas of the working framework</source>
        <translation>Тематические направления рабочей структуры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="156"/>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="187"/>
        <source>Working framework · Pillar {number}</source>
        <translation>Рабочая структура · Компонент {number}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="164"/>
        <source>Adopted {date}</source>
        <translation>Принята {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="173"/>
        <source>Funded by: {funders}</source>
        <translation>Финансирование: {funders}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="201"/>
        <source>Library section</source>
        <translation>Раздел библиотеки</translation>
    </message>
</context>
<context>
    <name>RegisterButton</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/button.py" line="40"/>
        <source>&amp;Register of certificates…</source>
        <translation>&amp;Реестр сертификатов…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/button.py" line="42"/>
        <source>Every certificate issued: number, holder, workshop and dates; export to Excel</source>
        <translation>Все выданные сертификаты: номер, владелец, мероприятие и даты; экспорт в Excel</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="120"/>
        <source>Reading the register</source>
        <translation>Чтение реестра</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="147"/>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="221"/>
        <source>All workshops</source>
        <translation>Все мероприятия</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="167"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n сертификат</numerusform>
            <numerusform>%n сертификата</numerusform>
            <numerusform>%n сертификатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="169"/>
        <source>%n shown of {total}</source>
        <translation>
            <numerusform>Показано %n из {total}</numerusform>
            <numerusform>Показано %n из {total}</numerusform>
            <numerusform>Показано %n из {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="185"/>
        <source>Export the register</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="187"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="199"/>
        <source>Exporting the register</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="210"/>
        <source>%n line(s) written to {path}</source>
        <translation>
            <numerusform>%n строка записана в {path}</numerusform>
            <numerusform>%n строки записаны в {path}</numerusform>
            <numerusform>%n строк записано в {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="218"/>
        <source>Register of certificates</source>
        <translation>Реестр сертификатов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="219"/>
        <source>&amp;Workshop:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="222"/>
        <source>Search number, holder or workshop (Ctrl+F)</source>
        <translation>Поиск по номеру, владельцу или мероприятию (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="223"/>
        <source>&amp;Export XLSX… (Ctrl+E)</source>
        <translation>&amp;Экспорт в XLSX… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="224"/>
        <source>The certificates listed, as an Excel workbook</source>
        <translation>Показанные сертификаты в виде книги Excel</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/certificates_register/dialog.py" line="225"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="114"/>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="115"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="116"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="117"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="118"/>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="253"/>
        <source>{name} (already registered)</source>
        <translation>{name} (уже в списке участников)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="318"/>
        <source>Add a person from the directory: type a name…</source>
        <translation>Добавить человека из справочника: введите фамилию…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="319"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="320"/>
        <source>Remove…</source>
        <translation>Исключить…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/registrations.py" line="323"/>
        <source>Double-click a role or status to change it. New people are registered as invited participants.</source>
        <translation>Чтобы изменить роль или статус, дважды щелкните по ним. Новые люди регистрируются как приглашенные участники.</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="214"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="216"/>
        <source>All pillars</source>
        <translation>Все компоненты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="217"/>
        <source>Pillar {roman}</source>
        <translation>Компонент {roman}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="219"/>
        <source>All phases</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="220"/>
        <source>Phase {number}</source>
        <translation>Этап {number}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="222"/>
        <source>All workshops</source>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="264"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="265"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="266"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="267"/>
        <source>Between the dates</source>
        <translation>Между датами</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="271"/>
        <source>&amp;Period</source>
        <translation>Пер&amp;иод</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="271"/>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="271"/>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="272"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="272"/>
        <source>P&amp;illar</source>
        <translation>&amp;Компонент</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="273"/>
        <source>P&amp;hase</source>
        <translation>&amp;Этап</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/dashboard/filter_bar.py" line="273"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Мероприятие</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="172"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="194"/>
        <source>Listing the workshops</source>
        <translation>Составление списка мероприятий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="235"/>
        <source>The choices changed: F5 shows the report again.</source>
        <translation>Параметры изменились: F5 покажет отчёт заново.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="262"/>
        <source>Choose the workshop to report on (Alt+W).</source>
        <translation>Выберите мероприятие для отчёта (Alt+М).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="289"/>
        <source>Building the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="292"/>
        <source>Building the report</source>
        <translation>Подготовка отчёта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="298"/>
        <source>Preview of the PDF; a workbook holds the same tables.</source>
        <translation>Предварительный просмотр PDF; в книге Excel — те же таблицы.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="304"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="304"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="307"/>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="319"/>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="321"/>
        <source>Writing the report</source>
        <translation>Запись отчёта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="327"/>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="331"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="333"/>
        <source>The report could not be written: {error}</source>
        <translation>Не удалось записать отчёт: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="340"/>
        <source>Open a database to write its reports.</source>
        <translation>Откройте базу данных, чтобы готовить по ней отчёты.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="341"/>
        <source>Choose what the report covers, then Preview (F5) or Save as… (Ctrl+S).</source>
        <translation>Выберите, что охватывает отчёт, затем нажмите «Просмотр» (F5) или «Сохранить как…» (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="349"/>
        <source>Donor reports</source>
        <translation>Отчёты для доноров</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="350"/>
        <source>&amp;Report</source>
        <translation>О&amp;тчёт</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="351"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="352"/>
        <source>F&amp;ormat</source>
        <translation>Форм&amp;ат</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="356"/>
        <source>The programme</source>
        <translation>Вся программа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="357"/>
        <source>One workshop</source>
        <translation>Одно мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="360"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="360"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="362"/>
        <source>&amp;Preview (F5)</source>
        <translation>П&amp;росмотр (F5)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/reports/screen.py" line="363"/>
        <source>&amp;Save as… (Ctrl+S)</source>
        <translation>Со&amp;хранить как… (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="122"/>
        <source>Ready</source>
        <translation>Готово к проверке</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="122"/>
        <source>Scan a certificate&apos;s QR code or paste it</source>
        <translation>Отсканируйте QR-код сертификата или вставьте его</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="136"/>
        <source>Valid</source>
        <translation>Действителен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="137"/>
        <source>Signed by {issuer} and not changed since.</source>
        <translation>Подписан: {issuer}; с тех пор не изменялся.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="139"/>
        <source>Issued with this key and not changed since.</source>
        <translation>Выдан с этим ключом и с тех пор не изменялся.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="143"/>
        <source>Not valid</source>
        <translation>Недействителен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="144"/>
        <source>What the code claims (not confirmed):</source>
        <translation>Что указано в коде (не подтверждено):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="146"/>
        <source>Cannot check</source>
        <translation>Проверить невозможно</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="147"/>
        <source>What the code claims (not yet checked):</source>
        <translation>Что указано в коде (еще не проверено):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="149"/>
        <source>Key: {key}</source>
        <translation>Ключ: {key}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="156"/>
        <source>Scan it again, or paste the whole text.</source>
        <translation>Отсканируйте его еще раз или вставьте текст целиком.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="160"/>
        <source>The signature does not match any issuer this computer trusts: the text was changed after it was issued, or the issuer is not among the Trusted issuers (Ctrl+T).</source>
        <translation>Подпись не совпадает ни с одним издателем, которому доверяет этот компьютер: текст изменён после выдачи, или издателя нет среди доверенных (Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="166"/>
        <source>The signature does not match: the text was changed after it was issued, or the certificate was signed with another organisation&apos;s key.</source>
        <translation>Подпись не совпадает: текст изменили после выдачи, или сертификат подписан ключом другой организации.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="171"/>
        <source>The public key file is not there any more. Choose the issuer&apos;s public key file (Ctrl+O).</source>
        <translation>Файла открытого ключа больше нет. Выберите файл открытого ключа выдавшей организации (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="178"/>
        <source>Choose the public key file the issuer exported.</source>
        <translation>Выберите файл открытого ключа, который экспортировала выдавшая организация.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="183"/>
        <source>No issuer is trusted on this computer yet. Choose the issuer&apos;s public key file (Ctrl+O), or add it once under Trusted issuers (Ctrl+T).</source>
        <translation>На этом компьютере пока нет доверенных издателей. Выберите файл открытого ключа издателя (Ctrl+O) или один раз добавьте его в «Доверенные издатели» (Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="186"/>
        <source>Choose the issuer&apos;s public key file to check against (Ctrl+O).</source>
        <translation>Выберите файл открытого ключа выдавшей организации для проверки (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="200"/>
        <source>Certificate No.:</source>
        <translation>Сертификат №:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="201"/>
        <source>Holder:</source>
        <translation>Владелец:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="202"/>
        <source>In Latin letters:</source>
        <translation>Латиницей:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="203"/>
        <source>Workshop:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="204"/>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="205"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/result_pane.py" line="206"/>
        <source>Teaching hours:</source>
        <translation>Учебных часов:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="59"/>
        <source>Personal data due for erasure</source>
        <translation>Персональные данные, подлежащие удалению</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="64"/>
        <source>The retention rule erases personal data %n month(s) after a person&apos;s last workshop ended. These people are due: their names and contacts will be blanked; their registrations and attendance stay, so reports still count them. A backup is made first.</source>
        <translation>
            <numerusform>Правило хранения удаляет персональные данные через %n месяц после окончания последнего семинара человека. Срок наступил для этих людей: их имена и контакты будут стёрты; регистрации и посещаемость сохранятся, и отчёты будут их учитывать. Сначала создаётся резервная копия.</numerusform>
            <numerusform>Правило хранения удаляет персональные данные через %n месяца после окончания последнего семинара человека. Срок наступил для этих людей: их имена и контакты будут стёрты; регистрации и посещаемость сохранятся, и отчёты будут их учитывать. Сначала создаётся резервная копия.</numerusform>
            <numerusform>Правило хранения удаляет персональные данные через %n месяцев после окончания последнего семинара человека. Срок наступил для этих людей: их имена и контакты будут стёрты; регистрации и посещаемость сохранятся, и отчёты будут их учитывать. Сначала создаётся резервная копия.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="75"/>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="75"/>
        <source>Last workshop</source>
        <translation>Последний семинар</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="75"/>
        <source>Ended</source>
        <translation>Окончен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="87"/>
        <source>Erase now</source>
        <translation>Удалить сейчас</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="89"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="117"/>
        <source>Erasing personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/retention_dialog.py" line="161"/>
        <source>Looking for personal data due for erasure</source>
        <translation>Поиск персональных данных, подлежащих удалению</translation>
    </message>
</context>
<context>
    <name>ReuseDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="41"/>
        <source>Insert sessions from another workshop</source>
        <translation>Вставка сессий из другого мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="50"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="50"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="60"/>
        <source>Tick a whole day or single sessions. Times are kept; speakers stay only when they are registered here as speakers.</source>
        <translation>Отметьте целый день или отдельные сессии. Время сохраняется; докладчики сохраняются, только если они зарегистрированы на этом мероприятии как докладчики.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="70"/>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="74"/>
        <source>From workshop:</source>
        <translation>Из мероприятия:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="75"/>
        <source>Into day:</source>
        <translation>В день:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/reuse_dialog.py" line="83"/>
        <source>No other workshop has an agenda yet.</source>
        <translation>Ни у одного другого мероприятия пока нет программы.</translation>
    </message>
</context>
<context>
    <name>SaveVerifierPageButton</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="61"/>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="74"/>
        <source>Save verifier page</source>
        <translation>Сохранить страницу проверки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="63"/>
        <source>Web pages ({patterns})</source>
        <translation>Веб-страницы ({patterns})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="77"/>
        <source>Verifier page written to {path}, trusting %n issuer(s). Open it in any browser, or put it on a USB stick or the office&apos;s website.</source>
        <translation>
            <numerusform>Страница проверки сохранена в {path}; она доверяет %n издателю. Откройте её в любом браузере, запишите на флешку или разместите на сайте организации.</numerusform>
            <numerusform>Страница проверки сохранена в {path}; она доверяет %n издателям. Откройте её в любом браузере, запишите на флешку или разместите на сайте организации.</numerusform>
            <numerusform>Страница проверки сохранена в {path}; она доверяет %n издателям. Откройте её в любом браузере, запишите на флешку или разместите на сайте организации.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="86"/>
        <source>Save verifier &amp;page…</source>
        <translation>Сохранить страницу про&amp;верки…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/verifier_page_button.py" line="89"/>
        <source>One web page that checks these certificates in any browser, with nothing installed and no internet</source>
        <translation>Одна веб-страница, которая проверяет эти сертификаты в любом браузере, без установки программ и без интернета</translation>
    </message>
</context>
<context>
    <name>SavedBox</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/messages.py" line="59"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="153"/>
        <source>The best %n results for “{query}”</source>
        <translation>
            <numerusform>Лучший %n результат по запросу «{query}»</numerusform>
            <numerusform>Лучшие %n результата по запросу «{query}»</numerusform>
            <numerusform>Лучшие %n результатов по запросу «{query}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="159"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n результат по запросу «{query}»</numerusform>
            <numerusform>%n результата по запросу «{query}»</numerusform>
            <numerusform>%n результатов по запросу «{query}»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="162"/>
        <source>No results for “{query}”</source>
        <translation>По запросу «{query}» ничего не найдено</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="151"/>
        <source>Connecting to {host}</source>
        <translation>Подключение к {host}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="181"/>
        <source>This computer has no credential store: the password will be asked again.</source>
        <translation>На этом компьютере нет хранилища учётных данных: пароль будет запрошен снова.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="245"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="245"/>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="246"/>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="251"/>
        <source>{access}, {country}</source>
        <translation>{access}, {country}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="252"/>
        <source>every country</source>
        <translation>все страны</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="298"/>
        <source>Server: {database} on {host}</source>
        <translation>Сервер: {database} на {host}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="306"/>
        <source>Server: {database} on {host} — connection lost; nothing can be saved until it is back (File → Reconnect to the Server)</source>
        <translation>Сервер: {database} на {host} — соединение потеряно; сохранить ничего нельзя, пока оно не восстановится (Файл → Переподключиться к серверу)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/server/session.py" line="310"/>
        <source>Connected as {user}</source>
        <translation>Подключено как {user}</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="157"/>
        <source>speaker</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="158"/>
        <source>facilitator</source>
        <translation>модератор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="159"/>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="250"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="274"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="275"/>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="276"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="277"/>
        <source>Shift:</source>
        <translation>Сдвиг:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="278"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="279"/>
        <source>This and later sessions</source>
        <translation>Эту и последующие сессии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="281"/>
        <source>Move this session and the later ones of the day by the minutes on the left</source>
        <translation>Сдвинуть эту и последующие сессии дня на число минут, указанное слева</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="283"/>
        <source>Push later sessions to make room</source>
        <translation>Сдвигать последующие сессии, чтобы освободить время</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="285"/>
        <source>When a session is added in between or gets longer, the later sessions of the day move by as much</source>
        <translation>Когда сессия добавляется между другими или удлиняется, последующие сессии дня сдвигаются на столько же</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="291"/>
        <source>Speakers and facilitators:</source>
        <translation>Докладчики и модераторы:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="294"/>
        <source>Speakers and facilitators: register people with one of these roles (or as organisers) to choose them here.</source>
        <translation>Докладчики и модераторы: зарегистрируйте людей в одной из этих ролей (или как организаторов), чтобы выбрать их здесь.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="299"/>
        <source>Pillars and areas:</source>
        <translation>Компоненты и направления:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="300"/>
        <source>Save session (Enter)</source>
        <translation>Сохранить сессию (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/agenda/form.py" line="302"/>
        <source>Title ({language}):</source>
        <translation>Название ({language}):</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="44"/>
        <source>Custom label sheet</source>
        <translation>Свой лист наклеек</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="47"/>
        <source>Measure the label stock with a ruler: the size of one label, the margin to the first label from the paper&apos;s left and top edges, and the gaps between labels.</source>
        <translation>Измерьте лист наклеек линейкой: размер одной наклейки, расстояние от левого и верхнего края листа до первой наклейки и промежутки между наклейками.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="66"/>
        <source>&amp;Centre the labels on the paper</source>
        <translation>&amp;Наклейки по центру листа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="76"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="77"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Столбцы:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="78"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Ряды:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="79"/>
        <source>Label &amp;width:</source>
        <translation>&amp;Ширина наклейки:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="80"/>
        <source>Label &amp;height:</source>
        <translation>&amp;Высота наклейки:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="82"/>
        <source>&amp;Left margin:</source>
        <translation>&amp;Левое поле:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="83"/>
        <source>&amp;Top margin:</source>
        <translation>&amp;Верхнее поле:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="84"/>
        <source>Gap &amp;across:</source>
        <translation>Промежуток по &amp;горизонтали:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/sheet_dialog.py" line="85"/>
        <source>Gap &amp;down:</source>
        <translation>Промежуток по в&amp;ертикали:</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="67"/>
        <source>Who signs</source>
        <translation>Кто подписывает</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="69"/>
        <source>e.g. A. Karimova</source>
        <translation>например, А. Каримова</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="71"/>
        <source>e.g. Head of Office</source>
        <translation>например, руководитель офиса</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/handouts/branding/image_list.py" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Должность:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="52"/>
        <source>Tidying up</source>
        <translation>Уборка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="88"/>
        <source>Cannot open the database</source>
        <translation>Не удается открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="91"/>
        <source>You can open another database, create a new one, or quit.</source>
        <translation>Можно открыть другую базу данных, создать новую или выйти из программы.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="94"/>
        <source>&amp;Open Another…</source>
        <translation>&amp;Открыть другую…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="97"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="106"/>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="108"/>
        <source>JPoA Desktop databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных JPoA Desktop (*.sqlite *.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="114"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="116"/>
        <source>JPoA Desktop databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>Базы данных JPoA Desktop (*.sqlite *.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>StrategiesScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="64"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="146"/>
        <source>Strategies</source>
        <translation>Стратегии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="152"/>
        <source>Add below</source>
        <translation>Добавить внутрь</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="153"/>
        <source>Add an item under the selected one (Ins)</source>
        <translation>Добавить элемент внутрь выбранного (Ins)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="154"/>
        <source>Add after</source>
        <translation>Добавить после</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="156"/>
        <source>Add an item after the selected one (Shift+Ins)</source>
        <translation>Добавить элемент после выбранного (Shift+Ins)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="106"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="158"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="159"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="160"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="161"/>
        <source>Find in this draft (Enter, F3 for the next)</source>
        <translation>Найти в этом проекте (Enter, F3 — следующее)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="238"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="305"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n мера</numerusform>
            <numerusform>%n меры</numerusform>
            <numerusform>%n мер</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="299"/>
        <source>No strategy or action plan yet.</source>
        <translation>Стратегий и планов действий пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="91"/>
        <source>New goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="92"/>
        <source>New objective</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="93"/>
        <source>New measure</source>
        <translation>Новая мера</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="96"/>
        <source>Add {what}</source>
        <translation>Добавление: {what}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="114"/>
        <source>Move</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/item_edits.py" line="154"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="352"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/screen.py" line="360"/>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
</context>
<context>
    <name>StrategyDiff</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="91"/>
        <source>Added ({n})</source>
        <translation>Добавлено ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="92"/>
        <source>Removed ({n})</source>
        <translation>Удалено ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="93"/>
        <source>Moved ({n})</source>
        <translation>Перемещено ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="94"/>
        <source>Changed ({n})</source>
        <translation>Изменено ({n})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="103"/>
        <source>Text ({language})</source>
        <translation>Текст ({language})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="107"/>
        <source>Responsible</source>
        <translation>Ответственные органы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="108"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="109"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="110"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="111"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="112"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="113"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="114"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="115"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="116"/>
        <source>Pillars and areas</source>
        <translation>Компоненты и направления</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="117"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="150"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="149"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="151"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="152"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="153"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="154"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="155"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="156"/>
        <source>No differences</source>
        <translation>Различий нет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/diff_view.py" line="157"/>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
</context>
<context>
    <name>StrategyImport</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="20"/>
        <source>Goal number</source>
        <translation>Номер цели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="21"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="22"/>
        <source>Objective number</source>
        <translation>Номер задачи</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="23"/>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="24"/>
        <source>Measure number</source>
        <translation>Номер меры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="25"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="26"/>
        <source>Responsible agencies</source>
        <translation>Ответственные органы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="27"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="28"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="29"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="30"/>
        <source>Dates (start–end)</source>
        <translation>Сроки (начало–окончание)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="31"/>
        <source>Deadline (as the plan words it)</source>
        <translation>Срок (как в плане)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="32"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="33"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="34"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="35"/>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="36"/>
        <source>Budget (amount, currency, source)</source>
        <translation>Бюджет (сумма, валюта, источник)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="37"/>
        <source>Pillars and areas</source>
        <translation>Компоненты и направления</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="38"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_columns.py" line="39"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>StrategyImportDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/drafts/draft_actions.py" line="149"/>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="135"/>
        <source>Reading the action plan</source>
        <translation>Чтение плана действий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="148"/>
        <source>Checking the action plan</source>
        <translation>Проверка плана действий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="169"/>
        <source>Period (from the plan): {period}</source>
        <translation>Период (из плана): {period}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="172"/>
        <source>%n deadline(s) could not be read; they are kept as written, without dates.</source>
        <translation>
            <numerusform>%n срок не удалось прочитать; он сохранён как написан, без дат.</numerusform>
            <numerusform>%n срока не удалось прочитать; они сохранены как написаны, без дат.</numerusform>
            <numerusform>%n сроков не удалось прочитать; они сохранены как написаны, без дат.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="186"/>
        <source>Importing {count} measures…</source>
        <translation>Импорт мер: {count}…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="189"/>
        <source>Importing the action plan</source>
        <translation>Импорт плана действий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="202"/>
        <source>Choose an action plan file (XLSX, CSV or a Word table).</source>
        <translation>Выберите файл плана действий (XLSX, CSV или таблица Word).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="204"/>
        <source>No row of the file can be imported.</source>
        <translation>Ни одну строку файла нельзя импортировать.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="206"/>
        <source>Choose the country the draft is for.</source>
        <translation>Выберите страну, для которой готовится проект.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="208"/>
        <source>Type the draft&apos;s title.</source>
        <translation>Введите название проекта.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="218"/>
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n строка готова</numerusform>
            <numerusform>%n строки готовы</numerusform>
            <numerusform>%n строк готово</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="219"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>с ошибками: %n</numerusform>
            <numerusform>с ошибками: %n</numerusform>
            <numerusform>с ошибками: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="232"/>
        <source>Import an action plan</source>
        <translation>Импорт плана действий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="233"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="233"/>
        <source>&amp;Written in:</source>
        <translation>&amp;Язык файла:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="234"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="234"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="235"/>
        <source>in &amp;English:</source>
        <translation>на &amp;английском:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="239"/>
        <source>An XLSX, CSV or Word (.docx) file</source>
        <translation>Файл XLSX, CSV или Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="253"/>
        <source>&amp;Title ({language}):</source>
        <translation>&amp;Название ({language}):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="262"/>
        <source>Choose an action plan</source>
        <translation>Выбор плана действий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_dialog.py" line="263"/>
        <source>Action plans (*.xlsx *.xlsm *.csv *.txt *.docx);;All files (*)</source>
        <translation>Планы действий (*.xlsx *.xlsm *.csv *.txt *.docx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>StrategyImportPreview</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="102"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="113"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="104"/>
        <source>Skipped</source>
        <translation>Пропускается</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="105"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="110"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="111"/>
        <source>Becomes</source>
        <translation>Станет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="112"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="98"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="114"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="70"/>
        <source>kept as written, no dates</source>
        <translation>сохранён как написан, без дат</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="100"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="115"/>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="116"/>
        <source>Responsible</source>
        <translation>Ответственные органы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="117"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="118"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="119"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/files/import_preview.py" line="120"/>
        <source>Pillars, areas</source>
        <translation>Компоненты, направления</translation>
    </message>
</context>
<context>
    <name>StrategyLabels</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="18"/>
        <source>Strategy</source>
        <translation>Стратегия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="19"/>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="20"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="26"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="27"/>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="28"/>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="34"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="35"/>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="36"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="13"/>
        <source>(not set)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="43"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="44"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="45"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="52"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="53"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="54"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="55"/>
        <source>Delayed</source>
        <translation>Отстает от графика</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/labels.py" line="56"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="113"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="249"/>
        <source>Something went wrong: {error}</source>
        <translation>Произошла ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="253"/>
        <source>The details were written to {path}.</source>
        <translation>Подробности записаны в файл {path}.</translation>
    </message>
</context>
<context>
    <name>TrustedIssuersDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="120"/>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="265"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="123"/>
        <source>This computer&apos;s own key</source>
        <translation>Собственный ключ этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="162"/>
        <source>An issuer&apos;s public key</source>
        <translation>Открытый ключ издателя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="164"/>
        <source>Public keys ({patterns});;All files (*)</source>
        <translation>Открытые ключи ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="178"/>
        <source>Add a trusted issuer</source>
        <translation>Добавление доверенного издателя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="179"/>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="210"/>
        <source>The issuer&apos;s name (key {fingerprint}):</source>
        <translation>Название издателя (ключ {fingerprint}):</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="194"/>
        <source>{issuer} was already trusted; the name is updated.</source>
        <translation>{issuer} уже был среди доверенных; название обновлено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="196"/>
        <source>Certificates signed by {issuer} are now accepted.</source>
        <translation>Сертификаты, подписанные «{issuer}», теперь принимаются.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="209"/>
        <source>Rename a trusted issuer</source>
        <translation>Переименование доверенного издателя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="220"/>
        <source>Give the issuer a name.</source>
        <translation>Укажите название издателя.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="228"/>
        <source>Renamed to {issuer}.</source>
        <translation>Переименовано: {issuer}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="238"/>
        <source>Remove a trusted issuer</source>
        <translation>Удаление доверенного издателя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="240"/>
        <source>Stop accepting certificates signed by {issuer}? They will show as not valid until the issuer&apos;s public key is added again.</source>
        <translation>Больше не принимать сертификаты, подписанные «{issuer}»? Они будут считаться недействительными, пока открытый ключ издателя не будет добавлен снова.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="257"/>
        <source>Certificates signed by {issuer} are no longer accepted.</source>
        <translation>Сертификаты, подписанные «{issuer}», больше не принимаются.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="275"/>
        <source>Trusted issuers</source>
        <translation>Доверенные издатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="278"/>
        <source>Certificates signed by these issuers are accepted on this computer. To add one, choose the public key file the issuer exported (Verify ▸ Export this database&apos;s public key, or jpoa certificate export-key).</source>
        <translation>Сертификаты, подписанные этими издателями, принимаются на этом компьютере. Чтобы добавить издателя, выберите файл открытого ключа, который он выгрузил («Проверка ▸ Экспорт открытого ключа этой базы данных» или jpoa certificate export-key).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="284"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="284"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="284"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="287"/>
        <source>No trusted issuers yet. Add the public key file an issuer gave you.</source>
        <translation>Доверенных издателей пока нет. Добавьте файл открытого ключа, полученный от издателя.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="289"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="290"/>
        <source>Choose an issuer&apos;s public key file (Ctrl+N)</source>
        <translation>Выбрать файл открытого ключа издателя (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="291"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="292"/>
        <source>Change the name shown for this issuer (F2)</source>
        <translation>Изменить название этого издателя (F2)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="293"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/trusted_issuers.py" line="296"/>
        <source>Stop accepting this issuer&apos;s certificates (Delete). This computer&apos;s own key stays: it signs your certificates.</source>
        <translation>Больше не принимать сертификаты этого издателя (Delete). Собственный ключ этого компьютера остаётся: им подписываются ваши сертификаты.</translation>
    </message>
</context>
<context>
    <name>UndoRedoActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/undo_commands.py" line="107"/>
        <source>Undo {what}</source>
        <translation>Отменить {what}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/undo_commands.py" line="107"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/undo_commands.py" line="108"/>
        <source>Redo {what}</source>
        <translation>Повторить {what}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/undo_commands.py" line="108"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="188"/>
        <source>Verify</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="238"/>
        <source>The issuer&apos;s public key</source>
        <translation>Открытый ключ выдавшей организации</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="240"/>
        <source>Public keys ({patterns});;All files (*)</source>
        <translation>Открытые ключи ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="275"/>
        <source>the public key file {file}</source>
        <translation>файл открытого ключа {file}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="276"/>
        <source>the trusted issuers</source>
        <translation>доверенные издатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="371"/>
        <source>Check a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="374"/>
        <source>Scan the QR code on a certificate, or paste its text, and press Enter. The check needs only the issuer&apos;s public key: no connection to their database.</source>
        <translation>Отсканируйте QR-код сертификата или вставьте его текст и нажмите Enter. Для проверки нужен только открытый ключ выдавшей организации, без подключения к ее базе данных.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="378"/>
        <source>JP2:… — scan or paste the code</source>
        <translation>JP2:… — отсканируйте или вставьте код</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="382"/>
        <source>This &amp;database&apos;s key and the trusted issuers</source>
        <translation>Ключ этой &amp;базы данных и доверенные издатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="389"/>
        <source>&amp;Import signing key…</source>
        <translation>&amp;Импортировать ключ подписи…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="392"/>
        <source>Sign this database&apos;s certificates on this computer with the key file exported on the computer that issued them</source>
        <translation>Подписывать сертификаты этой базы на этом компьютере файлом ключа, выгруженным на компьютере, который их выдавал</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="396"/>
        <source>&amp;Trusted issuers… (Ctrl+T)</source>
        <translation>&amp;Доверенные издатели… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="398"/>
        <source>The organisations whose certificates this computer accepts</source>
        <translation>Организации, чьи сертификаты принимает этот компьютер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="379"/>
        <source>Enter checks the code; Esc clears</source>
        <translation>Enter проверяет код; Esc очищает</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="266"/>
        <source>(none: trusted issuers)</source>
        <translation>(не выбран: доверенные издатели)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="272"/>
        <source>this database&apos;s key and the trusted issuers</source>
        <translation>ключ этой базы данных и доверенные издатели</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="380"/>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="381"/>
        <source>Check against:</source>
        <translation>Проверять по:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="383"/>
        <source>The issuer&apos;s public &amp;key file:</source>
        <translation>Файлу открытого &amp;ключа организации:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="384"/>
        <source>Choose key file… (Ctrl+O)</source>
        <translation>Выбрать файл ключа… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="385"/>
        <source>&amp;Export this database&apos;s public key…</source>
        <translation>&amp;Экспортировать открытый ключ этой базы данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/verify/screen.py" line="387"/>
        <source>Give this file to whoever checks your certificates without your database</source>
        <translation>Передайте этот файл тем, кто проверяет ваши сертификаты без доступа к вашей базе данных</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="90"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="108"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="91"/>
        <source>Save a version…</source>
        <translation>Сохранить версию…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="92"/>
        <source>Keep the draft as it is now under a name (Ctrl+S)</source>
        <translation>Сохранить текущее состояние проекта под названием (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="106"/>
        <source>Versions of “{draft}”</source>
        <translation>Версии проекта «{draft}»</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="113"/>
        <source>Current draft (as it is now)</source>
        <translation>Текущий проект (в нынешнем виде)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="121"/>
        <source>Current draft</source>
        <translation>Текущий проект</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="131"/>
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n мера</numerusform>
            <numerusform>%n меры</numerusform>
            <numerusform>%n мер</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="138"/>
        <source>the current draft</source>
        <translation>текущий проект</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="170"/>
        <source>No versions yet. Save one (Ctrl+S) to compare the draft with it later.</source>
        <translation>Версий пока нет. Сохраните версию (Ctrl+S), чтобы потом сравнить с ней проект.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="175"/>
        <source>Version {n} — {date}</source>
        <translation>Версия {n} — {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="182"/>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="190"/>
        <source>Save a version</source>
        <translation>Сохранение версии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/strategies/versions/versions_dialog.py" line="182"/>
        <source>Name of the version:</source>
        <translation>Название версии:</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="92"/>
        <source>Walk-in: register and check in</source>
        <translation>Регистрация на месте: зарегистрировать и отметить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="93"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="93"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="93"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="96"/>
        <source>Register and check in (Enter)</source>
        <translation>Зарегистрировать и отметить (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="97"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="116"/>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="139"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="119"/>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="140"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="127"/>
        <source>New workshop…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="128"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="129"/>
        <source>Copy workshop…</source>
        <translation>Копировать мероприятие…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="130"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="131"/>
        <source>Export participants…</source>
        <translation>Экспорт участников…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="133"/>
        <source>Save this workshop&apos;s participants and attendance by day for Excel (Ctrl+E)</source>
        <translation>Сохранить участников этого мероприятия и их присутствие по дням для Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="135"/>
        <source>Handouts…</source>
        <translation>Материалы…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="137"/>
        <source>Preview and print this workshop&apos;s agenda, badges and more (Ctrl+Shift+H)</source>
        <translation>Просмотреть и напечатать программу, бейджи и другие материалы этого мероприятия (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="166"/>
        <source>new workshop</source>
        <translation>создание мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="184"/>
        <source>edit workshop</source>
        <translation>изменение мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="231"/>
        <source>copy workshop</source>
        <translation>копирование мероприятия</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="240"/>
        <source>Delete “{title}”? Its agenda and its %n registration(s), with their attendance marks, are deleted too. Undo (Ctrl+Z) brings all of it back.</source>
        <translation>
            <numerusform>Удалить «{title}»? Вместе с мероприятием будут удалены его программа и %n регистрация с отметками присутствия. При отмене (Ctrl+Z) все это вернется.</numerusform>
            <numerusform>Удалить «{title}»? Вместе с мероприятием будут удалены его программа и %n регистрации с отметками присутствия. При отмене (Ctrl+Z) все это вернется.</numerusform>
            <numerusform>Удалить «{title}»? Вместе с мероприятием будут удалены его программа и %n регистраций с отметками присутствия. При отмене (Ctrl+Z) все это вернется.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="297"/>
        <source>They were checked in on %n day(s); those attendance marks are deleted too (undo brings them back).</source>
        <translation>
            <numerusform>Есть отметки присутствия за %n день; они тоже будут удалены (при отмене действия они вернутся).</numerusform>
            <numerusform>Есть отметки присутствия за %n дня; они тоже будут удалены (при отмене действия они вернутся).</numerusform>
            <numerusform>Есть отметки присутствия за %n дней; они тоже будут удалены (при отмене действия они вернутся).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="245"/>
        <source>Delete workshop</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="256"/>
        <source>delete workshop</source>
        <translation>удаление мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="270"/>
        <source>change registration</source>
        <translation>изменение регистрации</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="285"/>
        <source>register participant</source>
        <translation>регистрацию участника</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="294"/>
        <source>Remove {name} from this workshop?</source>
        <translation>Исключить {name} из участников этого мероприятия?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="303"/>
        <source>Remove participant</source>
        <translation>Исключение участника</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/actions.py" line="314"/>
        <source>remove participant</source>
        <translation>исключение участника</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="253"/>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="263"/>
        <source>New workshop</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="263"/>
        <source>Edit workshop</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="267"/>
        <source>Title ({language})</source>
        <translation>Название ({language})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="272"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="275"/>
        <source>Pillars and areas</source>
        <translation>Компоненты и направления</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="276"/>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="277"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="281"/>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="288"/>
        <source>— none —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="289"/>
        <source>One of the five countries, or type a two-letter code</source>
        <translation>Одна из пяти стран или введите двухбуквенный код</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/workshop_form.py" line="293"/>
        <source>At least one title is needed</source>
        <translation>Нужно хотя бы одно название</translation>
    </message>
</context>
<context>
    <name>WorkshopLabels</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="16"/>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="17"/>
        <source>Training course</source>
        <translation>Учебный курс</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="18"/>
        <source>Expert meeting</source>
        <translation>Совещание экспертов</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="19"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="20"/>
        <source>Table-top exercise</source>
        <translation>Настольные учения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="26"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="27"/>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="28"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="34"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="35"/>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="36"/>
        <source>Facilitator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="37"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="38"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="44"/>
        <source>Invited</source>
        <translation>Приглашен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="45"/>
        <source>Confirmed</source>
        <translation>Подтвержден</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="46"/>
        <source>Attended</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="47"/>
        <source>No-show</source>
        <translation>Не явился</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="61"/>
        <source>Cancelled</source>
        <comment>registration</comment>
        <translation>Отменена</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="69"/>
        <source>Titles</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="70"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="71"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="72"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="73"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="74"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="75"/>
        <source>Working languages</source>
        <translation>Рабочие языки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="76"/>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="77"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="78"/>
        <source>Project phase</source>
        <translation>Этап проекта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="79"/>
        <source>Pillars and areas</source>
        <translation>Компоненты и направления</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="80"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="81"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/labels.py" line="82"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="39"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="40"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="41"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="42"/>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="43"/>
        <source>Tajik</source>
        <translation>Таджикский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="44"/>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/widgets/code_labels.py" line="45"/>
        <source>Turkmen</source>
        <translation>Туркменский</translation>
    </message>
</context>
<context>
    <name>WorkshopPicker</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/exchange/workshop_picker.py" line="80"/>
        <source>Filter the workshops</source>
        <translation>Фильтр семинаров</translation>
    </message>
</context>
<context>
    <name>WorkshopsModel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="57"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="58"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="59"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="60"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="61"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="62"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/model.py" line="63"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="145"/>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="263"/>
        <source>Workshops</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="246"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="248"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>Найдено %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="249"/>
        <source>%Ln workshop(s)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="297"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="298"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="299"/>
        <source>Agenda</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/workshops/screen.py" line="300"/>
        <source>Workshop actions</source>
        <translation>Действия с мероприятиями</translation>
    </message>
</context>
</TS>
