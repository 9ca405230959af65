"""The layers hold: the import-linter contracts (also run by `make lint`), that
they cover every app and catch a breach, and that content's models and
blocks point at no learner."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from importlinter.api import read_configuration
from wagtail.blocks import Block, ChooserBlock, StreamBlock, StructBlock

from content import blocks as content_blocks
from content.h5p import blocks as h5p_blocks

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / ".importlinter"
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))
ROOT_PACKAGES = ("fellowship", "courses", "content")

# What a learner did or is: records that belong to courses (enrolment,
# progress, xAPI statements and results), cohorts, assessments, certificates
# and evaluation, and the fellow's own profile and notifications.
LEARNER_APPS = {"courses", "xapi", "cohorts", "assessments", "certificates"}
LEARNER_APPS |= {"evaluation"}
LEARNER_MODELS = {"accounts.fellowprofile", "accounts.usernotification"}


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [LINT_IMPORTS, "--config", str(CONFIG), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _layer_modules(layer: str) -> list[str]:
    names = layer.strip().strip("()")
    return [name.strip() for name in names.replace(":", "|").split("|")]


def test_the_import_contracts_are_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_app_of_the_project_sits_in_a_layer():
    contracts = read_configuration(str(CONFIG))["contracts_options"]
    (layers,) = [c for c in contracts if c["type"] == "layers"]
    layered = [m for layer in layers["layers"] for m in _layer_modules(layer)]
    project_apps = [
        config.name
        for config in apps.get_app_configs()
        if config.name.split(".")[0] in ROOT_PACKAGES
        # The demo sits above everything; its own contract keeps it there.
        and config.name != "fellowship.demo"
    ]
    outside = [
        name
        for name in project_apps
        if not any(name == m or name.startswith(f"{m}.") for m in layered)
    ]
    assert outside == []
    assert "fellowship.evaluation" in layered


# A small stand-in of the project, with the imports the contracts allow, to
# show that each kind of breach is caught.
ALLOWED = {
    "fellowship/accounts/models.py": "",
    "content/models.py": "import fellowship.accounts.models\n",
    "content/h5p/models.py": "import content.models\n",
    "courses/models.py": "import content.models\n",
    "courses/xapi/models.py": "import courses.models\n",
    "fellowship/cohorts/registry.py": "",
    "fellowship/cohorts/models.py": "import courses.models\n",
    "fellowship/assessments/models.py": "import courses.models\n",
    "fellowship/assessments/apps.py": "import fellowship.cohorts.registry\n",
    "fellowship/assessments/cohort_records.py": "import fellowship.cohorts.registry\n",
    "fellowship/certificates/models.py": (
        "import fellowship.cohorts.models\nimport fellowship.assessments.models\n"
    ),
    "fellowship/evaluation/models.py": "import fellowship.certificates.models\n",
    "fellowship/demo/seed.py": "import fellowship.evaluation.models\n",
}


def _stand_in(tmp_path: Path, extra: dict[str, str]) -> Path:
    for name, source in {**ALLOWED, **extra}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
        for package in path.relative_to(tmp_path).parents:
            if str(package) != ".":
                (tmp_path / package / "__init__.py").touch()
    return tmp_path


def test_the_stand_in_project_keeps_the_contracts(tmp_path):
    result = lint_imports(_stand_in(tmp_path, {}))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        # Content keeps no learner record: not even xAPI results.
        ("content/h5p/scores.py", "import courses.xapi.models\n", "Content knows"),
        ("content/h5p/scores.py", "import courses.xapi.models\n", "Apps depend"),
        ("courses/certify.py", "import fellowship.certificates.models\n", "Apps"),
        ("fellowship/accounts/reading.py", "import content.models\n", "Apps depend"),
        # Siblings of one layer are independent.
        (
            "fellowship/cohorts/quiz.py",
            "import fellowship.assessments.models\n",
            "Apps",
        ),
        ("fellowship/assessments/x.py", "import fellowship.cohorts.models\n", "Apps"),
        # Nothing reads evaluation, once it exists.
        ("fellowship/certificates/gain.py", "import fellowship.evaluation\n", "Apps"),
        ("courses/seed.py", "import fellowship.demo.seed\n", "The demo sits"),
    ],
)
def test_a_breach_of_the_layers_is_caught(tmp_path, module, source, broken):
    result = lint_imports(_stand_in(tmp_path, {module: source}))
    assert result.returncode != 0
    broken_lines = result.stdout.split("Broken contracts")[-1]
    assert broken in broken_lines, result.stdout + result.stderr


# Content knows no learner, at the level of the database and the page body.


def _blocks(block):
    yield block
    if isinstance(block, StructBlock | StreamBlock):
        for child in block.child_blocks.values():
            yield from _blocks(child)
    elif hasattr(block, "child_block"):
        yield from _blocks(block.child_block)


def _label(model) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def _points_at_a_learner(model) -> bool:
    if isinstance(model, str):  # some choosers name their model by label
        model = apps.get_model(model)
    return model._meta.app_label in LEARNER_APPS or _label(model) in LEARNER_MODELS


def test_content_models_point_at_no_learner_record():
    content_models = [
        model
        for label in ("content", "h5p")
        for model in apps.get_app_config(label).get_models()
    ]
    relations = [
        (f"{_label(model)}.{field.name}", field.related_model)
        for model in content_models
        for field in model._meta.get_fields()
        if field.concrete and field.is_relation and field.related_model
    ]
    assert relations
    assert [name for name, target in relations if _points_at_a_learner(target)] == []


def _content_blocks():
    """An instance of every block class that content defines."""
    for module in (content_blocks, h5p_blocks):
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Block)
                and value.__module__ == module.__name__
            ):
                yield value()


def test_content_blocks_choose_no_learner_record():
    choosers = [
        block
        for root in _content_blocks()
        for block in _blocks(root)
        if isinstance(block, ChooserBlock)
    ]
    # Provisions, glossary terms, H5P packages, images, documents.
    assert len(choosers) >= 3
    assert [
        block.name for block in choosers if _points_at_a_learner(block.target_model)
    ] == []


def test_the_learner_check_sees_a_learner_relation():
    """The check above would see a relation to a learner record."""
    progress = apps.get_model("courses", "LessonProgress")
    profile = apps.get_model("accounts", "FellowProfile")
    assert _points_at_a_learner(progress) and _points_at_a_learner(profile)
    assert not _points_at_a_learner(apps.get_model("accounts", "User"))
