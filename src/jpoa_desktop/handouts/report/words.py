"""The donor report's words in English and Russian: its headings, the sentences of its summary,
the XLSX sheets' headers, and the charts' words (`chart_words`) for the same language.

The report is written for a donor, not shown in the app, so its words live here with the other
printed text rather than in the Qt catalogues; a language other than Russian reads English.
"""

from __future__ import annotations

from collections import Counter

from jpoa_desktop.handouts.common.key_figures import ChartWords
from jpoa_desktop.model.codes import ORGANISATION_KINDS
from jpoa_desktop.model.evaluation import ProgrammeFigures, ReportFilter, WorkshopScores
from jpoa_desktop.texts.formatting import date_span, long_date
from jpoa_desktop.texts.labels import Labels, catalogue

REPORT_LANGUAGES = ("en", "ru")

_WORDS: dict[str, tuple[str, str]] = {
    "programme_title": ("Programme report", "Отчёт по программе"),
    "workshop_title": ("Workshop report", "Отчёт о мероприятии"),
    "programme_name": (
        "Joint Plan of Action for Central Asia: capacity building",
        "Совместный план действий для Центральной Азии: укрепление потенциала",
    ),
    "selection": ("Selection", "Выборка"),
    "period": ("Period", "Период"),
    "country": ("Country", "Страна"),
    "pillar": ("Pillar", "Компонент"),
    "phase": ("Phase", "Этап"),
    "all": ("all", "все"),
    "any_time": ("whole programme", "вся программа"),
    "from": ("from {day}", "с {day}"),
    "until": ("until {day}", "по {day}"),
    "prepared": ("Prepared on {day} with JPoA Desktop", "Подготовлено {day} в JPoA Desktop"),
    "summary": ("Summary", "Краткое изложение"),
    "reach": ("Reach", "Охват"),
    "participation": ("Participation", "Участие"),
    "learning": ("Learning", "Обучение"),
    "satisfaction": ("Satisfaction", "Удовлетворённость"),
    "workshops": ("Workshops", "Мероприятия"),
    "people_scores": ("Participants' scores", "Результаты участников"),
    "comments": ("Open comments", "Открытые комментарии"),
    "no_comments": ("No comments were written.", "Комментариев не оставлено."),
    # The summary's sentences; {…} are filled with figures already written out.
    "sentence_reach": (
        "{when}, {workshops} reached {participants} ({people}), {women} of them women.",
        "{when} проведено мероприятий: {workshops}; в них приняли участие {participants} "
        "({people}), из них {women} — женщины.",
    ),
    "sentence_reach_workshop": (
        "The workshop brought together {participants}, {women} of them women.",
        "В мероприятии приняли участие {participants}, из них {women} — женщины.",
    ),
    "when_period": ("In the period {period}", "За период {period}"),
    "when_all": ("Over the whole programme", "За всё время программы"),
    "sentence_attendance": (
        "Participants were present on {rate} of the workshop days offered to them.",
        "Участники присутствовали в {rate} предложенных им дней мероприятий.",
    ),
    "sentence_gain": (
        "Between the pre-test and the post-test, {count} participants gained on average "
        "{gain} of what they could still learn (Hake's normalised gain; 95 % interval "
        "{low} to {high}).",
        "Между входным и итоговым тестом {count} участников в среднем освоили {gain} того, "
        "что им оставалось узнать (нормализованный прирост Хейка; 95-процентный интервал "
        "от {low} до {high}).",
    ),
    "sentence_no_gain": (
        "No participant has both a pre-test and a post-test score yet.",
        "Ни у одного участника пока нет результатов и входного, и итогового теста.",
    ),
    "sentence_satisfaction": (
        "Asked how satisfied they were, participants answered {mean} out of 5 on average; "
        "{top} of the answers were 4 or 5.",
        "Средняя оценка удовлетворённости — {mean} из 5; {top} ответов — 4 или 5.",
    ),
    "sentence_no_satisfaction": (
        "No evaluation form has been entered yet.",
        "Ни одной анкеты оценки пока не введено.",
    ),
    "people_count": ("different people: {count}", "разных людей: {count}"),
    # Table headers, shared by the PDF and the XLSX.
    "h_workshop": ("Workshop", "Мероприятие"),
    "h_dates": ("Dates", "Даты"),
    "h_start": ("Start", "Начало"),
    "h_end": ("End", "Окончание"),
    "h_country": ("Country", "Страна"),
    "h_kind": ("Kind of organisation", "Тип организации"),
    "h_women": ("Women", "Женщины"),
    "h_men": ("Men", "Мужчины"),
    "h_not_stated": ("Not stated", "Не указан"),
    "h_total": ("Total", "Всего"),
    "h_share_women": ("Share of women", "Доля женщин"),
    "h_participants": ("Participants", "Участники"),
    "h_attendance": ("Attendance rate", "Посещаемость"),
    "h_gain": ("Mean gain", "Средний прирост"),
    "h_satisfaction": ("Satisfaction (1–5)", "Удовлетворённость (1–5)"),
    "h_figure": ("Figure", "Показатель"),
    # The PDF's workshops table has narrow columns: short headers.
    "s_women": ("Women", "Жен."),
    "s_men": ("Men", "Муж."),
    "s_attendance": ("Attend.", "Посещ."),
    "s_gain": ("Gain", "Прирост"),
    "s_satisfaction": ("Satisf. 1–5", "Оценка 1–5"),
    "h_value": ("Value", "Значение"),
    "h_code": ("Code", "Код"),
    "h_name": ("Name", "Имя"),
    "h_pre": ("Pre-test", "Входной тест"),
    "h_mean_pre": ("Mean pre-test score", "Средний балл входного теста"),
    "h_mean_post": ("Mean post-test score", "Средний балл итогового теста"),
    "h_times": ("Written by", "Сколько раз"),
    "h_post": ("Post-test", "Итоговый тест"),
    "h_gain_person": ("Gain", "Прирост"),
    "h_answer": ("Answer", "Ответ"),
    "h_answers": ("Answers", "Ответов"),
    "h_share": ("Share", "Доля"),
    "h_took_pre": ("Took the pre-test", "Прошли входной тест"),
    "h_took_post": ("Took the post-test", "Прошли итоговый тест"),
    "h_gain_people": ("People with a gain", "Участников с приростом"),
    "h_low": ("95 % interval, low", "95-процентный интервал, от"),
    "h_high": ("95 % interval, high", "95-процентный интервал, до"),
    "people": ("Different people", "Разных людей"),
    "participations": ("Participants (participations)", "Участники (участия)"),
    # The XLSX sheets' names (at most 31 characters).
    "sheet_summary": ("Summary", "Сводка"),
    "sheet_by_sex": ("Participants by sex", "Участники по полу"),
    "sheet_by_country": ("By country and sex", "По странам и полу"),
    "sheet_by_kind": ("By organisation kind and sex", "По типу организации и полу"),
    "sheet_workshops": ("Workshops", "Мероприятия"),
    "sheet_learning": ("Learning", "Обучение"),
    "sheet_evaluation": ("Evaluation", "Оценка"),
    "sheet_people": ("Participants' scores", "Результаты участников"),
    "sheet_comments": ("Comments", "Комментарии"),
}

