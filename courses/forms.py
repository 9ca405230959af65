from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .choices import Level, StaffRole, Track


def _language_choices():
    return [("", _("Any language")), *settings.WAGTAIL_CONTENT_LANGUAGES]


class CatalogFilterForm(forms.Form):
    track = forms.ChoiceField(
        label=_("Thematic area"),
        required=False,
        choices=[("", _("All thematic areas")), *Track.choices],
    )
    language = forms.ChoiceField(
        label=_("Available in"), required=False, choices=_language_choices
    )
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=[("", _("All levels")), *Level.choices],
    )


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your reflection"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class ExerciseAnswerForm(forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class ActivityForm(forms.Form):
    seconds = forms.IntegerField(min_value=0, max_value=24 * 60 * 60)
    position = forms.CharField(required=False, max_length=64)


class CourseStaffForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Person"), queryset=None)
    role = forms.ChoiceField(label=_("Role"), choices=StaffRole.choices)

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = candidates
        self.fields["user"].help_text = _("People who hold the Instructor role.")


class CourseStaffRemoveForm(forms.Form):
    user = forms.ModelChoiceField(queryset=None, widget=forms.HiddenInput)

    def __init__(self, *args, staff_user_ids, **kwargs):
        super().__init__(*args, **kwargs)
        from django.contrib.auth import get_user_model

        self.fields["user"].queryset = get_user_model().objects.filter(
            pk__in=staff_user_ids
        )


class PackageImportForm(forms.Form):
    """A course package uploaded as a zip (docs/curriculum-packages.md)."""

    package = forms.FileField(
        label=_("Course package (zip)"),
        help_text=_("A zip of a course package folder."),
    )

    def clean_package(self):
        from .packages.format import MAX_PACKAGE_BYTES

        upload = self.cleaned_data["package"]
        if upload.size > MAX_PACKAGE_BYTES:
            raise forms.ValidationError(_("The package is too large."))
        if not upload.name.lower().endswith(".zip"):
            raise forms.ValidationError(_("Upload the package as a zip file."))
        return upload
