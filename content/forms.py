"""Forms of the reference library's admin."""

import re

from django import forms
from django.utils.translation import gettext as _

from .models import REFERENCE_TEXT_FIELDS, reference_kind

LONG_FIELDS = ("summary", "definition")
NUMBER = re.compile(r"\d+")


def numbers_missing(source: str, text: str) -> list[str]:
    """The numbers of the source (paragraphs, years, figures) that a
    translation lacks."""
    kept = NUMBER.findall(text)
    missing = []
    for number in NUMBER.findall(source):
        if number in kept:
            kept.remove(number)
        else:
            missing.append(number)
    return missing


class ReferenceTranslationForm(forms.Form):
    """One reference's texts in one language; a blank field is "not
    translated" (the English text is shown, marked)."""

    def __init__(self, *args, reference, initial_texts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.reference = reference
        initial_texts = initial_texts or {}
        for name in REFERENCE_TEXT_FIELDS[reference_kind(reference)]:
            source = getattr(reference, name) or ""
            model_field = reference._meta.get_field(name)
            self.fields[name] = forms.CharField(
                label=model_field.verbose_name.capitalize(),
                required=False,
                initial=initial_texts.get(name, ""),
                # The English text, shown beside the field (lang="en").
                help_text=source,
                widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"})
                if name in LONG_FIELDS
                else forms.TextInput(attrs={"dir": "auto"}),
                max_length=None
                if name in LONG_FIELDS
                else getattr(model_field, "max_length", None),
            )

    def clean(self):
        cleaned = super().clean()
        for name, text in list(cleaned.items()):
            source = getattr(self.reference, name) or ""
            missing = numbers_missing(source, text or "") if text else []
            if missing:
                self.add_error(
                    name,
                    _("Keep every number of the English text: %(numbers)s")
                    % {"numbers": ", ".join(missing)},
                )
        return cleaned
