"""The font of printed reports. Decree 30/2020 asks for Times New Roman (TCVN 6909:2001
Unicode). Every Windows PC has it, and PCMD uses it wherever the machine has it. Elsewhere PCMD
uses Liberation Serif, which has the same letter widths, so lines break where Windows breaks
them: the machine's own copy, else the copy shipped in resources/fonts (SIL Open Font
License). Word files name Times New Roman; Word, LibreOffice and WPS substitute alike."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from desktop.paths import resources_dir

PREFERRED = ("Times New Roman", "Liberation Serif")
_CHOSEN: list[str] = []


def serif_family() -> str:
    """The family to paint reports with (needs a QGuiApplication)."""
    if _CHOSEN:
        return _CHOSEN[0]
    families = set(QFontDatabase.families())
    chosen = next((name for name in PREFERRED if name in families), "")
    if not chosen:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                chosen = chosen or QFontDatabase.applicationFontFamilies(font_id)[0]
    _CHOSEN.append(chosen or "Serif")
    return _CHOSEN[0]
