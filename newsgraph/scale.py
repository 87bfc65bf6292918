"""Scale-out: analysis on a Dask cluster (local processes, SSH, Kubernetes, HPC).

Only the analysis moves to the workers; reading and storing stay in the
calling process, so the store is written by one writer in whole-batch
transactions as without Dask. Each worker builds the pipeline once (the
models load once per worker, not per task) and receives about 50 documents
per task.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from newsgraph.model import Doc, Failure
from newsgraph.pipeline import Pipeline, default_pipeline

DOCS_PER_TASK = 50
# Dask sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, which made the numpy-heavy
# models 35-40% slower here; glibc's own dynamic threshold grows up to 32 MiB.
WORKER_ENVIRON = {"MALLOC_TRIM_THRESHOLD_": str(32 * 1024 * 1024)}


@cache
def _worker_pipeline() -> Pipeline:
    return default_pipeline()


def analyse_chunk(docs: Sequence[Doc]) -> tuple[list[Doc], list[Failure]]:
    """Runs on a worker: analyse documents one by one, so a bad one fails alone."""
    pipeline = _worker_pipeline()
    done: list[Doc] = []
    failed: list[Failure] = []
    for doc in docs:
        try:
            done.append(pipeline(doc))
        except Exception as exc:
            failed.append(
                Failure(
                    doc.file or doc.url or doc.id, f"analysis failed ({type(exc).__name__}: {exc})", "nlp"
                )
            )
    return done, failed


class DaskAnalyser:
    """A callable ``docs -> (analysed, failures)`` that farms documents out to Dask workers.

    `scheduler` is the address of a running Dask scheduler (``tcp://host:8786``);
    without one, a local cluster of `workers` processes is started.
    """

    def __init__(
        self, scheduler: str | None = None, workers: int = 2, docs_per_task: int = DOCS_PER_TASK
    ) -> None:
        import dask
        from dask.distributed import Client, LocalCluster

        self.docs_per_task = docs_per_task
        dask.config.set({"distributed.nanny.pre-spawn-environ": WORKER_ENVIRON})
        if scheduler:
            self.cluster = None
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # no dashboard; the scheduler's own HTTP routes take a free port instead of 8787,
                # which another cluster (or a second ingest) may already hold
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            )
            self.client = Client(self.cluster)

    def __call__(self, docs: Sequence[Doc]) -> tuple[list[Doc], list[Failure]]:
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        size = max(1, min(self.docs_per_task, -(-len(docs) // workers)))  # every worker gets a share
        chunks = [list(docs[i : i + size]) for i in range(0, len(docs), size)]
        futures = self.client.map(analyse_chunk, chunks, pure=False)
        done: list[Doc] = []
        failed: list[Failure] = []
        for analysed, failures in self.client.gather(futures):
            done.extend(analysed)
            failed.extend(failures)
        return done, failed

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> DaskAnalyser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
