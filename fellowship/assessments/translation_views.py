"""The admin's Translations page of a question: for one language, each
source text beside a field for its translation (no JSON)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.rich_text import get_rich_text_editor_widget

from .admin_views import AdminView
from .selectors import question_translations_all, questions_for_staff
from .services import question_translation_set
from .translations import question_sources, translation_languages

RICH_FIELDS = ("stem", "general_feedback", "guidance")


def is_rich(field_name: str) -> bool:
    """Rich texts (HTML) get the rich text editor; the others are plain."""
    return field_name in RICH_FIELDS or field_name.endswith("feedback")


class TranslationForm(forms.Form):
    """One optional field per source text, named by its place in the list."""

    def __init__(self, *args, sources: dict[str, str], stored, **kwargs):
        super().__init__(*args, **kwargs)
        self.names = list(sources)
        self._rows = []
        texts = stored.texts if stored is not None else {}
        for index, name in enumerate(self.names):
            key = f"text-{index}"
            self.fields[key] = forms.CharField(
                label=_("Translation"),
                required=False,
                widget=get_rich_text_editor_widget()
                if is_rich(name)
                else forms.Textarea(attrs={"rows": 2}),
                initial=texts.get(name, ""),
            )
            stale = (
                stored is not None
                and name in texts
                and stored.sources.get(name) != sources[name]
            )
            self._rows.append(
                {
                    "name": name,
                    "source": sources[name],
                    "rich": is_rich(name),
                    "stale": stale,
                    "key": key,
                }
            )

    @property
    def rows(self) -> list[dict]:
        """Each source text with its translation's bound field."""
        return [{**row, "field": self[row["key"]]} for row in self._rows]

    def texts(self) -> dict[str, str]:
        return {
            name: self.cleaned_data.get(f"text-{index}") or ""
            for index, name in enumerate(self.names)
        }


class QuestionTranslationsView(AdminView, FormView):
    """Editing a question's translations takes what editing the question
    takes: the change permission and the question in the person's scope."""

    permission_required = "assessments.change_question"
    page_title = gettext_lazy("Translations")
    template_name = "assessments/admin/question_translations.html"

    def load(self, **kwargs):
        self.question = get_object_or_404(
            questions_for_staff(user=self.request.user), pk=kwargs["question_id"]
        )
        self.page_subtitle = self.question.title
        self.languages = translation_languages()
        codes = [code for code, _name in self.languages]
        self.language = kwargs.get("language") or codes[0]
        if self.language not in codes:
            raise Http404
        self.translations = question_translations_all(question=self.question)
        self.sources = question_sources(self.question)

    def get_form(self, form_class=None):
        return TranslationForm(
            **self.get_form_kwargs(),
            sources=self.sources,
            stored=self.translations.get(self.language),
        )

    def _statuses(self) -> list[dict]:
        rows = []
        for code, name in self.languages:
            stored = self.translations.get(code)
            done = len(stored.current(self.sources)) if stored else 0
            rows.append(
                {
                    "code": code,
                    "name": name,
                    "done": done,
                    "total": len(self.sources),
                    "current": code == self.language,
                }
            )
        return rows

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            question=self.question,
            language=self.language,
            languages=self._statuses(),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            question_translation_set(
                question=self.question, language=self.language, texts=form.texts()
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The translation is saved."))
        return redirect(
            "assessments_admin:question_translations",
            question_id=self.question.pk,
            language=self.language,
        )
