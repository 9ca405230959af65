"""Course staff: who may author which course, through Wagtail's own page
permissions; the staff admin view; exact role permissions; the demo seed."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page

from courses import demo
from courses.choices import StaffRole
from courses.models import CourseStaff
from courses.selectors import courses_for_grading, courses_for_staff
from courses.services import CourseStaffError, course_staff_add, course_staff_remove
from fellowship.accounts.choices import Role
from fellowship.accounts.roles import ROLE_PERMISSIONS, roles_sync
from tests.factories import activate_totp, user_with_role
from tests.factories_courses import course_with_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_course(catalog):
    return course_with_lessons(catalog=catalog, modules=1, lessons=1)[0]


def _can_edit(page, user) -> bool:
    user = type(user).objects.get(pk=user.pk)  # no cached permissions
    return Page.objects.get(pk=page.pk).permissions_for_user(user).can_edit()


def status_of(client, url):
    """The status a person ends on: an admin 404 reaches them through the
    site's language redirect (/admin/x/ -> /en/admin/x/ -> 404)."""
    response = client.get(url)
    if response.status_code == 302 and response.url == f"/en{url}":
        response = client.get(response.url)
    return response.status_code


def _signed_in(client, user):
    if not user.authenticator_set.exists():
        activate_totp(user)
    client.force_login(user)
    return client


def test_course_staff_add_grants_the_course_in_every_locale_tree(
    course, lessons, other_course, instructor, french
):
    french_course = course.copy_for_translation(french, copy_parents=True)
    assert not _can_edit(course, instructor)

    course_staff_add(course=french_course, user=instructor, role=StaffRole.INSTRUCTOR)

    # The staff row points at the source page, whatever page was given.
    staff = CourseStaff.objects.get(user=instructor)
    assert staff.course_id == course.pk
    assert _can_edit(course, instructor)
    assert _can_edit(lessons[0], instructor)
    assert _can_edit(french_course, instructor)
    assert not _can_edit(other_course, instructor)
    assert not _can_edit(course.get_parent(), instructor)
    # A translation made afterwards follows the course.
    spanish = Locale.objects.get(language_code="es")
    spanish_course = course.copy_for_translation(spanish, copy_parents=True, alias=True)
    assert _can_edit(spanish_course, instructor)
    group = Group.objects.get(course_staff_of__course=course)
    assert group.name == f"Course staff: {course.title}"
    assert set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    ) == {
        (page.pk, codename)
        for page in (course, french_course, spanish_course)
        for codename in ("add_page", "change_page")
    }

    assert course_staff_remove(course=course, user=instructor) is True
    assert not _can_edit(course, instructor)
    assert not _can_edit(french_course, instructor)
    assert course_staff_remove(course=course, user=instructor) is False


def test_course_staff_add_refuses_bad_input_and_graders_get_no_pages(
    course, instructor, fellow
):
    with pytest.raises(CourseStaffError, match="instructor or grader"):
        course_staff_add(course=course, user=instructor, role="owner")
    with pytest.raises(CourseStaffError, match="Instructor role"):
        course_staff_add(course=course, user=fellow, role=StaffRole.GRADER)
    assert not CourseStaff.objects.exists()

    course_staff_add(course=course, user=instructor, role=StaffRole.GRADER)
    assert not _can_edit(course, instructor)
    assert list(courses_for_grading(user=instructor)) == [course]
    assert list(courses_for_staff(user=instructor)) == []
    # Adding again changes the role (one row per person and course).
    course_staff_add(course=course, user=instructor, role=StaffRole.INSTRUCTOR)
    assert CourseStaff.objects.get().role == StaffRole.INSTRUCTOR
    assert _can_edit(course, instructor)
    assert list(courses_for_staff(user=instructor)) == [course]


def test_courses_for_staff_by_role(course, other_course, instructor, manager, fellow):
    course_staff_add(course=course, user=instructor, role=StaffRole.INSTRUCTOR)
    admin = user_with_role("Site admin", is_superuser=True, is_staff=True)
    assert list(courses_for_staff(user=instructor)) == [course]
    assert set(courses_for_staff(user=manager)) == {course, other_course}
    assert set(courses_for_grading(user=admin)) == {course, other_course}
    assert list(courses_for_staff(user=fellow)) == []
    assert list(courses_for_grading(user=fellow)) == []


