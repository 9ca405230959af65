"""Writes for accounts: the app's public surface for other apps."""

from django.contrib.auth.models import Group
from django.db import transaction

from .choices import Gender, Role
from .models import FellowProfile, User


@transaction.atomic
def user_register(*, user: User, full_name: str, preferred_language: str) -> User:
    """Finish a sign-up: name, language, profile and the fellow role."""
    user.full_name = full_name.strip()
    user.preferred_language = preferred_language
    user.save(update_fields=["full_name", "preferred_language"])
    FellowProfile.objects.get_or_create(user=user)
    user_assign_role(user=user, role=Role.FELLOW)
    return user


def user_assign_role(*, user: User, role: str) -> None:
    group, _created = Group.objects.get_or_create(name=str(role))
    user.groups.add(group)


@transaction.atomic
def fellow_profile_update(*, user: User, **fields) -> FellowProfile:
    """Update a person's profile; the regional group follows the country."""
    profile, _created = FellowProfile.objects.select_for_update().get_or_create(
        user=user
    )
    if fields.get("gender") != Gender.SELF_DESCRIBED:
        fields["gender_self_description"] = ""
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean(exclude=["user"])
    profile.save()
    profile.refresh_from_db(fields=["regional_group"])
    return profile


@transaction.atomic
def user_update_account(*, user: User, full_name: str, preferred_language: str) -> User:
    user.full_name = full_name.strip()
    user.preferred_language = preferred_language
    user.full_clean(exclude=["password", "email"])
    user.save(update_fields=["full_name", "preferred_language"])
    return user
