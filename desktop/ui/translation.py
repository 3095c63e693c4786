"""Switch the Qt user interface between Vietnamese and English.

``install_translators(app, "vi")`` loads ``desktop/locale/pcmd_vi.qm`` (our texts and Qt's own
widget texts, compiled by ``i18n/i18n_tool.py compile``), selects the same language for
:mod:`desktop.i18n` and makes Vietnamese number and date formats the default.

Installing or removing a translator makes Qt post one ``QEvent.LanguageChange`` to every
top-level widget (compressed, so one per widget however many translators change); widgets
re-translate their texts in ``changeEvent``. This module therefore sends no event itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import i18n

__all__ = ["install_translators", "locale_for", "remove_translators"]

_log = logging.getLogger(__name__)

#: Translators installed by :func:`install_translators`, kept alive here.
_installed: list[QTranslator] = []


def locale_for(lang: str) -> QLocale:
    """Return the QLocale used for ``lang``: Vietnamese (Viet Nam) or English (United Kingdom).

    English uses the United Kingdom so that dates stay day-first (dd/MM/yyyy).
    """
    if lang == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    raise ValueError(f"unsupported language {lang!r}")


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators that :func:`install_translators` installed."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Show the user interface in ``lang`` (``"vi"`` or ``"en"``).

    Replaces the translators installed by an earlier call, loads ``pcmd_<lang>.qm``, sets
    :func:`desktop.i18n.set_language` and the default :class:`QLocale`. Raises
    :class:`ValueError` for another language, before changing anything.
    """
    locale = locale_for(lang)
    i18n.set_language(lang)
    remove_translators(app)

    translator = QTranslator()
    path = i18n.locale_dir() / f"pcmd_{lang}.qm"
    if translator.load(str(path)):
        if app.installTranslator(translator):
            _installed.append(translator)
    else:
        _log.warning("cannot load translations %s; showing English texts", path)

    QLocale.setDefault(locale)
    _refresh_widget_locales(app)


def _refresh_widget_locales(app: QCoreApplication) -> None:
    """Let existing windows pick up the new default locale (dates, numbers).

    A widget whose locale was never set explicitly follows ``QLocale()``, but only when it is
    re-resolved; ``unsetLocale()`` on each window does that and propagates to the children.
    """
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            widget.unsetLocale()
