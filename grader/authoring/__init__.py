"""Instructor tools for problem files of every kind: templates, previews, lint and PrairieLearn questions."""
