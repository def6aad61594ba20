"""Database access: engine and sessions, the ORM models, and schema migrations."""
