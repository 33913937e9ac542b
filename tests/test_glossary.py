"""One word per idea: each catalogue renders a glossary term the one way glossary.toml says.

For every term, the messages whose English source uses it must contain the rendering's
stem ({language}_match), and the renderings given up ({language}_avoid) must not come
back anywhere in that catalogue.
"""

import re
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_translations import CATALOGUES, LANGUAGES, _messages

TERMS: list[dict[str, Any]] = tomllib.loads(
    (CATALOGUES / "glossary.toml").read_text(encoding="utf-8")
)["term"]


def _plain(text: str) -> str:
    """The text without accelerator ampersands (&& stays a literal &)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _texts(language: str) -> Iterator[tuple[str, str, str]]:
    """(context, source, text) for every translation and plural form, accelerators removed."""
    for context, message in _messages(CATALOGUES / f"relationdesk_{language}.ts"):
        translation = message.find("translation")
        assert translation is not None
        source = _plain(message.findtext("source") or "")
        plural = message.get("numerus") == "yes"
        for form in translation.iter("numerusform") if plural else [translation]:
            yield context, source, _plain(form.text or "")


def test_every_term_has_one_rendering_per_language() -> None:
    for term in TERMS:
        assert term.get("en") and term.get("source"), term
        for language in LANGUAGES:
            assert term.get(language), f"{term['en']}: no {language} rendering"
            for key in (f"{language}_match", "source"):
                if key in term:
                    re.compile(term[key])
            for pattern in term.get(f"{language}_avoid", []):
                re.compile(pattern)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_term_is_rendered_the_glossary_way(language: str) -> None:
    problems = []
    for term in TERMS:
        if f"{language}_match" not in term:
            continue
        used = 0
        for context, source, text in _texts(language):
            if not re.search(term["source"], source, re.IGNORECASE):
                continue
            used += 1
            if not re.search(term[f"{language}_match"], text, re.IGNORECASE):
                problems.append(
                    f"{context}: {source!r} -> {text!r} does not render “{term['en']}” "
                    f"as the glossary's {term[language]!r}"
                )
        assert used, f"glossary.toml: no message uses “{term['en']}” ({term['source']!r})"
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_rendering_given_up_does_not_come_back(language: str) -> None:
    problems = [
        f"{context}: {source!r} -> {text!r} has {found.group(0)!r}; the glossary renders "
        f"“{term['en']}” as {term[language]!r} ({term.get('note', '').strip()})"
        for term in TERMS
        for pattern in term.get(f"{language}_avoid", [])
        for context, source, text in _texts(language)
        for found in [re.search(pattern, text, re.IGNORECASE)]
        if found
    ]
    assert problems == [], "\n".join(problems)
