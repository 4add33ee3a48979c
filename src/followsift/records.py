"""Accounts to and from plain dicts in the DESIGN.md section 3 record format (JSON Lines contract)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from followsift.model import Account, Post, ProfileField

__all__ = ["account_from_dict", "account_to_dict", "parse_time", "post_from_dict", "to_iso"]

_INT_FIELDS = ("followers_count", "following_count", "posts_count", "likes_count", "listed_count")
_BOOL_FIELDS = ("default_avatar", "default_profile", "verified", "bot", "locked")
_TEXT_FIELDS = ("handle", "display_name", "bio", "url", "location", "status", "moved_to")
_TIME_FIELDS = ("created_at", "observed_at", "last_post_at")


def parse_time(value: Any) -> datetime | None:
    """ISO-8601 or X's ``Wed Oct 10 20:19:24 +0000 2018``; naive times are taken as UTC.

    Raises ``ValueError`` on text that is neither, so readers can name the field at fault.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = _parse_x_time(text)
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_x_time(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y")
    except ValueError:
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError):
            raise ValueError(f"{text!r} is not a date (use ISO-8601, e.g. 2024-05-01T12:00:00Z)") from None


def to_iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if value else None


def post_from_dict(data: dict[str, Any]) -> Post:
    return Post(
        text=str(data.get("text") or ""),
        created_at=parse_time(data.get("created_at")),
        is_reply=bool(data.get("is_reply", False)),
        is_repost=bool(data.get("is_repost", False)),
        id=None if data.get("id") is None else str(data["id"]),
        lang=data.get("lang"),
    )


def account_from_dict(data: dict[str, Any]) -> Account:
    """An Account from a dict in the record format; raises ``ValueError`` naming the bad field."""
    if data.get("id") in (None, ""):
        raise ValueError("field 'id' is missing: every record needs an id")
    kwargs: dict[str, Any] = {"id": str(data["id"]), "platform": str(data.get("platform") or "x")}
    for name in _TEXT_FIELDS:
        if data.get(name) is not None:
            kwargs[name] = str(data[name])
    for name in _INT_FIELDS:
        kwargs[name] = _int_field(data, name)
    for name in _BOOL_FIELDS:
        if data.get(name) is not None:
            kwargs[name] = bool(data[name])
    for name in _TIME_FIELDS:
        try:
            kwargs[name] = parse_time(data.get(name))
        except ValueError as err:
            raise ValueError(f"field {name!r}: {err}") from None
    kwargs["fields"] = [
        ProfileField(str(f.get("name", "")), str(f.get("value", ""))) for f in data.get("fields") or []
    ]
    kwargs["posts"] = [post_from_dict(p) for p in data.get("posts") or []]
    kwargs["labels"] = _labels(data.get("labels"))
    return Account(**kwargs)


def _labels(value: Any) -> list[str]:
    """Label values from strings or from Bluesky label objects ({"val": "porn", ...})."""
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise ValueError(f"field 'labels' must be a list of labels, not {value!r}")
    return [str(v.get("val", "")) if isinstance(v, dict) else str(v) for v in value if v]


def _int_field(data: dict[str, Any], name: str) -> int | None:
    value = data.get(name)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError(f"field {name!r} must be a whole number, not {value!r}") from None


def account_to_dict(account: Account) -> dict[str, Any]:
    """The record-format dict of an account; absent values are left out."""
    out: dict[str, Any] = {"platform": account.platform, "id": account.id}
    for name in (*_TEXT_FIELDS, *_INT_FIELDS, *_BOOL_FIELDS):
        value = getattr(account, name)
        if value is not None:
            out[name] = value
    for name in _TIME_FIELDS:
        if (value := getattr(account, name)) is not None:
            out[name] = to_iso(value)
    if account.fields:
        out["fields"] = [{"name": f.name, "value": f.value} for f in account.fields]
    if account.labels:
        out["labels"] = list(account.labels)
    if account.posts:
        out["posts"] = [
            {
                k: v
                for k, v in (
                    ("id", p.id),
                    ("text", p.text),
                    ("created_at", to_iso(p.created_at)),
                    ("is_reply", p.is_reply),
                    ("is_repost", p.is_repost),
                    ("lang", p.lang),
                )
                if v is not None
            }
            for p in account.posts
        ]
    return out
