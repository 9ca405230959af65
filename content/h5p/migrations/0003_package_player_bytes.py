from django.db import migrations, models


def count_stored_packages(apps, schema_editor):
    from content.h5p.weight import stored_player_bytes

    H5PPackage = apps.get_model("h5p", "H5PPackage")
    for package in H5PPackage.objects.filter(player_bytes__isnull=True):
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
        ("h5p", "0002_library_storage_folder"),
    ]

    operations = [
        migrations.AddField(
            model_name="h5ppackage",
            name="player_bytes",
            field=models.PositiveBigIntegerField(
                blank=True, null=True, verbose_name="bytes the player loads"
            ),
        ),
        migrations.RunPython(count_stored_packages, migrations.RunPython.noop),
    ]
