"""full intake: knowledge source, context, routes, details and contact on the signal

Revision ID: b3a1c0de0004
Revises: ffd789b26230
Create Date: 2026-11-30 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b3a1c0de0004"
down_revision: str | None = "ffd789b26230"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("knowledge_source", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("context", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("routes", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("details_enc", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("contact_enc", sa.Text(), nullable=True))
    # The defaults only fill existing rows; the application always writes the columns.
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.alter_column("context", server_default=None)
        batch_op.alter_column("routes", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_column("contact_enc")
        batch_op.drop_column("details_enc")
        batch_op.drop_column("routes")
        batch_op.drop_column("context")
        batch_op.drop_column("knowledge_source")
