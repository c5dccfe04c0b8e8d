"""`flask recruit ...`: operations commands."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import AppGroup
from marshmallow import ValidationError
from sqlalchemy import func, select
from tqdm import tqdm

from recruit import demo, gc_tuning, privacy, taskqueue
from recruit.accounts import service as accounts
from recruit.accounts.models import Account
from recruit.campaigns import service as campaigns
from recruit.demo import replay
from recruit.employers.models import Employer
from recruit.errors import AppError
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.notify.models import SmsOutbox
from recruit.observability import logs, metrics
from recruit.partners import feed
from recruit.reporting import export, report, schemas, sentence
from recruit.reporting.reconcile import rebuild, reconcile
from recruit.search import analysis, consistency, documents, indexer
from recruit.search import campaigns as search_campaigns
from recruit.search import sync as search_sync
from recruit.vacancies import importer
from recruit.vacancies import service as vacancies

cli = AppGroup("recruit", help="recruit operations commands")
log = logging.getLogger(__name__)


@cli.command("init-search")
def init_search() -> None:
    """Create the search indices behind their aliases; rebuild any built from an older mapping."""
    created = indexer.ensure_indices()
    click.echo(f"created: {', '.join(created)}" if created else "search indices already exist")
    for index in indexer.mappings.INDICES:
        if indexer.outdated(index):
            result = indexer.rebuild(index, lambda index=index: documents.batches(index))
            click.echo(f"{index}: mapping changed; rebuilt {result['documents']} documents "
                       f"into {result['index']}")


@cli.command("reindex")
@click.argument("index", type=click.Choice(["vacancies", "jobseekers"]))
@click.option("--batch-size", default=1000, show_default=True)
def reindex(index: str, batch_size: int) -> None:
    """Rebuild an index from the database into a new versioned index, then swap the alias."""
    total = db.session.scalar(select(func.count()).select_from(
        documents.SOURCES[index].searchable_ids().subquery()))
    with tqdm(total=total, desc=f"reindex {index}", unit="doc") as bar:
        result = indexer.rebuild(index, lambda: documents.batches(index, batch_size),
                                 progress=bar.update)
    click.echo(f"{index}: {result['documents']} documents in {result['index']}; "
               f"replaced {', '.join(result['replaced']) or 'nothing'}")


@cli.command("check-index")
@click.argument("index", type=click.Choice(["vacancies", "jobseekers"]))
@click.option("--sample", default=500, show_default=True)
def check_index(index: str, sample: int) -> None:
    """Compare the database and the index; exit 1 on drift."""
    report = consistency.check(index, sample=sample)
    click.echo(json.dumps(report, ensure_ascii=False))
    if not report["ok"]:
        raise SystemExit(1)


@cli.command("sync")
@click.option("--once", is_flag=True, help="drain what is queued, then exit")
@click.option("--interval", default=1.0, show_default=True,
              help="longest wait between looks at the outbox (commits wake the worker at once)")
def sync(once: bool, interval: float) -> None:
    """Deliver the search outbox to Elasticsearch (continuously unless --once)."""
    batch = current_app.config["SYNC_BATCH_SIZE"]
    analysis.warm_up()  # load the dictionary now, not inside the first batch
    gc_tuning.settle_long_lived()  # the dictionaries stay to the end: no collector walks them
    if once:
        try:
            with logs.bound(None, "sync"):
                log.info("synced %s", search_sync.drain(batch))
        except search_sync.SEARCH_DOWN as exc:
            raise click.ClickException(f"Elasticsearch unavailable: {exc}") from exc
        return
    search_sync.serve(batch, interval, ready=lambda: click.echo("search sync ready"))


@cli.command("campaign-clock")
def campaign_clock() -> None:
    """Apply campaign starts and ends to the search index now (the scheduler queues this every
    minute: recruit/taskqueue.py SCHEDULE)."""
    changed = campaigns.tick()
    click.echo(f"campaigns changed state: {changed or 'none'}")


@cli.command("push-campaign")
@click.argument("campaign_id", type=int)
@click.option("--top-k", default=10, show_default=True)
@click.option("--batch-size", default=200, show_default=True)
@click.option("--restart", is_flag=True, help="start over instead of resuming an unfinished run")
@click.option("--slices", type=int, default=None,
              help="queue the push as this many slice tasks for the task workers instead of running it here")
def push_campaign(campaign_id: int, top_k: int, batch_size: int, restart: bool, slices: int | None) -> None:
    """Precise push: top-K vacancies of a running campaign for each person in its audience."""
    if slices:
        try:
            runs = search_campaigns.plan_push(campaign_id, top_k=top_k, parts=slices, resume=not restart)
        except AppError as exc:
            raise click.ClickException(exc.message) from exc
        for run in runs:
            taskqueue.enqueue("recruit.push_slice", run.id, batch_size)
        click.echo(f"queued {len(runs)} push slices (runs {', '.join(str(r.id) for r in runs)}); "
                   f"progress: GET /api/v1/ops/queues")
        return
    with tqdm(desc=f"campaign {campaign_id}", unit="person") as bar:
        try:
            run = search_campaigns.push(campaign_id, top_k=top_k, batch_size=batch_size,
                                 progress=bar.update, resume=not restart)
        except AppError as exc:
            raise click.ClickException(exc.message) from exc
    click.echo(f"run {run.id}: audience {run.audience}, pushed {run.pushed}")


@cli.command("demo-data")
@click.option("--employers", default=240, show_default=True)
@click.option("--jobseekers", default=500, show_default=True)
@click.option("--vacancies", default=1600, show_default=True)
@click.option("--applications", default=4000, show_default=True)
@click.option("--seed", default=2020, show_default=True)
@click.option("--if-empty", is_flag=True, help="load only into an empty database")
def demo_data(employers: int, jobseekers: int, vacancies: int, applications: int, seed: int,
              if_empty: bool) -> None:
    """Replay the 100-day campaign (百日千万网招) ending today: featured sessions, employers,
    vacancies, jobseekers, applications and hires at their own moments (recruit/demo/replay.py).

    Passwords are random and printed here once: staff get their own, the sample employer,
    agency and jobseeker share one. `flask recruit reset-password PHONE` sets a new one.
    """
    empty = not demo.has_data()
    staff = {phone: pw for _, phone, pw in demo.staff()}
    db.session.commit()
    if if_empty and not empty:
        click.echo("database already has data; demo data not loaded")
        password = None
    else:
        password = demo.new_password()
        made = replay.replay(employers_n=employers, jobseekers_n=jobseekers, vacancies_n=vacancies,
                             applications_n=applications, seed=seed, password=password)
        click.echo(f"loaded {made}")
    for role, phone in demo.sample_logins():
        shown = staff.get(phone) or (password if role not in ("admin", "operator") else None)
        click.echo(f"demo login  {role:<9} {phone}  " + (
            f"password {shown}" if shown else "password as printed when it was created"))
    if not password or len(staff) < len(demo.STAFF):
        click.echo("a lost demo password: flask recruit reset-password PHONE")
    click.echo("the admin also signs in with an SMS code: flask recruit sms-outbox --phone PHONE")


@cli.command("reset-password")
@click.argument("phone")
def reset_password(phone: str) -> None:
    """Give an account a new random password, printed once."""
    account = db.session.scalar(select(Account).where(Account.phone == phone))
    if account is None:
        raise click.ClickException("no account with this phone")
    password = demo.new_password()
    accounts.set_password(account, password, reason="cli_reset")  # ends its sessions too
    db.session.commit()
    click.echo(f"new password for {phone}: {password}")


@cli.command("sms-outbox")
@click.option("--phone", default=None, help="only this phone")
@click.option("--limit", default=10, show_default=True)
def sms_outbox(phone: str | None, limit: int) -> None:
    """The development SMS sink (SMS_PROVIDER=dev): the newest messages, codes included."""
    stmt = select(SmsOutbox).order_by(SmsOutbox.id.desc()).limit(limit)
    if phone:
        stmt = stmt.where(SmsOutbox.phone == phone)
    for row in db.session.scalars(stmt):
        click.echo(f"{row.created_at:%Y-%m-%d %H:%M:%S} {row.phone} {row.template} {row.params}")


@cli.command("create-account")
@click.option("--role", type=click.Choice(["operator", "admin"]), required=True)
@click.option("--phone", required=True)
@click.option("--name", required=True)
@click.option("--region", "region_prefix", default=None, help="operator's region code prefix")
@click.password_option()
def create_account(role: str, phone: str, name: str, region_prefix: str | None,
                   password: str) -> None:
    """Create an operator (scoped to a region prefix) or an admin."""
    account = accounts.register(role=role, phone=phone, password=password, display_name=name,
                                region_prefix=region_prefix)
    click.echo(f"created {role} account {account.id}")
    db.session.remove()


@cli.command("reencrypt-pii")
@click.option("--batch-size", default=500, show_default=True)
def reencrypt_pii(batch_size: int) -> None:
    """Key rotation: re-encrypt every resident ID under PII_ENCRYPTION_KEY with PII_CIPHER (old
    keys of either cipher in PII_ENCRYPTION_OLD_KEYS stay readable meanwhile) and recompute the
    keyed hashes."""
    done = jobseekers.reencrypt_all(batch_size)
    click.echo(f"re-encrypted {done} resident ID numbers ({current_app.config['PII_CIPHER']})")


@cli.command("new-pii-key")
@click.option("--cipher", type=click.Choice(privacy.CIPHERS), default="fernet", show_default=True)
def new_pii_key(cipher: str) -> None:
    """Print a fresh key for PII_ENCRYPTION_KEY (a rotation: docs/operations.md)."""
    click.echo(privacy.new_key(cipher))


@cli.command("expire-vacancies")
def expire_vacancies() -> None:
    """Close published vacancies past their expiry now (the scheduler queues this every minute;
    safe to run beside it)."""
    click.echo(f"expired {vacancies.expire_due()} vacancies")


@cli.command("feed-snapshot")
@click.option("--dir", "directory", default=None, help="where to write (default FEED_SNAPSHOT_DIR)")
def feed_snapshot(directory: str | None) -> None:
    """Write the partner feed's snapshot: every live vacancy as JSON lines, with the cursor of
    /api/v1/stream it is consistent with (the scheduler does this daily)."""
    written = feed.write_snapshot(directory or current_app.config["FEED_SNAPSHOT_DIR"],
                                  keep=current_app.config["FEED_SNAPSHOT_KEEP"])
    click.echo(json.dumps(written, ensure_ascii=False))


@cli.command("queues")
def queues() -> None:
    """Tasks waiting per queue and taken but unfinished (as GET /api/v1/ops/queues)."""
    click.echo(json.dumps(metrics.queue_status(), ensure_ascii=False))


@cli.command("run-task")
@click.argument("name", type=click.Choice(["expire_vacancies", "campaign_clock", "reconcile_counters",
                                                  "feed_snapshot"]))
def run_task(name: str) -> None:
    """Queue one of the scheduled tasks now (a worker runs it)."""
    click.echo(f"queued recruit.{name}: {taskqueue.enqueue(f'recruit.{name}')}")


@cli.command("import-vacancies")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--credit-code", required=True, help="统一社会信用代码 of the employer the rows belong to")
@click.option("--submit", is_flag=True, help="submit the new rows for review (default: drafts)")
@click.option("--max-rows", default=10_000, show_default=True)
def import_vacancies(path: str, credit_code: str, submit: bool, max_rows: int) -> None:
    """Bulk-import vacancies from a .csv or .xlsx file (idempotent by 岗位编号), with a progress bar."""
    employer_id = db.session.scalar(select(Employer.id).where(Employer.credit_code == credit_code.upper()))
    if employer_id is None:
        raise click.ClickException(f"no employer with credit code {credit_code}")
    file = Path(path)
    with tqdm(unit="row", desc=file.name) as bar:
        try:
            batch = importer.import_file(employer_id=employer_id, account_id=None, filename=file.name,
                                         data=file.read_bytes(), submit=submit, max_rows=max_rows,
                                         progress=bar.update)
        except AppError as exc:
            raise click.ClickException(exc.message) from exc
    click.echo(f"import {batch.id}: rows {batch.rows}, created {batch.created}, updated {batch.updated}, "
               f"unchanged {batch.unchanged}, failed {batch.failed}")
    for error in batch.errors[:20]:
        click.echo(f"  row {error['row']} {error['column']}: {error['reason']}")
    if len(batch.errors) > 20:
        click.echo(f"  ... {len(batch.errors) - 20} more")


@cli.command("reconcile-counters")
@click.option("--limit", default=50, show_default=True, help="differences to print")
def reconcile_counters(limit: int) -> None:
    """Recompute every counter from the source tables; list differences, exit 1 if any."""
    differences = reconcile()
    for difference in differences[:limit]:
        click.echo(json.dumps(difference, ensure_ascii=False))
    if differences:
        click.echo(f"{len(differences)} counter rows differ from the source tables", err=True)
        raise SystemExit(1)
    click.echo("counters agree with the source tables")


@cli.command("rebuild-counters")
def rebuild_counters() -> None:
    """Recompute every counter from the source tables and replace the stored ones."""
    click.echo(f"rebuilt counters: {rebuild()}")


@cli.command("report")
@click.option("--start", type=click.DateTime(["%Y-%m-%d"]), default=None, help="period start")
@click.option("--end", type=click.DateTime(["%Y-%m-%d"]), default=None, help="period end")
@click.option("--as-of", "as_of", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="everything up to this day (instead of --start/--end)")
@click.option("--region", default=None, help="region code prefix")
@click.option("--campaign", "campaign_id", type=int, default=None)
@click.option("--group", default=None)
@click.option("--industry", default=None)
@click.option("--occupation", default=None)
@click.option("--channel", default=None)
@click.option("--by", default=None, help="day, region, campaign, group, industry, occupation, channel")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "sentence"]), default="json",
              show_default=True)
def report_command(**options: Any) -> None:
    """The counters for a period or as of a date, with any cut; JSON, CSV or the report sentence."""
    fmt, by = options.pop("fmt"), options.pop("by")
    raw = {k: (v.date().isoformat() if hasattr(v, "date") else v)
           for k, v in options.items() if v is not None}
    if by:
        raw["by"] = by
    try:
        loaded: schemas.ReportBy = schemas.ExportArgs().load(raw)
    except ValidationError as exc:
        raise click.UsageError(json.dumps(exc.messages, ensure_ascii=False)) from exc
    cut, by = loaded.cut, loaded.by
    if fmt == "sentence":
        figures = report.totals(cut)
        click.echo(sentence.report_sentence(
            cut.end, employers=figures["employers_posting"] or 0,
            positions=figures["positions_posted"] or 0, resumes=figures["resumes_submitted"]))
        return
    rows = report.breakdown(cut, by) if by else [report.totals(cut)]
    if fmt == "csv":
        click.echo(export.to_csv(rows, cut, by).lstrip("\ufeff"), nl=False)
    else:
        click.echo(json.dumps(rows, ensure_ascii=False, default=str, indent=1))
