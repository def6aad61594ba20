"""The domain's errors: messages a user can act on (the CLI exits 2, the GUI shows them).

Services never import Qt, yet the GUI shows their messages in the user's language. So an error
keeps its English template and the values that fill it: `str(error)` is the English sentence (the
CLI and the logs), and the GUI translates the template through Qt and fills in the same values.
Templates are marked with `QT_TRANSLATE_NOOP("Errors", ...)`, which is how `lupdate` finds them.
"""

from __future__ import annotations

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
