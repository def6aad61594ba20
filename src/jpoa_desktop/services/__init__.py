"""Use cases in plain Python (no Qt): what the GUI, the CLI and the tests all call."""
