"""The staff console: the Veilig Thuis queue, live takeover of a conversation, signals and the audit log."""

from __future__ import annotations

from console.views import setup

__all__ = ["setup"]
