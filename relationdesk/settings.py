"""Every user setting declared once, with its key, type and default (Picard's options.py idea).

Stored with QSettings in an INI file inside the data folder, so RELATIONDESK_DATA_DIR
isolates tests and portable installs completely.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from relationdesk.domain.disengage import DisengageThresholds

T = TypeVar("T")


class Setting(Generic[T]):
    """A declared setting. A plain class: `dataclasses` costs 3 ms at start-up."""

    __slots__ = ("default", "key")

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default


LANGUAGE = Setting("ui/language", "")  # "" = follow the system locale on first start
WINDOW_GEOMETRY = Setting("ui/window_geometry", QByteArray())
WINDOW_STATE = Setting("ui/window_state", QByteArray())
MAIN_SPLITTER = Setting("ui/main_splitter", QByteArray())
LAST_CUSTOMER_ID = Setting("ui/last_customer_id", "")
SAMPLE_OFFER_DISMISSED = Setting("ui/sample_offer_dismissed", False)
STAY_IN_TOUCH_DAYS = Setting("relationships/stay_in_touch_days", 30)  # ideal gap; max is 2x
# Where versions before schema 0005 kept an unsaved "Log meeting" form (JSON, sensitive
# texts included): only read to move it into the database (services/meeting_draft.py).
MEETING_DRAFT = Setting("meetings/draft", "")
# At most one automatic backup per this many hours (20: about one a day, whatever the hour).
BACKUP_INTERVAL_HOURS = Setting("backups/interval_hours", 20)
SCORE_HALF_LIFE_DAYS = Setting("scores/half_life_days", 180)  # evidence weighs half after this
# The health's weight of each principle, in domain.evidence.Principle order, like a scorecard.
SCORE_WEIGHTS = Setting("scores/weights", "1,1,1,1,1")
# What an hour of meeting time costs, per currency, in minor units: "EUR=5000;RON=25000".
# A currency without a rate counts meeting time as nothing (the economics tab says so).
HOURLY_RATES = Setting("economics/hourly_rates", "EUR=5000")
# Seed 004's disengage rule (domain/disengage.py); percentages and a 0-100 health score.
DISENGAGE_COST_PERCENT = Setting("economics/disengage_cost_percent", 50)
DISENGAGE_WEAK_HEALTH = Setting("economics/disengage_weak_health", 50)
DISENGAGE_REVENUE_DROP_PERCENT = Setting("economics/disengage_revenue_drop_percent", 20)
QUIET_DAYS = Setting("relationships/quiet_days", 90)  # "gone quiet" on the dashboard
# CSV import: the column mapping chosen per folded header line, as JSON (domain/csv_mapping).
CSV_IMPORT_MAPPINGS = Setting("import/csv_mappings", "")
OPEN_PDF_WHEN_DONE = Setting("reports/open_when_done", False)  # "Export PDF…" opens the file
USER_NAME = Setting("user/name", "")  # "Prepared by" on reports; asked once, kept in Settings
PDF_FOLDER = Setting("reports/folder", "")  # the last PDF's folder, offered next ("" = home)
ENCRYPTION_OFFERED = Setting("security/encryption_offered", False)  # asked once, plain files


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, path: Path) -> None:
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._store.value(setting.key, setting.default)
        return _coerce(value, setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def remove(self, setting: Setting[T]) -> None:
        self._store.remove(setting.key)

    def sync(self) -> None:
        self._store.sync()


def _coerce(value: Any, default: T) -> T:
    """INI files give strings back; turn them into the declared type."""
    if value is None:
        return default
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")  # type: ignore[return-value]
        return bool(value)  # type: ignore[return-value]
    if isinstance(default, int):
        try:
            return int(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return default
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else default  # type: ignore[return-value]
    if isinstance(default, str):
        return str(value)  # type: ignore[return-value]
    return cast(T, value)


def hourly_rates(settings: Settings) -> dict[str, int]:
    """Minor units per hour of meeting time, per currency code."""
    from relationdesk.domain.economics import parse_hourly_rates

    return parse_hourly_rates(settings.get(HOURLY_RATES))


def disengage_thresholds(settings: Settings) -> "DisengageThresholds":
    from relationdesk.domain.disengage import DisengageThresholds

    return DisengageThresholds(
        cost_ratio=settings.get(DISENGAGE_COST_PERCENT) / 100,
        weak_health=float(settings.get(DISENGAGE_WEAK_HEALTH)),
        revenue_drop=settings.get(DISENGAGE_REVENUE_DROP_PERCENT) / 100,
    )
