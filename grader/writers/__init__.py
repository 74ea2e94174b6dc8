"""Output formats: thin functions of one Report."""
