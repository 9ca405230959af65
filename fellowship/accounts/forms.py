from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from .choices import Gender
from .data.un_states import state_choices
from .models import FellowProfile, User

NOT_A_STATE = _(
    "Choose your State from the list: the Member States of the United Nations "
    "and the observer States. %(value)s is not one of them."
)


def restrict_to_states(field: forms.ChoiceField, *, empty_label) -> None:
    """Offer only the States, named and sorted as in the active language."""
    field.choices = [("", empty_label), *state_choices()]
    field.error_messages["invalid_choice"] = NOT_A_STATE


class SignupForm(forms.Form):
    """Fields allauth's sign-up form adds to e-mail and password."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        help_text=_("As it should appear on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["full_name", "email", "password1", "password2"]

    def clean_full_name(self):
        name = self.cleaned_data["full_name"].strip()
        if not name:
            raise forms.ValidationError(_("Enter your full name."))
        return name

    def signup(self, request, user):
        """Profile and role are set by the account adapter."""


class AccountForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "preferred_language"]


class FellowProfileForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Working languages"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = FellowProfile
        fields = [
            "country",
            "institution",
            "agency_type",
            "position",
            "gender",
            "gender_self_description",
            "languages",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        restrict_to_states(self.fields["country"], empty_label="---------")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("gender") != Gender.SELF_DESCRIBED:
            # Words typed before another answer was chosen are not kept.
            cleaned["gender_self_description"] = ""
        elif not cleaned.get("gender_self_description", "").strip():
            self.add_error(
                "gender_self_description",
                _("Describe your gender, or choose another answer."),
            )
        return cleaned


def _replace_names_with_full_name(form):
    for name in ("first_name", "last_name"):
        form.fields.pop(name, None)


class AdminUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = {"email", "full_name", "preferred_language", "is_superuser", "groups"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _replace_names_with_full_name(self)


class AdminUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = {
            "email",
            "full_name",
            "preferred_language",
            "is_active",
            "is_superuser",
            "groups",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _replace_names_with_full_name(self)
