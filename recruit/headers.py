"""Security headers on every response, `no-store` on anything personal, Secure cookies over TLS.

Pages get a CSP whose only inline script is one carrying this request's nonce; API answers
get a CSP that allows nothing at all (JSON is never a document).
"""

from __future__ import annotations

import secrets

from flask import Flask, Request, Response, g, request
from flask.sessions import SecureCookieSessionInterface

_PAGE_CSP = ("default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
             "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
             "frame-ancestors 'none'")
_API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"
# anonymous reads of public data a proxy or the app may cache briefly
_PUBLIC_PREFIXES = ("/api/v1/search/vacancies", "/api/v1/campaigns", "/api/openapi.json", "/healthz")


def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def _personal(req: Request) -> bool:
    """Signed in (token or session cookie), or anything not known to be public."""
    if req.headers.get("Authorization") or req.cookies.get("session"):
        return True
    return not (req.method == "GET" and req.path.startswith(_PUBLIC_PREFIXES))


class _TlsAwareSessions(SecureCookieSessionInterface):
    """The session cookie is Secure whenever the request came over TLS (or config says so)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or (bool(request) and request.is_secure)


def init_app(app: Flask) -> None:
    app.session_interface = _TlsAwareSessions()
    app.jinja_env.globals["csp_nonce"] = csp_nonce

    @app.after_request
    def _security_headers(response: Response) -> Response:
        h = response.headers
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("X-Frame-Options", "DENY")
        h.setdefault("Referrer-Policy", "no-referrer")
        h.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        h.setdefault("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
        if response.mimetype == "text/html":
            h["Content-Security-Policy"] = _PAGE_CSP.format(nonce=csp_nonce())
        elif not request.path.startswith(("/static", "/ops/static")):
            h.setdefault("Content-Security-Policy", _API_CSP)
        if request.is_secure:
            h.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if _personal(request):
            h["Cache-Control"] = "no-store"
            h["Pragma"] = "no-cache"
        return response
