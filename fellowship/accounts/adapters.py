from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.shortcuts import resolve_url
from django.utils import translation

from .landing import landing_url
from .services import user_register


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            user_register(
                user=user,
                full_name=form.cleaned_data["full_name"],
                preferred_language=translation.get_language() or settings.LANGUAGE_CODE,
            )
        return user

    def get_login_redirect_url(self, request):
        """After sign-in, "My learning" in the person's own language."""
        url = super().get_login_redirect_url(request)
        if url == resolve_url(settings.LOGIN_REDIRECT_URL):
            url = self.default_landing_url(request)
        return url

    def default_landing_url(self, request) -> str:
        """Where a person lands without a `next`: their role's own work."""
        with translation.override(request.user.preferred_language):
            return landing_url(user=request.user)
