"""Where the relationship stands, and why: the stage on the progression business partner →
collaborative partner → collaborative & personal partner (docs/domain.md §2), the
stay-in-touch light and any drifting apart. The salesperson confirms or overrides."""

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.meetings import Depth
from relationdesk.domain.relationship_stage import (
    DomainSummary,
    RelationshipStage,
    StageSuggestion,
)
from relationdesk.domain.stay_in_touch import TouchStatus, follow_up_overdue
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.labels import TOUCH_COLOURS, depth_label, stage_label, touch_label
from relationdesk.palette import CAUTION_TEXT_STYLE
from relationdesk.services import relationship_view as service
from relationdesk.services.relationship_view import RelationshipView
from relationdesk.ui.shared.changes import Changes, Topic
from relationdesk.ui.shared.qt_helpers import describe, named


class RelationshipPanel(QWidget):
    def __init__(
        self,
        db: Database,
        default_touch_days: int,
        parent: QWidget | None = None,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipPanel")
        self._db = db
        if changes is None:  # on its own: it reloads itself after its writes
            changes = Changes(self)
            changes.changed.connect(lambda _change: self.show_customer(self._customer_id))
        self._changes = changes  # in the customer pane, the pane reloads it
        self._default_touch_days = default_touch_days
        self._customer_id: str | None = None
        self.view: RelationshipView | None = None
        self.stage_value = named(QLabel(), "suggestedStage")
        bold = self.stage_value.font()
        bold.setBold(True)
        self.stage_value.setFont(bold)
        self.why_label = named(QLabel(), "stageWhy")
        self.why_label.setWordWrap(True)
        self.confirmed_value = named(QLabel(), "confirmedStage")
        self.stage_combo = named(QComboBox(), "stageCombo")
        for stage in RelationshipStage:
            self.stage_combo.addItem("", stage.value)
        self.confirm_button = named(QPushButton(), "confirmStageButton")
        self.professional_check = named(QCheckBox(), "keepProfessionalCheck")
        self.touch_value = named(QLabel(), "touchStatus")
        self.touch_spin = named(QSpinBox(), "customerTouchSpin")
        self.touch_spin.setRange(0, 365)  # 0: the default from the settings
        self.touch_spin.setKeyboardTracking(False)
        self.drift_label = named(QLabel(), "driftWarning")
        self.drift_label.setWordWrap(True)
        self.drift_label.setStyleSheet(CAUTION_TEXT_STYLE)
        self.history_label = named(QLabel(), "stageHistory")
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color: palette(mid);")
        choose = QHBoxLayout()
        choose.addWidget(self.stage_combo, 1)
        choose.addWidget(self.confirm_button)
        self.form = QFormLayout()
        self._form_labels = [QLabel() for _ in range(4)]
        self.form.addRow(self._form_labels[0], self.stage_value)
        self.form.addRow(QLabel(), self.why_label)
        self.form.addRow(self._form_labels[1], self.confirmed_value)
        self.form.addRow(QLabel(), choose)
        self.form.addRow(QLabel(), self.history_label)
        touch_row = QHBoxLayout()
        touch_row.addWidget(self.touch_value, 1)
        touch_row.addWidget(self.touch_spin)
        self.form.addRow(self._form_labels[2], touch_row)
        self.form.addRow(self._form_labels[3], self.professional_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.drift_label)
        self.confirm_button.clicked.connect(self._confirm)
        self.professional_check.clicked.connect(self._professional_clicked)
        self.touch_spin.valueChanged.connect(self._touch_days_changed)
        self.retranslate_ui()

    def show_customer(self, customer_id: str | None) -> None:
        self._customer_id = customer_id
        now = datetime.now(UTC).replace(tzinfo=None)
        self.view = (
            service.relationship_view(self._db.reader, customer_id, now, self._default_touch_days)
            if customer_id
            else None
        )
        self._fill()

    def _fill(self) -> None:
        view = self.view
        self.setEnabled(view is not None)
        if view is None:
            return
        suggestion = view.suggestion
        self.stage_value.setText(stage_label(suggestion.stage))
        self.why_label.setText(self.explain(suggestion))
        confirmed = view.confirmed_stage
        self.confirmed_value.setText(
            stage_label(confirmed) if confirmed else self.tr("not confirmed yet")
        )
        self.stage_combo.setCurrentIndex(
            self.stage_combo.findData((confirmed or suggestion.stage).value)
        )
        self.history_label.setText(
            "\n".join(
                self.tr("%1: %2 (suggested: %3)")
                .replace("%1", short_date(change.changed_at))
                .replace("%2", stage_label(change.stage))
                .replace("%3", stage_label(change.suggested_stage))
                + (f" — {change.note}" if change.note else "")
                for change in view.history[:3]
            )
        )
        self.history_label.setVisible(bool(view.history))
        colour = TOUCH_COLOURS[view.touch]
        when = (
            self.tr("last meeting %1").replace("%1", short_date(view.last_meeting_at))
            if view.last_meeting_at
            else ""
        )
        overdue = (
            f'<br><span style="color:{TOUCH_COLOURS[TouchStatus.RED]}">⚑</span> '
            + self.tr("Follow-up overdue since %1").replace(
                "%1", short_date(view.next_follow_up_at)
            )
            if follow_up_overdue(view.next_follow_up_at, datetime.now(UTC).replace(tzinfo=None))
            else ""
        )  # its own mark: the dot speaks of contact only
        self.touch_value.setText(
            f'<span style="color:{colour}">●</span> {touch_label(view.touch)}'
            + (f" — {when}" if when else "")
            + overdue
        )
        self.touch_value.setToolTip(
            self.tr("Meet every %1 days at best, %2 days at most.")
            .replace("%1", str(view.touch_rule.ideal_days))
            .replace("%2", str(view.touch_rule.max_days))
        )
        self.professional_check.setChecked(view.keep_professional)
        self.touch_spin.blockSignals(True)
        self.touch_spin.setValue(view.stay_in_touch_days or 0)
        self.touch_spin.blockSignals(False)
        self.drift_label.setText(self._drift_text(view))
        self.drift_label.setVisible(view.drift.drifting)

    def explain(self, suggestion: StageSuggestion) -> str:
        """E.g. "In the last 180 days: business: 5 topics, intermediate depth reached by
        both sides; personal life: nothing disclosed." Built from the rule's evidence, so
        it speaks any language."""
        parts = []
        for summary, name in (
            (suggestion.business, self.tr("Business")),
            (suggestion.personal, self.tr("Personal life")),
        ):
            if summary.breadth == 0:
                parts.append(self.tr("%1: nothing disclosed").replace("%1", name))
                continue
            depth = summary.shallowest_of_deepest
            sides = self.tr("both sides") if summary.both_sides else self.tr("one side only")
            parts.append(
                self.tr("%1: %n topic(s), %2 depth reached by %3", "", summary.breadth)
                .replace("%1", name)
                .replace("%2", depth_label(depth or _deepest(summary)).lower())
                .replace("%3", sides)
            )
        text = (
            self.tr("In the last %n day(s): ", "", suggestion.window_days) + "; ".join(parts) + "."
        )
        if suggestion.keep_professional:
            text += " " + self.tr("Kept professional by choice: personal topics are not expected.")
        elif "balance" in suggestion.missing:
            text += " " + self.tr("The exchange is one-sided: both sides should open up.")
        return text

    def _drift_text(self, view: RelationshipView) -> str:
        drift = view.drift
        reasons = []
        if "meeting_frequency" in drift.reasons:
            reasons.append(
                self.tr("meetings fell from %1 to %2 a month")
                .replace("%1", QLocale().toString(drift.rate_baseline_per_30d, "f", 1))
                .replace("%2", QLocale().toString(drift.rate_recent_per_30d, "f", 1))
            )
        if "disclosure_depth" in drift.reasons:
            reasons.append(self.tr("what the customer shares is getting shallower"))
        return self.tr("Drifting apart: %1. Plan a meeting soon.").replace("%1", "; ".join(reasons))

    def _confirm(self) -> None:
        if self._customer_id is None or self.view is None:
            return
        stage = RelationshipStage(self.stage_combo.currentData())
        customer_id, suggested = self._customer_id, self.view.suggestion.stage
        previous = self._db.reader.execute(
            "SELECT confirmed_stage FROM customer WHERE id = ?", [customer_id]
        ).fetchone()
        change_ids = [service.confirm_stage(self._db, customer_id, stage, suggested)]
        self._changes.announce(Topic.CUSTOMERS, customer_ids=[customer_id])
        from relationdesk.ui.shared.undo import push_undoable

        def again() -> None:
            change_ids[0] = service.confirm_stage(self._db, customer_id, stage, suggested)

        push_undoable(
            self,
            self.tr("stage confirmed"),
            again,
            lambda: service.withdraw_stage_confirmation(
                self._db, customer_id, change_ids[0], previous[0] if previous else None
            ),
            (Topic.CUSTOMERS,),
            [customer_id],
        )

    def _touch_days_changed(self, days: int) -> None:
        if self._customer_id is None:
            return
        service.set_stay_in_touch_days(self._db, self._customer_id, days or None)
        self._changes.announce(Topic.CUSTOMERS, customer_ids=[self._customer_id])

    def _professional_clicked(self, checked: bool) -> None:
        if self._customer_id is None:
            return
        service.set_keep_professional(self._db, self._customer_id, checked)
        self._changes.announce(Topic.CUSTOMERS, customer_ids=[self._customer_id])

    def retranslate_ui(self) -> None:
        describe(
            self.touch_spin,
            self.tr("Stay in touch with this customer every"),
            self.tr("Days between meetings; 0 uses the default interval"),
        )
        for label, text in zip(
            self._form_labels,
            (
                self.tr("Suggested stage:"),
                self.tr("Confirmed stage:"),
                self.tr("Stay in touch:"),
                self.tr("Boundary:"),
            ),
            strict=True,
        ):
            label.setText(text)
        for index in range(self.stage_combo.count()):
            self.stage_combo.setItemText(
                index, stage_label(RelationshipStage(self.stage_combo.itemData(index)))
            )
        self.confirm_button.setText(self.tr("Confirm stage"))
        self.professional_check.setText(self.tr("Keep it professional (no personal topics)"))
        self.touch_spin.setSpecialValueText(self.tr("default interval"))
        self.touch_spin.setPrefix(self.tr("every "))
        self.touch_spin.setSuffix(self.tr(" days"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _deepest(summary: DomainSummary) -> Depth:
    """The deeper of the two sides' deepest disclosures (when only one side disclosed)."""
    found = [d for d in (summary.deepest_customer, summary.deepest_ours) if d is not None]
    return max(found, key=lambda d: d.rank) if found else Depth.PERIPHERAL
