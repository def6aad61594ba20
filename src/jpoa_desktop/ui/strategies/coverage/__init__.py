"""How a draft covers the framework: the pillar × area matrix, its gaps, and two drafts compared."""
