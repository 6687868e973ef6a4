"""regions (signals, staff accounts, API tokens) and links between signals (keys as keyed hashes)

Revision ID: b6a1c0de0001
Revises: b3a1c0de0004
Create Date: 2026-11-30 04:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import store.models

revision: str = "b6a1c0de0001"
down_revision: str | None = "b3a1c0de0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Before this revision the meldpunt served one region: every signal, account and token so far is its.
FIRST_REGION = "gooi_vechtstreek"


def _add_region(table: str, index: bool = False) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column("region", sa.String(length=32), nullable=True))
    # `table` is one of this file's own three table names, never input.
    op.execute(sa.text(f"UPDATE {table} SET region = :region").bindparams(region=FIRST_REGION))  # noqa: S608
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column("region", existing_type=sa.String(length=32), nullable=False)
        if index:
            batch_op.create_index(batch_op.f(f"ix_{table}_region"), ["region"], unique=False)


def upgrade() -> None:
    _add_region("signals", index=True)
    _add_region("staff_accounts")
    _add_region("api_tokens")

    op.create_table(
        "signal_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("signal_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("value_enc", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["signal_id"], ["signals.id"], name=op.f("fk_signal_keys_signal_id_signals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal_keys")),
        sa.UniqueConstraint("signal_id", "key_hash", name=op.f("uq_signal_keys_signal_id_key_hash")),
    )
    with op.batch_alter_table("signal_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signal_keys_key_hash"), ["key_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_signal_keys_signal_id"), ["signal_id"], unique=False)

    op.create_table(
        "signal_links",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("signal_a", sa.String(length=36), nullable=False),
        sa.Column("signal_b", sa.String(length=36), nullable=False),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("a_decision", sa.String(length=16), nullable=True),
        sa.Column("a_decided_by", sa.String(length=36), nullable=True),
        sa.Column("a_decided_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("b_decision", sa.String(length=16), nullable=True),
        sa.Column("b_decided_by", sa.String(length=36), nullable=True),
        sa.Column("b_decided_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["a_decided_by"],
            ["staff_accounts.id"],
            name=op.f("fk_signal_links_a_decided_by_staff_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["b_decided_by"],
            ["staff_accounts.id"],
            name=op.f("fk_signal_links_b_decided_by_staff_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["signal_a"], ["signals.id"], name=op.f("fk_signal_links_signal_a_signals"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["signal_b"], ["signals.id"], name=op.f("fk_signal_links_signal_b_signals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal_links")),
        sa.UniqueConstraint("signal_a", "signal_b", name=op.f("uq_signal_links_signal_a_signal_b")),
    )
    with op.batch_alter_table("signal_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signal_links_signal_b"), ["signal_b"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signal_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signal_links_signal_b"))
    op.drop_table("signal_links")
    with op.batch_alter_table("signal_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signal_keys_signal_id"))
        batch_op.drop_index(batch_op.f("ix_signal_keys_key_hash"))
    op.drop_table("signal_keys")
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_column("region")
    with op.batch_alter_table("staff_accounts", schema=None) as batch_op:
        batch_op.drop_column("region")
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signals_region"))
        batch_op.drop_column("region")
