"""followsift: keep a social follow graph about quality, not quantity."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
