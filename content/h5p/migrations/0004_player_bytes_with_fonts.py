"""The bytes a package costs now count the fonts and images its style
sheets link to (one format of each font): counted again for every package."""

from django.db import migrations


def count_again(apps, schema_editor):
    from content.h5p.weight import stored_player_bytes

    H5PPackage = apps.get_model("h5p", "H5PPackage")
    for package in H5PPackage.objects.prefetch_related("libraries"):
        libraries = [
            (
                library.storage_folder
                or f"{library.machine_name}-{library.major_version}."
                f"{library.minor_version}",
                library.metadata,
            )
            for library in package.libraries.all()
        ]
        package.player_bytes = stored_player_bytes(
            content_hash=package.content_hash, libraries=libraries
        )
        package.save(update_fields=["player_bytes"])


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0003_package_player_bytes"),
    ]

    operations = [
        migrations.RunPython(count_again, migrations.RunPython.noop),
    ]
