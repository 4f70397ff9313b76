"""`communique serve`: defined in communique.api.cli (the API/dashboard package)."""

from communique.api.cli import register  # noqa: F401
