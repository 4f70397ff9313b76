"""The offline dashboard: static HTML, CSS and plain ES modules served by communique.api."""
