"""The command line: `grader check`, `solve`, `problems test` and the class commands."""
