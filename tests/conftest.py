"""Test-wide fixtures: the bundled dataset is loaded once per test run, into the test database."""

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test sees the bundled dataset; each test's own writes are rolled back after it."""
    from reports.dataset.load import load_dataset

    with django_db_blocker.unblock():
        load_dataset()


@pytest.fixture(autouse=True)
def _fresh_statistics_build():
    """A test's builds are rolled back after it: the next test must not answer from them."""
    from reports.selectors import forget_latest_build

    forget_latest_build()
    yield
    forget_latest_build()


@pytest.fixture
def eager_tasks():
    """Tasks queued by the code under test run in this process, inside the test's transaction.

    Without a broker they always do; with one (CI's Redis pass) no worker here would take them,
    and a later test's real worker must not find them waiting.
    """
    from unitar_site.celery import app

    was = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = was
