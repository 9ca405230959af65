"""{% load numbers %}: |percent_sign renders 66.666 as "66.67%" or "66,67 %"."""

from django import template

from .numbers import percent_text

register = template.Library()


@register.filter
def percent_sign(value, decimals=2):
    return percent_text(value, int(decimals))
