"""Where people sit in the network picture (issue 5): a stable, seeded layout computed off
the UI thread, and the positions remembered between sessions.

No Qt. numpy is imported inside the functions that need it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from desktop.models import db
from desktop.services.network import GraphData
from desktop.services.types import ContactId

if TYPE_CHECKING:
    import numpy as np

Progress = Callable[[int, int], bool]
EDGE_LENGTH = 90.0  # the layout's ideal distance between linked people, scene units


_LINK_WEIGHT = {"proposed": 0.6, "you": 0.35}


class LayoutCancelled(Exception):
    """The layout's progress callback asked it to stop."""


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]



def load_positions(ids: Iterable[ContactId] | None = None) -> dict[ContactId, tuple[float, float]]:
    if ids is None:
        rows = db.execute_sql("SELECT contact_id, x, y FROM node_position")
        return {ContactId(r[0]): (float(r[1]), float(r[2])) for r in rows}
    out: dict[ContactId, tuple[float, float]] = {}
    for chunk in _chunks(sorted(int(i) for i in ids)):
        marks = ",".join("?" * len(chunk))
        for r in db.execute_sql(
                f"SELECT contact_id, x, y FROM node_position WHERE contact_id IN ({marks})",
                chunk):
            out[ContactId(r[0])] = (float(r[1]), float(r[2]))
    return out


def save_positions(positions: Mapping[ContactId, tuple[float, float]]) -> None:
    """Remember where people sit, so reopening the view does not reshuffle it."""
    rows = [(int(c), float(x), float(y)) for c, (x, y) in positions.items()]
    with db.atomic():
        for start in range(0, len(rows), 500):
            db.execute_sql(
                "INSERT INTO node_position (contact_id, x, y, pinned) VALUES "
                + ",".join(["(?,?,?,0)"] * len(rows[start:start + 500]))
                + " ON CONFLICT(contact_id) DO UPDATE SET x = excluded.x, y = excluded.y",
                [v for row in rows[start:start + 500] for v in row],
            )


def forget_positions() -> None:
    """"Re-arrange": the next layout starts afresh."""
    db.execute_sql("DELETE FROM node_position")


def compute_layout(
    data: GraphData,
    saved: Mapping[ContactId, tuple[float, float]] | None = None,
    *,
    seed: int = 7,
    progress: Progress | None = None,
) -> dict[ContactId, tuple[float, float]]:
    """Positions for every node of *data*, in scene units.

    Stable: people in *saved* stay where they are; a new person starts at the centre of
    the neighbours already placed (plus a small seeded offset) and only the new people
    move. With nothing saved the whole picture is laid out from a seeded start, so the
    same network always gives the same picture.

    The model is Fruchterman-Reingold's (networkx's ``spring_layout``), vectorised with
    numpy, plus a weak pull to the centre so that separate groups stay in view. Repulsion
    between all pairs is exact up to ``_EXACT_LIMIT`` people; above it, it is computed on
    a grid with an FFT convolution (as in FIt-SNE), linear in the number of people: the
    2,000-person layout takes a fraction of a second instead of several (the sparse
    networkx/scipy route runs a Python loop per node and iteration).
    """
    import numpy as np

    ids = [int(n.id) for n in data.nodes]
    n = len(ids)
    if n == 0:
        return {}
    saved = saved or {}
    index = {p: i for i, p in enumerate(ids)}
    k = EDGE_LENGTH
    pos = np.zeros((n, 2), dtype=np.float64)
    fixed = np.zeros(n, dtype=bool)
    for p, i in index.items():
        if ContactId(p) in saved:
            pos[i] = saved[ContactId(p)]
            fixed[i] = True
    if fixed.all():
        # Everyone where they were (a view opened again): nothing to work out, and
        # numpy.random not to import (40 ms of the picture's job, issue 18).
        return {ContactId(p): (float(pos[i, 0]), float(pos[i, 1])) for p, i in index.items()}
    rng = np.random.default_rng(seed)
    src = np.array([index[int(lk.source)] for lk in data.links], dtype=np.int64)
    dst = np.array([index[int(lk.target)] for lk in data.links], dtype=np.int64)
    # The user's own ties pull lightly: they may be hundreds around one person, and the
    # picture should show how the others are linked among themselves.
    weight = np.array([_LINK_WEIGHT.get(lk.kind, 1.0) for lk in data.links])
    side = k * math.sqrt(n) * 1.2
    if not fixed.any():
        pos = (rng.random((n, 2)) - 0.5) * side
    else:
        _place_near_neighbours(pos, fixed, src, dst, rng, k)
    moving = ~fixed
    if not moving.any():
        return {ContactId(p): (float(pos[i, 0]), float(pos[i, 1])) for p, i in index.items()}
    incremental = bool(fixed.any())
    iterations = 40 if incremental else 60 if n > _EXACT_LIMIT else 80
    temperature = (k * 2.0) if incremental else side / 8
    cool = temperature / (iterations + 1)
    centre = pos[fixed].mean(axis=0) if incremental else np.zeros(2)
    # Balances the repulsion of n people at a radius of about 1.4 k sqrt(n): separate
    # groups stay in view without squeezing a connected network.
    gravity = 1.2
    for step in range(iterations):
        if progress is not None and not progress(step, iterations):
            raise LayoutCancelled
        disp = _repulsion(pos, k)
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta * delta).sum(axis=1)) + 1e-9
        pull = delta * (dist * weight / k)[:, None]
        # bincount, not ufunc.at: the same sums, an order of magnitude faster.
        for axis in (0, 1):
            disp[:, axis] += (np.bincount(dst, pull[:, axis], n)
                              - np.bincount(src, pull[:, axis], n))
        disp -= gravity * (pos - centre)
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        step_len = np.minimum(length, temperature)
        pos[moving] += (disp * (step_len / length)[:, None])[moving]
        temperature = max(temperature - cool, k * 0.02)
    if progress is not None:
        progress(iterations, iterations)
    _reel_in_leaves(pos, moving, src, dst, k)
    if not incremental:
        _gather_islands(pos, src, dst, k)
    return {ContactId(p): (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1))
            for p, i in index.items()}


