"""Workshops: planning and copying them, who is registered, their agenda and attendance."""
