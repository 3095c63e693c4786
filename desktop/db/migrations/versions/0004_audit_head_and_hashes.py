"""the end of the audit chain (audit_head), the audit hash of users, month locks, settings and
catalogue values, and an index to find a record's last audit entry

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:10:00.000000

Databases upgraded from before the chain are sealed by desktop.db.audit_chain.seal_legacy
when opened (entries and rows made before the chain are bound to one "seal" entry).
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TABLES = ('users', 'month_locks', 'settings', 'catalogue_items')


def upgrade() -> None:
    head = op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.bulk_insert(head, [{'id': 1, 'entries': 0, 'last_hash': ''}])
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_record', ['record_type', 'record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_record')
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('audit_hash')
    op.drop_table('audit_head')
