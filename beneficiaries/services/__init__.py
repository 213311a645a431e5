"""Writes to the beneficiaries app's data, one module per concept."""
