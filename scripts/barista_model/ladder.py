"""The Ladder: the cup sizes a model offers, each a (layer, dim) pair."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

# DESIGN.md's cup ladder for a 12-layer, 768-wide BERT; other shapes scale it.
CUPS = ("demi", "short", "tall", "grande", "venti", "trenta")
CUP_DIMS_AT_768 = (32, 64, 128, 256, 512, 768)


class LadderError(ValueError):
    pass


@dataclass(frozen=True)
class Size:
    name: str
    layer: int
    dim: int

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Ladder:
    sizes: tuple[Size, ...]

    @property
    def layers(self) -> list[int]:
        return [size.layer for size in self.sizes]

    @property
    def deepest(self) -> int:
        return self.sizes[-1].layer

    @property
    def network(self) -> Ladder:
        """The sizes the network serves (layer 1 and deeper); layer 0 is the static table's rung."""
        return Ladder(tuple(size for size in self.sizes if size.layer > 0))

    def to_json(self) -> list[dict]:
        return [size.to_json() for size in self.sizes]

    def check_fits(self, num_layers: int, hidden_size: int, static_dim: int | None = None) -> None:
        if not self.sizes:
            raise LadderError("the ladder is empty")
        if not self.network.sizes:
            raise LadderError("the ladder needs a size at layer 1 or deeper")
        names = [size.name for size in self.sizes]
        if len(set(names)) != len(names):
            raise LadderError(f"ladder names repeat: {names}")
        previous = 0
        for size in self.sizes:
            if size.layer == 0 and previous == 0 and static_dim:
                # Rung 0, the static table: one size, first, within the table's width.
                if not 1 <= size.dim <= static_dim:
                    raise LadderError(f"size {size.name!r}: dim {size.dim} must be within 1..{static_dim}")
                if any(s.layer == 0 for s in self.sizes if s is not size):
                    raise LadderError("only one size may sit at layer 0")
                continue
            # Segments are cut at ladder layers, so each rung must be deeper than the last.
            if not previous < size.layer <= num_layers:
                raise LadderError(
                    f"size {size.name!r}: layer {size.layer} must be deeper than {previous} "
                    f"and at most the model's {num_layers} layers"
                )
            if not 1 <= size.dim <= hidden_size:
                raise LadderError(f"size {size.name!r}: dim {size.dim} must be within 1..{hidden_size}")
            previous = size.layer


def default_ladder(num_layers: int, hidden_size: int) -> Ladder:
    """The cup ladder scaled to the model: layers in sixths of its depth, dims by width/768."""
    if num_layers < len(CUPS):
        raise LadderError(f"a {num_layers}-layer model is too shallow for the {len(CUPS)}-cup ladder; pass --ladder")
    sizes = tuple(
        Size(name, round(num_layers * (i + 1) / len(CUPS)), max(1, round(dim * hidden_size / 768)))
        for i, (name, dim) in enumerate(zip(CUPS, CUP_DIMS_AT_768))
    )
    ladder = Ladder(sizes)
    ladder.check_fits(num_layers, hidden_size)
    return ladder


def parse_ladder(text: str) -> Ladder:
    """Reads a ladder given inline as JSON or as the path of a JSON file."""
    source = Path(text).read_text() if not text.lstrip().startswith("[") else text
    try:
        raw = json.loads(source)
        return Ladder(tuple(Size(str(r["name"]), int(r["layer"]), int(r["dim"])) for r in raw))
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise LadderError(f"--ladder must be a JSON list of {{name, layer, dim}}: {error}") from error
