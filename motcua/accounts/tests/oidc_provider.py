"""A tiny OpenID Connect provider on 127.0.0.1, standing in for VNeID in tests.

It serves the four endpoints mozilla-django-oidc calls: authorization (answers at
once for the configured person, as if they had signed in), token (an RS256-signed
id_token), userinfo and JWKS. It checks the client's id and secret, the code, the
redirect URI and the bearer token like a real provider would.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

CLIENT_ID = "motcua-test"
CLIENT_SECRET = "local-provider-secret"


class LocalProvider:
    """Serve the provider until `stop()`; `claims` is the person who signs in."""

    def __init__(self, claims: dict) -> None:
        self.claims = dict(claims)
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = secrets.token_hex(4)
        # The key that signs id_tokens; a test swaps it to forge a token.
        self.signing_key = self.key
        self.codes: dict[str, dict] = {}
        self.tokens: dict[str, dict] = {}
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                provider.handle_get(self)

            def do_POST(self) -> None:
                provider.handle_post(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> LocalProvider:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def settings(self) -> dict:
        """Return the Django settings that point at this provider."""
        return {
            "OIDC_RP_CLIENT_ID": CLIENT_ID,
            "OIDC_RP_CLIENT_SECRET": CLIENT_SECRET,
            "OIDC_OP_AUTHORIZATION_ENDPOINT": f"{self.url}/authorize",
            "OIDC_OP_TOKEN_ENDPOINT": f"{self.url}/token",
            "OIDC_OP_USER_ENDPOINT": f"{self.url}/userinfo",
            "OIDC_OP_JWKS_ENDPOINT": f"{self.url}/jwks",
            "OIDC_RP_SIGN_ALGO": "RS256",
            "AUTHENTICATION_BACKENDS": [
                "motcua.accounts.oidc.VNeIDBackend",
                "django.contrib.auth.backends.ModelBackend",
            ],
        }

    # ------------------------------------------------------------ endpoints

    @staticmethod
    def _send(handler, status: int, body: dict | None = None, headers=None) -> None:
        handler.send_response(status)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        payload = json.dumps(body).encode() if body is not None else b""
        if body is not None:
            handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)

    def handle_get(self, handler) -> None:
        url = urlparse(handler.path)
        if url.path == "/authorize":
            self._authorize(handler, {k: v[0] for k, v in parse_qs(url.query).items()})
        elif url.path == "/userinfo":
            token = handler.headers.get("Authorization", "").removeprefix("Bearer ")
            if token not in self.tokens:
                self._send(handler, 401, {"error": "invalid_token"})
            else:
                self._send(handler, 200, self.tokens[token])
        elif url.path == "/jwks":
            jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
            jwk.update({"kid": self.kid, "alg": "RS256", "use": "sig"})
            self._send(handler, 200, {"keys": [jwk]})
        else:
            self._send(handler, 404, {"error": "not_found"})

    def _authorize(self, handler, params: dict) -> None:
        if (
            params.get("client_id") != CLIENT_ID
            or params.get("response_type") != "code"
        ):
            self._send(handler, 400, {"error": "invalid_request"})
            return
        code = secrets.token_urlsafe(16)
        self.codes[code] = {
            "nonce": params.get("nonce"),
            "redirect_uri": params["redirect_uri"],
        }
        query = urlencode({"code": code, "state": params.get("state", "")})
        self._send(
            handler, 302, headers={"Location": f"{params['redirect_uri']}?{query}"}
        )

    def handle_post(self, handler) -> None:
        length = int(handler.headers.get("Content-Length", 0))
        form = {
            k: v[0] for k, v in parse_qs(handler.rfile.read(length).decode()).items()
        }
        if urlparse(handler.path).path != "/token":
            self._send(handler, 404, {"error": "not_found"})
            return
        grant = self.codes.pop(form.get("code", ""), None)
        if (
            form.get("client_id") != CLIENT_ID
            or form.get("client_secret") != CLIENT_SECRET
            or grant is None
            or form.get("redirect_uri") != grant["redirect_uri"]
        ):
            self._send(handler, 400, {"error": "invalid_grant"})
            return
        now = int(time.time())
        id_token = jwt.encode(
            {
                "iss": self.url,
                "sub": self.claims.get("sub", "vneid-user"),
                "aud": CLIENT_ID,
                "iat": now,
                "exp": now + 300,
                "nonce": grant["nonce"],
            },
            self.signing_key,
            algorithm="RS256",
            headers={"kid": self.kid},
        )
        access_token = secrets.token_urlsafe(24)
        self.tokens[access_token] = self.claims
        self._send(
            handler,
            200,
            {
                "access_token": access_token,
                "token_type": "Bearer",
                "id_token": id_token,
            },
        )
