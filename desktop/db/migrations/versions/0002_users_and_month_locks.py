"""users and month locks (trust: sign-in, roles, months signed off)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 13:40:39.889423
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('month_locks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('locked_at', sa.DateTime(), nullable=False),
    sa.Column('locked_by', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_month_locks_owner_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_month_locks')),
    sa.UniqueConstraint('owner_id', 'month', name=op.f('uq_month_locks_owner_id'))
    )
    with op.batch_alter_table('month_locks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_month_locks_owner_id'), ['owner_id'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_users_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_unit_id'))

    op.drop_table('users')
    with op.batch_alter_table('month_locks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_month_locks_owner_id'))

    op.drop_table('month_locks')
