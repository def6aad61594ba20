"""A national team on one shared PostgreSQL server: accounts and their country scope, the audit
log, live notice of other people's changes, connecting and moving a laptop's data in."""
