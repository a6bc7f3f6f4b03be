"""Forms for the account pages: allauth's forms with our labels, and our own."""

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.mfa.totp.forms import ActivateTOTPForm as AllauthActivateTOTPForm
from django import forms
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Organisation

from .models import VerificationRequest

EMAIL_LABEL = _("E-mailadres")


def _relabel_email(form, field_name):
    """allauth labels the field 'E-mail'; people search for 'E-mailadres'."""
    field = form.fields[field_name]
    field.label = EMAIL_LABEL
    # A placeholder repeating the label adds nothing and fades on typing.
    field.widget.attrs.pop("placeholder", None)


def _drop_placeholders(form):
    for field in form.fields.values():
        field.widget.attrs.pop("placeholder", None)


class LoginForm(AllauthLoginForm):
    """Log in by email address and password."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel_email(self, "login")
        _drop_placeholders(self)


class SignupForm(AllauthSignupForm):
    """Create an account with a name, an email address and a password.

    The name comes first: colleagues find and recognise each other by it,
    and without one the profile would show the address's local part.
    allauth's adapter stores first_name and last_name on the user.
    """

    first_name = forms.CharField(
        label=_("Voornaam"), max_length=150,
        error_messages={"required": _("Vul uw voornaam in.")},
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Achternaam"), max_length=150,
        error_messages={"required": _("Vul uw achternaam in.")},
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel_email(self, "email")
        _drop_placeholders(self)
        self.order_fields(["first_name", "last_name", "email", "password1", "password2"])


class ResetPasswordForm(AllauthResetPasswordForm):
    """Ask for a password reset link."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _relabel_email(self, "email")


class ActivateTOTPForm(AllauthActivateTOTPForm):
    """Switch tweestapsverificatie on with the first code from the app."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = _("Code uit de app")
        self.fields["code"].help_text = _("De zes cijfers die de app nu laat zien.")
        _drop_placeholders(self)


class VerificationRequestForm(forms.ModelForm):
    """A visitor asks to be verified as a professional."""

    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.order_by("name"), required=False,
        label=_("Organisatie"), empty_label=_("Mijn organisatie staat er niet bij"),
    )

    class Meta:
        model = VerificationRequest
        fields = ["organisation", "organisation_name", "function", "reason"]
        labels = {
            "organisation_name": _("Naam van uw organisatie (als die niet in de lijst staat)"),
            "function": _("Functie"),
            "reason": _("Waarom wilt u toegang als professional?"),
        }
        help_texts = {
            "function": _("Bijvoorbeeld: intern begeleider, jeugdverpleegkundige."),
            "reason": _("Vertel kort met welke kinderen of gezinnen u werkt."),
        }
        widgets = {"reason": forms.Textarea(attrs={"rows": 4})}

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("organisation") and not cleaned.get("organisation_name", "").strip():
            self.add_error(
                "organisation_name",
                _("Kies uw organisatie uit de lijst of vul de naam in."),
            )
        return cleaned


class DecisionForm(forms.ModelForm):
    """A beheerder's note with an approval or a refusal."""

    class Meta:
        model = VerificationRequest
        fields = ["decision_note"]
        labels = {"decision_note": _("Toelichting voor de aanvrager")}

    def __init__(self, *args, note_required=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision_note"].required = note_required
        if note_required:
            self.fields["decision_note"].help_text = _(
                "Leg uit waarom u afwijst. De aanvrager krijgt deze tekst per e-mail."
            )


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for the password and an explicit yes."""

    password = forms.CharField(
        label=_("Uw wachtwoord"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("Ja, verwijder mijn account en mijn gegevens. Dit kan niet ongedaan worden."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."))
        return password
