"""Writing files for Excel and Word: XLSX and CSV tables whose text stays text, DOCX drafts."""
