"""A fellow's calendar: deadlines, quiz windows and sessions in one list.

Courses owns the calendar and the deadlines of enrolments; apps above it
(assessments for quiz windows, cohorts for the sessions of the in-person
phase) add their entries through `register_calendar_source` at start-up, so
courses imports none of them. Each source answers in a fixed number of
queries, whatever the number of entries.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class CalendarEntry:
    """One dated thing in a person's calendar.

    `starts` is a date for all-day entries (deadlines) and an aware datetime
    otherwise. `uid` is stable across feeds so calendar apps update an entry
    in place rather than duplicate it.
    """

    uid: str
    kind: str
    title: str
    starts: datetime.date | datetime.datetime
    ends: datetime.date | datetime.datetime | None = None
    url: str = ""
    location: str = ""
    description: str = ""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.starts, datetime.datetime)

    @property
    def sort_key(self) -> datetime.datetime:
        if isinstance(self.starts, datetime.datetime):
            return self.starts
        return datetime.datetime.combine(
            self.starts, datetime.time.max, tzinfo=datetime.UTC
        )


class Kind:
    DEADLINE = "deadline"
    QUIZ_OPENS = "quiz-opens"
    QUIZ_CLOSES = "quiz-closes"
    SESSION = "session"


CalendarSource = Callable[..., Iterable[CalendarEntry]]
_sources: list[CalendarSource] = []


def register_calendar_source(source: CalendarSource) -> None:
    """Add `source(*, user) -> iterable of CalendarEntry` to every calendar."""
    if source not in _sources:
        _sources.append(source)


def courses_in_language(courses) -> dict[str, object]:
    """The live translations of `courses` in the active language, by key (one
    query); a course without one keeps its source page."""
    from django.conf import settings
    from django.utils.translation import get_language

    from .models import CoursePage

    language = get_language() or settings.LANGUAGE_CODE
    found = {
        str(page.translation_key): page
        for page in CoursePage.objects.live().filter(
            translation_key__in={course.translation_key for course in courses},
            locale__language_code=language,
            alias_of__isnull=True,
        )
    }
    return {
        str(course.translation_key): found.get(str(course.translation_key), course)
        for course in courses
    }


def enrolment_deadlines(*, user) -> Iterable[CalendarEntry]:
    """The due dates of the person's active enrolments (two queries)."""
    from .choices import EnrolmentStatus
    from .models import Enrolment

    enrolments = list(
        Enrolment.objects.filter(
            user=user, status=EnrolmentStatus.ACTIVE, due_date__isnull=False
        )
        .select_related("course")
        .order_by("due_date", "pk")
    )
    shown = courses_in_language([enrolment.course for enrolment in enrolments])
    for enrolment in enrolments:
        course = shown[str(enrolment.course.translation_key)]
        yield CalendarEntry(
            uid=f"enrolment-{enrolment.pk}-due",
            kind=Kind.DEADLINE,
            title=_("Due: %(course)s") % {"course": course.title},
            starts=enrolment.due_date,
            url=course.url or "",
        )


register_calendar_source(enrolment_deadlines)


def calendar_entries(*, user) -> list[CalendarEntry]:
    """Every entry of every source for `user`, in date order."""
    entries: list[CalendarEntry] = []
    for source in list(_sources):
        entries.extend(source(user=user))
    return sorted(entries, key=lambda entry: (entry.sort_key, entry.uid))


def calendar_ics(*, entries: list[CalendarEntry], name: str, base_url: str) -> bytes:
    """The entries as an iCalendar document (RFC 5545) for calendar apps."""
    from django.utils import timezone
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//SALW Fellowship//Calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    host = base_url.split("://", 1)[-1].split("/", 1)[0] or "fellowship"
    stamp = timezone.now()
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.uid}@{host}")
        event.add("dtstamp", stamp)
        event.add("summary", entry.title)
        event.add("dtstart", entry.starts)
        if entry.ends is not None:
            event.add("dtend", entry.ends)
        elif entry.all_day:
            event.add("dtend", entry.starts + datetime.timedelta(days=1))
        if entry.location:
            event.add("location", entry.location)
        if entry.description:
            event.add("description", entry.description)
        if entry.url:
            absolute = entry.url.startswith(("http://", "https://"))
            event.add(
                "url", entry.url if absolute else base_url.rstrip("/") + entry.url
            )
        calendar.add_component(event)
    return calendar.to_ical()


@dataclass
class CalendarMonth:
    first_day: datetime.date
    entries: list[CalendarEntry]


def calendar_months(*, entries: list[CalendarEntry]) -> list[CalendarMonth]:
    """The entries grouped by the month they start in, in order."""
    months: list[CalendarMonth] = []
    for entry in entries:
        day = entry.starts.date() if not entry.all_day else entry.starts
        first_day = day.replace(day=1)
        if not months or months[-1].first_day != first_day:
            months.append(CalendarMonth(first_day=first_day, entries=[]))
        months[-1].entries.append(entry)
    return months


def calendar_has_feed(*, user) -> bool:
    from .models import CalendarFeed

    return CalendarFeed.objects.filter(user=user).exists()
