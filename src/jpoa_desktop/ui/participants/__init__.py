"""The Participants screen: the directory of people, searched and sorted in SQL, page by page."""
