# 7 декабря 2026 г. · 7 дек 2026 г. · 7 декабря 2026 г., 14:05 UTC · 66,67 %
DATE_FORMAT = "j E Y г."
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y г., H:i T"
YEAR_MONTH_FORMAT = "F Y г."
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "j b Y г."
SHORT_DATETIME_FORMAT = "j b Y г., H:i T"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # no-break space
NUMBER_GROUPING = 3
PERCENT_FORMAT = "{}\xa0%"
