"""The `meldpunt` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import TYPE_CHECKING

from meldpunt.cli_data import register as register_data_commands
from meldpunt.settings import get_settings

if TYPE_CHECKING:
    from store.db import Store


def _logging(level: str) -> None:
    # Log lines name conversations by their random id only: never text, numbers, user ids or addresses.
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)


def cmd_run(_: argparse.Namespace) -> int:
    from meldpunt.supervisor import run

    asyncio.run(run(get_settings()))
    return 0


def _migrated_store() -> Store:
    from store.db import Store
    from store.migrate import upgrade

    settings = get_settings()
    settings.data_path.mkdir(parents=True, exist_ok=True)
    upgrade(settings.sqlalchemy_url())
    return Store(settings)


def cmd_migrate(_: argparse.Namespace) -> int:
    from store.migrate import upgrade

    settings = get_settings()
    settings.data_path.mkdir(parents=True, exist_ok=True)
    upgrade(settings.sqlalchemy_url())
    print("database is at the latest migration")
    return 0


def cmd_token_create(args: argparse.Namespace) -> int:
    from store.tokens import create_token

    store = _migrated_store()
    region = args.region or store.regions.home
    if region not in store.regions.regions:
        store.close()
        print(f"error: region must be one of {', '.join(store.regions.regions)}", file=sys.stderr)
        return 2
    with store.transaction() as session:
        token = create_token(session, args.name, region)
    store.close()
    print(f"API token for {args.name!r}, region {region!r} (shown once; keep it secret):")
    print(token)
    return 0


def cmd_staff_add(args: argparse.Namespace) -> int:
    from console.auth import create_account

    store = _migrated_store()
    try:
        with store.transaction() as session:
            password = create_account(session, args.name, args.role, "cli", args.region, store.regions)
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


def cmd_links_rebuild(_: argparse.Namespace) -> int:
    from store.links import rebuild

    store = _migrated_store()
    try:
        counts = rebuild(store)
    finally:
        store.close()
    print(f"{counts['signals']} signals, {counts['keys']} linkage keys, {counts['links']} links"
          f" ({counts['removed']} undecided links no longer supported were removed)")  # fmt: skip
    return 0


def cmd_regions(_: argparse.Namespace) -> int:
    from meldpunt.regions import RegionsError, load_regions

    try:
        table = load_regions(get_settings())
    except RegionsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{table.source}; home region: {table.home} (other and unknown municipalities)")
    for region in table.regions.values():
        names = ", ".join(table.municipality_names[m] for m in region.municipalities)
        print(f"{region.slug} ({region.name}): {names}")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from meldpunt import demo

    store = _migrated_store()
    try:
        if args.remove:
            removed = demo.remove(store)
            print(f"removed demo data: {removed.signals} signals, {removed.conversations} conversations, "
                  f"{removed.accounts} staff accounts, {removed.audit_entries} audit entries")  # fmt: skip
            return 0
        try:
            made = demo.generate(store, count=args.count, months=args.months, seed=args.seed, force=args.force)
        except demo.RealDataPresent as exc:
            print(f"error: {exc}; refusing to mix demo data in (use --force to add it anyway)", file=sys.stderr)
            return 2
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    finally:
        store.close()
    print(f"added demo data: {made.signals} signals over {args.months} months, {made.conversations} conversations, "
          f"{made.audit_entries} audit entries (remove with: meldpunt demo-data --remove)")  # fmt: skip
    return 0


def cmd_council_report(args: argparse.Namespace) -> int:
    from zoneinfo import ZoneInfo

    from console.council import build_report, render_standalone
    from store.audit import audit
    from store.trends import period_window

    tz = ZoneInfo(get_settings().staff_timezone)
    try:
        period_window(args.period, tz)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    store = _migrated_store()
    try:
        report = build_report(store, args.period, tz, args.language)
        with store.transaction() as session:
            audit(session, "cli", "council_report.generated", "report", None, period=report["period"], download=True)
    finally:
        store.close()
    html = render_standalone(report)
    if args.out == "-":
        sys.stdout.write(html)
    else:
        with open(args.out, "w", encoding="utf-8") as out:
            out.write(html)
        print(f"council report {report['period']} written to {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="meldpunt", description="Meldpunt mensenhandel: gateway and tools")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="start Rasa, the action server and the gateway").set_defaults(func=cmd_run)
    commands.add_parser("migrate", help="bring the database to the latest schema").set_defaults(func=cmd_migrate)
    token = commands.add_parser("token", help="staff API tokens").add_subparsers(dest="token_command", required=True)
    create = token.add_parser("create", help="create a token and print it on the last line")
    create.add_argument("--name", required=True, help="who or what uses the token")
    create.add_argument("--region", help="the region whose signals it reads (default: the home region)")
    create.set_defaults(func=cmd_token_create)
    staff_parser = commands.add_parser("staff", help="staff console accounts")
    staff = staff_parser.add_subparsers(dest="staff_command", required=True)
    add = staff.add_parser("add", help="create an account and print its one-time password on the last line")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("staff", "coordinator", "admin"))
    add.add_argument("--region", help="the region whose signals the account sees (default: the home region)")
    add.set_defaults(func=cmd_staff_add)
    disable = staff.add_parser("disable", help="disable an account and end its sessions")
    disable.add_argument("name")
    disable.set_defaults(func=cmd_staff_disable)
    links = commands.add_parser("links", help="links between signals").add_subparsers(dest="links_command",
                                                                                        required=True)  # fmt: skip
    links.add_parser("rebuild", help="extract every signal's linkage keys again and recompute the links").set_defaults(
        func=cmd_links_rebuild
    )
    commands.add_parser("regions", help="check and show the region routing table").set_defaults(func=cmd_regions)
    demo = commands.add_parser("demo-data", help="add (or --remove) made-up signals for the dashboard")
    demo.add_argument("--remove", action="store_true", help="remove all demo data (and nothing else)")
    demo.add_argument("--force", action="store_true", help="add demo data even if the store holds real signals")
    demo.add_argument("--count", type=int, default=140, help="number of demo signals (default 140)")
    demo.add_argument("--months", type=int, default=9, help="spread over this many months back (default 9)")
    demo.add_argument("--seed", type=int, default=6, help="random seed (the same seed gives the same data)")
    demo.set_defaults(func=cmd_demo_data)
    report = commands.add_parser("council-report", help="the council's periodic report as one HTML file")
    report.add_argument("--period", required=True, help="a month (2026-07) or a quarter (2026-Q3)")
    report.add_argument("--out", required=True, help="the HTML file to write ('-' for standard output)")
    report.add_argument("--language", choices=("nl", "en"), default="nl")
    report.set_defaults(func=cmd_council_report)
    register_data_commands(commands)  # exchange, import-signals, purge, erase (meldpunt/cli_data.py)
    args = parser.parse_args(argv)
    _logging(get_settings().log_level)
    from meldpunt.regions import RegionsError

    try:
        result: int = args.func(args)
    except RegionsError as exc:  # a bad regions file: say which and what, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())
