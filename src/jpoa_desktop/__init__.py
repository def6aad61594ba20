"""JPoA Desktop: offline workshop and capacity-building toolkit for the Joint Plan of Action."""

__version__ = "0.1.0"
