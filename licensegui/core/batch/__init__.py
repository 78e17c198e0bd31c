"""Batch assignment: reading the input, the journal, running it, its exported files."""
