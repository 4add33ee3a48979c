"""Shared HTTP plumbing for the platform sources: rate-limit pacing, retries, one httpx stack.

Every platform SDK is made to ride on one ``httpx.Client`` (atproto does natively; Mastodon.py and tweepy
use ``requests``, so ``HttpxAdapter`` carries their requests over httpx). That gives one seam for three
things: the ``Pacer`` reads each response's rate-limit headers, tests swap the transport (respx,
``httpx.MockTransport``), and timeouts are the same everywhere.

The ``Pacer`` spreads the requests left in a window evenly over the time left before it resets, so a long
sync runs at the platform's allowed rate without bursting into 429s; on a 429 it waits for Retry-After or
the reset, and 5xx / timeouts are retried with jittered exponential backoff (stamina).
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
import requests
import stamina
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from followsift.errors import RateLimitError, SourceError

__all__ = [
    "HttpxAdapter",
    "PacedCalls",
    "Pacer",
    "Progress",
    "RateLimitedError",
    "RetryableError",
    "parse_reset",
    "protect_logs",
    "redact",
    "requests_session",
]

T = TypeVar("T")
#: A progress callback: receives one human sentence ("waiting 42 s: Mastodon rate limit, resets 12:05").
Progress = Callable[[str], None]

#: Header names per convention: (limit, remaining, reset). Lower-case; httpx/requests headers are case-blind.
_HEADER_SETS = (
    ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"),  # Mastodon (ISO-8601), mock (epoch)
    ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"),  # Bluesky (epoch)
    ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"),  # X (epoch)
)
#: Resets given in whole seconds may be up to a second early; aim just past them.
_RESET_MARGIN = 1.0
#: Retry-After and resets this far in the past or beyond are nonsense; fall back to backoff.
_MAX_SANE_WAIT = 24 * 3600.0


class RateLimitedError(Exception):
    """Raised by a source's call wrapper when the platform answered 429."""

    def __init__(self, headers: Mapping[str, str] | None = None) -> None:
        super().__init__("rate limited")
        self.headers: Mapping[str, str] = headers or {}


class RetryableError(Exception):
    """Raised by a source's call wrapper for a transient failure (5xx, timeout, connection reset)."""


def parse_reset(value: str | None, now: float) -> float | None:
    """A reset header as epoch seconds: epoch numbers, ISO-8601 (Mastodon) or seconds-from-now."""
    if not value:
        return None
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()
    # Small numbers are deltas (some servers send seconds-until-reset), big ones are epochs.
    return now + number if number < 10**8 else number


