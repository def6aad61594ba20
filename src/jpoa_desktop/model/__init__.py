"""Plain data: what services hand to handouts, exporters and screens, and the code lists they
share. No SQLAlchemy, no Qt, no file formats."""
