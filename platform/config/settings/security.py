"""Security headers: the Content-Security-Policy and the Permissions-Policy.

The site's pages run no inline script and no eval; the few inline styles
carry the request's nonce. Wagtail's admin needs inline script, eval and a
frame for its page preview, so only paths under CMS_PATH_PREFIX get those
(core.security_headers applies CMS_CONTENT_SECURITY_POLICY there).
"""

from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE


def websocket_origin(site_url):
    """ws://host or wss://host of the site: where its pages open websockets."""
    address = urlsplit(site_url)
    scheme = "wss" if address.scheme == "https" else "ws"
    return f"{scheme}://{address.netloc}"


def content_security_policy(site_url):
    """django-csp's CONTENT_SECURITY_POLICY for the site at `site_url`."""
    return {
        "DIRECTIVES": {
            "default-src": [SELF],
            "img-src": [SELF, "data:"],
            "style-src": [SELF, NONCE],
            "script-src": [SELF],
            "connect-src": [SELF, websocket_origin(site_url)],
            "object-src": [NONE],
            "base-uri": [SELF],
            "form-action": [SELF],
            "frame-ancestors": [NONE],
        },
    }


CMS_PATH_PREFIX = "/cms/"
CMS_CONTENT_SECURITY_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "frame-ancestors": [SELF],
}

# Browser features no page of the site uses; denied, also to embedded frames.
PERMISSIONS_POLICY_DENIED = [
    "accelerometer", "camera", "display-capture", "geolocation", "gyroscope",
    "magnetometer", "microphone", "midi", "payment", "usb",
]
