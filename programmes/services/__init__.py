"""Writes to the programme catalogue: loaders and imports."""
