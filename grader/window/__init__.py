"""The window question kind: log P(y | x) under a full model and its k-token window, the gap, the cost."""
