"""The agenda editor of a workshop (embedded in the Workshops screen, usable on its own)."""
