"""The domain's errors: messages a user can act on (the CLI exits 2, the GUI shows them)."""


class JpoaError(Exception):
    """Base of every error the app reports to a user instead of a traceback."""


class ValidationError(JpoaError):
    """Input the user can fix: a bad file, a bad argument, a bad value."""


class DatabaseRefused(ValidationError):
    """A database the app will not open; the file is left untouched."""


class ContentError(ValidationError):
    """A content file (built-in or imported) that cannot be loaded."""


class Cancelled(JpoaError):
    """The user cancelled long work; whatever it had written is rolled back."""
