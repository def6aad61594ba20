"""What the project office reports: the figures for a filter, and the donor report."""
