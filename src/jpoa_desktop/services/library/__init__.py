"""The JPoA library: loading the built-in content, reading it in one language, searching it."""
