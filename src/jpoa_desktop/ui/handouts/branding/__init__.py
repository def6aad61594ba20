"""Branding dialogs: logos, signatures, accent colour, label sheets, printer calibration."""