def test_page_editor_preview_and_history_for_course_staff_only(
    client, course, lessons, other_course, instructor, user_factory, fellow
):
    course.save_revision()
    course_staff_add(course=course, user=instructor, role=StaffRole.INSTRUCTOR)
    urls = [
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        reverse("wagtailadmin_pages:edit", args=[lessons[0].pk]),
        reverse("wagtailadmin_pages:view_draft", args=[course.pk]),
        reverse("wagtailadmin_pages:history", args=[course.pk]),
        reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk]),
    ]
    _signed_in(client, instructor)
    for url in urls:
        assert client.get(url).status_code == 200, url
    # Someone else's course: Wagtail's own refusal, a redirect to the
    # dashboard with "Sorry, you do not have permission".
    response = client.get(reverse("wagtailadmin_pages:edit", args=[other_course.pk]))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")

    other = user_with_role("Instructor")
    grader = user_with_role("Instructor")
    course_staff_add(course=course, user=grader, role=StaffRole.GRADER)
    for person in (other, grader):
        _signed_in(client, person)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 302, url
            assert response.url == reverse("wagtailadmin_home"), url

    client.force_login(fellow)
    for url in urls:
        assert client.get(url).status_code == 403, url

    admin = user_with_role("Site admin", is_superuser=True, is_staff=True)
    _signed_in(client, admin)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_course_staff_view_managers_edit_staff_look_others_404(
    client, course, other_course, instructor, manager, fellow
):
    url = reverse("courses_course_staff", args=[course.pk])
    _signed_in(client, manager)
    assert client.get(url).status_code == 200

    response = client.post(url, {"user": instructor.pk, "role": StaffRole.INSTRUCTOR})
    assert response.status_code == 302
    assert CourseStaff.objects.filter(course=course, user=instructor).exists()

    # A fellow cannot be named: a clear message and nothing changed.
    response = client.post(url, {"user": fellow.pk, "role": StaffRole.GRADER})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    response = client.post(url, {"user": instructor.pk, "role": "owner"})
    assert response.status_code == 400
    assert CourseStaff.objects.count() == 1

    # The course's own instructor may look, not change.
    _signed_in(client, instructor)
    response = client.get(url)
    assert response.status_code == 200
    assert "Add to the staff" not in response.content.decode()
    # Wagtail answers a refusal in the admin with a redirect to the dashboard.
    response = client.post(url, {"user": instructor.pk, "remove": "1"})
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    assert CourseStaff.objects.count() == 1
    assert (
        status_of(client, reverse("courses_course_staff", args=[other_course.pk]))
        == 404
    )
    client.force_login(fellow)
    assert client.get(url).status_code == 403

    _signed_in(client, manager)
    response = client.post(url, {"user": instructor.pk, "remove": "1"})
    assert response.status_code == 302
    assert not CourseStaff.objects.exists()
    assert not _can_edit(course, instructor)


def test_course_staff_view_query_count_is_constant(
    client, course, manager, django_assert_max_num_queries
):
    url = reverse("courses_course_staff", args=[course.pk])
    _signed_in(client, manager)
    course_staff_add(
        course=course, user=user_with_role("Instructor"), role=StaffRole.GRADER
    )
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for _n in range(4):
        course_staff_add(
            course=course, user=user_with_role("Instructor"), role=StaffRole.INSTRUCTOR
        )
    with django_assert_max_num_queries(len(few)):
        assert client.get(url).status_code == 200


def test_roles_sync_makes_role_permissions_exact(site, instructor):
    group = Group.objects.get(name=str(Role.INSTRUCTOR))
    stray = Permission.objects.get(codename="delete_quiz")
    group.permissions.add(stray)
    root = Page.get_first_root_node()
    change_page = Permission.objects.get(
        content_type__app_label="wagtailcore", codename="change_page"
    )
    GroupPagePermission.objects.create(group=group, page=root, permission=change_page)
    home = site.root_page
    GroupPagePermission.objects.create(group=group, page=home, permission=change_page)

    roles_sync()

    named = {name.split(".", 1)[1] for name in ROLE_PERMISSIONS[Role.INSTRUCTOR]}
    held = set(group.permissions.values_list("codename", flat=True))
    assert held == named
    assert "delete_quiz" not in held
    assert not GroupPagePermission.objects.filter(group=group).exists()
    manager_group = Group.objects.get(name=str(Role.PROGRAMME_MANAGER))
    assert set(
        GroupPagePermission.objects.filter(group=manager_group).values_list(
            "page_id", "permission__codename"
        )
    ) == {
        (root.pk, codename)
        for codename in ("add_page", "change_page", "publish_page", "lock_page")
    }
    assert manager_group.permissions.filter(codename="author_any_course").exists()


def test_course_staff_seed_makes_the_demo_instructor_staff_once(
    course, other_course, user_factory
):
    log = []
    demo.course_staff_seed(email="nobody@example.org", log=log.append)
    assert not CourseStaff.objects.exists()
    instructor = user_with_role("Instructor", email=demo.DEMO_INSTRUCTOR)
    demo.course_staff_seed(email=demo.DEMO_INSTRUCTOR, log=log.append)
    demo.course_staff_seed(email=demo.DEMO_INSTRUCTOR, log=log.append)
    assert set(courses_for_staff(user=instructor)) == {course, other_course}
    assert CourseStaff.objects.count() == 2
    assert len(log) == 2
