"""Test-wide fixtures: the bundled dataset is loaded once per test run, into the test database."""

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test sees the bundled dataset; each test's own writes are rolled back after it."""
    from reports.dataset.load import load_dataset

    with django_db_blocker.unblock():
        load_dataset()
