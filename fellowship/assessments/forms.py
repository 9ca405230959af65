from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_GIFT_BYTES = 1024 * 1024


class GiftImportForm(forms.Form):
    file = forms.FileField(
        label=_("GIFT file"),
        required=False,
        help_text=_("A .gift or .txt file in UTF-8, as Moodle exports it."),
    )
    text = forms.CharField(
        label=_("Or paste GIFT text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        text = cleaned.get("text", "")
        if upload:
            if upload.size > MAX_GIFT_BYTES:
                raise forms.ValidationError(_("The file is larger than 1 MB."))
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from None
        if not text.strip():
            raise forms.ValidationError(_("Choose a file or paste GIFT text."))
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
            self.fields[f"criterion_{criterion['id']}"] = forms.DecimalField(
                label=f"{criterion['criterion']} (0–{maximum.normalize()})",
                help_text=criterion.get("description", ""),
                min_value=0,
                max_value=maximum,
                decimal_places=2,
            )
        self.order_fields([f"criterion_{c['id']}" for c in criteria] + ["feedback"])

    def scores(self) -> dict[str, Decimal]:
        return {
            c["id"]: self.cleaned_data[f"criterion_{c['id']}"] for c in self.criteria
        }
