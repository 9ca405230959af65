"""A fellow's certificates, for the managers' fellow page (cohorts' registry)."""

from django.db.models import Q

from .models import Certificate


def certificate_lines(*, user_id: int, course_ids: list[int], cohort_id: int) -> list:
    """Certificates of this cohort or its courses, newest first: one query."""
    from fellowship.cohorts.registry import RecordLine

    return [
        RecordLine(
            title=certificate.achievement_name,
            detail=f"{certificate.get_status_display()} · {certificate.code}",
            when=certificate.issued_at,
            course_id=certificate.course_id,
        )
        for certificate in Certificate.objects.filter(holder_id=user_id)
        .filter(Q(cohort_id=cohort_id) | Q(course_id__in=course_ids))
        .order_by("-issued_at", "-pk")
    ]
