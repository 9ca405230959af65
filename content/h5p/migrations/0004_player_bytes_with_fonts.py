"""The bytes a package costs now count the fonts and images its style
sheets link to (one format of each font): counted again for every package."""

import importlib

from django.db import migrations

first_count = importlib.import_module(
    "content.h5p.migrations.0003_package_player_bytes"
)


def count_again(apps, schema_editor):
    apps.get_model("h5p", "H5PPackage").objects.update(player_bytes=None)
    first_count.count_stored_packages(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0003_package_player_bytes"),
    ]

    operations = [
        migrations.RunPython(count_again, migrations.RunPython.noop),
    ]
