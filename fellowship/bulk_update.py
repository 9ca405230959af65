"""Many rows, each with its own values, in one UPDATE from a VALUES list.

Django's `bulk_update` writes a CASE WHEN per field and row, whose building
costs more than the statement's run for a handful of rows (a quiz's answers
at submission). On PostgreSQL this writes `UPDATE ... FROM (VALUES ...)`,
every value a parameter cast to its column's type; other databases get
`bulk_update`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from django.db import connections, router
from django.db.models import Model


@functools.cache
def _sql(model: type[Model], names: tuple[str, ...], count: int) -> str:
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    meta = model._meta
    fields = [meta.pk, *(meta.get_field(name) for name in names)]
    cell = ", ".join(f"CAST(%s AS {field.db_type(connection)})" for field in fields)
    columns = ", ".join(quote(field.column) for field in fields)
    assignments = ", ".join(
        f"{quote(field.column)} = new_rows.{quote(field.column)}"
        for field in fields[1:]
    )
    table = quote(meta.db_table)
    key = quote(meta.pk.column)
    return (
        f"UPDATE {table} SET {assignments} "  # noqa: S608 - names from the model
        f"FROM (VALUES {', '.join([f'({cell})'] * count)}) AS new_rows ({columns}) "
        f"WHERE {table}.{key} = new_rows.{key}"
    )


def bulk_update_rows(objs: Sequence[Model], fields: Sequence[str]) -> None:
    """Write `fields` of each of `objs` (saved instances of one model)."""
    if not objs:
        return
    model = type(objs[0])
    using = router.db_for_write(model)
    connection = connections[using]
    if connection.vendor != "postgresql":
        model._default_manager.using(using).bulk_update(objs, list(fields))
        return
    meta = model._meta
    prepared = [meta.pk, *(meta.get_field(name) for name in fields)]
    params = []
    for obj in objs:
        params.extend(
            field.get_db_prep_save(getattr(obj, field.attname), connection)
            for field in prepared
        )
    with connection.cursor() as cursor:
        cursor.execute(_sql(model, tuple(fields), len(objs)), params)
