"""Dates, times and numbers as each of the six languages writes them.

Django reads fellowship/formats/<language>/formats.py before its own locale
formats (FORMAT_MODULE_PATH), so a name such as DATE_FORMAT means the same
unambiguous shape in every language: the day, the month by name and the full
year, in the order of the language; date-times add a 24-hour time and the time
zone. Short forms keep the month's name. PERCENT_FORMAT places the percent
sign as the language does (docs/decisions/0016).
"""
