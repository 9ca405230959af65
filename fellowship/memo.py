"""What a worker process keeps for itself: rendered parts that are the same
for everyone, under keys that change when what they were made from changes
(the content version, a language). Emptied when full, never stale."""

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class ProcessMemo(Generic[T]):
    def __init__(self, limit: int):
        self._limit = limit
        self._items: dict[Hashable, T] = {}

    def get_or_make(self, key: Hashable, make: Callable[[], T]) -> T:
        value = self._items.get(key)
        if value is None:
            value = make()
            if len(self._items) >= self._limit:
                self._items.clear()
            self._items[key] = value
        return value
