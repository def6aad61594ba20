"""People: the participant directory, the same person found twice, lists imported and exported."""
