"""Why a team command refused, in words for the person at the terminal; and URLs made
fit to show (libpq takes a password in the user part or as ?password=)."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


class TeamError(Exception):
    """The server was left as it was; the message says why and what to do."""


def _host_port(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    return host + (f":{parts.port}" if parts.port else "")


def without_password(url: str, user: str | None = None) -> str:
    """The URL with no password anywhere in it (and `user` as its user, if given)."""
    parts = urlsplit(url)
    name = parts.username if user is None else user
    netloc = (f"{name}@" if name else "") + _host_port(url)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def mask_url(url: str) -> str:
    """The URL fit for a message: the password, if any, shown as ***."""
    parts = urlsplit(url)
    has_password = parts.password is not None or "password" in dict(parse_qsl(parts.query))
    if not has_password:
        return url
    bare = urlsplit(without_password(url))
    netloc = f"{parts.username or ''}:***@{_host_port(url)}"
    return urlunsplit((bare.scheme, netloc, bare.path, bare.query, ""))


def scrub(text: str, url: str) -> str:
    """`text` (a driver's error message) with the URL's password taken out, if any."""
    parts = urlsplit(url)
    text = text.replace(url, mask_url(url))
    for password in (parts.password, dict(parse_qsl(parts.query)).get("password")):
        if password:
            text = text.replace(password, "***")
    return text
