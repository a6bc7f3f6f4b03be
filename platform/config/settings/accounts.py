"""django-allauth: email login, mandatory verification, MFA, rate limits.

allauth keeps its rate-limit counters in the default cache; that cache is
the database (or Redis), so limits hold across worker processes.
"""

ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Wijkzorgnetwerk] "
# A mail after every change to the password, the addresses or the second
# factor: the owner notices a change they did not make.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
# Our labels ("E-mailadres") on allauth's forms.
ACCOUNT_FORMS = {
    "login": "accounts.forms.LoginForm",
    "signup": "accounts.forms.SignupForm",
    "reset_password": "accounts.forms.ResetPasswordForm",
}
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    # Not allauth's own: the public suggestion form (kennisbank) uses the
    # same limiter, so every limit is configured here.
    "suggest_offer": "5/h/ip",
    # "Neem contact op" in Mijn netwerk: mail through the platform, per sender.
    "contact_profile": "10/h/user",
    # Guests registering for an event: each one mails an address nobody has
    # verified, so per internet address and per (lower-case) e-mail address.
    "agenda_guest_registration": "10/h/ip,3/h/key",
}

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Wijkzorgnetwerk"
# Accept the previous and next code too: phone clocks drift.
MFA_TOTP_TOLERANCE = 1
MFA_ADAPTER = "accounts.adapter.MFAAdapter"
# Our label on the code field ("Authenticator code" in allauth).
MFA_FORMS = {"activate_totp": "accounts.forms.ActivateTOTPForm"}

USERSESSIONS_TRACK_ACTIVITY = True
