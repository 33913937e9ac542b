"""The four UI languages: loading catalogues and switching at run time.

English is the source language. Our catalogues are compiled to relationdesk/translations/
(`make translations`); Qt's own strings come from qtbase_<lang>.qm where Qt ships one,
else from our qt_extra_<lang>.qm (Qt ships none for Indonesian or Romanian).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from relationdesk.paths import package_dir

SUPPORTED_LANGUAGES = ("en", "it", "id", "ro")
DEFAULT_LANGUAGE = "en"
# The territory used for dates and numbers when the user picks a language in the app.
_LOCALE_NAMES = {"en": "en_US", "it": "it_IT", "id": "id_ID", "ro": "ro_RO"}
CATALOGUE_DIR = package_dir() / "translations"
# Where Qt's own name is not what a language menu says: it calls en_US "American English"
# (the app speaks plain English) and Indonesian "Indonesia" (the country's name).
_MENU_NAMES = {"en": "English", "id": "Bahasa Indonesia"}


def system_language() -> str:
    """The system's UI language if we speak it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def native_language_name(code: str) -> str:
    """ "Italiano", "Bahasa Indonesia", "Română": each language named in itself."""
    if code in _MENU_NAMES:
        return _MENU_NAMES[code]
    name = QLocale(_LOCALE_NAMES.get(code, code)).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class LanguageSwitcher:
    """Installs the translators of one language; Qt then tells every widget to retranslate."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def apply(self, language: str) -> None:
        if language not in SUPPORTED_LANGUAGES:
            language = DEFAULT_LANGUAGE
        self.remove()
        locale = QLocale(_LOCALE_NAMES[language])
        QLocale.setDefault(locale)
        # English is the source text, but its plural forms ("1 customer", "2 customers")
        # come from a small catalogue too.
        self._load(f"relationdesk_{language}", CATALOGUE_DIR)
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if not self._load(f"qtbase_{language}", Path(qt_dir)):
                self._load(f"qt_extra_{language}", CATALOGUE_DIR)
        self.language = language

    def remove(self) -> None:
        """Take this switcher's catalogues out again (Qt then speaks the source, English)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def _load(self, name: str, folder: Path) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, str(folder)):
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True


class _LanguageChangeBlocker(QObject):
    """Swallows LanguageChange and LocaleChange while a report borrows another language:
    the open windows must not retranslate into it (nor back)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange)


@contextmanager
def speaking(language: str, switcher: LanguageSwitcher | None = None) -> Iterator[None]:
    """Translate (and format dates and numbers) in `language` for the duration, e.g. to
    write a report in Romanian from an Italian UI; the UI language comes back after.
    Without a `switcher` (the command line) one is made for the application."""
    app = QCoreApplication.instance()
    assert app is not None, "a QCoreApplication must exist"
    own = switcher or LanguageSwitcher(app)
    previous = own.language if switcher is not None else None
    blocker = _LanguageChangeBlocker()
    app.installEventFilter(blocker)
    try:
        own.apply(language)
        yield
    finally:
        if previous is not None:
            own.apply(previous)
        else:
            own.remove()
        app.removeEventFilter(blocker)