def _reel_in_leaves(pos: np.ndarray, moving: np.ndarray, src: np.ndarray, dst: np.ndarray,
                    k: float) -> None:
    """People on a thread of the network (one or two links) hang at most 1.5 link lengths
    from their neighbour nearer the centre: the repulsion of everybody else would otherwise
    stretch such threads out to the far edge, and "zoom to fit" would frame mostly void.
    Threads are pulled in from the inside out, so a chain follows its first link."""
    import numpy as np

    n = len(pos)
    degree = np.bincount(src, minlength=n) + np.bincount(dst, minlength=n)
    thin = (degree <= 2) & moving
    pick = thin[src] | thin[dst]
    if not pick.any():
        return
    centre = np.median(pos, axis=0)
    radius = np.sqrt(((pos - centre) ** 2).sum(axis=1))
    a_side, b_side = src[pick], dst[pick]
    near = np.where(radius[a_side] <= radius[b_side], a_side, b_side)
    far = np.where(radius[a_side] <= radius[b_side], b_side, a_side)
    keep = thin[far]
    near, far = near[keep], far[keep]
    order = np.argsort(radius[near], kind="stable")
    xy = pos.tolist()
    reach = 1.5 * k
    for _ in range(2):
        for i, j in zip(near[order].tolist(), far[order].tolist(), strict=True):
            (x1, y1), (x2, y2) = xy[i], xy[j]
            dist = math.hypot(x2 - x1, y2 - y1)
            if dist > reach:
                f = reach / dist
                xy[j] = [x1 + (x2 - x1) * f, y1 + (y2 - y1) * f]
    pos[:] = np.array(xy)


def _gather_islands(pos: np.ndarray, src: np.ndarray, dst: np.ndarray, k: float) -> None:
    """Bring the small groups linked to nobody else (a pair joined only by a proposed
    introduction, say) in from the far edge, where the repulsion of the whole network
    pushed them: each keeps its shape and its direction from the centre, and they sit on
    rings just outside the biggest group, so "zoom to fit" frames the network itself."""
    import numpy as np

    n = len(pos)
    parent = np.arange(n)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    for a, b in zip(src.tolist(), dst.tolist(), strict=True):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
    roots = np.array([root(i) for i in range(n)])
    labels, sizes = np.unique(roots, return_counts=True)
    if len(labels) < 2:
        return
    main = labels[np.argmax(sizes)]
    in_main = roots == main
    centre = pos[in_main].mean(axis=0)
    reach = np.sqrt(((pos[in_main] - centre) ** 2).sum(axis=1))
    radius = float(np.percentile(reach, 95)) + k * 1.5
    islands = []
    for label in labels:
        if label == main:
            continue
        members = np.flatnonzero(roots == label)
        middle = pos[members].mean(axis=0)
        extent = float(np.sqrt(((pos[members] - middle) ** 2).sum(axis=1)).max()) + k * 0.6
        angle = math.atan2(middle[1] - centre[1], middle[0] - centre[0])
        islands.append((angle, extent, members, middle))
    islands.sort(key=lambda item: item[0])
    ring, along = radius, 0.0
    for angle, extent, members, middle in islands:
        if math.dist(middle, centre) <= ring + extent:
            continue  # already in close: only ever bring islands in, never push them out
        if along + 2 * extent > 2 * math.pi * ring:  # this ring is full: the next one out
            ring += 2 * extent + k
            along = 0.0
        along = max(along, angle % (2 * math.pi) * ring)
        theta = (along + extent) / ring
        target = centre + (ring + extent) * np.array([math.cos(theta), math.sin(theta)])
        pos[members] += target - middle
        along += 2 * extent


