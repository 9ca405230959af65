import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from fellowship.accounts.models import User
from fellowship.accounts.roles import roles_sync
from fellowship.accounts.services import user_assign_role, user_register

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=obj, email=obj.email, verified=True, primary=True
            )


def user_with_role(role: str, **fields) -> User:
    """A person set up the way sign-up and the admin set them up."""
    roles_sync()
    user = UserFactory(**fields)
    user_register(user=user, full_name=user.full_name, preferred_language="en")
    if role != "Fellow":
        user.groups.clear()
    user_assign_role(user=user, role=role)
    return user


def activate_totp(user: User) -> str:
    """Give a person a TOTP authenticator; returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret
