"""Every figure also in B, the bare PySide6 window's time of the same run (issue 20):
absolute milliseconds do not travel between machines, ratios do."""

import json
from pathlib import Path

Row = tuple[str, str, str, str]


def add_b(figures: dict[str, float]) -> dict[str, float]:
    """figures plus, for each time (`*_ms`, `*_s`), the same time in B as `*_b`."""
    bare_ms = figures.get("bare_window_s", 0.0) * 1000
    if not bare_ms:
        return figures
    extra = {}
    for key, value in figures.items():
        if key.endswith("_ms"):
            extra[key[: -len("_ms")] + "_b"] = value / bare_ms
        elif key.endswith("_s"):
            extra[key[: -len("_s")] + "_b"] = value * 1000 / bare_ms
    return {**figures, **extra}


def in_b(value: str, bare_ms: float) -> str:
    """A table cell's time ("174 ms", "3.13 s") in B; "" for what is not a time."""
    number, _, unit = value.partition(" ")
    scale = {"ms": 1.0, "s": 1000.0}.get(unit)
    if scale is None or not bare_ms:
        return ""
    b = float(number.replace(",", "")) * scale / bare_ms
    return f"{b:.3f} B" if b < 0.1 else f"{b:.2f} B" if b < 10 else f"{b:.1f} B"


def print_table(rows: list[Row], bare_ms: float) -> None:
    """The table, each time also in B."""
    print(f"{'measure':<38}{'value':>11}{'in B':>10}{'ratio':>9}  target")
    for name, value, ratio, target in rows:
        print(f"{name:<38}{value:>11}{in_b(value, bare_ms):>10}{ratio:>9}  {target}")


def write_results(path: Path, figures: dict[str, float], keep: bool) -> None:
    """bench.json with every time also in B (`keep`: merged into the figures already there,
    for a run of some measures only). New figures are put in B with this run's B when it
    measured one (else the file's); the figures kept keep theirs, and the full run's B
    stays."""
    kept = json.loads(path.read_text()) if keep and path.exists() else {}
    bare = figures.get("bare_window_s") or kept.get("bare_window_s", 0.0)
    new = add_b({**figures, "bare_window_s": bare})
    if "bare_window_s" in kept:
        new.pop("bare_window_s")
        new.pop("bare_window_b", None)
    path.write_text(json.dumps({**kept, **new}, indent=2))
