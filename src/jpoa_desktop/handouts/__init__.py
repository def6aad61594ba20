"""Printed handouts as PDF (ReportLab), one module per kind, fed with plain data by services.

`registry.py` lists the kinds; each kind's module has the same `build(data, options, out,
progress, cancelled, notices)`; `common/` holds what they share (page, fonts, fitting, images,
QR codes, label sheets)."""
