"""The Handouts screen: preview, print and save every handout of a workshop."""
