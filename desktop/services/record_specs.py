"""Each record type's declaration (desktop/domain/record_types) bound to its database model.

Entry forms, lists, the importer and validation read these specs; nothing here is declared a
second time. Field labels are English source text, translated with context "fields".
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from desktop.db import models as m
from desktop.domain.record_types import ANY_LEVEL, COMMUNE, TYPES, Field, RecordType
from desktop.domain.record_types.programme import MAX_COUNT, MAX_MONEY

__all__ = ["ANY_LEVEL", "COMMUNE", "MAX_COUNT", "MAX_MONEY", "SPECS", "FieldSpec", "RecordSpec"]

FieldSpec = Field


@dataclass(frozen=True)
class RecordSpec(RecordType):
    """A record type and the model (table) that stores it."""

    model: type = object

    @classmethod
    def bind(cls, decl: RecordType, model: type) -> RecordSpec:
        return cls(**{f.name: getattr(decl, f.name) for f in fields(RecordType)}, model=model)


SPECS: dict[str, RecordSpec] = {
    key: RecordSpec.bind(decl, m.RECORD_MODELS[key]) for key, decl in TYPES.items()
}
