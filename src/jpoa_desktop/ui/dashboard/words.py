"""The charts' words in the interface language: `ChartWords` filled through Qt's translations.

Handouts cannot use Qt, so the charts take their words from the caller; the screen builds them
here each time it draws (the interface language can change while the app runs), and names the
countries and kinds of organisation with the tables every other screen uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.handouts.charts import ChartWords
from jpoa_desktop.model.codes import ORGANISATION_KINDS
from jpoa_desktop.ui.participants.labels import kind_label
from jpoa_desktop.ui.widgets.countries import COUNTRY_CODES, country_name


def chart_words(language: str) -> ChartWords:
    """Every word of the charts, translated now; numbers written as `language` writes them."""
    return ChartWords(
        language=language,
        no_data=QCoreApplication.translate("ChartWords", "Nothing to show for this selection."),
        no_tests=QCoreApplication.translate(
            "ChartWords", "No pre-test and post-test answers for this selection yet."
        ),
        no_evaluations=QCoreApplication.translate(
            "ChartWords", "No evaluation answers for this selection yet."
        ),
        women=QCoreApplication.translate("ChartWords", "Women"),
        men=QCoreApplication.translate("ChartWords", "Men"),
        not_stated=QCoreApplication.translate("ChartWords", "Not stated"),
        workshops=QCoreApplication.translate("ChartWords", "Workshops"),
        participants=QCoreApplication.translate("ChartWords", "Participants"),
        people=QCoreApplication.translate("ChartWords", "different people: {count}"),
        share_of_women=QCoreApplication.translate("ChartWords", "Share of women"),
        women_and_men=QCoreApplication.translate("ChartWords", "women {women}, men {men}"),
        attendance=QCoreApplication.translate("ChartWords", "Attendance rate"),
        attendance_detail=QCoreApplication.translate("ChartWords", "days present of days offered"),
        mean_gain=QCoreApplication.translate("ChartWords", "Mean learning gain"),
        gain_detail=QCoreApplication.translate(
            "ChartWords", "95 % interval {low} to {high}; {count} people"
        ),
        satisfaction=QCoreApplication.translate("ChartWords", "Satisfaction"),
        satisfaction_detail=QCoreApplication.translate("ChartWords", "out of 5; answers: {count}"),
        by_sex=QCoreApplication.translate("ChartWords", "Participants by sex"),
        by_country=QCoreApplication.translate("ChartWords", "Participants by country and sex"),
        by_organisation=QCoreApplication.translate(
            "ChartWords", "Participants by kind of organisation and sex"
        ),
        gain_per_workshop=QCoreApplication.translate(
            "ChartWords", "Learning gain per workshop (Hake's g)"
        ),
        workshop_mean=QCoreApplication.translate("ChartWords", "A workshop's mean"),
        programme_mean=QCoreApplication.translate(
            "ChartWords", "Mean of all participants, 95 % interval"
        ),
        before_and_after=QCoreApplication.translate(
            "ChartWords", "Mean test scores before and after"
        ),
        pre_test=QCoreApplication.translate("ChartWords", "Pre-test"),
        post_test=QCoreApplication.translate("ChartWords", "Post-test"),
        satisfaction_answers=QCoreApplication.translate(
            "ChartWords", "Satisfaction answers, 1 (very low) to 5 (very high)"
        ),
        countries={code: country_name(code) for code in COUNTRY_CODES},
        organisation_kinds={kind: kind_label(kind) for kind in ORGANISATION_KINDS},
    )
