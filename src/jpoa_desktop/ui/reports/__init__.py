"""The Reports screen: the donor report of a workshop or of the programme, previewed and saved."""
