"""The one list of handout kinds: what each is called, what it needs, and which module builds it.

The service that gathers a kind's data, the `jpoa handout` command (its choices and help) and
the Handouts screen (its list, the options it shows for a kind) all read `KINDS`; adding a kind
means adding it here and giving it a module with the same `build` as the others:

    build(data, options, out, progress, cancelled, notices) -> list[str]

`data` is the kind's own plain dataclass, `options` the shared `PageOptions` (paper, margins,
accent), and the result the labels printed in English for want of a translation. The kinds'
modules are imported only when one is built: the command line starts without ReportLab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress

if TYPE_CHECKING:
    from jpoa_desktop.handouts.common.page import PageOptions
    from jpoa_desktop.handouts.common.printable import PrintNotices

Builder = Callable[..., list[str]]

# The options a kind can take, named as the command line and the screen name them.
SECOND = "second"  # a second language, side by side
PAPER = "paper"  # A4 or Letter (a label sheet brings its own)
DAY = "day"  # one day's sheet instead of every day's
SORT = "sort"  # the order of the list
COLUMNS = "columns"  # the list's columns
TEMPLATE = "template"  # a named label sheet
OFFSET = "offset"  # the printer's calibrated shift of the label cells
ATTENDANCE = "attendance"  # the share of days a certificate holder attended
PILLAR = "pillar"  # the JPoA pillar a factsheet shows
FORMS = "forms"  # tests and evaluations: whose copies (FORM_COPIES)
# One copy per participant (name, code, QR) and a blank one for a walk-in; blank copies, one per
# participant (anonymous); one blank copy to photocopy.
FORM_COPIES = ("people", "blank", "one")


@dataclass(frozen=True)
class HandoutKind:
    key: str  # "sign-in": the command's argument, the file name's word, the settings' code
    module: str  # the module whose `build` prints it
    title: str  # the kind's name, marked for translation (context "HandoutLabels")
    hint: str  # one line on what comes out of the printer, marked likewise
    options: frozenset[str]
    needs_workshop: bool = True  # the factsheet and the calibration page need none
    prints_title: bool = False  # prints the workshop's title (in each of its languages)
    on_screen: bool = True  # the calibration page has a dialog of its own
    ahead: bool = False  # printed the evening before a workshop day (certificates wait)

    @property
    def bilingual(self) -> bool:
        return SECOND in self.options

    def build(
        self,
        data: Any,
        options: PageOptions,
        out: Path,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        notices: PrintNotices | None = None,
    ) -> list[str]:
        """Print `data` into `out` with the kind's module (written whole, then renamed)."""
        build = cast(Builder, import_module(self.module).build)
        return build(data, options, out, progress, cancelled, notices)


def _kind(
    key: str, module: str, title: str, hint: str, *options: str, **facts: bool
) -> HandoutKind:
    return HandoutKind(
        key, f"jpoa_desktop.handouts.{module}", title, hint, frozenset(options), **facts
    )


