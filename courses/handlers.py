from . import services


def course_page_created(sender, instance, created, raw=False, **kwargs):
    # A translation or alias made after the staff were named gets their
    # page permissions too.
    if created and not raw:
        services.course_translation_created(page=instance)
