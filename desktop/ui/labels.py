"""Field and record-type labels of the record specs in the UI language.

The specs (desktop/services/record_specs.py) mark their English labels for translation with
contexts "fields" and "records"; these helpers read them at call time, so a language switch
shows the new language.
"""

from __future__ import annotations

from desktop.i18n import translate
from desktop.services.record_specs import SPECS, FieldSpec


def field_text(field: FieldSpec) -> str:
    """The field's label in the UI language."""
    return translate("fields", field.label)


def record_type_text(kind: str) -> str:
    return translate("records", SPECS[kind].label)
