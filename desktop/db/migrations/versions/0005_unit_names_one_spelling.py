"""unit names in the house spelling of tone marks (Thủy, Hòa: the tone on the first vowel of
oa, oe, uy), as the loader now stores them; the official lists mix both styles

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 02:45:00.000000

Data only. Units are not part of the audit chain (they come from resources/units), so no
audit hash changes. Matching was never affected (name_key ignored the placement already).
"""
import sqlalchemy as sa
from alembic import op

from desktop.domain.text import normalize_tones, vi_sort_key

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    units = sa.table('units', sa.column('id', sa.Integer), sa.column('name', sa.String),
                     sa.column('sort_key', sa.String))
    conn = op.get_bind()
    for uid, name in conn.execute(sa.select(units.c.id, units.c.name)).all():
        respelled = normalize_tones(name)
        if respelled != name:
            conn.execute(units.update().where(units.c.id == uid).values(
                name=respelled, sort_key=vi_sort_key(respelled)))


def downgrade() -> None:
    """The old spelling is not kept; both spell the same names."""
