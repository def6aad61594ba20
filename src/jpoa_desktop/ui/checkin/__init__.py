"""The door: checking people in at a workshop, by badge scanner or by name."""

from __future__ import annotations

from jpoa_desktop.ui.checkin.screen import CheckInScreen

__all__ = ["CheckInScreen"]
