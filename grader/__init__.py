"""grader: checks students' derivations of sequence probabilities under language models."""

__version__ = "0.1.0"
