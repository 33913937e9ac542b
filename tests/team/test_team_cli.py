"""`relationdesk team ...` end to end: what it prints, idempotence, no password leaks."""

import psycopg
import pytest

from relationdesk.cli import main
from relationdesk.cli.commands.team import SERVER_ENV
from tests.team.conftest import SUPERUSER_PASSWORD, TeamServer


def _team(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["team", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_members_are_added_listed_and_removed(
    team_server: TeamServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = ["--server", team_server.admin_url]
    code, out, _ = _team(["init", "--name", "Sales Italy", *server], capsys)
    assert code == 0 and "is set up" in out and SUPERUSER_PASSWORD not in out
    code, out, _ = _team(["init", "--name", "Sales Italy", *server], capsys)
    assert code == 0 and "nothing changed" in out

    monkeypatch.setenv(SERVER_ENV, team_server.admin_url)  # the other way to say it
    code, out, _ = _team(["add-member", "carla"], capsys)
    assert code == 0
    lines = dict(line.split(":", 1) for line in out.splitlines()[1:])
    assert lines["  user"].strip() == "carla"
    assert lines["  server"].strip().startswith("postgresql://carla@127.0.0.1:")
    password = lines["  password"].strip()
    with team_server.connect_as("carla", password) as conn:  # SCRAM login works
        assert conn.execute("SELECT team_member_id() IS NOT NULL").fetchone() == (True,)
    with psycopg.connect(team_server.admin_url) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'carla'"
                              ).fetchone()[0]  # type: ignore[index]
        assert stored.startswith("SCRAM-SHA-256$")

    code, out, _ = _team(["add-member", "carla"], capsys)
    assert code == 0 and "already a member; nothing changed" in out
    code, out, _ = _team(["add-member", "dario", "--manager"], capsys)
    assert code == 0 and "(manager)" in out
    code, out, _ = _team(["list-members"], capsys)
    assert "carla" in out and "dario" in out and "manager" in out
    code, out, _ = _team(["status"], capsys)
    assert 'Team "Sales Italy"' in out and SUPERUSER_PASSWORD not in out

    still_open = team_server.connect_as("carla", password)
    code, out, _ = _team(["remove-member", "carla"], capsys)
    assert code == 0 and "Removed carla" in out
    with still_open:  # a session open before the removal can read nothing from then on
        for table in ("customer", "customer_directory", "team_member"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                still_open.execute(f"SELECT count(*) FROM public.{table}")
    code, out, _ = _team(["remove-member", "carla"], capsys)
    assert code == 0 and "not a member; nothing changed" in out
    with pytest.raises(psycopg.OperationalError):
        team_server.connect_as("carla", password)


def test_errors_never_show_the_password(
    team_server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = team_server.admin_url.replace(SUPERUSER_PASSWORD, "Sup3r-Secret-Pw")
    code, out, err = _team(["init", "--name", "X", "--server", wrong], capsys)
    assert code == 1 and "could not connect" in err
    assert "Sup3r-Secret-Pw" not in out + err and "***" in err
    code, _, err = _team(["add-member", "carla", "--server", team_server.admin_url], capsys)
    assert code == 1 and "run `relationdesk team init` first" in err
    assert SUPERUSER_PASSWORD not in err
    code, _, err = _team(["add-member", "Bad Name", "--server", team_server.admin_url], capsys)
    assert code == 1 and "cannot be a member name" in err


def test_a_managed_servers_administrator_is_not_a_superuser(
    team_server: TeamServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Managed PostgreSQL services give CREATEROLE and the database, never superuser."""
    server = ["--server", team_server.managed_admin_url()]
    code, out, err = _team(["init", "--name", "Sales Italy", *server], capsys)
    assert (code, err) == (0, "") and "is set up" in out
    code, out, err = _team(["init", "--name", "Sales Italy", *server], capsys)
    assert (code, err) == (0, "") and "nothing changed" in out
    code, out, err = _team(["add-member", "carla", *server], capsys)
    assert (code, err) == (0, "")
    code, out, err = _team(["add-member", "carla", *server], capsys)
    assert (code, err) == (0, "") and "already a member" in out
    code, out, err = _team(["list-members", *server], capsys)
    assert (code, err) == (0, "") and "carla" in out
    code, out, err = _team(["remove-member", "carla", *server], capsys)
    assert (code, err) == (0, "") and "Removed carla" in out


@pytest.mark.parametrize("action", ["init --name X", "add-member carla", "list-members",
                                    "remove-member carla", "status"])  # fmt: skip
def test_every_action_needs_the_server_and_says_where_to_give_it(
    action: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SERVER_ENV, raising=False)
    code, out, err = _team(action.split(), capsys)
    assert (code, out) == (1, "")
    assert err == f"relationdesk team: give the server with --server or {SERVER_ENV}\n"
