"""The donor report's PDF and the words it shares with the report's workbook."""
