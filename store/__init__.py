"""The SQL store: conversations, messages, signals, API tokens and the audit log."""
