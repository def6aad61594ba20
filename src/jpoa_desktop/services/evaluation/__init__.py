"""Tests and evaluations: the question bank, a workshop's forms, the answers and the scores."""
