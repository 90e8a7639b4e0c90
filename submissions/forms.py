"""The public forms: "Angebot melden" (proposal of an offer) and "Angebot wünschen" (a wish for a missing offer)."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, ProhibitNullCharactersValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

from home.mixins import CostFields
from taxonomy.models import District, OfferKind, TargetGroup, Theme

from .models import AgeGroup
from .validators import validate_multi_line, validate_single_line


class TextField(forms.CharField):
    """Plain text with our own control-character check (which covers NUL) instead of Django's NUL-only one."""

    def __init__(self, *, label, max_length, required=False, multi_line=False, required_message=None, **kwargs):
        if multi_line:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 5}))
        super().__init__(label=label, max_length=max_length, required=required, **kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)]
        self.validators.append(validate_multi_line if multi_line else validate_single_line)
        if required_message:
            self.error_messages["required"] = required_message


class EmailField(forms.EmailField):
    def __init__(self, *, label, required=False, required_message=None, **kwargs):
        super().__init__(label=label, required=required, max_length=254,
                         error_messages={"invalid": _("Please enter an e-mail address like name@example.de.")},
                         **kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)]
        self.validators.insert(0, validate_single_line)
        if required_message:
            self.error_messages["required"] = required_message


def phone_field(label, autocomplete="tel"):
    return TextField(
        label=label, max_length=40,
        validators=[RegexValidator(r"^[0-9+()/ .\-]*$",
                                   _("Please use only digits, spaces and + ( ) / - in the phone number."))],
        widget=forms.TextInput(attrs={"autocomplete": autocomplete, "type": "tel", "inputmode": "tel"}),
    )


def plausible_pk(value):
    """Ids are positive 64-bit integers; anything else would reach the database only to overflow there."""
    text = str(value).strip()
    return text.isascii() and text.isdigit() and len(text) <= 18


class TermChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not plausible_pk(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class TermsChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        if any(not plausible_pk(pk) for pk in value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super()._check_values(value)


def choice(queryset, label, empty_label):
    return TermChoiceField(queryset=queryset, label=label, required=False, empty_label=empty_label,
                           error_messages={"invalid_choice": _("Please choose one of the entries in the list.")})


def several(queryset, label):
    return TermsChoiceField(
        queryset=queryset, label=label, required=False, widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Please choose only entries from the list."),
                        "invalid_pk_value": _("Please choose only entries from the list.")},
    )


class SubmissionForm(forms.Form):
    """Shared by both forms: German messages, and fields grouped into fieldsets for the template."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The error summary names the field; a whole sentence of consent would drown the message.
        self.fields["consent"].short_label = _("Consent")

    # (legend, hint, field names); the template renders one fieldset per group.
    groups = []

    def fieldsets(self):
        return [
            {"legend": legend, "hint": hint, "fields": [self[name] for name in names]}
            for legend, hint, names in self.groups
        ]


class OfferProposalForm(SubmissionForm):
    """What a club or group without an account tells us about an offer, and who they are."""

    # The offer
    title = TextField(label=_("Name of the offer"), max_length=120, required=True,
                      required_message=_("Please enter the name of the offer."),
                      help_text=_("For example: Café for widowed people"))
    summary = TextField(label=_("Short description"), max_length=300, required=True, multi_line=True,
                        required_message=_("Please describe the offer in one or two sentences."),
                        help_text=_("One or two sentences: what happens there?"))
    description = TextField(label=_("More about the offer"), max_length=3000, multi_line=True,
                            help_text=_("Optional. What should newcomers know?"))
    kind = choice(OfferKind.objects.live(), _("Kind of offer"), _("(please choose)"))
    themes = several(Theme.objects.live(), _("Themes"))
    target_groups = several(TargetGroup.objects.live(), _("For whom is the offer?"))
    # When and where
    schedule = TextField(label=_("When does it take place?"), max_length=200, required=True,
                         required_message=_("Please tell us when the offer takes place."),
                         help_text=_("For example: every Tuesday 3 to 5 pm"))
    venue_name = TextField(label=_("Place"), max_length=150, help_text=_("For example: parish hall St. Patrokli"))
    street = TextField(label=_("Street and number"), max_length=150,
                       widget=forms.TextInput(attrs={"autocomplete": "off"}))
    postcode = TextField(label=_("Postcode"), max_length=5,
                         validators=[RegexValidator(r"^[0-9]{5}$", _("Please enter the five digits of the postcode."))],
                         widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))
    town = TextField(label=_("Town"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "off"}))
    district = choice(District.objects.live(), _("District or town for the search"), _("(please choose)"))
    # Cost
    cost_type = forms.ChoiceField(label=_("What does taking part cost?"), choices=CostFields.CostType.choices,
                                  initial=CostFields.CostType.FREE, widget=forms.RadioSelect,
                                  error_messages={"required": _("Please choose what taking part costs."),
                                                  "invalid_choice": _("Please choose one of the options.")})
    cost_amount = forms.DecimalField(
        label=_("Amount in euro"), required=False, max_digits=7, decimal_places=2,
        validators=[MinValueValidator(Decimal(0))], help_text=_("Only if there is a fee."),
        error_messages={"invalid": _("Please enter an amount like 5 or 2.50."),
                        "max_digits": _("Please enter a smaller amount."),
                        "max_decimal_places": _("Please enter at most two digits after the comma."),
                        "max_whole_digits": _("Please enter a smaller amount.")},
    )
    cost_note = TextField(label=_("Note on cost"), max_length=200, help_text=_("For example: coffee and cake 2 euro"))
    # Public contact for the offer
    contact_name = TextField(label=_("Contact person"), max_length=120,
                             widget=forms.TextInput(attrs={"autocomplete": "off"}))
    # Someone else's details, possibly: the browser must not fill in the submitter's own.
    contact_phone = phone_field(_("Phone"), autocomplete="off")
    contact_email = EmailField(label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "off"}))
    # The submitter (never published)
    organisation = TextField(label=_("Club, group or organisation"), max_length=150, required=True,
                             required_message=_("Please tell us the name of your club or group."),
                             widget=forms.TextInput(attrs={"autocomplete": "organization"}))
    submitter_name = TextField(label=_("Your name"), max_length=120, required=True,
                               required_message=_("Please enter your name."),
                               widget=forms.TextInput(attrs={"autocomplete": "name"}))
    submitter_email = EmailField(label=_("Your e-mail address"), required=True,
                                 required_message=_("Please enter your e-mail address so that we can confirm."),
                                 help_text=_("We send you a confirmation to this address."),
                                 widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    submitter_phone = phone_field(_("Your phone number"))
    consent = forms.BooleanField(
        label=_("I agree that the coordination office stores my details to check the offer and to ask me about "
                "it. The offer with its contact details will be published after the check."),
        error_messages={"required": _("Please agree, otherwise we cannot process your proposal.")},
    )

    groups = [
        (_("Your offer"), "", ["title", "summary", "description", "kind", "themes", "target_groups"]),
        (_("When and where"), "", ["schedule", "venue_name", "street", "postcode", "town", "district"]),
        (_("Cost"), "", ["cost_type", "cost_amount", "cost_note"]),
        (_("Contact for interested people"),
         _("Optional. These details are published with the offer."),
         ["contact_name", "contact_phone", "contact_email"]),
        (_("About you"),
         _("Not published. Only the coordination office sees these details."),
         ["organisation", "submitter_name", "submitter_email", "submitter_phone"]),
        (_("Consent"), "", ["consent"]),
    ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("cost_type") == CostFields.CostType.AMOUNT and cleaned.get("cost_amount") is None:
            self.add_error("cost_amount", _("Please enter the amount, or choose another kind of cost."))
        return cleaned


class WishForm(SubmissionForm):
    """Which offer is missing, for whom and where; contact details only if the person wants an answer."""

    what = TextField(label=_("Which offer are you missing?"), max_length=1000, required=True, multi_line=True,
                     required_message=_("Please describe which offer you are missing."),
                     help_text=_("For example: a walking group for people with a walker in Werl"))
    target_group = choice(TargetGroup.objects.live(), _("For whom?"), _("(no answer)"))
    age_group = forms.ChoiceField(label=_("Age"), required=False, choices=[("", _("(no answer)")), *AgeGroup.choices],
                                  error_messages={"invalid_choice": _("Please choose one of the entries in the list.")})
    district = choice(District.objects.live(), _("Where?"), _("(no answer)"))
    theme = choice(Theme.objects.live(), _("Theme"), _("(no answer)"))
    contact_name = TextField(label=_("Your name"), max_length=120,
                             widget=forms.TextInput(attrs={"autocomplete": "name"}))
    contact_email = EmailField(label=_("Your e-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    contact_phone = phone_field(_("Your phone number"))
    consent = forms.BooleanField(
        required=False,
        label=_("I agree that the coordination office stores my contact details to answer me about my wish."),
    )

    groups = [
        (_("Your wish"), "", ["what", "target_group", "age_group", "district", "theme"]),
        (_("Contact"), _("Optional. Only if you would like an answer. Not published."),
         ["contact_name", "contact_email", "contact_phone", "consent"]),
    ]

    def clean(self):
        cleaned = super().clean()
        has_contact = any(cleaned.get(name) for name in ("contact_name", "contact_email", "contact_phone"))
        if has_contact and not cleaned.get("consent"):
            self.add_error("consent", _("Please agree, or leave the contact fields empty."))
        return cleaned
