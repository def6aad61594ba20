"""The Dashboard screen: the programme's figures and charts for a period, country, pillar, phase or
one workshop, refreshed on every change of a filter."""
