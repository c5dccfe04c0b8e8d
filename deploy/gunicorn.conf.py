"""gunicorn settings read by deploy/run.sh and deploy/cluster.sh (`gunicorn -c deploy/gunicorn.conf.py`).

Prometheus multi-process mode: each worker writes its samples under PROMETHEUS_MULTIPROC_DIR
(set and emptied by run.sh); a worker that exits has its live gauges dropped here.

Each worker loads the search's dictionaries (jieba's and ours: 1–3 s of CPU) before it takes its
first request; loaded lazily, they made the first search of every worker take that long
(docs/reliability.md "Where the time goes").
"""

import logging
import os
import time

from prometheus_client import multiprocess

log = logging.getLogger("recruit.gunicorn")


def post_worker_init(worker):  # noqa: ARG001 - gunicorn's hook signature
    # imported here: the app is loaded in the worker (no --preload), never in the master
    from recruit.search import analysis, pinyin

    started = time.perf_counter()
    analysis.warm_up()
    pinyin.warm_up()
    log.info("search dictionaries loaded in %.1f s, before the first request", time.perf_counter() - started)


def child_exit(server, worker):  # noqa: ARG001 - gunicorn's hook signature
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # unset: one registry per worker, nothing to drop
        multiprocess.mark_process_dead(worker.pid)
