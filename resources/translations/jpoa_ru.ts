<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="51"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="66"/>
        <source>An offline toolkit for workshops and capacity building under the Joint Plan of Action for the implementation of the UN Global Counter-Terrorism Strategy in Central Asia.</source>
        <translation>Автономный инструментарий для семинаров и наращивания потенциала в рамках Совместного плана действий по осуществлению Глобальной контртеррористической стратегии ООН в Центральной Азии.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="71"/>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).</source>
        <translation>Это свободная программа: вы можете распространять и (или) изменять ее на условиях Стандартной общественной лицензии GNU версии 3 либо (по вашему выбору) любой более поздней версии (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="76"/>
        <source>Fonts: the interface uses your system’s fonts; this version bundles no fonts of its own.</source>
        <translation>Шрифты: интерфейс использует системные шрифты; собственных шрифтов в этой версии нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/about_dialog.py" line="79"/>
        <source>Built with</source>
        <translation>Используемые компоненты</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="106"/>
        <source>Check-in</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="291"/>
        <source>Scan a badge or type a name…</source>
        <translation>Отсканируйте бейдж или введите фамилию…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="293"/>
        <source>Enter checks in; ↓ and ↑ choose a name from the list; Esc clears</source>
        <translation>Enter — отметить; ↓ и ↑ — выбрать фамилию из списка; Esc — очистить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="295"/>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Отменить последнюю отметку (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="296"/>
        <source>Walk-in registration (Ctrl+N)</source>
        <translation>Регистрация на месте (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/screen.py" line="298"/>
        <source>Scan a badge, or type a name and choose it with ↓ and Enter. Esc clears.</source>
        <translation>Отсканируйте бейдж или введите фамилию и выберите её клавишами ↓ и Enter. Esc очищает поле.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="12"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="13"/>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="14"/>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="15"/>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/countries.py" line="16"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="88"/>
        <source>The database was not opened</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="90"/>
        <source>Kept the current database open.</source>
        <translation>Текущая база данных осталась открытой.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="94"/>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="125"/>
        <source>The library was updated from newer content files.</source>
        <translation>Библиотека обновлена по более новым файлам содержимого.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="129"/>
        <source>Loading the library</source>
        <translation>Загрузка библиотеки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="122"/>
        <source>The library is ready.</source>
        <translation>Библиотека готова.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="144"/>
        <source>Making the demo workshop</source>
        <translation>Создание демонстрационного семинара</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="148"/>
        <source>The demo workshop is ready: 40 people, running today.</source>
        <translation>Демонстрационный семинар готов: 40 участников, проходит сегодня.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="161"/>
        <source>Framework imported from {file}: %n area(s) changed.</source>
        <translation>
            <numerusform>Структура направлений импортирована из {file}: изменено %n направление.</numerusform>
            <numerusform>Структура направлений импортирована из {file}: изменено %n направления.</numerusform>
            <numerusform>Структура направлений импортирована из {file}: изменено %n направлений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/database_controller.py" line="167"/>
        <source>Importing the framework</source>
        <translation>Импорт структуры направлений</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="71"/>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="72"/>
        <source>Latin spelling</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="73"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="74"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="75"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="76"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="77"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="78"/>
        <source>Workshops</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/detail.py" line="90"/>
        <source>Select a person to see their details.</source>
        <translation>Выберите человека, чтобы увидеть сведения о нём.</translation>
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
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="52"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="53"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="54"/>
        <source>Latin</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="55"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="56"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="57"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="58"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/model.py" line="59"/>
        <source>Workshops</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>DoorBar</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="124"/>
        <source>Present {present} / {registered} registered</source>
        <translation>Пришли {present} из {registered} зарегистрированных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="142"/>
        <source>Day {number}: {date}</source>
        <translation>День {number}: {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="162"/>
        <source>Workshop:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/door_bar.py" line="163"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/feedback.py" line="135"/>
        <source>No workshops yet — import a participant list or run jpoa demo</source>
        <translation>Мероприятий пока нет — импортируйте список участников или запустите jpoa demo</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/feedback.py" line="137"/>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/jpoa_desktop/cli.py" line="48"/>
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
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="71"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="77"/>
        <source>{path} is not a JPoA Desktop database (it is not an SQLite file); the file was left unchanged.</source>
        <translation>{path} не является базой данных JPoA Desktop (это не файл SQLite); файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="96"/>
        <source>{path} cannot be read as a database ({reason}); the file was left unchanged.</source>
        <translation>{path} не удается прочитать как базу данных ({reason}); файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="105"/>
        <source>{path} is an SQLite database made by another program, not by JPoA Desktop; the file was left unchanged.</source>
        <translation>{path} — база данных SQLite другой программы, а не JPoA Desktop; файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="123"/>
        <source>Cannot open the database: {reason}</source>
        <translation>Не удается открыть базу данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="131"/>
        <source>{path} was written by a newer version of JPoA Desktop (schema {revision}); update the app to open it. The database was left unchanged.</source>
        <translation>{path} создана более новой версией JPoA Desktop (схема {revision}); чтобы открыть ее, обновите программу. База данных оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="184"/>
        <location filename="../../src/jpoa_desktop/io/export.py" line="24"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/db/migrate.py" line="201"/>
        <source>Cannot prepare the database: {reason}</source>
        <translation>Не удается подготовить базу данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="83"/>
        <source>{file}, item &apos;{key}&apos;: its parent &apos;{parent}&apos; does not exist.</source>
        <translation>{file}, элемент «{key}»: родительский элемент «{parent}» не существует.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="129"/>
        <source>{file}: the file has no areas.</source>
        <translation>{file}: в файле нет направлений.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="135"/>
        <source>{file}, item &apos;{key}&apos;: only kind = &quot;area&quot; can be imported into the framework.</source>
        <translation>{file}, элемент «{key}»: в структуру направлений можно импортировать только элементы kind = &quot;area&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="144"/>
        <source>{file}, item &apos;{key}&apos;: &apos;pillar&apos; must be one of {allowed}.</source>
        <translation>{file}, элемент «{key}»: «pillar» должно быть одним из значений {allowed}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="152"/>
        <source>{file}, item &apos;{key}&apos;: &apos;code&apos; (for example &quot;II.3&quot;) is required.</source>
        <translation>{file}, элемент «{key}»: требуется поле «code» (например, &quot;II.3&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/content.py" line="181"/>
        <source>Loading the library was cancelled; nothing was changed.</source>
        <translation>Загрузка библиотеки отменена; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/library.py" line="167"/>
        <source>There is no library item with id {id}.</source>
        <translation>В библиотеке нет материала с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/cli_workshops.py" line="46"/>
        <source>“{value}” is not a date like 2026-12-01.</source>
        <translation>«{value}» — это не дата вида 2026-12-01.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="140"/>
        <source>The column mapping &quot;{text}&quot; must look like COLUMN=FIELD, e.g. 3=email.</source>
        <translation>Сопоставление столбца «{text}» должно иметь вид СТОЛБЕЦ=ПОЛЕ, например 3=email.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="147"/>
        <source>&quot;{field}&quot; is not a field; use one of: {fields}.</source>
        <translation>«{field}» — такого поля нет; используйте одно из: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="159"/>
        <source>There is no column {number}; the file has {count} columns.</source>
        <translation>Столбца {number} нет; в файле {count} столбцов.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="172"/>
        <source>Several columns are called &quot;{column}&quot; (columns {numbers}); use the column number.</source>
        <translation>Несколько столбцов называются «{column}» (столбцы {numbers}); укажите номер столбца.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="181"/>
        <source>There is no column &quot;{column}&quot;; the columns are: {headers}.</source>
        <translation>Столбца «{column}» нет; есть столбцы: {headers}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="236"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not female or male (Ж/М, F/M)</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — не «женский» и не «мужской» (Ж/М, F/M)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="261"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a date (dd.mm.yyyy)</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не дата (дд.мм.гггг)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="278"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not yes or no (да/нет, 1/0)</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — не «да» и не «нет» (да/нет, 1/0)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="295"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not an e-mail address</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/columns.py" line="318"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a full name (family name, given name, patronymic)</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не полное имя (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="58"/>
        <source>{file} is not a CSV, TXT or XLSX file.</source>
        <translation>{file} — это не файл CSV, TXT или XLSX.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="64"/>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="97"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>Не удается прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="70"/>
        <source>{file} is larger than {limit} MB; split it into smaller lists.</source>
        <translation>{file} больше {limit} МБ; разделите его на списки поменьше.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="78"/>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="298"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: файл пуст.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="126"/>
        <source>{file} is an Excel workbook or another ZIP file, not a text file; if it is a workbook, give it the .xlsx extension.</source>
        <translation>{file} — это книга Excel или другой ZIP-файл, а не текстовый файл; если это книга Excel, дайте ей расширение .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="136"/>
        <source>{file} is a {kind}, not a table of participants.</source>
        <translation>{file} — это {kind}, а не таблица участников.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="155"/>
        <source>{file} does not look like a text file; save the list as CSV or XLSX.</source>
        <translation>{file} не похож на текстовый файл; сохраните список в формате CSV или XLSX.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="199"/>
        <source>{file}, line {row}: {reason}</source>
        <translation>{file}, строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="259"/>
        <source>{file} cannot be opened as an Excel workbook; it may be damaged or not an XLSX file.</source>
        <translation>{file} не открывается как книга Excel; возможно, файл поврежден или это не XLSX.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="301"/>
        <source>{file}: there are no rows below the header.</source>
        <translation>{file}: под заголовком нет ни одной строки.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/tables.py" line="316"/>
        <source>{file} has more than {limit} rows; split it into smaller lists.</source>
        <translation>В {file} больше {limit} строк; разделите его на списки поменьше.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="50"/>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="122"/>
        <location filename="../../src/jpoa_desktop/services/participant_export.py" line="103"/>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="343"/>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="209"/>
        <source>There is no workshop with id {id}.</source>
        <translation>Нет мероприятия с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="30"/>
        <source>{day} is not one of the workshop&apos;s days ({start} to {end}).</source>
        <translation>{day} не входит в дни мероприятия (с {start} по {end}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="62"/>
        <source>No one in this workshop has the badge code {code}.</source>
        <translation>Ни у кого из участников этого мероприятия нет бейджа с кодом {code}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/attendance.py" line="234"/>
        <source>There is no registration with id {id}.</source>
        <translation>Нет регистрации с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo.py" line="124"/>
        <source>“{value}” is not a demo size (small or large).</source>
        <translation>«{value}» — такого размера демонстрационных данных нет (small или large).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo.py" line="158"/>
        <source>This database already holds {workshops} workshops and {people} people; demo data goes into a new, empty database.</source>
        <translation>В этой базе данных уже есть мероприятия ({workshops}) и люди ({people}); демонстрационные данные загружаются только в новую, пустую базу.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/demo.py" line="189"/>
        <source>Making the demo was cancelled; nothing was changed.</source>
        <translation>Создание демонстрационных данных отменено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="122"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a country.</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не страна.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="138"/>
        <source>row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a role.</source>
        <translation>строка {row}, столбец «{column}»: «{value}» — это не роль.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="195"/>
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="281"/>
        <source>{file}: the names are in one column; choose to split them into family name, given name and patronymic.</source>
        <translation>{file}: имена записаны в одном столбце; выберите разделение на фамилию, имя и отчество.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="290"/>
        <source>{file}: no column is mapped to the family name and the given name.</source>
        <translation>{file}: ни один столбец не сопоставлен с фамилией и именем.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="330"/>
        <source>{file}: {count} rows have problems; nothing was imported. Fix them, or choose to skip the rows with problems.</source>
        <translation>{file}: строк с ошибками — {count}; ничего не импортировано. Исправьте их или выберите пропуск строк с ошибками.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="385"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменен; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/participant_import.py" line="406"/>
        <source>row {row}: the person it matched was deleted meanwhile; import again.</source>
        <translation>строка {row}: найденный для нее человек тем временем удален; повторите импорт.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="65"/>
        <source>The family name is empty.</source>
        <translation>Фамилия не указана.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="67"/>
        <source>The given name is empty.</source>
        <translation>Имя не указано.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="70"/>
        <source>“{value}” is not a sex the app knows.</source>
        <translation>«{value}» — такого значения пола программа не знает.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="74"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>«{value}» — это не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="78"/>
        <source>“{value}” is not a two-letter country code.</source>
        <translation>«{value}» — это не двухбуквенный код страны.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/people.py" line="83"/>
        <source>“{value}” is not a kind of organisation.</source>
        <translation>«{value}» — такого типа организации нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="52"/>
        <source>The workshop has no title.</source>
        <translation>У мероприятия нет названия.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="55"/>
        <source>The workshop ends ({end}) before it starts ({start}).</source>
        <translation>Мероприятие заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="61"/>
        <source>“{value}” is not a kind of workshop.</source>
        <translation>«{value}» — такого вида мероприятия нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="65"/>
        <source>“{value}” is not a workshop status.</source>
        <translation>«{value}» — такого статуса мероприятия нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="149"/>
        <source>“{value}” is not a role.</source>
        <translation>«{value}» — такой роли нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="153"/>
        <source>“{value}” is not a registration status.</source>
        <translation>«{value}» — такого статуса регистрации нет.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/duplicates.py" line="110"/>
        <source>A person cannot be merged with themselves.</source>
        <translation>Нельзя объединить человека с самим собой.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/duplicates.py" line="152"/>
        <source>There is no merge {id} to undo.</source>
        <translation>Нет объединения {id}, которое можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/duplicates.py" line="183"/>
        <location filename="../../src/jpoa_desktop/services/workshops.py" line="167"/>
        <source>There is no person with id {id}.</source>
        <translation>Нет человека с идентификатором {id}.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/export.py" line="36"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/io/export.py" line="54"/>
        <source>{file}: export as .csv or .xlsx.</source>
        <translation>{file}: экспорт возможен только в .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/services/directory.py" line="180"/>
        <source>“{value}” is not a directory column to sort by ({choices}).</source>
        <translation>«{value}» — не столбец справочника, по которому можно сортировать ({choices}).</translation>
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
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="99"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="100"/>
        <source>Filter terms and definitions…</source>
        <translation>Фильтр по терминам и определениям…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="102"/>
        <source>Term (English)</source>
        <translation>Термин (английский)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="102"/>
        <source>Term (Russian)</source>
        <translation>Термин (русский)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/glossary_panel.py" line="102"/>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
</context>
<context>
    <name>LibraryKinds</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="50"/>
        <source>Pillar</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="51"/>
        <source>Thematic area</source>
        <translation>Тематическое направление</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="52"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="53"/>
        <source>Project phase</source>
        <translation>Этап проекта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="54"/>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="55"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="56"/>
        <source>Glossary term</source>
        <translation>Термин глоссария</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="87"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="164"/>
        <source>This item is no longer in the library</source>
        <translation>Этого материала больше нет в библиотеке</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="204"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="204"/>
        <source>Open or create a database.</source>
        <translation>Откройте или создайте базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="206"/>
        <source>The library is empty</source>
        <translation>Библиотека пуста</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="207"/>
        <source>The library texts are being loaded into this database…</source>
        <translation>Тексты библиотеки загружаются в эту базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="216"/>
        <source>Search the library…</source>
        <translation>Поиск по библиотеке…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/screen.py" line="218"/>
        <source>Type to search; Enter opens the first result, Esc clears (Ctrl+F)</source>
        <translation>Введите запрос; Enter открывает первый результат, Esc очищает поле (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="194"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="195"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="197"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="198"/>
        <source>&amp;Import Framework…</source>
        <translation>&amp;Импорт структуры направлений…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="201"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="202"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="203"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="205"/>
        <source>&amp;About {app}</source>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="224"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="226"/>
        <source>JPoA Desktop databases ({patterns})</source>
        <translation>Базы данных JPoA Desktop ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="237"/>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="239"/>
        <source>JPoA Desktop databases ({patterns});;All files (*)</source>
        <translation>Базы данных JPoA Desktop ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="260"/>
        <source>Try a demo workshop?</source>
        <translation>Попробовать демонстрационный семинар?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="262"/>
        <source>This database is new. Add a demo workshop running today, with 40 participants from the five countries, to try registration, check-in and handouts?</source>
        <translation>Это новая база данных. Добавить демонстрационный семинар, который проходит сегодня, с 40 участниками из пяти стран, чтобы попробовать регистрацию, отметку присутствия и раздаточные материалы?</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="368"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="371"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="373"/>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="375"/>
        <source>%n library item(s)</source>
        <translation>
            <numerusform>%n материал библиотеки</numerusform>
            <numerusform>%n материала библиотеки</numerusform>
            <numerusform>%n материалов библиотеки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="378"/>
        <source>upgraded; the previous version was saved as {path}</source>
        <translation>обновлена; прежняя версия сохранена в файле {path}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/main_window.py" line="396"/>
        <source>No recent databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
</context>
<context>
    <name>OutcomePane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="56"/>
        <source>Already checked in at {time}</source>
        <translation>Уже отмечен в {time}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="58"/>
        <source>Checked in at {time}</source>
        <translation>Отмечен в {time}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="60"/>
        <source>{checked_in} — new badge code {code}</source>
        <translation>{checked_in} — код нового бейджа {code}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="72"/>
        <source>Not checked in</source>
        <translation>Не отмечен</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="83"/>
        <source>Check-in undone: no longer marked present</source>
        <translation>Отметка отменена: участник больше не отмечен как присутствующий</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="89"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="94"/>
        <source>Ready</source>
        <translation>Готово к регистрации</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/outcome_pane.py" line="94"/>
        <source>Scan a badge or type a name</source>
        <translation>Отсканируйте бейдж или введите фамилию</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="127"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="205"/>
        <source>Search people in any script…</source>
        <translation>Поиск людей на любом алфавите…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="209"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="225"/>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="227"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>Найден %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/participants/screen.py" line="229"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="81"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="82"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/settings/preferences_dialog.py" line="85"/>
        <source>The menus and the library texts switch to the chosen language at once; anything you typed stays where it is.</source>
        <translation>Меню и тексты библиотеки сразу переключатся на выбранный язык; все, что вы ввели, сохранится.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="63"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="64"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="141"/>
        <source>Pillar {number} of the Global Strategy</source>
        <translation>Компонент {number} Глобальной стратегии</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="147"/>
        <source>Thematic areas of the working framework</source>
        <translation>Тематические направления рабочей структуры</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="152"/>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="183"/>
        <source>Working framework · Pillar {number}</source>
        <translation>Рабочая структура · Компонент {number}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="160"/>
        <source>Adopted {date}</source>
        <translation>Принята {date}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="169"/>
        <source>Funded by: {funders}</source>
        <translation>Финансирование: {funders}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/render.py" line="197"/>
        <source>Library section</source>
        <translation>Раздел библиотеки</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="146"/>
        <source>The best %n results for “{query}”</source>
        <translation>
            <numerusform>Лучший %n результат по запросу «{query}»</numerusform>
            <numerusform>Лучшие %n результата по запросу «{query}»</numerusform>
            <numerusform>Лучшие %n результатов по запросу «{query}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="152"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n результат по запросу «{query}»</numerusform>
            <numerusform>%n результата по запросу «{query}»</numerusform>
            <numerusform>%n результатов по запросу «{query}»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/library/search_panel.py" line="155"/>
        <source>No results for “{query}”</source>
        <translation>По запросу «{query}» ничего не найдено</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="53"/>
        <source>Cannot open the database</source>
        <translation>Не удается открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="56"/>
        <source>You can open another database, create a new one, or quit.</source>
        <translation>Можно открыть другую базу данных, создать новую или выйти из программы.</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="59"/>
        <source>&amp;Open Another…</source>
        <translation>&amp;Открыть другую…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="62"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="71"/>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="73"/>
        <source>JPoA Desktop databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных JPoA Desktop (*.sqlite *.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="79"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/startup.py" line="81"/>
        <source>JPoA Desktop databases (*.sqlite *.sqlite3 *.db)</source>
        <translation>Базы данных JPoA Desktop (*.sqlite *.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="115"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="251"/>
        <source>Something went wrong: {error}</source>
        <translation>Произошла ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/tasks.py" line="255"/>
        <source>The details were written to {path}.</source>
        <translation>Подробности записаны в файл {path}.</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="90"/>
        <source>Walk-in: register and check in</source>
        <translation>Регистрация на месте: зарегистрировать и отметить</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="91"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="91"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="91"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="94"/>
        <source>Register and check in (Enter)</source>
        <translation>Зарегистрировать и отметить (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/jpoa_desktop/ui/checkin/walk_in.py" line="95"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
</context>
</TS>
