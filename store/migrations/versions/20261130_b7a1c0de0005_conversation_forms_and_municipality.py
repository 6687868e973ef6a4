"""conversation: the forms and municipality the intake knows so far, for the staff queue

Revision ID: b7a1c0de0005
Revises: b6a1c0de0003
Create Date: 2026-11-30 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b7a1c0de0005"
down_revision: str | None = "b6a1c0de0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("forms", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("municipality", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("municipality")
        batch_op.drop_column("forms")
