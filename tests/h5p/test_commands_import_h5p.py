import pytest
from django.core.management import execute_from_command_line

from content.h5p.models import H5PPackage
from tests.h5p import archives

# manage.py closes the database connections when a command ends, which a
# test wrapped in a transaction would not survive on PostgreSQL.
pytestmark = pytest.mark.django_db(transaction=True)


def run(*arguments):
    """Run the command as manage.py does; return its exit code."""
    try:
        execute_from_command_line(["manage.py", "import_h5p", *map(str, arguments)])
    except SystemExit as exit:
        return exit.code
    return 0


def test_import_prints_the_package_id(capsys):
    code = run(archives.TRUE_FALSE, "--title", "Marking: true or false")
    out, err = capsys.readouterr()
    package = H5PPackage.objects.get()
    assert code == 0
    assert out.strip() == str(package.pk)
    assert package.title == "Marking: true or false"
    assert "H5P_CONTENT_HERE.txt" in err  # the warning


def test_importing_again_prints_the_same_id(capsys):
    run(archives.TRUE_FALSE)
    first = capsys.readouterr().out.strip()
    assert run(archives.TRUE_FALSE) == 0
    assert capsys.readouterr().out.strip() == first


def test_refusal_exits_non_zero_with_one_line_on_stderr(capsys, tmp_path):
    path = archives.write_h5p(tmp_path, b"\x89PNG not a zip")
    code = run(path)
    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "not an H5P (ZIP) archive" in err
    assert H5PPackage.objects.count() == 0


def test_missing_file(capsys, tmp_path):
    assert run(tmp_path / "nothing.h5p") != 0
    assert "No such file" in capsys.readouterr().err
