"""The compare question kind: which of several candidate outputs a model finds more likely, and by how much."""
