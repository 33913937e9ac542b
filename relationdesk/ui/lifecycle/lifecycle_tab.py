"""A customer's place on the lifecycle ladder (docs/domain.md §4): the stage with the seed's
playbook for it, the move the evidence suggests (confirmed by the salesperson, never
automatic), the history of moves, recommendation answers with the NPS, and referrals."""

from collections.abc import Callable
from contextlib import suppress
from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.enums import LifecycleStage
from relationdesk.l10n.lifecycle_labels import (
    join_reasons,
    lifecycle_stage_label,
    needed_condition,
    playbook_text,
    suggestion_reason,
)
from relationdesk.services.errors import NotFound
from relationdesk.services.lifecycle import LifecycleView, lifecycle_view
from relationdesk.services.recommendations import RecommendationsView, recommendations_view
from relationdesk.ui.lifecycle.lifecycle_models import (
    LifecycleHistoryModel,
    RecommendationModel,
    ReferralModel,
)
from relationdesk.ui.shared.changes import Changes, Topic
from relationdesk.ui.shared.messages import confirm
from relationdesk.ui.shared.qt_helpers import ADVICE_BANNER_STYLE, banner, named
from relationdesk.ui.shared.record_section import RecordSection


class LifecycleTab(QWidget):
    """Announces Topic.LIFECYCLE when a move, an answer or a referral is saved or deleted."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, changes: Changes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lifecycleTab")
        self._db = db
        if changes is None:  # on its own (tests): it reloads itself after its writes
            changes = Changes(self)
            changes.changed.connect(lambda _change: self.refresh())
        self._changes = changes  # in the customer pane, the pane reloads it (TAB_TOPICS)
        self._customer_id: str | None = None
        self._customer_name = ""
        self.view: LifecycleView | None = None
        self.answers: RecommendationsView | None = None

        self.stage_caption = named(QLabel(), "lifecycleCaption")
        self.stage_label = named(QLabel(), "lifecycleStageLabel")
        font = self.stage_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.stage_label.setFont(font)
        self.change_button = named(QPushButton(), "changeLifecycleButton")
        self.change_button.clicked.connect(lambda: self.change_stage())
        header = QHBoxLayout()
        header.addWidget(self.stage_caption)
        header.addWidget(self.stage_label)
        header.addStretch()
        header.addWidget(self.change_button)
        self.playbook = named(QLabel(), "playbookLabel")
        self.playbook.setWordWrap(True)
        self.suggestion = banner("lifecycleSuggestion", ADVICE_BANNER_STYLE)
        self.accept_button = named(QPushButton(), "acceptSuggestionButton")
        self.accept_button.clicked.connect(self.accept_suggestion)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.history_model = LifecycleHistoryModel(self)
        self.history = RecordSection(self.history_model, "LifecycleMove", 0, 3)
        self.history.edit_button.hide()  # a move is undone (deleted) and made again
        self.history.sig_add.connect(lambda: self.change_stage())
        self.history.sig_delete.connect(self.delete_move)
        self.answer_model = RecommendationModel(self)
        self.answers_section = RecordSection(self.answer_model, "Recommendation", 0, 4)
        self.answers_section.edit_button.hide()
        self.answers_section.sig_add.connect(self.record_answer)
        self.answers_section.sig_delete.connect(self.delete_answer)
        self.referral_model = ReferralModel(self)
        self.referrals = RecordSection(self.referral_model, "Referral", 0, 4)
        self.referrals.edit_button.hide()
        self.referrals.sig_add.connect(self.record_referral)
        self.referrals.sig_delete.connect(self.delete_referral)
        self.splitter = named(QSplitter(Qt.Orientation.Vertical), "lifecycleSplitter")
        self.splitter.setChildrenCollapsible(False)
        for section in (self.history, self.answers_section, self.referrals):
            self.splitter.addWidget(section)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.playbook)
        layout.addLayout(suggestion_row)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()
        self.set_customer(None)

    # --- showing -------------------------------------------------------------------
    def set_customer(self, customer_id: str | None, name: str = "") -> None:
        self._customer_id = customer_id
        self._customer_name = name
        self.refresh()

    def refresh(self) -> None:
        customer_id = self._customer_id
        today = date.today()
        self.view = lifecycle_view(self._db.reader, customer_id, today) if customer_id else None
        self.answers = (
            recommendations_view(self._db.reader, customer_id, today) if customer_id else None
        )
        view, answers = self.view, self.answers
        self.history_model.set_rows(view.history if view else [])
        self.answer_model.set_rows(answers.answers if answers else [])
        referrals = (
            [(True, r) for r in answers.referrals_given]
            + [(False, r) for r in answers.referrals_received]
            if answers
            else []
        )
        self.referral_model.set_rows(referrals)
        for section in (self.history, self.answers_section, self.referrals):
            section.fit_columns()
            section.update_buttons(customer_id is not None)
        self.change_button.setEnabled(customer_id is not None)
        self._fill_texts()

    def _fill_texts(self) -> None:
        view = self.view
        stage = view.stage if view else LifecycleStage.PROSPECT
        self.stage_label.setText(lifecycle_stage_label(stage) if view else "—")
        self.playbook.setText(
            self.tr("What to do: %1").replace("%1", playbook_text(stage)) if view else ""
        )
        suggestion = view.suggestion if view else None
        show = suggestion is not None and suggestion.is_move_up
        lacking = suggestion is not None and not show and suggestion.next_stage is not None
        self.suggestion.setVisible(show or lacking)
        self.accept_button.setVisible(show)
        if suggestion is not None and lacking and suggestion.next_stage is not None:
            # Say which condition is missing instead of showing nothing (docs/scoring.md).
            needed = join_reasons([needed_condition(code) for code in suggestion.missing])
            self.suggestion.setText(
                self.tr("%1 is not suggested yet; still needed: %2.")
                .replace("%1", lifecycle_stage_label(suggestion.next_stage))
                .replace("%2", needed)
            )
        if suggestion is not None and show:
            target = lifecycle_stage_label(suggestion.stage)
            why = join_reasons([suggestion_reason(code) for code in suggestion.reasons])
            self.suggestion.setText(
                self.tr("The evidence suggests moving to %1: %2.")
                .replace("%1", target)
                .replace("%2", why)
            )
            self.accept_button.setText(self.tr("Move to %1…").replace("%1", target))
        self.answers_section.hint.setText(self._nps_text())

    def _nps_text(self) -> str:
        summary = self.answers.nps if self.answers else None
        if summary is None or summary.nps is None:
            return self.tr(
                "Ask each contact how likely they are to recommend us to a friend or partner, "
                "from 0 to 10. No answer from the last 12 months yet."
            )
        locale = QLocale()
        text = (
            self.tr("NPS %1 (answers counted: %2; promoters %3, passives %4, detractors %5).")
            .replace("%1", locale.toString(summary.nps))
            .replace("%2", locale.toString(summary.answers))
            .replace("%3", locale.toString(summary.promoters))
            .replace("%4", locale.toString(summary.passives))
            .replace("%5", locale.toString(summary.detractors))
        )
        if summary.change is not None:
            sign = "+" if summary.change > 0 else ""
            text += " " + self.tr("%1 in 90 days.").replace(
                "%1", sign + locale.toString(summary.change)
            )
        return text

    # --- actions -------------------------------------------------------------------
    def change_stage(self, stage: LifecycleStage | None = None, reason: str = "") -> None:
        if self._customer_id is None or self.view is None:
            return
        from relationdesk.ui.lifecycle.lifecycle_dialog import LifecycleDialog

        dialog = LifecycleDialog(
            self._db, self, self._customer_id, stage or self.view.stage, reason
        )
        dialog.open_then(self._moved)

    def _moved(self, change_id: str) -> None:
        """A move can be taken back (Undo) and made again (Redo)."""
        from relationdesk.services.deleted_rows import DeletedRows, put_back, read_before_delete
        from relationdesk.services.lifecycle import delete_lifecycle_change
        from relationdesk.ui.shared.changes import Topic
        from relationdesk.ui.shared.undo import push_undoable

        kept: list[DeletedRows] = []  # the move as it was, read when it is taken back

        def take_back() -> None:
            kept[:] = [read_before_delete(self._db.reader, "lifecycle_change", change_id)]
            delete_lifecycle_change(self._db, change_id)

        push_undoable(
            self,
            self.tr("lifecycle move"),
            lambda: put_back(self._db, kept[0]),
            take_back,
            (Topic.LIFECYCLE,),
            [self._customer_id] if self._customer_id else [],
        )
        self._changed()

    def accept_suggestion(self) -> None:
        view = self.view
        if view is None or not view.suggestion.is_move_up:
            return
        reasons = join_reasons([suggestion_reason(code) for code in view.suggestion.reasons])
        self.change_stage(view.suggestion.stage, reasons)

    def record_answer(self) -> None:
        if self._customer_id is None:
            return
        from relationdesk.ui.lifecycle.recommendation_dialog import RecommendationDialog

        RecommendationDialog(self._db, self, self._customer_id).open_then(
            lambda _id: self._changed()
        )

    def record_referral(self) -> None:
        if self._customer_id is None:
            return
        from relationdesk.ui.lifecycle.referral_dialog import ReferralDialog

        ReferralDialog(self._db, self, self._customer_id, self._customer_name).open_then(
            lambda _id: self._changed()
        )

    def delete_move(self) -> None:
        from relationdesk.services.lifecycle import delete_lifecycle_change

        self._delete(
            self.history,
            self.tr("Undo lifecycle move"),
            self.tr("Remove this move from the history? The stage goes back to the one before."),
            delete_lifecycle_change,
        )

    def delete_answer(self) -> None:
        from relationdesk.services.recommendations import delete_recommendation

        self._delete(
            self.answers_section,
            self.tr("Delete answer"),
            self.tr("Delete this recommendation answer? This cannot be undone."),
            delete_recommendation,
        )

    def delete_referral(self) -> None:
        from relationdesk.services.recommendations import delete_referral

        self._delete(
            self.referrals,
            self.tr("Delete referral"),
            self.tr("Delete this referral? The other customer stays. This cannot be undone."),
            delete_referral,
        )

    def _delete(
        self,
        section: RecordSection,
        title: str,
        text: str,
        delete: Callable[[Database, str], None],
    ) -> None:
        row_id = section.selected_id()
        if row_id is None or not confirm(self, title, text, destructive=True):
            return
        with suppress(NotFound):  # deleted meanwhile: the refresh shows it gone
            delete(self._db, row_id)
        self._changed()

    def _changed(self) -> None:
        if self._customer_id is not None:  # a referral may add a prospect: any customer
            self._changes.announce(Topic.LIFECYCLE, Topic.CUSTOMERS)

    # --- language ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.stage_caption.setText(self.tr("Lifecycle stage:"))
        self.change_button.setText(self.tr("&Change stage…"))
        self.history.title.setText(self.tr("History of the lifecycle"))
        self.history.hint.setText(self.tr("Every move, with the date and the reason given."))
        self.history.add_button.setText(self.tr("Change stage…"))
        self.history.delete_button.setText(self.tr("Undo move"))
        self.answers_section.title.setText(self.tr("Recommendation answers"))
        self.answers_section.add_button.setText(self.tr("Record answer…"))
        self.referrals.title.setText(self.tr("Referrals"))
        self.referrals.hint.setText(
            self.tr("Who recommended us to whom: sponsors bring new prospects.")
        )
        self.referrals.add_button.setText(self.tr("Record referral…"))
        for section in (self.answers_section, self.referrals):
            section.delete_button.setText(self.tr("Delete"))
        for model in (self.history_model, self.answer_model, self.referral_model):
            model.retranslate()
        self._fill_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
