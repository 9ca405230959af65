"""Scoping for the Wagtail admin: one selector per model decides which
objects a person may reach, and every view of the model's viewset obeys it.

`ScopedViewSetMixin` goes in front of a `ModelViewSet` (or `SnippetViewSet`)
that defines `scope(self, user) -> QuerySet`: listings (index, results,
search, export) show only objects in scope, and every view that takes an
object's key (edit, copy, delete, history, usage, inspect, revisions, ...)
answers 404 for an object outside it, exactly as for one that does not exist.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404

_VIEW_CLASS_ATTRIBUTES = (
    "index_view_class",
    "add_view_class",
    "edit_view_class",
    "delete_view_class",
    "history_view_class",
    "usage_view_class",
    "copy_view_class",
    "inspect_view_class",
    "reorder_view_class",
    "revisions_view_class",
    "revisions_revert_view_class",
    "revisions_compare_view_class",
    "revisions_unschedule_view_class",
    "unpublish_view_class",
    "preview_on_add_view_class",
    "preview_on_edit_view_class",
    "lock_view_class",
    "unlock_view_class",
    "workflow_history_view_class",
    "workflow_history_detail_view_class",
)


class ScopedViewMixin:
    """What each view of a scoped viewset does; `scope_of` is set per viewset."""

    scope_of = None

    def _scope(self, user) -> QuerySet:
        return self.scope_of(user)

    def setup(self, request, *args, **kwargs):
        key = getattr(self, "pk_url_kwarg", "pk")
        if key in kwargs:
            try:
                found = self._scope(request.user).filter(pk=unquote(str(kwargs[key])))
                if not found.exists():
                    raise Http404
            except (ValueError, TypeError, ValidationError) as error:
                raise Http404 from error
        super().setup(request, *args, **kwargs)

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if getattr(queryset, "model", None) is self.model:
            queryset = queryset.filter(
                pk__in=self._scope(self.request.user).values("pk")
            )
        return queryset


class ScopedViewSetMixin:
    """Put in front of a ModelViewSet that defines `scope(user)`."""

    def scope(self, user) -> QuerySet:
        raise NotImplementedError

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scope = self.scope
        for attribute in _VIEW_CLASS_ATTRIBUTES:
            view_class = getattr(self, attribute, None)
            if view_class is None or issubclass(view_class, ScopedViewMixin):
                continue
            setattr(
                self,
                attribute,
                type(
                    f"Scoped{view_class.__name__}",
                    (ScopedViewMixin, view_class),
                    {"scope_of": staticmethod(scope)},
                ),
            )
