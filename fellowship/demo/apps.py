from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo data: it sits above every app and seeds each through its services."""

    name = "fellowship.demo"
    label = "demo"
    verbose_name = "Demo"
