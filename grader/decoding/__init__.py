"""The decoding question kind: greedy, beam and exhaustive search answers, read and checked step by step."""
