"""Reading lists from CSV, TXT and XLSX within limits: the header row found, columns mapped."""
