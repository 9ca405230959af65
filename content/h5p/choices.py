from django.db import models
from django.utils.translation import gettext_lazy as _


class PackageStatus(models.TextChoices):
    """Where a package stands: only installed packages are played and served."""

    PENDING_APPROVAL = "pending_approval", _("Pending approval")
    INSTALLED = "installed", _("Installed")


class RefusalCode(models.TextChoices):
    """Why an upload was refused; the label is the message shown to the uploader."""

    WRONG_EXTENSION = "wrong_extension", _("The file name must end in .h5p.")
    NOT_A_ZIP = "not_a_zip", _("The file is not an H5P (ZIP) archive.")
    TOO_LARGE_UPLOAD = (
        "too_large_upload",
        _("The archive is larger than the upload limit."),
    )
    PATH_TRAVERSAL = (
        "path_traversal",
        _("The archive contains a file path that points outside the package."),
    )
    SYMLINK = (
        "symlink",
        _(
            "The archive contains a link or a special file; only plain files are allowed."
        ),
    )
    DUPLICATE_ENTRY = (
        "duplicate_entry",
        _("The archive contains the same file name more than once."),
    )
    TOO_MANY_FILES = "too_many_files", _("The archive contains too many files.")
    TOO_LARGE = (
        "too_large",
        _("The archive expands to more data than the platform accepts."),
    )
    COMPRESSION_RATIO = (
        "compression_ratio",
        _("The archive is compressed suspiciously well (a possible ZIP bomb)."),
    )
    FORBIDDEN_FILE_TYPE = (
        "forbidden_file_type",
        _("The archive contains a type of file that H5P does not allow."),
    )
    CORRUPT_ARCHIVE = (
        "corrupt_archive",
        _("The archive is damaged: a file in it cannot be read."),
    )
    MISSING_H5P_JSON = (
        "missing_h5p_json",
        _("The archive has no h5p.json file at its top level."),
    )
    INVALID_H5P_JSON = (
        "invalid_h5p_json",
        _("The h5p.json file is malformed or lacks required information."),
    )
    MISSING_CONTENT = (
        "missing_content",
        _("The archive has no valid content/content.json file."),
    )
    INVALID_LIBRARY = (
        "invalid_library",
        _("A library in the archive is malformed."),
    )
    MAIN_LIBRARY_MISSING = (
        "main_library_missing",
        _("The main library is neither in the package nor installed on the platform."),
    )
    MISSING_DEPENDENCY = (
        "missing_dependency",
        _("A library the content needs is neither in the package nor installed."),
    )
    INVALID_CONTENT = (
        "invalid_content",
        _("The content does not match its library's definition (semantics)."),
    )
    UNSAFE_MEDIA_PATH = (
        "unsafe_media_path",
        _("The content refers to a media file by an unsafe path."),
    )
    UNSUPPORTED_CORE_API = (
        "unsupported_core_api",
        _("A library needs a newer version of the H5P core than the platform has."),
    )
    INVALID_LANGUAGE_FILE = (
        "invalid_language_file",
        _("A library in the archive has an invalid language file."),
    )
    UNSAFE_SVG = (
        "unsafe_svg",
        _(
            "An SVG image in the archive contains scripts, event handlers or "
            "references to other files or websites."
        ),
    )
    STORAGE_FAILED = (
        "storage_failed",
        _("The package could not be stored; nothing was kept. Try again later."),
    )


class WarningCode(models.TextChoices):
    """Accepted, but the instructor should know."""

    EXTRA_FILE = (
        "extra_file",
        _("A file at the top level of the archive is not part of H5P and was ignored."),
    )
    IGNORED_SYSTEM_FILE = (
        "ignored_system_file",
        _("Operating-system files (such as __MACOSX or .DS_Store) were ignored."),
    )
    MISSING_MEDIA = (
        "missing_media",
        _("The content refers to a media file that is not in the package."),
    )
    EXTERNAL_MEDIA = (
        "external_media",
        _(
            "The content plays media from another website; fellows on slow or "
            "filtered connections may not see it."
        ),
    )
    KEPT_INSTALLED_LIBRARY = (
        "kept_installed_library",
        _(
            "The package brings a library version that is already installed; the "
            "installed copy is used."
        ),
    )
    FIELD_REMOVED = (
        "field_removed",
        _(
            "A value its content type does not define, or of the wrong kind, was removed."
        ),
    )
    VALUE_CHANGED = (
        "value_changed",
        _("A value outside what its content type allows was corrected."),
    )
    HTML_CLEANED = (
        "html_cleaned",
        _(
            "Formatted text was cleaned: tags or attributes its field does not allow were removed."
        ),
    )
    TEXT_ESCAPED = (
        "text_escaped",
        _("Markup in a plain-text field is shown as text, not run."),
    )
    LIBRARY_REMOVED = (
        "library_removed",
        _("Embedded content of a type its field does not allow was removed."),
    )
    LIBRARY_UPDATED = (
        "library_updated",
        _(
            "The package brings a newer patch of an installed library; it "
            "replaces the installed one for every package."
        ),
    )
    UPGRADE_SCRIPT_SKIPPED = (
        "upgrade_script_skipped",
        _(
            "The newer library ships an upgrade script, which the platform does "
            "not run: check the content in the preview."
        ),
    )
