"""Sources of accounts and follow graphs: platform APIs (live), exports, the demo, test fakes."""

from __future__ import annotations

import importlib
from typing import Any, cast

from followsift.auth import Credentials
from followsift.errors import ConfigError
from followsift.sources.base import LiveSource

__all__ = ["LIVE_SOURCES", "open_live_source"]

#: Platform → "module:class" of its live source; imported on use so one SDK's absence spares the others.
LIVE_SOURCES = {
    "mastodon": "followsift.sources.mastodon:MastodonSource",
    "bluesky": "followsift.sources.bluesky:BlueskySource",
    "x": "followsift.sources.x:XSource",
}


def open_live_source(creds: Credentials, **options: Any) -> LiveSource:
    """The live source for ``creds.platform`` (options go to the source's constructor)."""
    target = LIVE_SOURCES.get(creds.platform)
    if target is None:
        raise ConfigError(f"no live source for platform {creds.platform!r}: use mastodon, bluesky or x")
    module, name = target.split(":")
    return cast(LiveSource, getattr(importlib.import_module(module), name)(creds, **options))
