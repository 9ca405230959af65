import pytest

from content.h5p import demo
from content.h5p.choices import PackageStatus
from content.h5p.models import H5PPackage

pytestmark = pytest.mark.django_db


def test_seed_imports_the_demo_package_once():
    lines = []
    demo.seed(log=lines.append, credentials=[])
    demo.seed(log=lines.append, credentials=[])
    package = H5PPackage.objects.get()
    assert package.title == demo.DEMO_TITLE
    assert package.status == PackageStatus.INSTALLED
    assert len(lines) == 1
    assert demo.demo_package() == package
