"""signal exchange delivery log; retention: transcript deletion mark, signal origin

Revision ID: b6a1c0de0003
Revises: b6a1c0de0001
Create Date: 2026-11-30 04:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import store.models

revision: str = "b6a1c0de0003"
down_revision: str | None = "b6a1c0de0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_deliveries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partner", sa.String(length=64), nullable=False),
        sa.Column("signal_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_attempt_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.String(length=32), nullable=True),
        sa.Column("created_at", store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", store.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["signal_id"], ["signals.id"], name=op.f("fk_exchange_deliveries_signal_id_signals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_deliveries")),
        sa.UniqueConstraint("partner", "signal_id", name=op.f("uq_exchange_deliveries_partner_signal_id")),
    )
    with op.batch_alter_table("exchange_deliveries", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_deliveries_due", ["status", "next_attempt_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_deliveries_signal_id"), ["signal_id"], unique=False)

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("transcript_deleted_at", store.models.UTCDateTime(timezone=True), nullable=True))

    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_column("origin")

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("transcript_deleted_at")

    with op.batch_alter_table("exchange_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_deliveries_signal_id"))
        batch_op.drop_index("ix_exchange_deliveries_due")

    op.drop_table("exchange_deliveries")
