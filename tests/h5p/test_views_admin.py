import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from content.h5p.choices import PackageStatus
from content.h5p.models import H5PPackage
from tests.factories import activate_totp
from tests.h5p import archives

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, site):
    def sign_in(person):
        activate_totp(person)
        client.force_login(person)
        return client

    return sign_in


def upload(client, data, name="true-false.h5p", title=""):
    return client.post(
        reverse("h5p_packages:add"),
        {"package_file": SimpleUploadedFile(name, data), "package_title": title},
    )


def test_manager_sees_the_upload_page(admin_client, h5p_manager):
    response = admin_client(h5p_manager).get(reverse("h5p_packages:add"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="file"' in html
    assert 'enctype="multipart/form-data"' in html
    assert "H5P file" in html


def test_manager_uploads_the_fixture(admin_client, h5p_manager):
    client = admin_client(h5p_manager)
    response = upload(client, archives.true_false_bytes(), title="Marking quiz")
    package = H5PPackage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("h5p_packages:edit", args=[package.pk])
    assert package.title == "Marking quiz"
    assert package.status == PackageStatus.INSTALLED
    page = client.get(response["Location"]).content.decode()
    assert "H5P_CONTENT_HERE.txt" in page  # the warning, shown to the uploader


def test_refused_upload_shows_the_reason(admin_client, h5p_manager, stored_files):
    response = upload(admin_client(h5p_manager), b"\x89PNG", name="picture.h5p")
    assert response.status_code == 200
    assert "not an H5P (ZIP) archive" in response.content.decode()
    assert H5PPackage.objects.count() == 0
    assert stored_files() == []


def test_instructor_upload_waits_and_manager_approves(
    admin_client, client, h5p_instructor, h5p_manager
):
    upload(admin_client(h5p_instructor), archives.true_false_bytes())
    package = H5PPackage.objects.get()
    assert package.status == PackageStatus.PENDING_APPROVAL
    approve_url = reverse("h5p_packages:approve", args=[package.pk])
    # Wagtail turns PermissionDenied into a redirect to the dashboard.
    for response in (client.get(approve_url), client.post(approve_url)):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    package.refresh_from_db()
    assert package.status == PackageStatus.PENDING_APPROVAL

    client.logout()
    manager = admin_client(h5p_manager)
    listing = manager.get(reverse("h5p_packages:list")).content.decode()
    assert approve_url in listing
    assert manager.get(approve_url).status_code == 200
    response = manager.post(approve_url)
    assert response.status_code == 302
    package.refresh_from_db()
    assert package.status == PackageStatus.INSTALLED
    assert package.approved_by == h5p_manager


def test_chooser_lists_only_installed_packages(
    admin_client, h5p_instructor, h5p_manager
):
    from content.h5p.services import package_import

    pending = package_import(
        file=archives.true_false_bytes(), filename="a.h5p", uploaded_by=h5p_instructor
    ).package
    pending.title = "Waiting package"
    pending.save()
    client = admin_client(h5p_manager)
    html = client.get(
        reverse("wagtailsnippetchoosers_h5p_h5ppackage:choose")
    ).content.decode()
    assert "Waiting package" not in html


def test_deleting_a_package_removes_its_files(
    admin_client, h5p_manager, stored_files, django_capture_on_commit_callbacks
):
    client = admin_client(h5p_manager)
    upload(client, archives.true_false_bytes())
    package = H5PPackage.objects.get()
    prefix = f"h5p/packages/{package.content_hash}/"
    assert any(name.startswith(prefix) for name in stored_files())

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("h5p_packages:delete", args=[package.pk]))

    assert response.status_code == 302
    assert not H5PPackage.objects.exists()
    files = stored_files()
    assert not any(name.startswith(prefix) for name in files)
    # It was the last package using its libraries: they went with it.
    assert files == []


def test_deleting_a_package_keeps_libraries_other_packages_use(
    admin_client, h5p_manager, stored_files, django_capture_on_commit_callbacks
):
    client = admin_client(h5p_manager)
    upload(client, archives.true_false_bytes())
    upload(client, archives.build_zip(archives.retitled("Second")))
    first = H5PPackage.objects.get(title="Hello World")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("h5p_packages:delete", args=[first.pk]))

    assert H5PPackage.objects.count() == 1
    assert "h5p/libraries/H5P.TrueFalse-1.6/library.json" in stored_files()
