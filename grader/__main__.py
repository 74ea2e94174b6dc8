"""`python -m grader` is the same program as the `grader` command."""

import sys

from grader.cli.main import main

sys.exit(main())
