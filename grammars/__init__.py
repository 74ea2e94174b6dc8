"""The Lark grammars: data at the top of the repository, shipped in the wheel as the package `grader.grammars`."""
