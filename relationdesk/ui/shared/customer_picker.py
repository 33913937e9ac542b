"""Choose a customer by typing a few letters: suggestions come from the search index."""

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from relationdesk.domain.match_rank import rank_by_match
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery

SUGGESTIONS = 12
CANDIDATES = 200  # ranked by how well the name matches, then the best SUGGESTIONS shown


class CustomerPicker(QLineEdit):
    sig_customer_changed = Signal(object)  # the chosen customer's id, or None

    def __init__(self, directory: CustomerDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self._directory = directory
        self._ids: dict[str, str] = {}  # suggestion text -> id
        self.customer_id: str | None = None
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._resolve_typed_name)
        self.setClearButtonEnabled(True)

    def set_customer(self, customer_id: str | None, name: str = "") -> None:
        self.customer_id = customer_id
        self.setText(name)
        self.sig_customer_changed.emit(customer_id)

    def _typed(self, text: str) -> None:
        if self.customer_id is not None:
            self.customer_id = None
            self.sig_customer_changed.emit(None)
        found = self._directory.page(CustomerQuery(text), 0, CANDIDATES) if text.strip() else []
        rows = rank_by_match(text, found, lambda row: row.name)[:SUGGESTIONS]
        self._ids = {}
        for row in rows:
            label = row.name if not row.city else f"{row.name} — {row.city}"
            self._ids.setdefault(label, row.id)
        self._suggestions.setStringList(list(self._ids))
        if self._ids:
            self.completer().complete()

    def _chosen(self, index: QModelIndex) -> None:
        label = str(index.data())
        customer_id = self._ids.get(label)
        if customer_id is not None:
            # The line edit took the completion text first (its slot is connected before
            # ours); replace it with the plain name.
            self.set_customer(customer_id, label.split(" — ")[0])

    def _resolve_typed_name(self) -> None:
        """Typing a full name and leaving the field chooses that customer, if it is unique."""
        if self.customer_id is not None or not self.text().strip():
            return
        text = self.text().split(" — ")[0]
        if text in self._ids or self.text() in self._ids:
            self.set_customer(self._ids.get(self.text()) or self._ids[text], text)
            return
        matches = self._directory.customers_named_like(text)
        if len(matches) == 1:
            detail = self._directory.detail(matches[0])
            self.set_customer(matches[0], detail.name if detail else text)
