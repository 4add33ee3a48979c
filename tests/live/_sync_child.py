"""Child process for the kill -9 test: sync a mastodon-mock account into a SQLite store, slowly."""

from __future__ import annotations

import sys

from followsift.auth import Credentials
from followsift.sources._http import Pacer
from followsift.sources.mastodon import MastodonSource
from followsift.store import Store
from followsift.sync import sync_account

url, token, db = sys.argv[1:4]
# A fixed gap between requests so the parent can kill us in the middle of the pass.
source = MastodonSource(
    Credentials(platform="mastodon", url=url, token=token), pacer=Pacer("mastodon", min_interval=0.15)
)
with Store.open(db) as store:
    sync_account(store, source, posts=5)
