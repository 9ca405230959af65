"""The course package format: names and the version this code reads and writes.

The format is documented in docs/curriculum-packages.md.
"""

FORMAT = "salw-course-package"
VERSION = 1
COURSE_FILE = "course.yaml"
REFERENCES_FILE = "references.yaml"
LESSONS_DIR = "lessons"
BANKS_DIR = "banks"
LOCALE_DIR = "locale"
# Files kept as bytes: H5P activities (h5p/KEY.h5p) and media.
H5P_DIR = "h5p"
MEDIA_DIR = "media"
BINARY_DIRS = (H5P_DIR, MEDIA_DIR)
TEMPLATE_FILE = "course.pot"
# A curriculum folder (several packages) may hold one library for all of them.
LIBRARY_FILE = "references.yaml"
# ... and the order of its packages in the catalogue.
CURRICULUM_FILE = "curriculum.yaml"

COURSE_LEVELS = ("introductory", "intermediate", "advanced")
MAX_PACKAGE_BYTES = 20 * 1024 * 1024
MAX_PACKAGE_FILES = 2000
