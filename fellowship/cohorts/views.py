"""Fellow- and applicant-facing pages under /<lang>/programme/."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from fellowship.accounts.selectors import fellow_profile_get
from fellowship.storage import private_file_response

from . import selectors, services
from .forms import ApplicationForm, NominationForm, PreferencesForm
from .models import Application, Call, NotificationPreference


def calls_list(request):
    calls = list(selectors.calls_open())
    applied = set()
    if request.user.is_authenticated:
        applied = set(
            selectors.applications_of(user=request.user).values_list(
                "call_id", flat=True
            )
        )
    return render(request, "cohorts/calls.html", {"calls": calls, "applied": applied})


def _profile_initial(user) -> dict:
    profile = fellow_profile_get(user=user)
    if profile is None:
        return {}
    return {
        "country": profile.country.code or "",
        "institution": profile.institution,
        "agency_type": profile.agency_type,
        "position": profile.position,
        "gender": profile.gender,
        "gender_self_description": profile.gender_self_description,
    }


@login_required
def application_apply(request, call_pk: int):
    call = get_object_or_404(Call.objects.select_related("cohort"), pk=call_pk)
    existing = selectors.application_for(call=call, user=request.user)
    if existing is not None:
        messages.info(request, _("You have already applied to this call."))
        return redirect("cohorts:my_applications")
    if not selectors.call_is_open(call=call):
        messages.error(request, _("This call for applications is closed."))
        return redirect("cohorts:calls")
    form = ApplicationForm(
        request.POST or None,
        request.FILES or None,
        initial=_profile_initial(request.user),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.application_submit(
                call=call,
                applicant=request.user,
                motivation=form.cleaned_data["motivation"],
                letter=form.cleaned_data["letter"],
                profile=form.profile(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _(
                    "Your application has been received. We have sent you a confirmation by e-mail."
                ),
            )
            return redirect("cohorts:my_applications")
    return render(request, "cohorts/apply.html", {"call": call, "form": form})


@login_required
def my_applications(request):
    applications = list(selectors.applications_of(user=request.user))
    return render(
        request, "cohorts/my_applications.html", {"applications": applications}
    )


@login_required
@require_POST
def application_withdraw(request, pk: int):
    application = get_object_or_404(Application, pk=pk, applicant=request.user)
    try:
        services.application_withdraw(application=application, applicant=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your application has been withdrawn."))
    return redirect("cohorts:my_applications")


@login_required
def application_letter(request, pk: int):
    """Stream an endorsement letter to the few people allowed to read it."""
    application = get_object_or_404(Application.objects.select_related("call"), pk=pk)
    if not selectors.application_visible_to(user=request.user, application=application):
        raise Http404
    try:
        return private_file_response(
            application.letter_path,
            filename=f"endorsement-letter-{application.pk}.pdf",
            content_type="application/pdf",
        )
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error


@login_required
def nominations(request):
    """A national focal point's page: their State's candidates, nothing else."""
    country = selectors.focal_point_country(user=request.user)
    if not country:
        raise PermissionDenied
    if request.method == "POST":
        application_id = request.POST.get("application", "")
        if not application_id.isdigit():
            raise Http404
        application = get_object_or_404(Application, pk=application_id, country=country)
        try:
            if request.POST.get("action") == "withdraw":
                services.nomination_withdraw(
                    application=application, focal_point=request.user
                )
                messages.success(request, _("The nomination has been withdrawn."))
            else:
                form = NominationForm(request.POST)
                if not form.is_valid():
                    raise ValidationError(_("Choose to endorse or to nominate."))
                services.nomination_create(
                    application=application,
                    focal_point=request.user,
                    kind=form.cleaned_data["kind"],
                    note=form.cleaned_data["note"],
                )
                messages.success(request, _("Your State's support has been recorded."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("cohorts:nominations")
    candidates = list(selectors.candidates_of_state(country=country))
    used = selectors.nomination_counts(country=country)
    calls = {}
    for application in candidates:
        calls.setdefault(application.call_id, application.call)
    quotas = {
        call_id: {
            "call": call,
            "used": used.get(call_id, 0),
            "full": used.get(call_id, 0) >= call.nomination_limit_per_state,
        }
        for call_id, call in calls.items()
    }
    return render(
        request,
        "cohorts/nominations.html",
        {
            "country": country,
            "candidates": [
                (application, quotas[application.call_id]) for application in candidates
            ],
            "calls": list(quotas.values()),
            "form": NominationForm(),
        },
    )


@never_cache
def preferences(request, token: str):
    """Choose e-mails or unsubscribe, from the link in any e-mail; no sign-in.

    The link is the person's own, expires and can be revoked; the page names
    no one, so a forwarded e-mail gives away nobody's address.
    """
    user = services.preferences_token_owner(token=token)
    if user is None:
        return render(request, "cohorts/preferences_invalid.html", status=404)
    current = NotificationPreference.objects.filter(user=user).first()
    initial = {
        name: getattr(current, name) if current else True
        for name in services.PREFERENCE_FIELDS
    }
    form = PreferencesForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if "revoke" in request.POST:
            services.preferences_tokens_revoke(user=user)
            return redirect("cohorts:preferences_revoked")
        if "unsubscribe" in request.POST:
            services.preferences_update(
                user=user, **dict.fromkeys(services.PREFERENCE_FIELDS, False)
            )
            messages.success(
                request, _("You will no longer receive reminders, nudges or digests.")
            )
            return redirect("cohorts:preferences", token=token)
        if form.is_valid():
            services.preferences_update(user=user, **form.cleaned_data)
            messages.success(request, _("Your e-mail preferences have been saved."))
            return redirect("cohorts:preferences", token=token)
    return render(
        request,
        "cohorts/preferences.html",
        {"form": form, "link_days": services.PREFERENCES_LINK_DAYS},
    )


def preferences_revoked(request):
    return render(request, "cohorts/preferences_revoked.html")
