"""communique: news articles about international politics in, verifiable event data out."""

__version__ = "0.1.0"
