import pytest
from wagtail.models import Locale

from courses import completion
from tests.factories_courses import CatalogPageFactory, course_with_lessons


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def catalog(home):
    return CatalogPageFactory(parent=home)


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
def french(site):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def checker_registry():
    """Register fake checkers for a test; the registry is restored after."""
    saved = dict(completion._checkers)
    yield completion.register_requirement
    completion._checkers.clear()
    completion._checkers.update(saved)
