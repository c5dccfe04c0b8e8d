"""Precise push at campaign scale: 100,000 audience members x top 10.

    .venv/bin/python bench/push_speed.py [--audience 100000 --top-k 10] [--slices 2] [--reuse]
    .venv/bin/python bench/push_speed.py --check 2000 --reuse

Runs on the data loaded by bench/search_speed.py (database recruit_bench, index prefix
`bench`): makes sure enough jobseekers hold a verified target group, creates a national
campaign of every trade (with --reuse: the one an earlier run left running, whose ~1M members
are already in the index), then times the push (msearch batches, stored pushes, notifications)
in this process, or over --slices processes (`plan_push(parts=N)`, one `run_push` each, as the
`recruit.push_slice` tasks do), and writes docs/performance.md's "Precise push" section.

--check N: for the audience's first N people, the push's body against the API's recommendations
body in the campaign, `now` fixed in both: the same top-K each (ids, scores, reasons)? and the
msearch time of each form, batch by batch, alternated in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from common import write_section  # noqa: E402
from search_speed import bench_url  # noqa: E402
from sqlalchemy import delete, func, select, text  # noqa: E402
from sqlalchemy.orm import selectinload  # noqa: E402
from tqdm import tqdm  # noqa: E402

from recruit import create_app  # noqa: E402
from recruit.campaigns import rules  # noqa: E402
from recruit.campaigns import service as campaigns  # noqa: E402
from recruit.campaigns.models import Campaign, CampaignPush, CampaignVacancy, PushRun  # noqa: E402
from recruit.extensions import db  # noqa: E402
from recruit.jobseekers.models import Jobseeker  # noqa: E402
from recruit.search import campaigns as search_campaigns  # noqa: E402
from recruit.search import documents, matching_queries, sync  # noqa: E402
from recruit.search import service as search_service  # noqa: E402

NAME = "农民工返岗专场（基准测试）"
GROUPS = ["migrant_worker", "graduate"]
OCCUPATION_MAJORS = ["1", "2", "3", "4", "5", "6", "7", "8"]


def reuse() -> Campaign | None:
    """The campaign of every trade an earlier run left running, emptied of its pushes and of the
    notifications they wrote."""
    campaign = db.session.scalar(select(Campaign).where(Campaign.name == NAME,
                                                        Campaign.indexed_state == "running")
                                 .order_by(Campaign.id.desc()))
    if campaign is None or campaign.state() != "running" or list(campaign.occupations) != OCCUPATION_MAJORS:
        return None
    db.session.execute(delete(CampaignPush))
    db.session.execute(delete(PushRun))
    db.session.execute(text("delete from notifications where kind = 'campaign_push'"))
    db.session.commit()
    return campaign


def prepare(audience: int) -> Campaign:
    db.session.execute(delete(CampaignPush))
    db.session.execute(delete(PushRun))
    db.session.execute(delete(CampaignVacancy))
    for c in db.session.scalars(select(Campaign)):
        c.ends_at = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    db.session.commit()
    campaigns.tick()
    sync.drain(2000)
    have = db.session.scalar(text(
        "select count(distinct jobseeker_id) from jobseeker_groups "
        "where \"group\" = any(:g) and status = 'verified'"), {"g": GROUPS})
    if have < audience:  # declare and verify migrant workers until the audience is large enough
        db.session.execute(text(
            "insert into jobseeker_groups (jobseeker_id, \"group\", source, status) "
            "select j.id, 'migrant_worker', 'declared', 'verified' from jobseekers j "
            "where not exists (select 1 from jobseeker_groups g where g.jobseeker_id = j.id "
            "and g.\"group\" = any(:g)) order by j.id limit :n"), {"g": GROUPS, "n": audience - have})
        db.session.commit()
    now = dt.datetime.now(dt.UTC)
    # every trade: a push only reaches people whose desired trades, skills or keywords match a
    # campaign vacancy (queries.recommendations' "wants"), so the factory trades alone (6-18,
    # 6-31, 6-99: 242,462 vacancies) reached 27,299 of 100,000 people; no cap was involved
    campaign = Campaign(name=NAME, kind="migrant_workers", target_groups=GROUPS,
                        starts_at=now - dt.timedelta(minutes=1), ends_at=now + dt.timedelta(days=30),
                        occupations=OCCUPATION_MAJORS, rule_occupation=True, owner_prefix="",
                        indexed_state="scheduled")
    db.session.add(campaign)
    db.session.commit()
    started = time.monotonic()
    campaigns.tick()
    with tqdm(desc="index campaign vacancies", unit="doc") as bar:
        while True:
            result = sync.drain_once(2000)
            bar.update(result["rows"])
            if not result["rows"]:
                break
    print(f"campaign {campaign.id}: members indexed in {time.monotonic() - started:.0f} s")
    return campaign


def _pinned(body: dict, now: str) -> dict:
    """The body with `now` fixed, so that two forms sent a moment apart score alike."""
    return json.loads(json.dumps(body).replace('"now"', json.dumps(now)))


def _cpu_ms(pid: int | None) -> float:
    """CPU time used so far by a process of this machine (Elasticsearch's), or 0."""
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def check(campaign: Campaign, people: int, top_k: int, batch_size: int, es_pid: int | None) -> dict:
    """The API's body and the push's for the audience's first `people`: identical top-K, and time."""
    same, seen, times, cpu = 0, 0, {"api": [], "push": []}, {"api": 0.0, "push": 0.0}
    after = 0
    with tqdm(total=people, desc="check", unit="person") as bar:
        while seen < people:
            ids = search_campaigns.audience_ids(campaign, after, min(batch_size, people - seen))
            if not ids:
                break
            seekers = db.session.scalars(select(Jobseeker).where(Jobseeker.id.in_(ids)).order_by(Jobseeker.id)
                                         .options(selectinload(Jobseeker.groups),
                                                  selectinload(Jobseeker.work_history))).all()
            profiles = documents.profiles_for(seekers)
            found, now = {}, dt.datetime.now(dt.UTC).isoformat()
            for form in ("api", "push") if len(times["api"]) % 2 == 0 else ("push", "api"):
                bodies = [_pinned(matching_queries.recommendations(p, size=top_k, campaign_id=campaign.id,
                                                                   push=form == "push"), now) for p in profiles]
                started, used = time.monotonic(), _cpu_ms(es_pid)
                results = search_service.msearch_vacancies(bodies)
                times[form].append(time.monotonic() - started)
                cpu[form] += _cpu_ms(es_pid) - used
                found[form] = [[(h["_id"], round(h["_score"], 4), sorted(h.get("matched_queries", [])))
                                for h in hits] for hits in results]
            same += sum(a == b for a, b in zip(found["api"], found["push"], strict=True))
            seen += len(ids)
            after = ids[-1]
            bar.update(len(ids))
    api, push = statistics.median(times["api"]), statistics.median(times["push"])
    return {"people": seen, "identical": same, "batches": len(times["api"]),
            "api_ms": api * 1000, "push_ms": push * 1000, "ratio": push / api,
            "api_cpu_ms": cpu["api"] / max(seen, 1), "push_cpu_ms": cpu["push"] / max(seen, 1)}


def _slice(run_id: int, database: str, prefix: str, batch_size: int) -> None:
    """One slice of the push in its own process (what a `recruit.push_slice` task does)."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": bench_url(database), "SEARCH_INDEX_PREFIX": prefix})
    with app.app_context():
        search_campaigns.run_push(run_id, batch_size=batch_size)


def run_slices(campaign: Campaign, args: argparse.Namespace) -> None:
    runs = [r.id for r in search_campaigns.plan_push(campaign.id, top_k=args.top_k, parts=args.slices,
                                                     resume=False)]
    spawn = multiprocessing.get_context("spawn")
    workers = [spawn.Process(target=_slice, args=(r, args.database, args.prefix, args.batch_size))
               for r in runs]
    for w in workers:
        w.start()
    with tqdm(total=args.audience, desc=f"push ({args.slices} slices)", unit="person") as bar:
        while any(w.is_alive() for w in workers):
            time.sleep(2)  # progress only: the end is each process's exit
            db.session.expire_all()
            bar.n = db.session.scalar(select(func.coalesce(func.sum(PushRun.audience), 0))
                                      .where(PushRun.id.in_(runs)))
            bar.refresh()
            if bar.n >= args.audience:  # the requested audience size (a short run)
                for w in workers:
                    w.terminate()
                return
    if any(w.exitcode for w in workers):
        raise SystemExit(f"a slice failed: exit codes {[w.exitcode for w in workers]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--audience", type=int, default=100_000)
    parser.add_argument("--top-k", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--slices", type=int, default=1, help="processes, one audience slice each")
    parser.add_argument("--reuse", action="store_true", help="the campaign an earlier run left running")
    parser.add_argument("--check", type=int, default=0, help="compare the two bodies for N people")
    parser.add_argument("--es-pid", type=int, help="--check: also the CPU time of this Elasticsearch process")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--database", default="recruit_bench", help="search_speed.py's --database")
    parser.add_argument("--prefix", default="bench", help="search_speed.py's --prefix")
    args = parser.parse_args()
    app = create_app({"SQLALCHEMY_DATABASE_URI": bench_url(args.database), "SEARCH_INDEX_PREFIX": args.prefix})
    with app.app_context():
        campaign = (args.reuse and reuse()) or prepare(args.audience)
        if args.check:
            r = check(campaign, args.check, args.top_k, args.batch_size, args.es_pid)
            print(f"check: {r['identical']:,} of {r['people']:,} people with the same top {args.top_k}; "
                  f"median msearch of {args.batch_size}: API body {r['api_ms']:.0f} ms, push body "
                  f"{r['push_ms']:.0f} ms (x{r['ratio']:.2f}, {r['batches']} batches each); Elasticsearch CPU "
                  f"per person: API body {r['api_cpu_ms']:.1f} ms, push body {r['push_cpu_ms']:.1f} ms")
            return
        members = db.session.scalar(select(func.count()).select_from(rules.member_ids(campaign).subquery()))
        load_before = os.getloadavg()
        batch_times: list[float] = []
        last = [time.monotonic()]
        done = [0]

        def tick(n):
            now = time.monotonic()
            batch_times.append(now - last[0])
            last[0] = now
            done[0] += n
            bar.update(n)
            if done[0] >= args.audience:
                raise StopIteration  # stop at the requested audience size

        started = time.monotonic()
        if args.slices > 1:
            run_slices(campaign, args)
            done[0] = db.session.scalar(select(func.sum(PushRun.audience)))
        else:  # tick() stops the run at the requested audience size
            with tqdm(total=args.audience, desc="push", unit="person") as bar, \
                    contextlib.suppress(StopIteration):
                search_campaigns.push(campaign.id, top_k=args.top_k, batch_size=args.batch_size,
                                      progress=tick, resume=False)
        wall = time.monotonic() - started
        load_after = os.getloadavg()
        pushed = db.session.scalar(select(func.count()).select_from(CampaignPush))
        people = db.session.scalar(select(func.count(func.distinct(CampaignPush.jobseeker_id))))
    per_batch = f"{statistics.median(batch_times) * 1000:.0f} ms" if batch_times else "–"
    lines = ["## Precise push", "",
             f"Measured {dt.date.today().isoformat()} with `.venv/bin/python bench/push_speed.py` on the data "
             "of the search benchmark (1,000,000 vacancies, 200,000 jobseekers) on this 2-core machine: a "
             f"national campaign whose rules take {members:,} vacancies (every trade), audience = "
             f"jobseekers with a verified target group; top {args.top_k} each, msearch batches of "
             f"{args.batch_size}, pushes and notifications stored as they go.", "",
             "| processes | audience processed | pushes stored | people with a push | wall time | people/s "
             "| median batch | load average before → after |",
             "|---|---|---|---|---|---|---|---|",
             f"| {args.slices} | {done[0]:,} | {pushed:,} | {people:,} | {wall / 60:.1f} min | {done[0] / wall:.0f} "
             f"| {per_batch} | {load_before[0]:.1f} → {load_after[0]:.1f} |", ""]
    section = "\n".join(lines) + "\n"
    print(section)
    if not args.no_write:
        write_section(HERE.parent / "docs/performance.md", "## Precise push", section)


if __name__ == "__main__":
    main()
