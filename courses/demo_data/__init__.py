"""The demo curriculum: one module per track, in the order the catalogue shows.

Each track module defines TRACK and may define EXTRA_PROVISIONS, EXTRA_MOSAIC
and EXTRA_GLOSSARY (same schema as content/demo_data.py) for references that
only it uses.
"""

from . import gender, marking, stockpile, tracing

_MODULES = (marking, tracing, stockpile, gender)

TRACKS = [module.TRACK for module in _MODULES]
EXTRA_PROVISIONS = [
    entry for module in _MODULES for entry in getattr(module, "EXTRA_PROVISIONS", [])
]
EXTRA_MOSAIC = [
    entry for module in _MODULES for entry in getattr(module, "EXTRA_MOSAIC", [])
]
EXTRA_GLOSSARY = [
    entry for module in _MODULES for entry in getattr(module, "EXTRA_GLOSSARY", [])
]
