"""national records (hotspots, cases, denunciations, people figures, models; outreach workers
and students) and a trusted audit trail (hash chain, each record's last audit hash, sign-in
failures per computer)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 22:35:09.540051
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signin_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('source', sa.String(length=120), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_at', sa.DateTime(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signin_failures')),
    sa.UniqueConstraint('username', 'source', name=op.f('uq_signin_failures_username'))
    )
    op.create_table('cases',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('detected_by', sa.Text(), nullable=False),
    sa.Column('people', sa.Integer(), nullable=True),
    sa.Column('brokers', sa.Integer(), nullable=False),
    sa.Column('suspects', sa.Integer(), nullable=False),
    sa.Column('to_procuracy', sa.Boolean(), nullable=False),
    sa.Column('trial_date', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.Column('audit_hash', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_cases_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_cases_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_date', ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_unit_id'), ['unit_id'], unique=False)

    op.create_table('denunciations',
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=60), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('handled_on', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.Column('audit_hash', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_denunciations_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_denunciations_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_denunciations'))
    )
    with op.batch_alter_table('denunciations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_denunciations_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_denunciations_received_on', ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_denunciations_unit_id'), ['unit_id'], unique=False)

    op.create_table('hotspots',
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('detected_on', sa.Date(), nullable=False),
    sa.Column('cleared_on', sa.Date(), nullable=True),
    sa.Column('people', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.Column('audit_hash', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_hotspots_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_hotspots_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hotspots'))
    )
    with op.batch_alter_table('hotspots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hotspots_detected_on'), ['detected_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_hotspots_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hotspots_unit_id'), ['unit_id'], unique=False)

    op.create_table('people_figures',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('recorded', sa.Integer(), nullable=False),
    sa.Column('women', sa.Integer(), nullable=True),
    sa.Column('minors', sa.Integer(), nullable=True),
    sa.Column('estimated', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.Column('audit_hash', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_people_figures_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_people_figures_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people_figures'))
    )
    with op.batch_alter_table('people_figures', schema=None) as batch_op:
        batch_op.create_index('ix_people_figures_month', ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_figures_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_figures_unit_id'), ['unit_id'], unique=False)

    op.create_table('prevention_models',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('date_from', sa.Date(), nullable=False),
    sa.Column('date_to', sa.Date(), nullable=True),
    sa.Column('people', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.Column('audit_hash', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_prevention_models_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_prevention_models_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prevention_models'))
    )
    with op.batch_alter_table('prevention_models', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prevention_models_date_from'), ['date_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_prevention_models_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_prevention_models_unit_id'), ['unit_id'], unique=False)

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=False, server_default=sa.text("''")))

    with op.batch_alter_table('establishments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    with op.batch_alter_table('outreach_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('workers', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('students', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    with op.batch_alter_table('plan_targets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    with op.batch_alter_table('support_figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))

    _seed_new_catalogues()


# The catalogue kinds the new record types bring: an upgraded database has them at once (the
# command line does not seed catalogues on every start; the window and `pcmd init` do). A new
# database has no values yet: set-up seeds them all, as part of the audit chain.
NEW_CATALOGUES = ("hotspot_kind", "case_kind", "denunciation_source", "model_kind")


def _seed_new_catalogues() -> None:
    from desktop.domain.catalogues import KIND_BY_KEY
    from desktop.domain.text import name_key

    items = sa.table("catalogue_items", sa.column("kind"), sa.column("code"),
                     sa.column("label_vi"), sa.column("label_en"), sa.column("label_key"),
                     sa.column("sort_order"), sa.column("builtin"), sa.column("active"))
    conn = op.get_bind()
    existing = {(k, c) for k, c in conn.execute(sa.select(items.c.kind, items.c.code))}
    if not existing:
        return
    rows = [{"kind": kind, "code": code, "label_vi": vi, "label_en": en,
             "label_key": name_key(vi), "sort_order": order, "builtin": True, "active": True}
            for kind in NEW_CATALOGUES
            for order, (code, vi, en) in enumerate(KIND_BY_KEY[kind].values)
            if (kind, code) not in existing]
    if rows:
        op.bulk_insert(items, rows)


def downgrade() -> None:
    items = sa.table("catalogue_items", sa.column("kind"), sa.column("builtin"))
    op.execute(items.delete().where(items.c.kind.in_(NEW_CATALOGUES), items.c.builtin.is_(True)))
    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')

    with op.batch_alter_table('support_figures', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')

    with op.batch_alter_table('plan_targets', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')

    with op.batch_alter_table('outreach_sessions', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')
        batch_op.drop_column('students')
        batch_op.drop_column('workers')

    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')

    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')

    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')

    with op.batch_alter_table('establishments', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('prev_hash')

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')

    with op.batch_alter_table('prevention_models', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prevention_models_unit_id'))
        batch_op.drop_index(batch_op.f('ix_prevention_models_owner_id'))
        batch_op.drop_index(batch_op.f('ix_prevention_models_date_from'))

    op.drop_table('prevention_models')
    with op.batch_alter_table('people_figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_figures_unit_id'))
        batch_op.drop_index(batch_op.f('ix_people_figures_owner_id'))
        batch_op.drop_index('ix_people_figures_month')

    op.drop_table('people_figures')
    with op.batch_alter_table('hotspots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hotspots_unit_id'))
        batch_op.drop_index(batch_op.f('ix_hotspots_owner_id'))
        batch_op.drop_index(batch_op.f('ix_hotspots_detected_on'))

    op.drop_table('hotspots')
    with op.batch_alter_table('denunciations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_denunciations_unit_id'))
        batch_op.drop_index('ix_denunciations_received_on')
        batch_op.drop_index(batch_op.f('ix_denunciations_owner_id'))

    op.drop_table('denunciations')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_unit_id'))
        batch_op.drop_index(batch_op.f('ix_cases_owner_id'))
        batch_op.drop_index('ix_cases_date')

    op.drop_table('cases')
    op.drop_table('signin_failures')
