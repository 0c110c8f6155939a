"""One summary line per benchmark, for people and for ``run_all.py``.

Every benchmark ends with ``report(...)``: a readable line with its figure, its anchor measured
in the same run, their ratio and the goal, then a ``BENCH {json}`` line that ``run_all.py``
collects into the table ``make bench`` prints. The machine's load (``os.getloadavg``) goes with
every figure: on a shared machine a ratio means little without it.
"""

from __future__ import annotations

import json
import os
import statistics
from collections.abc import Sequence

PREFIX = "BENCH "

# The peak memory of the process that runs it, in MiB. VmHWM, not ru_maxrss: on Linux ru_maxrss
# survives exec, so a child would report its parent's peak (the benchmark's generated images).
PEAK_MIB = """
def peak_mib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def load() -> str:
    """The 1-minute load average and the number of cores, as ``uptime`` shows them."""
    one, five, _fifteen = os.getloadavg()
    return f"load {one:.2f}/{five:.2f} on {os.cpu_count()} cores"


def paired_ratio(ours: Sequence[float], anchor: Sequence[float]) -> float:
    """Median of the ratios of runs made one after the other (each pair shares the load of
    its moment), which is steadier than the ratio of the medians on a busy machine."""
    return statistics.median(o / a for o, a in zip(ours, anchor, strict=True))


def report(name: str, *, ours: float, anchor: float | None, unit: str, goal: float,
           ratio: float | None = None, anchor_name: str = "", peak_mib: float | None = None,
           peak_goal_mib: float | None = None, absolute: bool = False,
           note: str = "") -> bool:
    """Print the summary of one benchmark; True when it meets its goals.

    ``goal`` is a ratio against the anchor, or with ``absolute`` a limit in ``unit`` for
    ``ours`` itself (a stall, a query's latency). ``ratio`` defaults to ours / anchor."""
    if ratio is None and anchor:
        ratio = ours / anchor
    measured = ours if absolute else ratio
    ok = measured is not None and measured <= goal
    if peak_goal_mib is not None:
        ok = ok and peak_mib is not None and peak_mib <= peak_goal_mib
    parts = [f"{name}: ours {ours:.3g} {unit}"]
    if anchor is not None:
        parts.append(f"{anchor_name or 'anchor'} {anchor:.3g} {unit}")
    if ratio is not None:
        parts.append(f"ratio {ratio:.2f}x")
    parts.append(f"goal {'<=' + format(goal, 'g') + ' ' + unit if absolute else f'<={goal:g}x'}")
    if peak_mib is not None:
        parts.append(f"peak {peak_mib:.0f} MiB" + (f" (goal <={peak_goal_mib:g})"
                                                    if peak_goal_mib is not None else ""))
    parts.append(load())
    print(" | ".join(parts) + (f"  [{note}]" if note else "") + ("" if ok else "  ** OVER GOAL **"))
    print(PREFIX + json.dumps({
        "name": name, "ours": _round(ours, 4), "anchor": _round(anchor, 4),
        "anchor_name": anchor_name, "unit": unit, "ratio": _round(ratio, 3), "goal": goal,
        "absolute": absolute, "peak_mib": _round(peak_mib, 0), "peak_goal_mib": peak_goal_mib,
        "ok": ok, "load": load(), "note": note}), flush=True)
    return ok
