"""One line per symptom for the packet's Symptoms page: how often, since when, how bad as a
rule and at worst, which way it is going, and what sets it off. Reviewers ask for a short
summary; every entry is kept in the appendix after the records."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from ..core.symptoms import SymptomEntry

# A trend needs a few entries: with fewer, one bad day would read as "worse".
MIN_FOR_TREND = 4
TREND_STEP = 1.0  # points on the 0-10 scale between the first and last third's averages


@dataclass(frozen=True)
class SymptomSummary:
    symptom: str
    entries: int
    first: dt.datetime
    last: dt.datetime
    typical: int  # the median severity
    worst: int
    trend: str  # "worse", "better", "about the same" or "" (too few entries to say)
    triggers: list[str]


def summarise(entries: list[SymptomEntry]) -> list[SymptomSummary]:
    """One summary per symptom (named alike whatever the case), most entries first."""
    groups: dict[str, list[SymptomEntry]] = {}
    for entry in sorted(entries, key=lambda e: (e.at, e.id)):
        groups.setdefault(entry.symptom.strip().casefold(), []).append(entry)
    out = []
    for group in groups.values():
        severities = [e.severity for e in group]
        out.append(SymptomSummary(
            symptom=group[0].symptom.strip(), entries=len(group), first=group[0].at,
            last=group[-1].at, typical=round(statistics.median(severities)),
            worst=max(severities), trend=trend(severities), triggers=common_triggers(group)))
    return sorted(out, key=lambda s: (-s.entries, s.symptom.casefold()))


def trend(severities: list[int]) -> str:
    """The last third's average against the first third's, in time order."""
    if len(severities) < MIN_FOR_TREND:
        return ""
    third = max(1, len(severities) // 3)
    change = statistics.mean(severities[-third:]) - statistics.mean(severities[:third])
    if change >= TREND_STEP:
        return "worse"
    if change <= -TREND_STEP:
        return "better"
    return "about the same"


def common_triggers(group: list[SymptomEntry], most: int = 3) -> list[str]:
    """Triggers named in more than one entry (as first written), most often first."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for entry in group:
        for part in entry.triggers.replace(";", ",").split(","):
            word = part.strip()
            if word:
                key = word.casefold()
                spelled.setdefault(key, word)
                counts[key] += 1
    return [spelled[key] for key, n in counts.most_common() if n > 1][:most]
