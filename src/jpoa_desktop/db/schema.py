"""Every model module, imported once: the complete metadata Alembic and the tests compare."""

from __future__ import annotations

from jpoa_desktop.db import (
    agenda_models,
    branding_models,
    certificate_models,
    evaluation_models,
    models,
    strategy_models,
    workshop_models,
)
from jpoa_desktop.db.models import Base

__all__ = [
    "Base",
    "agenda_models",
    "branding_models",
    "certificate_models",
    "evaluation_models",
    "models",
    "strategy_models",
    "workshop_models",
]
