"""Knowledge gain: the arithmetic, on plain numbers, with no database.

For one fellow and one objective (or the sum of a course's objectives), with
`pre` and `post` the fractions of the maximum scored in the pre- and
post-test:

- gain = post - pre (a fraction of the maximum; shown in percentage points);
- normalised gain = (post - pre) / (1 - pre), the share of what the fellow
  could still learn that they learned: (post - pre) / (max - pre) in the
  test's own points. Undefined when the pre-test is already at the maximum:
  such fellows count in the mean gain but not in the mean normalised gain.

A group's figure is the mean of its paired fellows' figures (fellows with
both tests; one test alone pairs nothing).
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Pair:
    pre: float  # fraction of the maximum, 0 to 1
    post: float

    @property
    def gain(self) -> float:
        return self.post - self.pre

    @property
    def normalised(self) -> float | None:
        if self.pre >= 1:
            return None
        return (self.post - self.pre) / (1 - self.pre)


def pair_of(
    pre: tuple[Decimal, Decimal] | None, post: tuple[Decimal, Decimal] | None
) -> Pair | None:
    """A pair from (score, maximum) of each test; None unless both exist."""
    if pre is None or post is None:
        return None
    return Pair(pre=float(pre[0] / pre[1]), post=float(post[0] / post[1]))


@dataclass(frozen=True)
class GainFigure:
    paired: int = 0
    mean_pre: float | None = None
    mean_post: float | None = None
    mean_gain: float | None = None
    mean_normalised: float | None = None
    normalised_count: int = 0  # paired fellows whose pre-test left room


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def gain_figure(pairs: list[Pair]) -> GainFigure:
    normalised = [p.normalised for p in pairs if p.normalised is not None]
    return GainFigure(
        paired=len(pairs),
        mean_pre=_mean([p.pre for p in pairs]),
        mean_post=_mean([p.post for p in pairs]),
        mean_gain=_mean([p.gain for p in pairs]),
        mean_normalised=_mean(normalised),
        normalised_count=len(normalised),
    )
