"""Reading and writing the files trainers exchange: CSV/XLSX participant lists, DOCX."""
