"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 13:35:33.943517
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_name', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('unit_code', sa.String(length=10), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_record_id'), ['record_id'], unique=False)

    op.create_table('catalogue_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('label_vi', sa.String(length=200), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('label_key', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_items')),
    sa.UniqueConstraint('kind', 'code', name=op.f('uq_catalogue_items_kind'))
    )
    op.create_table('exchange_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('unit_code', sa.String(length=10), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=True),
    sa.Column('period_to', sa.Date(), nullable=True),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('user_name', sa.String(length=80), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_log'))
    )
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exchange_log_at'), ['at'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('name_key', sa.String(length=120), nullable=False),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['units.id'], name=op.f('fk_units_parent_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('code', 'valid_from', name=op.f('uq_units_code'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_parent_id'), ['parent_id'], unique=False)

    op.create_table('establishments',
    sa.Column('est_code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=60), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('business_reg_no', sa.String(length=60), nullable=False),
    sa.Column('owner_name', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('workers', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=60), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_establishments_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_establishments_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_establishments'))
    )
    with op.batch_alter_table('establishments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_establishments_est_code'), ['est_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_establishments_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_establishments_unit_id'), ['unit_id'], unique=False)

    op.create_table('media_items',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_media_items_owner_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media_items'))
    )
    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.create_index('ix_media_items_date', ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_items_owner_id'), ['owner_id'], unique=False)

    op.create_table('officers',
    sa.Column('officer_code', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.String(length=120), nullable=False),
    sa.Column('team_178', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_officers_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_officers_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officers'))
    )
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officers_officer_code'), ['officer_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_officers_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_officers_unit_id'), ['unit_id'], unique=False)

    op.create_table('outreach_sessions',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('form', sa.String(length=60), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('organiser', sa.String(length=60), nullable=False),
    sa.Column('audiences', sa.Text(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('women', sa.Integer(), nullable=True),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.Column('leaflets', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_outreach_sessions_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_outreach_sessions_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outreach_sessions'))
    )
    with op.batch_alter_table('outreach_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_outreach_sessions_date', ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_outreach_sessions_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outreach_sessions_unit_id'), ['unit_id'], unique=False)

    op.create_table('plan_targets',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_plan_targets_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_plan_targets_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_targets'))
    )
    with op.batch_alter_table('plan_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_targets_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_targets_year'), ['year'], unique=False)

    op.create_table('support_figures',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('activity', sa.String(length=60), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('reintegrated', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_support_figures_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_support_figures_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_figures'))
    )
    with op.batch_alter_table('support_figures', schema=None) as batch_op:
        batch_op.create_index('ix_support_figures_month', ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_figures_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_support_figures_unit_id'), ['unit_id'], unique=False)

    op.create_table('training_classes',
    sa.Column('date_from', sa.Date(), nullable=False),
    sa.Column('date_to', sa.Date(), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('level', sa.String(length=60), nullable=False),
    sa.Column('organiser', sa.String(length=60), nullable=False),
    sa.Column('trainee_groups', sa.Text(), nullable=False),
    sa.Column('trainees', sa.Integer(), nullable=False),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_training_classes_owner_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_training_classes_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_classes'))
    )
    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.create_index('ix_training_classes_date_from', ['date_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_classes_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_classes_unit_id'), ['unit_id'], unique=False)

    op.create_table('unit_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('old_unit_id', sa.Integer(), nullable=False),
    sa.Column('new_unit_id', sa.Integer(), nullable=False),
    sa.Column('whole', sa.Boolean(), nullable=False),
    sa.Column('effective', sa.Date(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['new_unit_id'], ['units.id'], name=op.f('fk_unit_mappings_new_unit_id_units')),
    sa.ForeignKeyConstraint(['old_unit_id'], ['units.id'], name=op.f('fk_unit_mappings_old_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_mappings'))
    )
    with op.batch_alter_table('unit_mappings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_mappings_new_unit_id'), ['new_unit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_mappings_old_unit_id'), ['old_unit_id'], unique=False)

    op.create_table('attendance',
    sa.Column('class_id', sa.String(length=36), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['training_classes.id'], name=op.f('fk_attendance_class_id_training_classes')),
    sa.ForeignKeyConstraint(['officer_id'], ['officers.id'], name=op.f('fk_attendance_officer_id_officers')),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_attendance_owner_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('class_id', 'officer_id', name=op.f('uq_attendance_class_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_class_id'), ['class_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_officer_id'), ['officer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_owner_id'), ['owner_id'], unique=False)

    op.create_table('inspections',
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('establishment_id', sa.String(length=36), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('planned', sa.Boolean(), nullable=False),
    sa.Column('violation', sa.Boolean(), nullable=False),
    sa.Column('violation_text', sa.Text(), nullable=False),
    sa.Column('sanctions', sa.Text(), nullable=False),
    sa.Column('fine_vnd', sa.BigInteger(), nullable=False),
    sa.Column('buyers', sa.Integer(), nullable=False),
    sa.Column('sellers', sa.Integer(), nullable=False),
    sa.Column('criminal_cases', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('search', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['establishment_id'], ['establishments.id'], name=op.f('fk_inspections_establishment_id_establishments')),
    sa.ForeignKeyConstraint(['owner_id'], ['units.id'], name=op.f('fk_inspections_owner_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspections_date', ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_establishment_id'), ['establishment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_owner_id'), ['owner_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspections_owner_id'))
        batch_op.drop_index(batch_op.f('ix_inspections_establishment_id'))
        batch_op.drop_index('ix_inspections_date')

    op.drop_table('inspections')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_owner_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_officer_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_class_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('unit_mappings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_mappings_old_unit_id'))
        batch_op.drop_index(batch_op.f('ix_unit_mappings_new_unit_id'))

    op.drop_table('unit_mappings')
    with op.batch_alter_table('training_classes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_classes_unit_id'))
        batch_op.drop_index(batch_op.f('ix_training_classes_owner_id'))
        batch_op.drop_index('ix_training_classes_date_from')

    op.drop_table('training_classes')
    with op.batch_alter_table('support_figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_support_figures_unit_id'))
        batch_op.drop_index(batch_op.f('ix_support_figures_owner_id'))
        batch_op.drop_index('ix_support_figures_month')

    op.drop_table('support_figures')
    with op.batch_alter_table('plan_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_targets_year'))
        batch_op.drop_index(batch_op.f('ix_plan_targets_owner_id'))

    op.drop_table('plan_targets')
    with op.batch_alter_table('outreach_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outreach_sessions_unit_id'))
        batch_op.drop_index(batch_op.f('ix_outreach_sessions_owner_id'))
        batch_op.drop_index('ix_outreach_sessions_date')

    op.drop_table('outreach_sessions')
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_officers_unit_id'))
        batch_op.drop_index(batch_op.f('ix_officers_owner_id'))
        batch_op.drop_index(batch_op.f('ix_officers_officer_code'))

    op.drop_table('officers')
    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_items_owner_id'))
        batch_op.drop_index('ix_media_items_date')

    op.drop_table('media_items')
    with op.batch_alter_table('establishments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_establishments_unit_id'))
        batch_op.drop_index(batch_op.f('ix_establishments_owner_id'))
        batch_op.drop_index(batch_op.f('ix_establishments_est_code'))

    op.drop_table('establishments')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_parent_id'))
        batch_op.drop_index(batch_op.f('ix_units_code'))

    op.drop_table('units')
    op.drop_table('settings')
    with op.batch_alter_table('exchange_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exchange_log_at'))

    op.drop_table('exchange_log')
    op.drop_table('catalogue_items')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_record_id'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
