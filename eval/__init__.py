"""The evaluation harness: ``python -m eval.run`` (or ``make eval``) writes EVALUATION.md."""
