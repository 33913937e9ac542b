"""The five principles with their evidence, rescoring, and the relationship stage."""