# In the order of a workshop: what the screen lists, top to bottom. The names and hints are
# marked for lupdate here and translated by the screen.
AGENDA = _kind(
    "agenda",
    "agenda",
    QT_TRANSLATE_NOOP("HandoutLabels", "Agenda"),
    QT_TRANSLATE_NOOP("HandoutLabels", "Days and sessions with times and speakers"),
    SECOND,
    PAPER,
    prints_title=True,
    ahead=True,
)
PARTICIPANT_LIST = _kind(
    "participant-list",
    "participant_list",
    QT_TRANSLATE_NOOP("HandoutLabels", "Participant list"),
    QT_TRANSLATE_NOOP("HandoutLabels", "A numbered table of everyone registered"),
    SECOND,
    PAPER,
    SORT,
    COLUMNS,
    prints_title=True,
)
SIGN_IN = _kind(
    "sign-in",
    "sign_in",
    QT_TRANSLATE_NOOP("HandoutLabels", "Sign-in sheets"),
    QT_TRANSLATE_NOOP("HandoutLabels", "One sheet per day, with blank rows for walk-ins"),
    SECOND,
    PAPER,
    DAY,
    prints_title=True,
    ahead=True,
)
BADGES = _kind(
    "badges",
    "badges",
    QT_TRANSLATE_NOOP("HandoutLabels", "Badges"),
    QT_TRANSLATE_NOOP("HandoutLabels", "Names with a QR code, on label sheets"),
    TEMPLATE,
    OFFSET,
    prints_title=True,
    ahead=True,
)
TABLE_TENTS = _kind(
    "table-tents",
    "table_tents",
    QT_TRANSLATE_NOOP("HandoutLabels", "Table tents"),
    QT_TRANSLATE_NOOP("HandoutLabels", "Folded A4, the name readable from both sides"),
    PAPER,
    ahead=True,
)
PRE_TEST = _kind(
    "pre-test",
    "test_forms",
    QT_TRANSLATE_NOOP("HandoutLabels", "Pre-test"),
    QT_TRANSLATE_NOOP("HandoutLabels", "One form per participant with a QR code, and a blank one"),
    SECOND,
    PAPER,
    FORMS,
    prints_title=True,
)
POST_TEST = _kind(
    "post-test",
    "test_forms",
    QT_TRANSLATE_NOOP("HandoutLabels", "Post-test"),
    QT_TRANSLATE_NOOP("HandoutLabels", "The pre-test's questions, one form per participant"),
    SECOND,
    PAPER,
    FORMS,
    prints_title=True,
)
ANSWER_KEY = _kind(
    "answer-key",
    "answer_key",
    QT_TRANSLATE_NOOP("HandoutLabels", "Answer key"),
    QT_TRANSLATE_NOOP("HandoutLabels", "The right answers of the pre-test and post-test"),
    SECOND,
    PAPER,
    prints_title=True,
)
EVALUATION_FORM = _kind(
    "evaluation-form",
    "evaluation_form",
    QT_TRANSLATE_NOOP("HandoutLabels", "Evaluation form"),
    QT_TRANSLATE_NOOP("HandoutLabels", "Anonymous copies to rate the workshop, 1 to 5"),
    SECOND,
    PAPER,
    FORMS,
    prints_title=True,
)
CERTIFICATES = _kind(
    "certificates",
    "certificates",
    QT_TRANSLATE_NOOP("HandoutLabels", "Certificates"),
    QT_TRANSLATE_NOOP("HandoutLabels", "For those who met the attendance rule"),
    SECOND,
    PAPER,
    ATTENDANCE,
    prints_title=True,
)
FACTSHEET = _kind(
    "factsheet",
    "factsheet",
    QT_TRANSLATE_NOOP("HandoutLabels", "Factsheet"),
    QT_TRANSLATE_NOOP("HandoutLabels", "The JPoA and one pillar, from the library"),
    PAPER,
    PILLAR,
    needs_workshop=False,
)
CALIBRATION = _kind(
    "calibration",
    "calibration",
    QT_TRANSLATE_NOOP("HandoutLabels", "Label sheet calibration"),
    QT_TRANSLATE_NOOP("HandoutLabels", "Cell outlines with a cross and a scale"),
    PAPER,
    TEMPLATE,
    OFFSET,
    needs_workshop=False,
    on_screen=False,
)

KINDS: tuple[HandoutKind, ...] = (
    AGENDA, PARTICIPANT_LIST, SIGN_IN, BADGES, TABLE_TENTS, PRE_TEST, POST_TEST, ANSWER_KEY,
    EVALUATION_FORM, CERTIFICATES, FACTSHEET, CALIBRATION,
)  # fmt: skip
FORM_HANDOUTS = (PRE_TEST, POST_TEST, ANSWER_KEY, EVALUATION_FORM)  # from a workshop's forms
BY_KEY = {kind.key: kind for kind in KINDS}
KEYS = tuple(sorted(BY_KEY))  # as the command line offers them
SCREEN_KINDS = tuple(kind.key for kind in KINDS if kind.on_screen)


def kind(key: str) -> HandoutKind:
    """The kind called `key`, or a clear refusal naming the kinds there are."""
    found = BY_KEY.get(key)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a kind of handout ({choices})."),
            value=key,
            choices=", ".join(KEYS),
        )
    return found


def taking(option: str) -> list[str]:
    """The kinds that take `option`, as the command's help names them."""
    return [key for key in KEYS if option in BY_KEY[key].options]
