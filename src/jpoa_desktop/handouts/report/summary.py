"""The report's Summary: the selection's figures as sentences a programme officer can paste
into a donor's narrative ("In the period …, 42 workshops reached 1 050 participants, 48 % of
them women …"), each sentence left out or replaced when its figure does not exist yet."""

from __future__ import annotations

from jpoa_desktop.handouts.report.words import period_text, report_language, word
from jpoa_desktop.model.evaluation import ProgrammeFigures
from jpoa_desktop.texts.formatting import decimal_number, integer, percent, plural

_WORKSHOPS = {
    "en": {"one": "{count} workshop", "other": "{count} workshops"},
    "ru": {"other": "{count}"},
}
_PARTICIPANTS = {
    "en": {"one": "{count} participant", "other": "{count} participants"},
    "ru": {"one": "{count} человек", "few": "{count} человека", "other": "{count} человек"},
}


def summary_sentences(figures: ProgrammeFigures, language: str) -> list[str]:
    lang = report_language(language)
    report, counts = figures.filter, figures.participations
    if report.start or report.end:
        when = word(lang, "when_period", period=period_text(report, lang))
    else:
        when = word(lang, "when_all")
    share = figures.share_of_women
    women = "—" if share is None else percent(share, lang)
    participants = plural(counts.total, _PARTICIPANTS[lang], lang)
    if report.workshop_id is not None:
        reach = word(lang, "sentence_reach_workshop", participants=participants, women=women)
    else:
        reach = word(
            lang,
            "sentence_reach",
            when=when,
            workshops=plural(figures.workshops, _WORKSHOPS[lang], lang),
            participants=participants,
            people=word(lang, "people_count", count=integer(figures.people.total, lang)),
            women=women,
        )
    sentences = [reach]
    if figures.attendance_rate is not None:
        rate = percent(figures.attendance_rate, lang)
        sentences.append(word(lang, "sentence_attendance", rate=rate))
    gain = figures.mean_gain
    if gain is None:
        sentences.append(word(lang, "sentence_no_gain"))
    else:
        low = "—" if gain.low is None else decimal_number(gain.low, lang, places=2)
        high = "—" if gain.high is None else decimal_number(gain.high, lang, places=2)
        sentences.append(
            word(
                lang,
                "sentence_gain",
                count=integer(gain.count, lang),
                gain=decimal_number(gain.mean, lang, places=2),
                low=low,
                high=high,
            )
        )
    answers = sum(figures.satisfaction_counts)
    if figures.satisfaction is None or not answers:
        sentences.append(word(lang, "sentence_no_satisfaction"))
    else:
        top = sum(figures.satisfaction_counts[3:]) / answers
        sentences.append(
            word(
                lang,
                "sentence_satisfaction",
                mean=decimal_number(figures.satisfaction, lang, places=1),
                top=percent(top, lang),
            )
        )
    return sentences
