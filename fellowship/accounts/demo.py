"""Demo accounts: one person per role, with known passwords (demo only)."""

from allauth.account.models import EmailAddress

from .choices import AgencyType, Gender, Role
from .models import User
from .roles import roles_sync
from .services import fellow_profile_update, user_assign_role, user_register

DEMO_USERS = [
    {
        "role": Role.FELLOW,
        "email": "fellow@example.org",
        "full_name": "Amina Diallo",
        "password": "demo-fellow-2026",
        "profile": {
            "country": "SN",
            "institution": "National Commission on Small Arms",
            "agency_type": AgencyType.POLICE,
            "position": "Records officer",
            "gender": Gender.WOMAN,
            "languages": ["fr", "en"],
        },
    },
    {
        "role": Role.INSTRUCTOR,
        "email": "instructor@example.org",
        "full_name": "Carlos Mendoza",
        "password": "demo-instructor-2026",
    },
    {
        "role": Role.PROGRAMME_MANAGER,
        "email": "manager@example.org",
        "full_name": "Li Wei",
        "password": "demo-manager-2026",
    },
    {
        "role": Role.NATIONAL_FOCAL_POINT,
        "email": "focalpoint@example.org",
        "full_name": "Kwame Mensah",
        "password": "demo-focalpoint-2026",
        "profile": {"country": "GH", "agency_type": AgencyType.FOREIGN_AFFAIRS},
    },
    {
        "role": Role.SITE_ADMIN,
        "email": "admin@example.org",
        "full_name": "Site Administrator",
        "password": "demo-admin-2026",
        "superuser": True,
    },
]


def seed(*, log, credentials):
    roles_sync()
    for spec in DEMO_USERS:
        user = User.objects.filter(email=spec["email"]).first()
        if user is None:
            user = User.objects.create_user(
                email=spec["email"],
                password=spec["password"],
                full_name=spec["full_name"],
                is_staff=spec.get("superuser", False),
                is_superuser=spec.get("superuser", False),
            )
            user_register(
                user=user, full_name=spec["full_name"], preferred_language="en"
            )
            if spec["role"] != Role.FELLOW:
                user.groups.clear()
            log(f"Created {spec['role']}: {spec['email']}")
        user_assign_role(user=user, role=spec["role"])
        if spec.get("profile"):
            fellow_profile_update(user=user, **spec["profile"])
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        credentials.append((str(spec["role"]), spec["email"], spec["password"]))
