"""Server URLs are shown without their password, wherever libpq lets one be written."""

from relationdesk.team.errors import mask_url, scrub, without_password
from relationdesk.team.members import member_server_url


def test_a_password_in_the_user_part_is_masked() -> None:
    url = "postgresql://admin:s3cret@db.example.com:5432/sales?sslmode=verify-full"
    assert mask_url(url) == "postgresql://admin:***@db.example.com:5432/sales?sslmode=verify-full"
    assert "s3cret" not in scrub(f"connection to {url} failed for s3cret", url)


def test_a_password_in_the_query_is_masked_too() -> None:
    url = "postgresql://admin@[::1]/sales?password=s3cret&sslmode=verify-full"
    assert "s3cret" not in mask_url(url)
    assert mask_url(url) == "postgresql://admin:***@[::1]/sales?sslmode=verify-full"
    assert without_password(url) == "postgresql://admin@[::1]/sales?sslmode=verify-full"


def test_a_url_without_password_is_shown_as_it_is() -> None:
    url = "postgresql://admin@db.example.com/sales"
    assert mask_url(url) == url


def test_the_members_url_carries_no_admin_password() -> None:
    url = "postgresql://admin:s3cret@db.example.com/sales?sslmode=verify-full&password=x"
    assert member_server_url(url, "anna") == (
        "postgresql://anna@db.example.com/sales?sslmode=verify-full")
