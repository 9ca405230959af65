from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from fellowship.accounts.models import User
from fellowship.cohorts.models import Cohort
from fellowship.cohorts.selectors import cohorts_for_manager, user_sees_all_cohorts

from .codes import CODE_LENGTH
from .selectors import courses_for_manager, holders_for_manager


class VerifyLookupForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=CODE_LENGTH * 3,
        help_text=_(
            "The code printed on the certificate, such as ABCD-EFGH-…. Upper or "
            "lower case, with or without dashes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "dir": "ltr"}
        ),
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the certificate's history."),
    )


class IssueByExceptionForm(ReasonForm):
    holder = forms.ModelChoiceField(
        label=_("Fellow"), queryset=User.objects.filter(is_active=True)
    )
    course = forms.ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.filter(locale__language_code="en"),
        required=False,
    )
    cohort = forms.ModelChoiceField(
        label=_("Cohort (programme certificate)"),
        queryset=Cohort.objects.all(),
        required=False,
    )

    field_order = ["holder", "course", "cohort", "reason"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the people, courses and cohorts the person manages are offered.
        if for_user is not None and not user_sees_all_cohorts(user=for_user):
            self.fields["holder"].queryset = holders_for_manager(user=for_user)
            self.fields["course"].queryset = self.fields["course"].queryset.filter(
                pk__in=courses_for_manager(user=for_user).values("pk")
            )
            self.fields["cohort"].queryset = cohorts_for_manager(user=for_user)

    def clean(self):
        data = super().clean()
        if bool(data.get("course")) == bool(data.get("cohort")):
            raise forms.ValidationError(_("Choose either a course or a cohort."))
        return data
