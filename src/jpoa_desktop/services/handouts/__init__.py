"""What handouts print: their data gathered from the database, certificates and their signing
key, and each workshop's branding."""
