from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_GIFT_BYTES = 1024 * 1024


class GiftImportForm(forms.Form):
    """A question file to import: GIFT or Moodle XML, uploaded or pasted."""

    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("gift", _("GIFT")), ("moodle_xml", _("Moodle XML"))],
        initial="gift",
        widget=forms.RadioSelect,
    )
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_(
            "A GIFT text file (UTF-8, up to 1 MB) or a Moodle XML file (up to "
            "20 MB), as Moodle's question bank exports them."
        ),
    )
    text = forms.CharField(
        label=_("Or paste the text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    import_valid = forms.TypedChoiceField(
        label=_("If some questions cannot be imported"),
        choices=[
            ("1", _("Import the valid questions and list the others")),
            ("0", _("Import nothing, only list the problems")),
        ],
        coerce=lambda value: value == "1",
        initial="0",
        widget=forms.RadioSelect,
    )

    def clean(self):
        from .moodle_xml import MAX_XML_BYTES

        cleaned = super().clean()
        upload = cleaned.get("file")
        text = cleaned.get("text", "")
        is_xml = cleaned.get("format") == "moodle_xml"
        limit = MAX_XML_BYTES if is_xml else MAX_GIFT_BYTES
        if upload:
            if upload.size > limit:
                raise forms.ValidationError(
                    {
                        "file": _("The file is larger than %(size)d MB.")
                        % {"size": limit // (1024 * 1024)}
                    }
                )
            data = upload.read()
            if is_xml:
                # The XML declaration names the encoding: the parser reads it.
                cleaned["source"] = data
                return cleaned
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(
                    {"file": _("The file is not UTF-8 text.")}
                ) from None
        if not text.strip():
            raise forms.ValidationError(_("Choose a file or paste the text."))
        cleaned["source"] = text
        return cleaned


class EssayGradeForm(forms.Form):
    feedback = forms.CharField(
        label=_("Feedback to the fellow"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10_000,
    )

    def __init__(self, *args, criteria: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            maximum = Decimal(criterion["points"])
            if criterion.get("levels"):
                # The grader picks a level; its points are the server's.
                self.fields[f"criterion_{criterion['id']}"] = forms.ChoiceField(
                    label=f"{criterion['criterion']} (0–{maximum.normalize()})",
                    help_text=criterion.get("description", ""),
                    choices=[
                        (
                            level["id"],
                            f"{level['label']} ({Decimal(level['points']).normalize()})",
                        )
                        for level in criterion["levels"]
                    ],
                    widget=forms.RadioSelect,
                    error_messages={"required": _("Choose a level.")},
                )
                continue
            self.fields[f"criterion_{criterion['id']}"] = forms.DecimalField(
                label=f"{criterion['criterion']} (0–{maximum.normalize()})",
                help_text=criterion.get("description", ""),
                min_value=0,
                max_value=maximum,
                decimal_places=2,
            )
        self.order_fields([f"criterion_{c['id']}" for c in criteria] + ["feedback"])

    def scores(self) -> dict[str, Decimal | str]:
        return {
            c["id"]: self.cleaned_data[f"criterion_{c['id']}"] for c in self.criteria
        }
