"""The File menu's imports and its Export submenu, and Edit ▸ Merge customer into….

Kept out of main_window.py: each action only calls its flow (csv_import_flow,
exchange_flows, merge_flow), which imports what it needs when used. The
flows take the window as a FlowWindow and announce what they write on its `changes`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from relationdesk.ui.shared.qt_helpers import named

if TYPE_CHECKING:
    from relationdesk.ui.shared.window import FlowWindow

Flow = Callable[["FlowWindow"], object]


def _flow(module: str, name: str) -> Flow:
    """A flow function of relationdesk.ui.<module>, imported when first used."""

    def run(window: FlowWindow) -> object:
        return getattr(importlib.import_module(f"relationdesk.ui.{module}"), name)(window)

    return run


def _merge(window: FlowWindow) -> None:
    from relationdesk.ui.customers.merge_flow import merge_selected_customer

    merge_selected_customer(window)


class ExchangeMenu(QObject):
    """Builds the actions; the window adds them to its menus and retranslates them."""

    def __init__(self, window: FlowWindow) -> None:
        parent = window.dialog_parent()
        super().__init__(parent)
        self._window = window
        self._parent = parent
        _import_csv = _flow("exchange.csv_import_flow", "open_csv_import")
        self.import_csv_action = self._action("importCsvAction", _import_csv)
        exchange = "exchange.exchange_flows"
        self.import_vcard_action = self._action(
            "importVcardAction", _flow(exchange, "import_vcard")
        )
        self.export_csv_action = self._action(
            "exportCustomersAction", _flow(exchange, "export_customers_csv")
        )
        self.export_vcard_action = self._action(
            "exportVcardAction", _flow(exchange, "export_vcard")
        )
        self.export_ics_action = self._action("exportIcsAction", _flow(exchange, "export_ics"))
        self.export_json_action = self._action("exportJsonAction", _flow(exchange, "export_json"))
        self.merge_customer_action = self._action("mergeCustomerAction", _merge)
        self.export_menu = named(QMenu(parent), "exportMenu")
        self.export_menu.addActions(
            [
                self.export_csv_action,
                self.export_vcard_action,
                self.export_ics_action,
                self.export_json_action,
            ]
        )
        self.set_database_open(False)

    def _action(self, name: str, run: Flow) -> QAction:
        action = named(QAction(self._parent), name)
        action.triggered.connect(lambda _checked=False: run(self._window))
        return action

    def import_actions(self) -> list[QAction]:
        return [self.import_csv_action, self.import_vcard_action]

    def set_database_open(self, is_open: bool) -> None:
        for action in (*self.import_actions(), *self.export_menu.actions()):
            action.setEnabled(is_open)

    def retranslate_ui(self) -> None:
        self.import_csv_action.setText(self.tr("&Import customers from CSV…"))
        self.import_vcard_action.setText(self.tr("Import contacts from &vCard…"))
        self.export_menu.setTitle(self.tr("E&xport"))
        self.export_csv_action.setText(self.tr("&Customers as CSV…"))
        self.export_vcard_action.setText(self.tr("Contacts as &vCard…"))
        self.export_ics_action.setText(self.tr("C&alendar (.ics)…"))
        self.export_json_action.setText(self.tr("&Everything as JSON…"))
        self.merge_customer_action.setText(self.tr("&Merge customer into…"))
