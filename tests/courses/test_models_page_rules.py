import pytest
from wagtail.models import Page

from content.models import HomePage, StandardPage
from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage

RULES = {
    CatalogPage: ({HomePage}, {CoursePage}),
    CoursePage: ({CatalogPage}, {ModulePage}),
    ModulePage: ({CoursePage}, {LessonPage}),
    LessonPage: ({ModulePage}, set()),
}


@pytest.mark.parametrize("model", list(RULES), ids=lambda m: m.__name__)
def test_page_type_names_its_parents_and_children(model):
    parents, children = RULES[model]
    assert model.parent_page_types is not None
    assert model.subpage_types is not None
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.allowed_subpage_models()) == children


def test_home_page_accepts_the_catalogue():
    assert CatalogPage in HomePage.allowed_subpage_models()
    assert StandardPage in HomePage.allowed_subpage_models()


@pytest.mark.django_db
def test_pages_can_only_be_created_where_the_rules_allow(site, catalog, course):
    home = site.root_page.specific
    module = course.get_children().first().specific
    assert not CatalogPage.can_create_at(home)  # one catalogue per home page
    assert CoursePage.can_create_at(catalog)
    assert not CoursePage.can_create_at(home)
    assert ModulePage.can_create_at(course)
    assert not ModulePage.can_create_at(catalog)
    assert LessonPage.can_create_at(module)
    assert not LessonPage.can_create_at(course)
    assert not LessonPage.can_create_at(Page.get_first_root_node())
