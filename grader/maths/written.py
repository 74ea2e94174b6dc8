"""Numbers as written in plain text the grammar did not read: a decimal with its power of ten."""

from __future__ import annotations

import re

# The tail of a number in scientific notation: 3.09e-5, 3.09E−5, 3.09 × 10^-5, 3.09 x 10^{-5}, 3.09\times10^{-5}.
# Its exponent is the named group `e` (the e-form) or `p` (the power-of-ten form).
POWER_OF_TEN = (
    r"(?:[eE](?P<e>[-−+]?\d+)"
    r"|\s*(?:×|\\times|\\cdot|\*|·|x)\s*10\s*\^\s*\{?\s*(?P<p>[-−+]?\d+)\s*\}?)"
)

# The same tail without its named groups, for a pattern that only asks whether text is a value.
POWER_OF_TEN_SHAPE = re.sub(r"\(\?P<\w+>", "(?:", POWER_OF_TEN)

MAX_POWER = 300  # a power past this is not read: no float holds it


def power(m: re.Match[str]) -> int | None:
    """The exponent a match of POWER_OF_TEN wrote (0 where it wrote none); None past MAX_POWER."""
    written = m["e"] or m["p"]
    if not written:
        return 0
    if len(written) > 6:
        return None
    value = int(written.replace("−", "-"))
    return value if abs(value) <= MAX_POWER else None
