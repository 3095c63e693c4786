"""Who is signed in, kept on the AppContext without changing its constructor.

`AppContext(db, user_name)` is built everywhere; a signed-in user is attached afterwards with
`set_user(ctx, user)` (which also sets `ctx.user_name`, so the audit trail names the person).
`current_user(ctx)` is None on a single-user PC where sign-in is off.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.context import AppContext

_ATTR = "signed_in_user"


@dataclass(frozen=True)
class SignedInUser:
    """A plain copy of the users row (safe to pass between threads; no ORM session)."""

    id: int
    username: str
    display_name: str
    role: str  # staff | manager | admin
    unit_id: int


def set_user(ctx: AppContext, user: SignedInUser | None) -> None:
    setattr(ctx, _ATTR, user)
    if user is not None:
        ctx.user_name = user.username


def current_user(ctx: AppContext) -> SignedInUser | None:
    return getattr(ctx, _ATTR, None)
