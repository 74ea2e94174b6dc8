"""The cost question kind: closed forms for the work of generating with a transformer (issue 12)."""
