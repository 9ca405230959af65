"""The project's URLs plus the baseline view.

The project's patterns are spliced in rather than `include()`d: LocaleMiddleware
looks for `i18n_patterns` at the top level of the root URLconf only, and an
include would turn the language prefixes off.
"""

from django.urls import path

from fellowship import urls as project_urls

from .views import baseline

urlpatterns = [
    path("bench/baseline/", baseline, name="bench_baseline"),
    *project_urls.urlpatterns,
]

for _name in ("handler400", "handler403", "handler404", "handler500"):
    if hasattr(project_urls, _name):
        globals()[_name] = getattr(project_urls, _name)
