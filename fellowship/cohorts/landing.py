"""Where programme managers and national focal points land after sign-in."""

from django.urls import reverse

from .selectors import cohorts_for_manager, focal_point_country


def manager_landing_url(*, user) -> str:
    """The dashboard of the one cohort a manager runs, else the programme index."""
    cohort_ids = list(cohorts_for_manager(user=user).values_list("pk", flat=True)[:2])
    if len(cohort_ids) == 1:
        return reverse("programme:dashboard", args=[cohort_ids[0]])
    return reverse("programme:index")


def focal_point_landing_url(*, user) -> str:
    """ "Candidates of your State", for a focal point who speaks for a State."""
    if not focal_point_country(user=user):
        return ""
    return reverse("cohorts:nominations")