_KINDS = {
    "ministry": ("Ministry or government body", "Министерство или госорган"),
    "law_enforcement": ("Law enforcement", "Правоохранительные органы"),
    "judiciary": ("Judiciary and prosecution", "Суд и прокуратура"),
    "parliament": ("Parliament", "Парламент"),
    "civil_society": ("Civil society", "Гражданское общество"),
    "academia": ("Academia", "Научные и учебные заведения"),
    "media": ("Media", "СМИ"),
    "international_organisation": ("International organisation", "Международная организация"),
    "": ("Not stated", "Не указан"),
}

_CHARTS_RU = ChartWords(
    language="ru",
    no_data="Для этой выборки нет данных.",
    no_tests="Ответов на входной и итоговый тесты для этой выборки пока нет.",
    no_evaluations="Ответов на анкеты оценки для этой выборки пока нет.",
    women="Женщины",
    men="Мужчины",
    not_stated="Не указан",
    workshops="Мероприятия",
    participants="Участники",
    people="разных людей: {count}",
    share_of_women="Доля женщин",
    women_and_men="женщин {women}, мужчин {men}",
    attendance="Посещаемость",
    attendance_detail="дней присутствия из предложенных",
    mean_gain="Средний прирост знаний",
    gain_detail="95-процентный интервал от {low} до {high}; человек: {count}",
    satisfaction="Удовлетворённость",
    satisfaction_detail="из 5; ответов: {count}",
    by_sex="Участники по полу",
    by_country="Участники по странам и полу",
    by_organisation="Участники по типу организации и полу",
    gain_per_workshop="Прирост знаний по мероприятиям (g Хейка)",
    workshop_mean="Среднее по мероприятию",
    programme_mean="Среднее по всем участникам, 95-процентный интервал",
    before_and_after="Средние баллы до и после обучения",
    pre_test="Входной тест",
    post_test="Итоговый тест",
    satisfaction_answers="Ответы об удовлетворённости, от 1 (очень низкая) до 5 (очень высокая)",
)


