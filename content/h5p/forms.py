from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import H5PPackage


class PackageUploadForm(WagtailAdminModelForm):
    """The .h5p upload: the file, and a title to use instead of the package's."""

    package_file = forms.FileField(
        label=_("H5P file"),
        help_text=_(
            "An .h5p file exported from an H5P editor. It is checked before "
            "anything is stored."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )
    # Not the model's `title`: it is optional here (the package's own title
    # is the default), so it must escape the model's validation.
    package_title = forms.CharField(
        label=_("Title"),
        max_length=255,
        required=False,
        help_text=_("Leave empty to use the title written in the package."),
    )

    class Meta:
        model = H5PPackage
        fields = ["package_file", "package_title"]