_EXACT_LIMIT = 900


def _place_near_neighbours(pos: np.ndarray, fixed: np.ndarray, src: np.ndarray,
                           dst: np.ndarray, rng: np.random.Generator, k: float) -> None:
    """Start each unplaced person beside the people they are linked to that are placed
    (rounds, so a chain of new people grows outwards), else on the edge of the picture."""
    import numpy as np

    placed = fixed.copy()
    for _ in range(6):
        todo = ~placed
        if not todo.any():
            break
        total = np.zeros_like(pos)
        count = np.zeros(len(pos))
        for a, b in ((src, dst), (dst, src)):
            ok = placed[b] & todo[a]
            np.add.at(total, a[ok], pos[b[ok]])
            np.add.at(count, a[ok], 1)
        reach = count > 0
        if not reach.any():
            break
        pos[reach] = total[reach] / count[reach][:, None] + rng.normal(0, k * 0.5,
                                                                      (int(reach.sum()), 2))
        placed |= reach
    rest = ~placed
    if rest.any():
        spread = max(float(np.abs(pos[placed]).max()) if placed.any() else k, k)
        angle = rng.random(int(rest.sum())) * 2 * math.pi
        pos[rest, 0] = np.cos(angle) * spread * 1.1
        pos[rest, 1] = np.sin(angle) * spread * 1.1


def _repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    """The force k^2 / d pushing each person away from every other, as a vector sum."""
    import numpy as np

    n = len(pos)
    if n <= _EXACT_LIMIT:
        dx = pos[:, 0:1] - pos[:, 0]
        dy = pos[:, 1:2] - pos[:, 1]
        d2 = dx * dx + dy * dy
        d2 += (k * 0.01) ** 2
        np.divide(k * k, d2, out=d2)
        np.fill_diagonal(d2, 0.0)
        return np.stack(((dx * d2).sum(axis=1), (dy * d2).sum(axis=1)), axis=1)
    return _grid_repulsion(pos, k)


_KERNELS: dict[int, tuple[Any, Any]] = {}


def _grid_repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    """Repulsion on a G x G grid: spread each person over its 4 nearest grid points
    (cloud in cell), convolve with the kernel r / |r|^2 by FFT, read the field back at
    each person with the same weights."""
    import numpy as np

    n = len(pos)
    # 96 up to 6,000 people: the same picture as 128 (measured) at half the FFT cost.
    g = 64 if n < 1500 else 96 if n < 6000 else 256
    lo = pos.min(axis=0)
    extent = float((pos.max(axis=0) - lo).max()) or k
    h = extent / (g - 2)
    grid = (pos - lo) / h
    i0 = np.clip(np.floor(grid).astype(np.int64), 0, g - 2)
    f = grid - i0
    w = ((1 - f[:, 0]) * (1 - f[:, 1]), f[:, 0] * (1 - f[:, 1]),
         (1 - f[:, 0]) * f[:, 1], f[:, 0] * f[:, 1])
    cells = (i0[:, 0] * g + i0[:, 1], (i0[:, 0] + 1) * g + i0[:, 1],
             i0[:, 0] * g + i0[:, 1] + 1, (i0[:, 0] + 1) * g + i0[:, 1] + 1)
    mass = np.zeros(g * g)
    for c, wt in zip(cells, w, strict=True):
        mass += np.bincount(c, wt, g * g)
    padded = np.zeros((2 * g, 2 * g))
    padded[:g, :g] = mass.reshape(g, g)
    kx_hat, ky_hat = _kernels(g)
    mass_hat = np.fft.rfft2(padded)
    fx = np.fft.irfft2(mass_hat * kx_hat, s=padded.shape)[:g, :g].ravel()
    fy = np.fft.irfft2(mass_hat * ky_hat, s=padded.shape)[:g, :g].ravel()
    out = np.zeros((n, 2))
    for c, wt in zip(cells, w, strict=True):
        out[:, 0] += fx[c] * wt
        out[:, 1] += fy[c] * wt
    return out * (k * k / h)


def _kernels(g: int) -> tuple[Any, Any]:
    cached = _KERNELS.get(g)
    if cached is None:
        import numpy as np

        u = np.arange(2 * g, dtype=np.float64)
        u[u >= g] -= 2 * g
        ux, uy = np.meshgrid(u, u, indexing="ij")
        r2 = ux * ux + uy * uy
        r2[0, 0] = 1.0
        kx, ky = ux / r2, uy / r2
        kx[0, 0] = ky[0, 0] = 0.0
        cached = (np.fft.rfft2(kx), np.fft.rfft2(ky))
        _KERNELS[g] = cached
    return cached
