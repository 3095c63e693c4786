"""Exact rounding for printed figures: one decimal, half up (as people round by hand)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def ratio(part: float | int | None, whole: float | int | None,
          scale: float | int = 100) -> float | None:
    """part / whole × scale with one decimal, or None when there is no denominator."""
    if not whole or part is None or not isinstance(part, int | float) \
            or not isinstance(whole, int | float):
        return None
    value = Decimal(str(part)) * Decimal(str(scale)) / Decimal(str(whole))
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def percent(part: float | int, whole: float | int | None) -> float | None:
    """part / whole × 100 with one decimal, or None when there is no denominator."""
    return ratio(part, whole, 100)


def round_int(x: float) -> int:
    return int(Decimal(str(x)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
