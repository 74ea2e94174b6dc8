"""Class work: batch runs over a class, the worker pool, class folders, the class report, problem tests, and the Gradescope/PrairieLearn autograders and bundles."""
