from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from fellowship.accounts.choices import AgencyType, Gender
from fellowship.accounts.data.un_states import state_choices
from fellowship.accounts.forms import restrict_to_states

from .choices import AttendanceStatus, Decision, MembershipStatus, NominationKind
from .letters import letter_max_bytes, letter_validate
from .models.intake import SCORE_MAX


class ApplicationForm(forms.Form):
    """What a candidate tells us: their work, their motivation, their letter."""

    country = forms.ChoiceField(
        label=_("Country (the State you serve)"),
        choices=[],
        widget=forms.Select(attrs={"autocomplete": "country"}),
    )
    institution = forms.CharField(
        label=_("Institution"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    agency_type = forms.ChoiceField(label=_("Agency type"), choices=AgencyType.choices)
    position = forms.CharField(
        label=_("Position"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        choices=[("", _("—")), *Gender.choices],
        required=False,
        help_text=_("Optional. Used only for the gender balance of the selection."),
    )
    gender_self_description = forms.CharField(
        label=_("Gender, in your own words"), max_length=100, required=False
    )
    motivation = forms.CharField(
        label=_("Why do you want to join this cohort?"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5000,
        help_text=_(
            "Your work on small arms control and what you will do with the training (up to 5,000 characters)."
        ),
    )
    letter = forms.FileField(
        label=_("Endorsement letter from your institution (PDF)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,application/pdf"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        restrict_to_states(self.fields["country"], empty_label=_("Choose a country"))
        self.fields["letter"].help_text = _(
            "A signed letter, as a PDF file of at most %(size)s MB."
        ) % {"size": letter_max_bytes() // (1024 * 1024)}

    def clean_letter(self):
        letter = self.cleaned_data.get("letter")
        letter_validate(letter)
        return letter

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("gender") != Gender.SELF_DESCRIBED:
            cleaned["gender_self_description"] = ""
        elif not cleaned.get("gender_self_description", "").strip():
            self.add_error(
                "gender_self_description",
                _("Describe your gender, or choose another answer."),
            )
        return cleaned

    def profile(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in (
                "country",
                "institution",
                "agency_type",
                "position",
                "gender",
                "gender_self_description",
            )
        }


class NominationForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Put forward as"),
        choices=NominationKind.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note for the programme (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PreferencesForm(forms.Form):
    due_reminders = forms.BooleanField(
        label=_("Reminders before a due date and when a course is overdue"),
        required=False,
    )
    inactivity_nudges = forms.BooleanField(
        label=_("A nudge when I have not been active for a while"), required=False
    )
    manager_digest = forms.BooleanField(
        label=_("The weekly digest of my cohorts (programme managers)"), required=False
    )
    grades_released = forms.BooleanField(
        label=_("An e-mail when my essays have been graded"), required=False
    )


class ScoreForm(forms.Form):
    """One integer field per rubric criterion, named criterion_<id>."""

    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, criteria, initial_scores=None, **kwargs):
        super().__init__(*args, **kwargs)
        initial_scores = initial_scores or {}
        for criterion in criteria:
            self.fields[f"criterion_{criterion.pk}"] = forms.IntegerField(
                label=f"{criterion.name} (×{criterion.weight})",
                help_text=criterion.description,
                min_value=0,
                max_value=SCORE_MAX,
                initial=initial_scores.get(criterion.pk),
            )
        self.order_fields([f"criterion_{c.pk}" for c in criteria] + ["comment"])

    def scores(self) -> dict[int, int]:
        return {
            int(name.removeprefix("criterion_")): value
            for name, value in self.cleaned_data.items()
            if name.startswith("criterion_")
        }


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=Decision.choices, widget=forms.RadioSelect
    )


class FellowMessageForm(forms.Form):
    """A message to the fellows ticked on the dashboard.

    The ticked membership ids are read by the view and checked by the
    service, which refuses the whole message for one outside the cohort.
    """

    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )


class MembershipStatusForm(forms.Form):
    to_status = forms.ChoiceField(
        label=_("New status"), choices=MembershipStatus.choices
    )
    to_cohort = forms.ModelChoiceField(
        label=_("Defer to cohort"), queryset=None, required=False
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=1000)

    def __init__(self, *args, cohorts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_cohort"].queryset = cohorts


class AttendanceForm(forms.Form):
    """One choice per fellow, named fellow_<user id>."""

    def __init__(self, *args, memberships, initial_status=None, **kwargs):
        super().__init__(*args, **kwargs)
        initial_status = initial_status or {}
        for membership in memberships:
            self.fields[f"fellow_{membership.user_id}"] = forms.ChoiceField(
                label=membership.user.full_name or membership.user.email,
                choices=[("", _("Not recorded")), *AttendanceStatus.choices],
                required=False,
                initial=initial_status.get(membership.user_id, ""),
            )

    def statuses(self) -> dict[int, str]:
        return {
            int(name.removeprefix("fellow_")): value
            for name, value in self.cleaned_data.items()
            if value
        }


def validation_messages(error: ValidationError) -> list[str]:
    return list(error.messages)


class FocalPointAssignForm(forms.Form):
    """A manager names a person, by e-mail, and the State they speak for.

    The person is typed rather than picked from a list, so the form lists no
    one's address.
    """

    email = forms.EmailField(label=_("E-mail address of the person"))
    country = forms.ChoiceField(label=_("State"), choices=[])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("—")), *state_choices()]


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(label=_("Yes, end this assignment"))
