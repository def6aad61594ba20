"""Printed handouts as PDF (ReportLab), one module per kind, fed with plain data by services."""
