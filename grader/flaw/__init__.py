"""The flaw question kind: find the first wrong line of a flawed calculation, name the mistake, correct it."""
