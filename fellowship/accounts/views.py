from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

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