def _retry_after(value: str | None, now: float) -> float | None:
    """Retry-After as seconds to wait: a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - now)
        except (TypeError, ValueError):
            return None


@dataclass(slots=True)
class _Window:
    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None
    whole_seconds: bool = False


class Pacer:
    """Paces calls under a platform's advertised rate limit and retries transient failures.

    ``observe()`` is fed every response's headers (by an HTTP hook); ``call()`` runs one SDK call with
    pacing before it, 429 waits and 5xx/timeout retries around it.
    """

    def __init__(
        self,
        platform: str,
        *,
        progress: Progress | None = None,
        max_wait: float = 900.0,
        attempts: int = 5,
        min_interval: float = 0.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.platform = platform
        self.progress = progress
        self.max_wait = max_wait
        self.attempts = attempts
        self.min_interval = min_interval
        self.clock = clock
        self.sleep = sleep
        self.requests = 0
        self.rate_limited = 0
        self.waited = 0.0
        self._window = _Window()
        #: Headers of the latest response, for SDKs whose errors do not carry them (Retry-After on a 429).
        self.last_headers: dict[str, str] = {}
        self._last_call: float | None = None
        self._lock = threading.Lock()

    # -- feeding -------------------------------------------------------------------------------------------
    def observe(self, headers: Mapping[str, str], status: int = 200) -> None:
        """Read rate-limit headers of one response (any platform's convention)."""
        lowered = {k.lower(): v for k, v in headers.items()}
        self.last_headers = lowered
        now = self.clock()
        for limit_h, remaining_h, reset_h in _HEADER_SETS:
            if remaining_h in lowered or reset_h in lowered:
                with self._lock:
                    self._window = _Window(
                        limit=_int(lowered.get(limit_h)),
                        remaining=_int(lowered.get(remaining_h)),
                        reset=parse_reset(lowered.get(reset_h), now),
                        whole_seconds=_is_number(lowered.get(reset_h)),
                    )
                return

    # -- pacing --------------------------------------------------------------------------------------------
    def delay(self) -> float:
        """Seconds to wait before the next request so the window's budget lasts until its reset."""
        now = self.clock()
        window = self._window
        wait = 0.0
        if window.reset is not None and window.remaining is not None and window.reset > now - _RESET_MARGIN:
            until_reset = window.reset - now
            if window.remaining <= 0:
                # Whole-second resets may be up to a second early: only the window's edge needs the margin.
                wait = until_reset + (_RESET_MARGIN if window.whole_seconds else 0.0)
            elif self._last_call is not None:
                # Even spacing: the remaining budget spread over the time left in the window.
                wait = until_reset / (window.remaining + 1) - (now - self._last_call)
        if self.min_interval and self._last_call is not None:
            wait = max(wait, self.min_interval - (now - self._last_call))
        return max(0.0, wait)

    def pace(self) -> None:
        wait = self.delay()
        if wait > 0:
            if wait >= 1.0:
                self._report(wait, "rate limit", self.clock() + wait)
            self._sleep(wait)
        self._last_call = self.clock()
        self.requests += 1

    # -- calling -------------------------------------------------------------------------------------------
    def call(self, fn: Callable[[], T], what: str = "request") -> T:
        """Run ``fn`` paced; wait out 429s, retry transient failures, raise SourceError when exhausted."""
        limited = 0
        while True:
            try:
                return self._with_retries(fn)
            except RateLimitedError as err:
                limited += 1
                self.rate_limited += 1
                wait = self._wait_for_429(err.headers, limited)
                if wait > self.max_wait or limited > 20:
                    raise RateLimitError(
                        f"{self.platform_name} rate limit: it asks us to wait {wait:.0f} s, more than the "
                        f"{self.max_wait:.0f} s allowed; run sync again later (it resumes where it stopped)",
                        retry_after=wait,
                    ) from None
                self._report(wait, "rate limit (429)", self.clock() + wait)
                self._sleep(wait)

    def _with_retries(self, fn: Callable[[], T]) -> T:
        try:
            for attempt in stamina.retry_context(
                on=RetryableError, attempts=self.attempts, wait_initial=0.5, wait_max=30.0, wait_jitter=1.0
            ):
                with attempt:
                    self.pace()
                    return fn()
        except RetryableError as err:
            raise SourceError(
                f"{self.platform_name} kept failing after {self.attempts} attempts ({err}); "
                "run sync again later (it resumes where it stopped)"
            ) from None
        raise AssertionError("unreachable")  # pragma: no cover - retry_context always yields

    def _wait_for_429(self, headers: Mapping[str, str], limited: int) -> float:
        now = self.clock()
        lowered = {k.lower(): v for k, v in headers.items()}
        self.observe(lowered, 429)
        retry = _retry_after(lowered.get("retry-after"), now)
        if retry is not None and retry < _MAX_SANE_WAIT:
            return retry
        window = self._window
        if window.reset is not None and now < window.reset < now + _MAX_SANE_WAIT:
            return window.reset - now + (_RESET_MARGIN if window.whole_seconds else 0.0)
        # No usable hint: back off exponentially (1, 2, 4 … s), as the platforms' docs ask.
        return float(min(2 ** (limited - 1), 60))

    # -- helpers -------------------------------------------------------------------------------------------
    @property
    def platform_name(self) -> str:
        return {"x": "X", "mastodon": "Mastodon", "bluesky": "Bluesky"}.get(self.platform, self.platform)

    def _sleep(self, seconds: float) -> None:
        self.waited += seconds
        self.sleep(seconds)

    def _report(self, wait: float, why: str, until: float) -> None:
        if self.progress is None:
            return
        at = datetime.fromtimestamp(until).astimezone().strftime("%H:%M:%S")
        self.progress(f"waiting {wait:.0f} s: {self.platform_name} {why}, resets {at}")

    def hook_httpx(self, client: httpx.Client) -> None:
        """Feed this pacer every response the client receives."""
        client.event_hooks["response"] = [*client.event_hooks.get("response", []), self._httpx_hook]

    def _httpx_hook(self, response: httpx.Response) -> None:
        self.observe(response.headers, response.status_code)

    def observe_response(self, response: httpx.Response) -> None:
        """An httpx response event hook (for SDKs that build their own client from keyword options)."""
        self.observe(response.headers, response.status_code)


class PacedCalls:
    """What every SDK-backed source shares: each call goes through its ``pacer``, with the SDK's errors turned
    into ours by the source's own ``_translate``."""

    pacer: Pacer

    def _translate(self, fn: Callable[[], T], what: str) -> T:
        raise NotImplementedError

    def _call(self, fn: Callable[[], T], what: str) -> T:
        return self.pacer.call(lambda: self._translate(fn, what), what)


class HttpxAdapter(BaseAdapter):
    """A ``requests`` transport adapter that sends through an ``httpx.Client``.

    Mastodon.py and tweepy speak ``requests``; mounting this adapter puts them on the same httpx stack as
    atproto, so one pacer hook, one timeout policy and one test seam (respx / MockTransport) serve all.
    """

    def __init__(self, client: httpx.Client) -> None:
        super().__init__()
        self.client = client

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> requests.Response:
        content = _body_bytes(request.body)
        headers = {
            k: v if isinstance(v, str) else v.decode("latin-1")
            for k, v in request.headers.items()
            if k.lower() != "content-length"
        }
        try:
            resp = self.client.request(
                request.method or "GET", request.url or "", headers=headers, content=content
            )
        except httpx.TimeoutException as err:
            raise requests.exceptions.Timeout(f"timed out: {type(err).__name__}") from None
        except httpx.TransportError as err:
            raise requests.exceptions.ConnectionError(f"connection failed: {type(err).__name__}") from None
        return _to_requests_response(resp, request)

    def close(self) -> None:
        """The httpx client belongs to the source, which closes it."""


def _to_requests_response(resp: httpx.Response, request: requests.PreparedRequest) -> requests.Response:
    out = requests.Response()
    out.status_code = resp.status_code
    # httpx already decoded the body, so the encoding header must not make requests decode it again.
    out.headers = CaseInsensitiveDict(
        {k: v for k, v in resp.headers.items() if k.lower() != "content-encoding"}
    )
    out._content = resp.content
    out.url = str(resp.url)
    out.reason = resp.reason_phrase
    out.encoding = resp.encoding
    out.request = request
    return out


def _body_bytes(body: Any) -> bytes | None:
    """A prepared request's body as bytes (it may be text, bytes, a file or an iterable of chunks)."""
    if body is None or isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    if hasattr(body, "read"):
        return _body_bytes(body.read())
    return b"".join(c.encode() if isinstance(c, str) else bytes(c) for c in body)


def requests_session(client: httpx.Client) -> requests.Session:
    """A requests session whose every request goes through ``client``."""
    session = requests.Session()
    adapter = HttpxAdapter(client)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def redact(text: str, secrets: list[str]) -> str:
    """``text`` with every secret (of four or more characters) replaced, for messages and logs."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[redacted]")
    return text


class _RedactingFilter(logging.Filter):
    """Scrubs known secrets from log records (tweepy logs request headers, bearer token included, at DEBUG)."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message, sorted(self.secrets))
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = _RedactingFilter()
#: Loggers of the SDKs and HTTP stack that may print request details.
_SDK_LOGGERS = ("tweepy.client", "httpx", "httpcore", "mastodon", "atproto_client")


def protect_logs(secrets: list[str]) -> None:
    """Make sure these secrets never appear in the SDKs' log output."""
    _FILTER.secrets.update(s for s in secrets if s and len(s) >= 4)
    for name in _SDK_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None


def _is_number(value: str | None) -> bool:
    try:
        float(value or "")
    except ValueError:
        return False
    return True
