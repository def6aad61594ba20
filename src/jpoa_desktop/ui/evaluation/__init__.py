"""The Tests & evaluations screen: a workshop's pre-test, post-test and evaluation form, made from
the question bank, and the keyboard-fast grid where the filled-in paper forms are typed in."""
