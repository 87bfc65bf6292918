"""Publication dates from the many shapes sources give them in, as ISO ``YYYY-MM-DD``.

Only the date is kept: stores and filters compare dates as strings, and a
time of day would make ``published <= "2025-12-18"`` exclude that very day.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Russian sources write dates day first: 16.12.2025
DAY_FIRST = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def iso_date(value: object) -> str | None:
    """``"2025-12-18"`` from an ISO string, an RFC 2822 string, a date, or a `time.struct_time`."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value)
    if isinstance(value, str):
        return _from_string(value)
    return None


def _from_string(value: str) -> str | None:
    match = ISO_DATE.match(value)
    if match:
        return _valid(*map(int, match.groups()))
    match = DAY_FIRST.match(value)
    if match:
        day, month, year = map(int, match.groups())
        return _valid(year, month, day)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.strftime("%Y-%m-%d")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
