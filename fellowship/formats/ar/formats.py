# 7 ديسمبر 2026 · 7 ديسمبر 2026، 14:05 UTC · 66.67%
# Western digits, as in the Arabic documents of the United Nations, with the
# decimal point and grouping comma that go with them.
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i T"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j F Y"
SHORT_DATETIME_FORMAT = "j F Y، H:i T"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
PERCENT_FORMAT = "{}%"
