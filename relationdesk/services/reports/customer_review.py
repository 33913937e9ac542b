"""The customer review: a multi-page account review of one customer (filled in below)."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ReviewOptions:
    period_from: date
    period_to: date
    include_texts: bool = False  # what was disclosed, not only domains, depths and topics
    include_sensitive: bool = False  # with include_texts: sensitive disclosures too
    author: str = ""
