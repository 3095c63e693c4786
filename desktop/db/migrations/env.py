"""Alembic environment: run programmatically by desktop.db.database with a connection."""

from alembic import context

from desktop.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # the `alembic` command line, for developers writing migrations
    from desktop.db.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
