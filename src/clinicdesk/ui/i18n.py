"""Translators: ClinicDesk's own strings and Qt's (button boxes, dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clinicdesk.paths import resource_path

# Language code -> its own name, as a person looking for it would read it.
LANGUAGES = {"en": "English", "fr": "Français", "pl": "Polski", "zh_CN": "中文（简体）"}


def system_language() -> str:
    name = QLocale.system().name()  # e.g. "fr_FR", "zh_CN"
    if name in LANGUAGES:
        return name
    return name.split("_")[0] if name.split("_")[0] in LANGUAGES else "en"


class Translators:
    """Installs the translators of one language, replacing the previous ones."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str, *, set_locale: bool = True) -> None:
        """Put `language` in place of the previous one; `set_locale` False keeps the date
        and number formats (the kiosk speaks the client's language on the practice's
        computer)."""
        self.remove()
        self.language = language if language in LANGUAGES else "en"
        if set_locale:
            # English in the formats of the UK and Europe (day first, 24-hour), not the US.
            QLocale.setDefault(QLocale("en_GB" if self.language == "en" else self.language))
        app = QCoreApplication.instance()
        # English has a file too: it holds the plural forms ("1 client", "2 clients").
        candidates = [(f"clinicdesk_{self.language}", str(resource_path("translations")))]
        if self.language != "en":
            qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            candidates.append((f"qtbase_{self.language}", qt_translations))
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []


def current_language() -> str:
    """The interface language as data files name it ("fr_FR" finds "fr" in rules.codes.text_in)."""
    return QLocale().name()


_LOADED: dict[str, QTranslator] = {}


def translate_in(language: str, context: str, source: str) -> str:
    """`source` in `language` without changing the interface language (a client's form)."""
    translator = _LOADED.get(language)
    if translator is None:
        translator = QTranslator()
        translator.load(f"clinicdesk_{language}", str(resource_path("translations")))
        _LOADED[language] = translator
    return translator.translate(context, source) or source
