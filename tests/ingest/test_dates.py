import datetime as dt
import time

import pytest

from newsgraph.ingest.dates import iso_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-12-18", "2025-12-18"),
        ("2025-12-18T23:30:00+03:00", "2025-12-18"),
        ("Tue, 16 Dec 2025 10:00:00 +0300", "2025-12-16"),
        ("16.12.2025", "2025-12-16"),
        ("1.2.2024 10:00", "2024-02-01"),
        (dt.date(2025, 1, 2), "2025-01-02"),
        (time.strptime("2025-03-04", "%Y-%m-%d"), "2025-03-04"),
        ("2025-02-30", None),
        ("вчера", None),
        ("", None),
        (None, None),
        (20251218, None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected
