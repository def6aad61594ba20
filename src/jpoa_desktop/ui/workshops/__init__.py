"""The Workshops screen: the list of workshops, one workshop's overview and participants."""
