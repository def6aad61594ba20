"""The code lists the database checks and every layer shows: kinds, roles, statuses.

The stored values are these English keys; screens and handouts translate them for display.
"""

from __future__ import annotations

ORGANISATION_KINDS = (
    "ministry",
    "law_enforcement",
    "judiciary",
    "parliament",
    "civil_society",
    "academia",
    "media",
    "international_organisation",
)


WORKSHOP_KINDS = (
    "workshop",
    "training_course",
    "expert_meeting",
    "conference",
    "tabletop_exercise",
)


WORKSHOP_STATUSES = ("planned", "held", "cancelled")


ROLES = ("participant", "speaker", "facilitator", "organiser", "observer")


REGISTRATION_STATUSES = ("invited", "confirmed", "attended", "no_show", "cancelled")


DRAFT_KINDS = ("strategy", "action_plan", "programme")


DRAFT_STATUSES = ("draft", "under_review", "adopted")


ITEM_KINDS = ("goal", "objective", "measure")


PRIORITIES = ("", "high", "medium", "low")


MEASURE_STATUSES = ("", "planned", "in_progress", "done", "delayed", "cancelled")


AGENDA_KINDS = ("plenary", "group_work", "break", "exercise")
