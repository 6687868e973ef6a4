"""`meldpunt` commands for signal exchange and retention: exchange push/log/secret, import-signals, purge, erase."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import secrets
import sys
from pathlib import Path
from typing import Any

from meldpunt.partners import NAME_PATTERN, PartnerConfigError, load_partners, secret_path
from meldpunt.settings import get_settings


def _fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


# ------------------------------------------------------------------------------------------------ exchange
def cmd_exchange_push(args: argparse.Namespace) -> int:
    from channels.exchange import Attempt, client_session, send_due
    from store.db import Store
    from store.exchange import enqueue, retry_now
    from store.models import Signal, utcnow

    if bool(args.signal_id) == bool(args.all_pending):
        return _fail("give a signal id or --all-pending")
    settings = get_settings()
    store = Store(settings)
    try:
        if args.signal_id:
            try:
                partners = load_partners(settings)
            except PartnerConfigError as exc:
                return _fail(str(exc))
            if args.partner and args.partner not in partners:
                return _fail(f"no partner named {args.partner!r} is configured")
            with store.transaction() as session:
                signal = session.get(Signal, args.signal_id)
                if signal is None:
                    return _fail(f"there is no signal {args.signal_id}")
                queued = enqueue(session, signal, partners, only=args.partner)
                if not retry_now(session, utcnow(), signal.id, include_failed=True) and not queued:
                    print("no partner's filter takes this signal, and it is not pending anywhere;"
                          " name one with --partner NAME (see `meldpunt exchange log`)")  # fmt: skip
            for name in queued:
                print(f"queued for {name}")
        else:
            with store.transaction() as session:
                retry_now(session, utcnow())

        async def rounds() -> list[Attempt]:
            done: list[Attempt] = []
            async with client_session(settings) as http:
                while attempts := await send_due(store, settings, http, args.signal_id):
                    done.extend(attempts)
            return done

        attempts = asyncio.run(rounds())
        for a in attempts:
            code = f" HTTP {a.status_code}" if a.status_code else ""
            error = f" ({a.error})" if a.error else ""
            print(f"{a.partner}\t{a.signal_id}\tattempt {a.attempt}: {a.status}{code}{error}")
        if not attempts:
            print("nothing was due" + ("" if args.all_pending else " (see `meldpunt exchange log`)"))
        if any(a.status != "delivered" for a in attempts):
            print("not all delivered: pending ones are retried by the running gateway", file=sys.stderr)
            return 1
        return 0
    finally:
        store.close()


def cmd_exchange_log(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from store.db import Store
    from store.exchange import ExchangeDelivery

    store = Store(get_settings())
    try:
        with store.transaction() as session:
            query = select(ExchangeDelivery).order_by(ExchangeDelivery.created_at)
            if args.signal:
                query = query.where(ExchangeDelivery.signal_id == args.signal)
            if args.status:
                query = query.where(ExchangeDelivery.status == args.status)
            rows = session.scalars(query).all()
            print("partner\tsignal\tstatus\tattempts\tlast_status_code\tlast_error\tnext_attempt_at\tdelivery_id")
            for r in rows:
                due = r.next_attempt_at.isoformat() if r.status == "pending" else "-"
                cells = (r.partner, r.signal_id, r.status, r.attempts, r.last_status_code or "-", r.last_error or "-")
                print("\t".join(map(str, (*cells, due, r.id))))
    finally:
        store.close()
    return 0


def cmd_exchange_secret(args: argparse.Namespace) -> int:
    """Make a partner's shared secret in the data dir (mode 0600) and print it once, to give to the partner."""
    import os

    if not re.match(NAME_PATTERN, args.name):
        return _fail("a partner name is 1-64 characters of a-z, 0-9, _ and -, starting with a letter or digit")
    path = secret_path(get_settings(), args.name)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    secret = secrets.token_urlsafe(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _fail(f"{path} exists; delete it first to make a new secret")
    with os.fdopen(fd, "w") as f:
        f.write(secret + "\n")
    print(f"shared secret for partner {args.name!r}, written to {path} (give it to the partner over a safe route):")
    print(secret)
    return 0


# ------------------------------------------------------------------------------------------------ import
def cmd_import_signals(args: argparse.Namespace) -> int:
    from store.db import Store
    from store.signal_documents import InvalidSignals, import_documents, parse_documents

    if not re.match(NAME_PATTERN, args.origin):
        return _fail("--origin is 1-64 characters of a-z, 0-9, _ and -")
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"cannot read {args.file}: {exc}")
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return _fail(f"{args.file} is not valid JSON: {exc}; nothing was imported")
    try:
        documents = parse_documents(data)
    except InvalidSignals as exc:
        for error in exc.errors:
            print(f"invalid: {error}", file=sys.stderr)
        return _fail("nothing was imported: correct the signals above and import again")
    store = Store(get_settings())
    try:
        result = import_documents(store, documents, args.origin, "cli")
    finally:
        store.close()
    print(f"imported {len(result.imported)} signal(s); {len(result.duplicates)} known already (left as they were)")
    for signal_id in result.imported:
        print(f"imported\t{signal_id}")
    for signal_id in result.duplicates:
        print(f"known\t{signal_id}")
    return 0


