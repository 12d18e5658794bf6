# tests for xap
