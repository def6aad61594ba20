"""The Handouts screen's certificate options: who earns one (the rule box) and who was left out."""
