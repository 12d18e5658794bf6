# tests for index