# ------------------------------------------------------------------------------------------------ retention
def _print_counts(counts: dict[str, dict[str, int]]) -> None:
    for kind, found in counts.items():
        print(f"{kind}: " + ", ".join(f"{key} {value}" for key, value in found.items()))


def cmd_purge(args: argparse.Namespace) -> int:
    from store.db import Store
    from store.retention import purge

    store = Store(get_settings())
    try:
        counts = purge(store, dry_run=args.dry_run, actor="cli")
    finally:
        store.close()
    print("would delete (dry run, nothing deleted):" if args.dry_run else "deleted:")
    _print_counts(counts)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from store.db import Store
    from store.retention import ErasureRefused, erase

    kind, object_id = ("signal", args.signal) if args.signal else ("conversation", args.conversation)
    store = Store(get_settings())
    try:
        counts = erase(store, kind, object_id, args.reason, "cli")
    except ErasureRefused as exc:
        return _fail(str(exc))
    finally:
        store.close()
    print(f"erased {kind} {object_id} (the reason is in the audit log):")
    print(", ".join(f"{key} {value}" for key, value in counts.items()))
    return 0


def register(commands: Any) -> None:
    """Add these commands to the `meldpunt` parser's subcommands."""
    exchange = commands.add_parser("exchange", help="signal exchange with partner systems")
    verbs = exchange.add_subparsers(dest="exchange_command", required=True)
    push = verbs.add_parser("push", help="send a signal to its partners now, or every pending delivery")
    push.add_argument("signal_id", nargs="?", help="the signal to send (queued for every partner that wants it)")
    push.add_argument("--all-pending", action="store_true", help="attempt every pending delivery now")
    push.add_argument("--partner", help="send the signal to this partner, whatever its filter says")
    push.set_defaults(func=cmd_exchange_push)
    log = verbs.add_parser("log", help="the delivery log (no content)")
    log.add_argument("--signal", help="only this signal")
    log.add_argument("--status", choices=("pending", "delivered", "failed"))
    log.set_defaults(func=cmd_exchange_log)
    secret = verbs.add_parser("secret", help="make a partner's shared secret in the data dir and print it once")
    secret.add_argument("name")
    secret.set_defaults(func=cmd_exchange_secret)

    imp = commands.add_parser("import-signals", help="import signals (schema JSON: one document or a list)")
    imp.add_argument("file", help="a JSON file, or - for standard input")
    imp.add_argument("--origin", default="file", help="where they come from (kept with each signal)")
    imp.set_defaults(func=cmd_import_signals)

    purge = commands.add_parser("purge", help="delete what is past its retention term (audited)")
    purge.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    purge.set_defaults(func=cmd_purge)

    erase = commands.add_parser("erase", help="erase a person's data on request (audited with the reason)")
    target = erase.add_mutually_exclusive_group(required=True)
    target.add_argument("--signal", help="the signal, with its follow-ups, notes, case and conversations")
    target.add_argument("--conversation", help="the conversation: transcript and contact details")
    erase.add_argument("--reason", required=True, help="why (kept in the audit log)")
    erase.set_defaults(func=cmd_erase)
