"""A query compiled to SQL once per process and database, then run with
other values: for the few reads that every page makes, where the ORM's
building and compiling of the query costs many times its execution.

The queryset is built once with a stand-in value for each parameter; the
compiled SQL keeps a placeholder wherever a stand-in went, and each run
puts the real values there. Only values that the SQL carries as parameters
can vary this way (ids compared with `=`, and UUIDs named in `uuids`): a
value that changes the shape of the query (a list for `__in`, None for
`IS NULL`) must be a separate compiled query.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet
from django.db.models.query import get_related_populators

# Stand-ins: ids that no table holds and no query of ours has as a constant.
_FIRST_STAND_IN = -7_300_000_001


@dataclass(frozen=True)
class _Compiled:
    sql: str
    # For each parameter: the name of the value that goes there, or None
    # and the constant the query itself carries; and how a UUID value is
    # sent ("uuid", or "hex" where the database has no UUID type).
    params: tuple[tuple[str | None, Any, str | None], ...]
    select: Any
    klass_info: dict
    annotation_col_map: dict
    converters: dict


class CompiledQuery:
    """`build(**values)` returns the queryset; `all`, `first` or `rows`
    (for `values_list`) run it with the values."""

    def __init__(
        self, build: Callable[..., QuerySet], *names: str, uuids: tuple[str, ...] = ()
    ):
        self._build = build
        self._stand_ins: dict[str, Any] = {
            name: _FIRST_STAND_IN - index for index, name in enumerate(names)
        }
        for index, name in enumerate(uuids):
            self._stand_ins[name] = uuid.UUID(int=(1 << 127) + index)
        self._compiled: dict[tuple[str, str], _Compiled] = {}

    def _slot(self, value, names: dict) -> tuple[str | None, Any, str | None]:
        if type(value) is int and value in names:
            return names[value], None, None
        if isinstance(value, uuid.UUID) and value in names:
            return names[value], None, "uuid"
        if isinstance(value, str) and value in names:
            return names[value], None, "hex"
        return None, value, None

    def _compile(self, using: str) -> _Compiled:
        queryset = self._build(**self._stand_ins)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        names = {value: name for name, value in self._stand_ins.items()}
        names.update(
            {
                value.hex: name
                for name, value in self._stand_ins.items()
                if isinstance(value, uuid.UUID)
            }
        )
        slots = tuple(self._slot(value, names) for value in params)
        missing = set(self._stand_ins) - {name for name, _, _ in slots if name}
        if missing:
            raise ValueError(f"Not parameters of the compiled query: {missing}")
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        return _Compiled(
            sql=sql,
            params=slots,
            select=compiler.select,
            klass_info=compiler.klass_info,
            annotation_col_map=dict(compiler.annotation_col_map or {}),
            converters=compiler.get_converters(fields),
        )

    def _run(self, using: str, values: dict):
        connection = connections[using]
        key = (using, connection.vendor)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = self._compile(using)
        params = [
            _value(values[name], kind) if name else constant
            for name, constant, kind in compiled.params
        ]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        return compiled, _converted(rows, compiled, connection)

    def rows(self, using: str = DEFAULT_DB_ALIAS, **values) -> list:
        """The rows of a `values_list()` queryset, each column converted."""
        return [tuple(row) for row in self._run(using, values)[1]]

    def all(self, using: str = DEFAULT_DB_ALIAS, **values) -> list:
        """Model instances, with their `select_related` objects and
        annotations."""
        compiled, rows = self._run(using, values)
        return [_instance(compiled, row, using) for row in rows]

    def first(self, using: str = DEFAULT_DB_ALIAS, **values):
        found = self.all(using, **values)
        return found[0] if found else None


def _value(value, kind: str | None):
    if kind is None:
        return value
    value = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    return value.hex if kind == "hex" else value


def _converted(rows, compiled: _Compiled, connection):
    """The rows with each column converted as the ORM would."""
    if not compiled.converters:
        return rows
    converters = list(compiled.converters.items())
    converted = []
    for row in rows:
        row = list(row)
        for position, (functions, expression) in converters:
            value = row[position]
            for function in functions:
                value = function(value, expression, connection)
            row[position] = value
        converted.append(row)
    return converted


def _instance(compiled: _Compiled, row, using: str):
    """A model instance from a row, with its `select_related` objects and
    annotations (as Django's ModelIterable builds it)."""
    info = compiled.klass_info
    fields = info["select_fields"]
    start, end = fields[0], fields[-1] + 1
    names = [column[0].target.attname for column in compiled.select[start:end]]
    instance = info["model"].from_db(using, names, row[start:end])
    for populator in get_related_populators(info, compiled.select, using):
        populator.populate(row, instance)
    for name, position in compiled.annotation_col_map.items():
        setattr(instance, name, row[position])
    return instance
