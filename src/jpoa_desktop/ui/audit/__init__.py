"""The audit log of a draft or a workshop, read from a shared server."""
