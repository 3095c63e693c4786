"""Exact rounding for printed figures: one decimal, half up (as people round by hand)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def percent(part: float | int, whole: float | int | None) -> float | None:
    """part / whole × 100 with one decimal, or None when there is no denominator."""
    if not whole:
        return None
    value = Decimal(str(part)) * 100 / Decimal(str(whole))
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def round_int(x: float) -> int:
    return int(Decimal(str(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
