"""The built-in JPoA library: reading the versioned content files in resources/content/."""
