"""Character-level marks inside changed sentences, for side-by-side text diffs. Pure: no I/O.

Chinese has no spaces, so a word diff marks whole sentences; the standard library's
SequenceMatcher over characters marks just 5300 → 5000 inside an otherwise equal sentence.
A lone equal character between two changes (a 的, a digit) is folded into the change, so
the marks read as words, not as confetti.
"""

from __future__ import annotations

from difflib import SequenceMatcher

Segment = tuple[str, str]  # ("equal" | "changed", text)


def char_diff(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """The old and new text cut into equal and changed runs of characters."""
    ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    ops = _whole_numbers(_fold_short_equals(ops), old, new)
    left: list[Segment] = []
    right: list[Segment] = []
    for op, i1, i2, j1, j2 in ops:
        kind = "equal" if op == "equal" else "changed"
        _add(left, kind, old[i1:i2])
        _add(right, kind, new[j1:j2])
    return left, right


def _fold_short_equals(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes with a 1-character equal run between two changes merged into one change."""
    out: list[list] = []
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        between = 0 < n < len(ops) - 1 and op == "equal" and i2 - i1 == 1
        if (between or op != "equal") and out and out[-1][0] == "replace":
            out[-1][2], out[-1][4] = i2, j2
        else:
            out.append(["replace" if op != "equal" else "equal", i1, i2, j1, j2])
    return [tuple(o) for o in out]  # type: ignore[misc]


_NUMBER = set("0123456789.０１２３４５６７８９")


def _whole_numbers(ops: list[tuple[str, int, int, int, int]], old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    """Changes widened over the digits around them: 5300 → 5000 is marked whole, not as 3 → 0."""
    out = [list(o) for o in ops]
    for n, o in enumerate(out):
        if o[0] == "equal":
            continue
        if n > 0:
            prev = out[n - 1]
            while prev[2] > prev[1] and old[prev[2] - 1] in _NUMBER:
                prev[2] -= 1
                prev[4] -= 1
                o[1] -= 1
                o[3] -= 1
        if n + 1 < len(out):
            nxt = out[n + 1]
            while nxt[1] < nxt[2] and old[nxt[1]] in _NUMBER:
                nxt[1] += 1
                nxt[3] += 1
                o[2] += 1
                o[4] += 1
    return [tuple(o) for o in out if o[2] > o[1] or o[4] > o[3]]  # type: ignore[misc]


def _add(side: list[Segment], kind: str, text: str) -> None:
    """Append a run, joining it to the previous one of the same kind."""
    if not text:
        return
    if side and side[-1][0] == kind:
        side[-1] = (kind, side[-1][1] + text)
    else:
        side.append((kind, text))


def changed_share(segments: list[Segment]) -> float:
    """The share of characters marked changed (0 to 1)."""
    total = sum(len(t) for _, t in segments)
    return sum(len(t) for k, t in segments if k == "changed") / total if total else 0.0


__all__ = ["Segment", "char_diff", "changed_share"]
