"""File → Export package… and Import package…: workshops or a draft to a `.jpoa` file for another
laptop, and such a file previewed, settled (conflicts, look-alike people) and merged here."""
