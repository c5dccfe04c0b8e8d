"""Background work: the tasks, an entry point like the CLI (they call the services).

Queued by the scheduler (recruit/taskqueue.py SCHEDULE), the CLI and the API, run by
`celery -A recruit.worker worker` (deploy/run.sh). Every task is idempotent: run twice it
changes nothing the second time; delivered twice at once, the two take turns (row locks,
SKIP LOCKED, advisory locks). Retries with backoff: recruit.taskqueue.AppTask.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import current_app
from sqlalchemy import func, select, text

from recruit.campaigns import service as campaigns
from recruit.extensions import db
from recruit.notifications import service as notifications
from recruit.partners import feed
from recruit.reporting.reconcile import reconcile
from recruit.saved_searches import service as saved_searches
from recruit.search import campaigns as search_campaigns
from recruit.search import documents, indexer
from recruit.taskqueue import celery, enqueue
from recruit.vacancies import service as vacancies

log = logging.getLogger(__name__)
# pg_try_advisory_xact_lock keys: one reconcile and one reindex per index at a time
_LOCK_RECONCILE = 71_001
_LOCK_REINDEX = {"vacancies": 71_002, "jobseekers": 71_003}


@celery.task(name="recruit.expire_vacancies")
def expire_vacancies() -> int:
    """Close published vacancies past their expiry (every minute)."""
    closed = vacancies.expire_due()
    if closed:
        log.info("expired %d vacancies", closed)
    return closed


@celery.task(name="recruit.campaign_clock")
def campaign_clock() -> list[int]:
    """Campaign starts and ends reach their vacancies' documents (every minute)."""
    changed = campaigns.tick()
    if changed:
        log.info("campaigns changed state: %s", changed)
    return changed


@celery.task(name="recruit.push_campaign")
def push_campaign(campaign_id: int, top_k: int = 10, parts: int = 8, restart: bool = False) -> list[int]:
    """Fan a campaign's push out: one run per audience slice, committed, then one task each.
    Queued twice, the second finds the same unfinished runs and queues them again: each slice
    task continues its run (and does nothing once it is finished)."""
    runs = search_campaigns.plan_push(campaign_id, top_k=top_k, parts=parts, resume=not restart)
    for run in runs:
        enqueue("recruit.push_slice", run.id)
    log.info("campaign %d: %d push slices queued", campaign_id, len(runs))
    return [run.id for run in runs]


@celery.task(name="recruit.push_slice")
def push_slice(run_id: int, batch_size: int = 200) -> dict[str, Any]:
    """One audience slice of a push: resumes its run from the last jobseeker it finished."""
    run = search_campaigns.run_push(run_id, batch_size=batch_size)
    result = {"run": run.id, "part": run.part, "parts": run.parts, "audience": run.audience,
              "pushed": run.pushed}
    log.info("push slice done: %s", result)
    return result


@celery.task(name="recruit.reconcile_counters")
def reconcile_counters() -> int:
    """Recompute the counters and compare (nightly); differences are logged as an error for the
    operators (the rows themselves: `flask recruit reconcile-counters`). Read-only."""
    if not db.session.scalar(select(func.pg_try_advisory_lock(_LOCK_RECONCILE))):
        log.info("reconcile already running elsewhere; skipped")
        db.session.rollback()
        return -1
    try:
        differences = reconcile()
    finally:
        db.session.execute(select(func.pg_advisory_unlock(_LOCK_RECONCILE)))
        db.session.commit()
    if differences:
        log.error("counters differ from the source tables in %d rows (flask recruit reconcile-counters)",
                  len(differences))
    else:
        log.info("counters agree with the source tables")
    return len(differences)


@celery.task(name="recruit.feed_snapshot")
def feed_snapshot() -> dict[str, Any]:
    """The partner feed's daily snapshot file (JSON lines with its cursor). Two at once write
    two files of the same moment's kind; each is complete and consistent on its own."""
    written = feed.write_snapshot(current_app.config["FEED_SNAPSHOT_DIR"],
                                  keep=current_app.config["FEED_SNAPSHOT_KEEP"])
    log.info("feed snapshot: %s vacancies at cursor %s in %s", written["vacancies"], written["cursor"],
             written["path"])
    return written


@celery.task(name="recruit.reindex")
def reindex(index: str, batch_size: int = 1000) -> dict[str, Any]:
    """Rebuild an index into a new versioned index and swap the alias (as `flask recruit reindex`).
    Two at once for one index: the second is skipped (a session-level advisory lock)."""
    if index not in _LOCK_REINDEX:
        raise ValueError(f"unknown index {index}")
    with db.engine.connect() as conn:  # a connection of its own holds the lock to the end
        if not conn.scalar(text("select pg_try_advisory_lock(:k)"), {"k": _LOCK_REINDEX[index]}):
            log.info("reindex of %s already running; skipped", index)
            return {"skipped": True}
        try:
            result = indexer.rebuild(index, lambda: documents.batches(index, batch_size))
        finally:
            conn.execute(text("select pg_advisory_unlock(:k)"), {"k": _LOCK_REINDEX[index]})
    log.info("reindexed %s: %s documents into %s", index, result["documents"], result["index"])
    return {"index": result["index"], "documents": result["documents"]}


@celery.task(name="recruit.deliver_notifications")
def deliver_notifications() -> dict[str, int]:
    """Send the due SMS and WeChat deliveries (every minute): claimed with SKIP LOCKED, marked
    sent with the gateway call, retried with backoff; nothing in the quiet hours."""
    result = notifications.deliver_all()
    if result.get("claimed"):
        log.info("notifications delivered: %s", result)
    return result


@celery.task(name="recruit.saved_search_alerts")
def saved_search_alerts(mode: str = "instant") -> int:
    """Job alerts: `instant` saved searches every few minutes, `daily` ones at 08:00 CST."""
    if mode not in ("instant", "daily"):
        raise ValueError(f"unknown alert mode {mode}")
    written = saved_searches.run_alerts(mode)
    if written:
        log.info("%s job alerts written: %d", mode, written)
    return written
