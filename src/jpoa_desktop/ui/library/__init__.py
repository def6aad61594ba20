"""The Library screen: the JPoA texts, the working framework, the glossary and search."""
