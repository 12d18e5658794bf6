# tests for search
