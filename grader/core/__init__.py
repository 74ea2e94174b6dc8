"""The question-agnostic core: source spans, input bounds, budgets, the diagnostics catalogue, the report, the rubric, the question protocol and exit statuses."""
