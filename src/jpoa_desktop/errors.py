"""The domain's errors: messages a user can act on (the CLI exits 2, the GUI shows them).

Services never import Qt, yet the GUI shows their messages in the user's language. So an error
keeps its English template and the values that fill it: `str(error)` is the English sentence (the
CLI and the logs), and the GUI translates the template through Qt and fills in the same values.
Templates are marked with `QT_TRANSLATE_NOOP("Errors", ...)`, which is how `lupdate` finds them.
"""

from __future__ import annotations

from datetime import datetime

ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark `source` for translation (the GUI translates it later); return it unchanged."""
    del context
    return source


class JpoaError(Exception):
    """Base of every error the app reports to a user instead of a traceback."""

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values))


class ValidationError(JpoaError):
    """Input the user can fix: a bad file, a bad argument, a bad value."""


class DatabaseRefused(ValidationError):
    """A database the app will not open; the file is left untouched."""


class PassphraseRefused(ValidationError):
    """An encrypted package without its passphrase, or with one that does not open it: the GUI
    asks again instead of giving up."""


class ContentError(ValidationError):
    """A content file (built-in or imported) that cannot be loaded."""


class Cancelled(JpoaError):
    """The user cancelled long work; whatever it had written is rolled back."""


def unreadable(file: str, error: OSError) -> ValidationError:
    """The one sentence for a file the system would not let us read (gone, no permission, a
    disk error), naming the file and the system's reason."""
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"),
        file=file,
        reason=error.strerror or str(error),
    )


class EditConflict(JpoaError):
    """Someone else saved the same fields of a row after this user had read it: nothing was
    written, so neither save is lost. It carries what the conflict dialog shows and what
    "keep mine" needs: the row, who saved it and when, their values and mine (by field), and
    the version theirs is (a save on top of it names that version)."""

    exit_code = 2

    def __init__(
        self,
        *,
        table: str,
        row_id: int,
        who: str = "",
        when: datetime | None = None,
        theirs: dict[str, object] | None = None,
        mine: dict[str, object] | None = None,
        version: int = 0,
    ) -> None:
        if when is None:  # found by the ORM's own check at a flush: no details at hand
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone else changed this record while you were editing it; your change "
                    "was not saved and nothing was overwritten.",
                )
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{who} changed this record at {when} while you were editing it; your "
                    "change was not saved and nothing was overwritten.",
                ),
                who=who or "?",
                when=when.strftime("%Y-%m-%d %H:%M UTC"),
            )
        self.table, self.row_id, self.version = table, row_id, version
        self.who, self.changed_at = who, when
        self.theirs, self.mine = theirs or {}, mine or {}

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields both changed, differently."""
        return tuple(self.theirs)
