"""The admin's Translations pages of a question and of a quiz: for one
language, each source text beside a field for its translation (no JSON)."""

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
from .selectors import (
    question_translations_all,
    questions_for_staff,
    quiz_translations_all,
    quizzes_for_staff,
)
from .services import question_translation_set, quiz_translation_set
from .translations import question_sources, quiz_sources, translation_languages

RICH_FIELDS = ("stem", "general_feedback", "guidance", "introduction")


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


class TranslationsView(AdminView, FormView):
    """One object's translations into one language. Editing them takes what
    editing the object takes: its change permission and its course in the
    person's scope (404 otherwise)."""

    page_title = gettext_lazy("Translations")
    template_name = "assessments/admin/translations.html"
    url_name: str

    def find(self, **kwargs):
        raise NotImplementedError

    def sources(self) -> dict[str, str]:
        raise NotImplementedError

    def stored(self) -> dict:
        raise NotImplementedError

    def save(self, texts: dict[str, str]) -> None:
        raise NotImplementedError

    def load(self, **kwargs):
        self.object = self.find(**kwargs)
        self.page_subtitle = str(self.object)
        self.languages = translation_languages()
        codes = [code for code, _name in self.languages]
        self.language = kwargs.get("language") or codes[0]
        if self.language not in codes:
            raise Http404
        self.translations = self.stored()
        self.source_texts = self.sources()

    def get_form(self, form_class=None):
        return TranslationForm(
            **self.get_form_kwargs(),
            sources=self.source_texts,
            stored=self.translations.get(self.language),
        )

    def _statuses(self) -> list[dict]:
        rows = []
        for code, name in self.languages:
            stored = self.translations.get(code)
            done = len(stored.current(self.source_texts)) if stored else 0
            rows.append(
                {
                    "code": code,
                    "name": name,
                    "done": done,
                    "total": len(self.source_texts),
                    "current": code == self.language,
                }
            )
        return rows

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            object=self.object,
            url_name=self.url_name,
            language=self.language,
            languages=self._statuses(),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            self.save(form.texts())
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The translation is saved."))
        return redirect(self.url_name, self.object.pk, self.language)


class QuestionTranslationsView(TranslationsView):
    permission_required = "assessments.change_question"
    url_name = "assessments_admin:question_translations"

    def find(self, **kwargs):
        return get_object_or_404(
            questions_for_staff(user=self.request.user), pk=kwargs["question_id"]
        )

    def sources(self):
        return question_sources(self.object)

    def stored(self):
        return question_translations_all(question=self.object)

    def save(self, texts):
        question_translation_set(
            question=self.object, language=self.language, texts=texts
        )


class QuizTranslationsView(TranslationsView):
    permission_required = "assessments.change_quiz"
    url_name = "assessments_admin:quiz_translations"

    def find(self, **kwargs):
        return get_object_or_404(
            quizzes_for_staff(user=self.request.user), pk=kwargs["quiz_id"]
        )

    def sources(self):
        return quiz_sources(self.object)

    def stored(self):
        return quiz_translations_all(quiz=self.object)

    def save(self, texts):
        quiz_translation_set(quiz=self.object, language=self.language, texts=texts)
