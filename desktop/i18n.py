"""Translation of user-visible text for code that must not import Qt.

Non-Qt code (domain, db, services, commands, exchange, reports) calls::

    from desktop.i18n import translate

    message = translate("ImportService", "Row {row}: unknown unit code {code}").format(
        row=row, code=code
    )

Both arguments must be string literals so that ``i18n/i18n_tool.py update`` can find them.
The catalogue is ``desktop/locale/pcmd_<lang>.json`` (``{"context": {"source": "translation"}}``),
compiled from the ``i18n/*.ts`` files by ``i18n/i18n_tool.py compile``. It is read lazily, once
per language. Unknown texts fall back to the English source text.

The Qt user interface is switched by ``desktop.ui.translation.install_translators``, which also
calls :func:`set_language`.
"""

from __future__ import annotations

import threading
from pathlib import Path

__all__ = [
    "DEFAULT_LANGUAGE",
    "QT_TRANSLATE_NOOP",
    "SUPPORTED_LANGUAGES",
    "clear_cache",
    "current_language",
    "locale_dir",
    "set_language",
    "translate",
]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

_lock = threading.Lock()
_language: str = DEFAULT_LANGUAGE
_catalogues: dict[str, dict[str, dict[str, str]]] = {}


def locale_dir() -> Path:
    """Return the folder holding the compiled catalogues (``pcmd_<lang>.json`` / ``.qm``).

    Works from a source checkout, an installed wheel and a PyInstaller bundle (where the
    package's data files are collected under ``sys._MEIPASS/desktop/locale``).
    """
    return Path(__file__).parent / "locale"


def set_language(lang: str) -> None:
    """Select the language used by :func:`translate` (``"vi"`` or ``"en"``)."""
    global _language
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"unsupported language {lang!r}; expected one of {', '.join(SUPPORTED_LANGUAGES)}"
        )
    _language = lang


def current_language() -> str:
    """Return the language selected by :func:`set_language` (default ``"vi"``)."""
    return _language


def format_number(value: int | float | None) -> str:
    """A count or amount with the interface language's separators (vi: 34.805 and 12,5;
    en: 34,805 and 12.5), for the window and the command line alike."""
    if value is None:
        return ""
    if _language == "vi":
        from desktop.domain.text import format_vi_number

        return format_vi_number(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


def translate(context: str, text: str) -> str:
    """Return the translation of ``text`` in ``context``, or ``text`` itself if there is none.

    Placeholders are Python ``{name}`` fields: call ``.format(...)`` on the result.
    """
    translated = _catalogue(_language).get(context, {}).get(text)
    return translated or text


def translate_in(lang: str, context: str, text: str) -> str:
    """The translation of ``text`` in a given language, whatever the current one (a pasted
    header may be in either language)."""
    return _catalogue(lang).get(context, {}).get(text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the extractor's marker
    """Mark a text for translation where it is defined; it is translated where it is shown."""
    return text


def clear_cache() -> None:
    """Forget the loaded catalogues so that they are read again on next use."""
    with _lock:
        _catalogues.clear()


def _catalogue(lang: str) -> dict[str, dict[str, str]]:
    """Return the catalogue of ``lang``, loading it on first use."""
    catalogue = _catalogues.get(lang)
    if catalogue is None:
        with _lock:
            catalogue = _catalogues.get(lang)
            if catalogue is None:
                catalogue = _load(locale_dir() / f"pcmd_{lang}.json")
                _catalogues[lang] = catalogue
    return catalogue


def _load(path: Path) -> dict[str, dict[str, str]]:
    """Read one JSON catalogue; a missing or broken file gives an empty catalogue."""
    import json
    import logging

    _log = logging.getLogger(__name__)

    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        _log.warning("translation catalogue %s not found; showing source texts", path)
        return {}
    except (OSError, ValueError) as exc:
        _log.warning("cannot read translation catalogue %s: %s", path, exc)
        return {}
    if not isinstance(data, dict):
        _log.warning("translation catalogue %s is not a JSON object", path)
        return {}
    return {
        str(context): {str(k): str(v) for k, v in messages.items()}
        for context, messages in data.items()
        if isinstance(messages, dict)
    }
