"""The reference library's translations in the admin: one form per
reference and language, without JSON."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors, services
from .forms import ReferenceTranslationForm
from .localized import source_language


def _languages() -> list[tuple[str, str]]:
    return [(c, n) for c, n in settings.LANGUAGES if c != source_language()]


class ReferenceTranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """`<pk>/translations/<language>/` of a reference snippet."""

    template_name = "content/admin/reference_translations.html"
    viewset = None  # the snippet viewset, given by its urlpatterns
    header_icon = "globe"

    def dispatch(self, request, *args, pk, language=None, **kwargs):
        if not self.viewset.permission_policy.user_has_permission(
            request.user, "change"
        ):
            raise PermissionDenied
        self.reference = get_object_or_404(self.viewset.model, pk=pk)
        languages = _languages()
        if language is None:
            return redirect(self._url(languages[0][0]))
        if language not in dict(languages):
            raise Http404
        self.language = language
        return super().dispatch(request, *args, **kwargs)

    def _url(self, language):
        return reverse(
            self.viewset.get_url_name("translations_language"),
            args=[self.reference.pk, language],
        )

    def get_page_title(self):
        return _("Translations of %(reference)s") % {"reference": self.reference}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse(self.viewset.get_url_name("list")),
                "label": self.viewset.model._meta.verbose_name_plural.capitalize(),
            },
            {
                "url": reverse(
                    self.viewset.get_url_name("edit"), args=[self.reference.pk]
                ),
                "label": str(self.reference),
            },
            {"url": "", "label": _("Translations")},
        ]

    def _form(self, data=None):
        stored = selectors.reference_translations_of(reference=self.reference)
        return ReferenceTranslationForm(
            data,
            reference=self.reference,
            initial_texts=stored.get(self.language, {}),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stored = selectors.reference_translations_of(reference=self.reference)
        context.update(
            reference=self.reference,
            language=self.language,
            languages=[
                {
                    "code": code,
                    "name": name,
                    "url": self._url(code),
                    "current": code == self.language,
                    "translated": bool(stored.get(code)),
                }
                for code, name in _languages()
            ],
            form=kwargs.get("form") or self._form(),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = self._form(request.POST)
        if not form.is_valid():
            messages.error(request, _("The translation was not saved."))
            return self.render_to_response(self.get_context_data(form=form))
        services.reference_translation_save(
            reference=self.reference, language=self.language, texts=form.cleaned_data
        )
        messages.success(request, _("The translation was saved."))
        return redirect(self._url(self.language))
