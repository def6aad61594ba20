"""One measure in detail: its form, indicators, budget lines, pillar/area mapping and comments."""
