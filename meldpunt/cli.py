"""The `meldpunt` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from meldpunt.cli_data import register as register_data_commands
from meldpunt.settings import get_settings


def _logging(level: str) -> None:
    # Log lines name conversations by their random id only: never text, numbers, user ids or addresses.
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)


def cmd_run(_: argparse.Namespace) -> int:
    from meldpunt.supervisor import run

    asyncio.run(run(get_settings()))
    return 0


def cmd_migrate(_: argparse.Namespace) -> int:
    from store.migrate import upgrade

    settings = get_settings()
    settings.data_path.mkdir(parents=True, exist_ok=True)
    upgrade(settings.sqlalchemy_url())
    print("database is at the latest migration")
    return 0


def cmd_token_create(args: argparse.Namespace) -> int:
    from store.db import Store
    from store.migrate import upgrade
    from store.tokens import create_token

    settings = get_settings()
    settings.data_path.mkdir(parents=True, exist_ok=True)
    upgrade(settings.sqlalchemy_url())
    store = Store(settings)
    with store.transaction() as session:
        token = create_token(session, args.name)
    store.close()
    print(f"API token for {args.name!r} (shown once; keep it secret):")
    print(token)
    return 0


def cmd_staff_add(args: argparse.Namespace) -> int:
    from console.auth import create_account
    from store.db import Store
    from store.migrate import upgrade

    settings = get_settings()
    settings.data_path.mkdir(parents=True, exist_ok=True)
    upgrade(settings.sqlalchemy_url())
    store = Store(settings)
    try:
        with store.transaction() as session:
            password = create_account(session, args.name, args.role, "cli")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"one-time password for {args.name!r} (shown once; replaced, with TOTP enrolment, at the first login):")
    print(password)
    return 0


def cmd_staff_disable(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from console.auth import set_disabled
    from store.db import Store
    from store.staff import StaffAccount

    store = Store(get_settings())
    try:
        with store.transaction() as session:
            account = session.scalar(select(StaffAccount).where(StaffAccount.name == args.name))
            if account is None:
                print(f"error: no account named {args.name!r}", file=sys.stderr)
                return 2
            set_disabled(session, account, True, "cli")
    finally:
        store.close()
    print(f"account {args.name!r} disabled; its sessions have ended")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="meldpunt", description="Meldpunt mensenhandel: gateway and tools")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="start Rasa, the action server and the gateway").set_defaults(func=cmd_run)
    commands.add_parser("migrate", help="bring the database to the latest schema").set_defaults(func=cmd_migrate)
    token = commands.add_parser("token", help="staff API tokens").add_subparsers(dest="token_command", required=True)
    create = token.add_parser("create", help="create a token and print it on the last line")
    create.add_argument("--name", required=True, help="who or what uses the token")
    create.set_defaults(func=cmd_token_create)
    staff_parser = commands.add_parser("staff", help="staff console accounts")
    staff = staff_parser.add_subparsers(dest="staff_command", required=True)
    add = staff.add_parser("add", help="create an account and print its one-time password on the last line")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("staff", "coordinator", "admin"))
    add.set_defaults(func=cmd_staff_add)
    disable = staff.add_parser("disable", help="disable an account and end its sessions")
    disable.add_argument("name")
    disable.set_defaults(func=cmd_staff_disable)
    register_data_commands(commands)  # exchange, import-signals, purge, erase (meldpunt/cli_data.py)
    args = parser.parse_args(argv)
    _logging(get_settings().log_level)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
