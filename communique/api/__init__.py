"""HTTP API and dashboard server over the communique store (`communique serve`)."""

from communique.api.app import create_app

__all__ = ["create_app"]
