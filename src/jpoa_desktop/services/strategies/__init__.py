"""National strategies and action plans: drafts, their measures, coverage, versions, imports."""
