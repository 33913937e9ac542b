"""The team tests skip only where PostgreSQL is missing, and never under CI."""

import pytest

from tests.team import cluster, conftest


def test_without_postgresql_the_team_tests_skip_saying_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="install Debian's postgresql"):
        conftest._missing("no PostgreSQL binaries (initdb, pg_ctl) found")


def test_under_ci_a_missing_postgresql_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="under CI=true the team tests must run"):
        conftest._missing("no PostgreSQL binaries (initdb, pg_ctl) found")


def test_the_binaries_are_found_here() -> None:
    """On this machine (and in CI, where .ci/system-deps installs them) they exist."""
    if cluster.bin_dir() is None:
        conftest._missing("no PostgreSQL binaries (initdb, pg_ctl) found")
    assert cluster.bin_dir() is not None
