"""Percentages and figures in the active language's conventions."""

from importlib import import_module

from django.template.defaultfilters import floatformat
from django.utils.translation import get_language, to_locale


def percent_number(value, decimals: int = 2) -> str:
    """87.5 -> "87.5" (en) or "87,5" (fr); 80.00 -> "80": at most `decimals` places."""
    if value is None or value == "":
        return ""
    return floatformat(value, f"-{decimals}")


def _percent_pattern() -> str:
    try:
        module = import_module(
            f"fellowship.formats.{to_locale(get_language() or 'en')}.formats"
        )
    except ImportError:
        return "{}%"
    return getattr(module, "PERCENT_FORMAT", "{}%")


def percent_text(value, decimals: int = 2) -> str:
    """A percentage with its sign where the language puts it: "66.67%", "66,67 %"."""
    if value is None or value == "":
        return ""
    return _percent_pattern().format(percent_number(value, decimals))
