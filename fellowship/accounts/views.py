from urllib.parse import urlencode

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import AccountForm, FellowProfileForm
from .selectors import fellow_profile_get, notifications_of
from .services import (
    fellow_profile_update,
    notifications_mark_read,
    user_update_account,
)


@login_required
def profile_edit(request):
    profile = fellow_profile_get(user=request.user)
    account_form = AccountForm(
        request.POST or None, instance=request.user, prefix="account"
    )
    profile_form = FellowProfileForm(
        request.POST or None, instance=profile, prefix="profile"
    )
    if request.method == "POST" and account_form.is_valid() and profile_form.is_valid():
        with transaction.atomic():
            user_update_account(user=request.user, **account_form.cleaned_data)
            fellow_profile_update(user=request.user, **profile_form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("profile_edit")
    return render(
        request,
        "accounts/profile_edit.html",
        {
            "account_form": account_form,
            "profile_form": profile_form,
            "profile": profile,
        },
    )


def _safe_next(request) -> str:
    """The `next` of the request when it is a path on this site, else ""."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and get_adapter(request).is_safe_url(candidate):
        return candidate
    return ""


def _to_allauth_login(request, *, default_next: str = ""):
    target = _safe_next(request) or default_next
    url = reverse("account_login")
    if target:
        url = f"{url}?{urlencode({'next': target})}"
    return redirect(url)


@require_http_methods(["GET", "HEAD", "POST"])
def admin_login(request):
    """Wagtail's admin login address, which never signs anyone in.

    Every sign-in goes through allauth's login, with its second factor, rate
    limits and e-mail verification; credentials posted here are ignored.
    """
    return _to_allauth_login(request, default_next=reverse("wagtailadmin_home"))


@require_http_methods(["GET", "HEAD", "POST"])
def site_login(request):
    """Wagtail's login for private pages, which leads to allauth's login too."""
    return _to_allauth_login(request)


@require_http_methods(["GET", "HEAD", "POST"])
def admin_password_reset(request, **kwargs):
    """Wagtail's password-reset addresses lead to allauth's password reset."""
    return redirect("account_reset_password")


@login_required
def notifications(request):
    """A person's notifications, newest first; "mark all as read" is a POST."""
    if request.method == "POST":
        notifications_mark_read(user=request.user)
        return redirect("notifications")
    items = notifications_of(user=request.user)
    return render(
        request,
        "accounts/notifications.html",
        {
            "items": items,
            "unread": sum(1 for item in items if item.read_at is None),
        },
    )
