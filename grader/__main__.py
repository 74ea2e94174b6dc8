"""`python -m grader` is the same program as the `grader` command."""

import sys

from grader.cli import main

sys.exit(main())
