"""Peak resident memory of a process and all its descendants, sampled in a background thread."""

from __future__ import annotations

import threading

import psutil


def tree_rss(root: psutil.Process, cpu: dict | None = None) -> int:
    """Summed RSS of `root` and its descendants; `cpu[pid]` is updated with each descendant's CPU seconds."""
    total = 0
    try:
        procs = [root] + root.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    for p in procs:
        try:
            with p.oneshot():
                total += p.memory_info().rss
                if cpu is not None and p.pid != root.pid:
                    t = p.cpu_times()
                    cpu[p.pid] = max(cpu.get(p.pid, 0.0), t.user + t.system)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


class PeakSampler:
    """`with PeakSampler(pid) as s: ...` then `s.peak` (bytes): the largest summed RSS seen, and
    `s.cpu_seconds`: CPU time of the descendants (as last sampled; processes living under one
    sampling interval may be missed)."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.root, self.cpu))
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss(self.root, self.cpu))

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())
