"""RelationDesk installs like a desktop application: a wheel, a bundle, desktop files.

The wheel and bundle checks build and start the real thing outside the repository; they
take minutes, so they run with --slow (`make package-check`, run by CI).
"""

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.relationdesk.RelationDesk"


def _clean_env(data_dir: Path) -> dict[str, str]:
    """No repository on the path, no display: as on a salesperson's laptop, headless."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "DISPLAY", "RELATIONDESK_DATABASE_URL")
    }
    env["RELATIONDESK_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_starts(tmp_path: Path) -> None:
    # Built as any user or packager would: an isolated PEP 517 build from the sources.
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "wheels"), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next((tmp_path / "wheels").glob("relationdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "relationdesk/translations/relationdesk_ro.qm",
        "relationdesk/translations/qt_extra_id.qm",
        "relationdesk/db/migrations/env.py",
        "relationdesk/db/migrations/script.py.mako",
        "relationdesk/db/migrations/versions/0003_principles.py",
        "relationdesk/resources/relationdesk.svg",
    ):
        assert expected in names, expected
    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, cwd=tmp_path
    )
    launcher = target / "bin" / "relationdesk"
    env = _clean_env(tmp_path / "data")
    version = subprocess.run(
        [str(launcher), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert version.stdout.startswith("RelationDesk ")
    started = subprocess.run(
        [str(launcher), "selftest"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=180,
    )
    assert started.returncode == 0, started.stdout + started.stderr
    assert "OK" in started.stdout and str(target) not in str(ROOT)


@pytest.mark.slow
def test_bundle_builds_and_starts(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(ROOT / "packaging" / "relationdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    binary = tmp_path / "dist" / "RelationDesk" / "relationdesk"
    env = _clean_env(tmp_path / "data")
    version = subprocess.run(
        [str(binary), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert version.stdout.startswith("RelationDesk ")
    started = subprocess.run(
        [str(binary), "selftest"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=180,
    )
    assert started.returncode == 0, started.stdout + started.stderr
    size = sum(f.stat().st_size for f in (tmp_path / "dist").rglob("*") if f.is_file())
    print(f"bundle size: {size / 2**20:.0f} MiB")


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-utils not installed (.ci/system-deps installs it)",
)
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstream not installed (.ci/system-deps installs it)",
)
def test_appstream_metadata_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
