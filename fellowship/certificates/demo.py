"""Demo data for this app (filled in as the app grows)."""


def seed(*, log, credentials):
    return None
