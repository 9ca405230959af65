import uuid

import pytest

from courses.services import enrolment_create
from tests.factories_courses import CatalogPageFactory, course_with_lessons
from tests.xapi.conftest import activity, iri, true_false  # noqa: F401 - fixtures


@pytest.fixture
def catalog(site):
    return CatalogPageFactory(parent=site.root_page.specific)


@pytest.fixture
def course_and_lessons(catalog):
    return course_with_lessons(catalog=catalog, modules=2, lessons=2)


@pytest.fixture
def course(course_and_lessons):
    return course_and_lessons[0]


@pytest.fixture
def lessons(course_and_lessons):
    return course_and_lessons[1]


@pytest.fixture
def enrolled_client(client, fellow, course):
    enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    return client


@pytest.fixture
def write_id():
    return lambda: str(uuid.uuid4())