def distinct_comments(scores: WorkshopScores) -> list[tuple[str, int]]:
    """Each open comment once, with how many people wrote it, the most frequent first."""
    found = Counter(
        " ".join(comment.split())
        for summary in scores.evaluation
        for comment in summary.comments
        if comment.strip()
    )
    return sorted(found.items(), key=lambda pair: (-pair[1], pair[0]))


def report_language(language: str) -> str:
    return language if language in REPORT_LANGUAGES else "en"


def word(language: str, key: str, **values: object) -> str:
    """The report's text for `key` in `language` (English for any other), filled in."""
    text = _WORDS[key][1 if report_language(language) == "ru" else 0]
    return text.format(**values) if values else text


def kind_name(language: str, kind: str) -> str:
    names = _KINDS.get(kind)
    if names is None:
        return kind
    return names[1 if report_language(language) == "ru" else 0]


def country_name(language: str, code: str) -> str:
    key = f"country_{code}"
    if not code:
        return kind_name(language, "")
    return Labels(report_language(language))(key) if key in catalogue() else code


def chart_words(language: str) -> ChartWords:
    """The charts' words in the report's language, with its country and kind names."""
    lang = report_language(language)
    base = _CHARTS_RU if lang == "ru" else ChartWords()
    countries = {
        key.removeprefix("country_"): country_name(lang, key.removeprefix("country_"))
        for key in catalogue()
        if key.startswith("country_")
    }
    kinds = {kind: kind_name(lang, kind) for kind in (*ORGANISATION_KINDS, "")}
    return ChartWords(
        **{
            **{name: getattr(base, name) for name in base.__dataclass_fields__},
            "countries": countries,
            "organisation_kinds": kinds,
        }
    )


_ROMAN = ("I", "II", "III", "IV")


def period_text(report: ReportFilter, language: str) -> str:
    """ "2 March 2015 – 31 December 2018", "from 2 March 2015", or "whole programme"."""
    lang = report_language(language)
    if report.start and report.end:
        return date_span(report.start, report.end, lang)
    if report.start:
        return word(lang, "from", day=long_date(report.start, lang))
    if report.end:
        return word(lang, "until", day=long_date(report.end, lang))
    return word(lang, "any_time")


def selection(figures: ProgrammeFigures, language: str) -> list[tuple[str, str]]:
    """What the report covers, as (what, value) lines for the title page and the Summary
    sheet: the workshop (title, dates, country) or the programme's filter."""
    lang = report_language(language)
    report = figures.filter
    if report.workshop_id is not None and figures.per_workshop:
        line = figures.per_workshop[0]
        return [
            (word(lang, "h_workshop"), line.title),
            (word(lang, "h_dates"), date_span(line.start, line.end, lang)),
            (word(lang, "country"), country_name(lang, line.country)),
        ]
    every = word(lang, "all")
    pillar = report.pillar
    return [
        (word(lang, "period"), period_text(report, lang)),
        (word(lang, "country"), country_name(lang, report.country) if report.country else every),
        (word(lang, "pillar"), _ROMAN[pillar - 1] if pillar and 1 <= pillar <= 4 else every),
        (word(lang, "phase"), str(report.phase) if report.phase else every),
    ]
