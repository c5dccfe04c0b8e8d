"""gunicorn settings read by deploy/run.sh (`gunicorn -c deploy/gunicorn.conf.py`).

Prometheus multi-process mode: each worker writes its samples under PROMETHEUS_MULTIPROC_DIR
(set and emptied by run.sh); a worker that exits has its live gauges dropped here.
"""

from prometheus_client import multiprocess


def child_exit(server, worker):  # noqa: ARG001 - gunicorn's hook signature
    multiprocess.mark_process_dead(worker.pid)
