from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def percent(value, digits=0):
    """A fraction (0.25) as a localised percentage number (25); "–" for None."""
    if value is None:
        return "–"
    return number_format(value * 100, decimal_pos=int(digits))


@register.filter
def bar_width(value, scale=100):
    """The width of a bar for a fraction, 0 to `scale` (negative bars: 0)."""
    if value is None:
        return 0
    return round(max(0.0, min(1.0, float(value))) * float(scale), 1)


@register.filter
def chart_height(rows, row_height=40):
    """The height of a chart of one band per row."""
    return len(rows) * int(row_height) + 8
