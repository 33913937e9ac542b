"""Every catalogue complete and in step with the source (docs/architecture.md says so)."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "translations"
LANGUAGES = ("it", "id", "ro")
PLURAL_FORMS = {"en": 2, "it": 2, "id": 1, "ro": 3}
_PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_catalogue_is_complete(language: str) -> None:
    problems = []
    for context, message in _messages(CATALOGUES / f"relationdesk_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[language] or not all(forms):
                problems.append(f"{context}: {source!r} needs {PLURAL_FORMS[language]} forms")
            texts = forms
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{context}: {source!r} is empty")
            elif sorted(set(_PLACEHOLDER.findall(text))) != sorted(
                set(_PLACEHOLDER.findall(source))
            ):
                problems.append(f"{context}: {source!r} placeholders differ in {text!r}")
    assert problems == []


@pytest.mark.parametrize("language", ["id", "ro"])
def test_qt_standard_buttons_catalogue_is_complete(language: str) -> None:
    messages = _messages(CATALOGUES / f"qt_extra_{language}.ts")
    assert messages
    for _context, message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        assert (translation.text or "").strip()


def test_no_romanian_cedilla_letters() -> None:
    for path in CATALOGUES.glob("*_ro.ts"):
        assert not re.search("[şţŞŢ]", path.read_text(encoding="utf-8")), path.name


def test_catalogues_are_in_step_with_the_source(tmp_path: Path) -> None:
    """lupdate over the current source finds no new and no vanished message."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(
        str(p) for p in (ROOT / "relationdesk").rglob("*.py") if "migrations" not in p.parts
    )
    for language in LANGUAGES:
        original = CATALOGUES / f"relationdesk_{language}.ts"
        copy = tmp_path / original.name
        shutil.copy(original, copy)
        subprocess.run(
            [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
            check=True,
            capture_output=True,
        )
        before = {(c, m.findtext("source"), m.findtext("comment")) for c, m in _messages(original)}
        after = {(c, m.findtext("source"), m.findtext("comment")) for c, m in _messages(copy)}
        assert after - before == set(), f"{language}: new strings; run `make translations`"
        assert before - after == set(), f"{language}: vanished strings; run `make translations`"


def test_compiled_catalogues_are_committed_and_current(tmp_path: Path) -> None:
    """The wheel and the bundle ship relationdesk/translations/*.qm as committed, so a
    build needs no Qt tools: each must be exactly what lrelease makes of its .ts."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for source in sorted(CATALOGUES.glob("*.ts")):
        shipped = ROOT / "relationdesk" / "translations" / f"{source.stem}.qm"
        assert shipped.exists(), f"{shipped.name} missing: run `make translations`"
        fresh = tmp_path / shipped.name
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale"


@pytest.mark.parametrize("language", ["id", "ro"])
def test_qt_file_dialog_speaks_the_language(language: str) -> None:
    """Qt ships no catalogue for Indonesian or Romanian: ours covers the file dialog's
    labels ("Look in:", "Files of type:"), its sidebar and menus, and the file sizes."""
    from PySide6.QtCore import QTranslator

    from relationdesk.paths import package_dir

    translator = QTranslator()
    assert translator.load(str(package_dir() / "translations" / f"qt_extra_{language}.qm"))
    for context, source in (
        ("QFileDialog", "Look in:"),
        ("QFileDialog", "Files of type:"),
        ("QFileDialog", "Recent Places"),
        ("QFileDialog", "&New Folder"),
        ("QFileDialog", "Show &hidden files"),
        ("QFileSystemModel", "Kind"),
    ):
        assert translator.translate(context, source), (context, source)
