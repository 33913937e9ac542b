"""Principle radar and trend: lazy matplotlib, real scorecards, honest gaps, translated."""

import math
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.evidence import Principle
from relationdesk.domain.principles import PrincipleScore, Scorecard
from relationdesk.i18n import LanguageSwitcher
from relationdesk.l10n.labels import principle_label
from relationdesk.services.score_history import score_history
from relationdesk.services.scores import customer_scores
from relationdesk.ui.principles.principle_charts import PrincipleRadar, PrincipleTrend, _known_runs
from tests.services.test_score_history import NOW, customer_with_a_year_of_evidence

NO_DATA = "Not enough evidence yet."


def real_scores(db: Database) -> tuple[Scorecard, list[tuple[date, Scorecard]]]:
    customer = customer_with_a_year_of_evidence(db)
    scores = customer_scores(db.reader, customer, NOW)
    assert scores is not None
    return scores.scorecard, score_history(db.reader, customer, NOW)


def empty_card() -> Scorecard:
    return Scorecard(
        tuple(PrincipleScore(p, None, 0.0, "none", ()) for p in Principle), None, "none", None
    )


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_matplotlib_is_imported_only_when_there_is_a_score_to_draw(data_dir: Path) -> None:
    code = (
        "import os, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from relationdesk.ui.principles.principle_charts import PrincipleRadar, PrincipleTrend\n"
        "app = QApplication([])\n"
        "radar, trend = PrincipleRadar(), PrincipleTrend()\n"
        "radar.set_scorecard(None)\n"
        "trend.set_history([])\n"
        "print('matplotlib' in sys.modules)\n"
        "from relationdesk.domain.evidence import Principle\n"
        "from relationdesk.domain.principles import PrincipleScore, Scorecard\n"
        "card = Scorecard(tuple(PrincipleScore(p, 50.0, 2.0, 'low', ()) for p in Principle),"
        " 50.0, 'none', None)\n"
        "radar.set_scorecard(card)\n"
        "print('matplotlib' in sys.modules)\n"
        "print(os.environ['MPLCONFIGDIR'])\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "MPLCONFIGDIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.split("\n")[:3] == ["False", "True", str(data_dir / "matplotlib")]


def test_both_charts_render_real_scorecards(qtbot: QtBot, db: Database) -> None:
    card, history = real_scores(db)
    known = [p for p in Principle if card.get(p).score is not None]
    # Integrity and autonomy have no evidence: a gap between them, one wedge elsewhere.
    assert known == [Principle.RECIPROCITY, Principle.LOYALTY, Principle.EQUITY]

    radar = PrincipleRadar()
    shown(qtbot, radar, 320, 320)
    radar.set_scorecard(card)
    assert radar.objectName() == "principleRadar"
    assert radar.canvas is not None and radar.canvas.isVisible()
    assert not radar.message.isVisible()
    axes = radar.canvas.figure.axes[0]
    labels = [t.get_text() for t in axes.get_xticklabels()]
    assert labels == [principle_label(p) + ("" if p in known else " ?") for p in Principle]
    outline, unknown = axes.get_lines()  # the scores, and hollow dots for the unknown
    radii = list(outline.get_ydata())  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    assert math.isnan(radii[list(Principle).index(Principle.INTEGRITY)])  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    assert list(unknown.get_ydata()) == [0.0] * (len(Principle) - len(known))  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    assert unknown.get_markerfacecolor() == "none"
    assert len(axes.patches) == 1  # equity between loyalty and reciprocity: one wedge
    assert not radar.grab().isNull()

    trend = PrincipleTrend()
    shown(qtbot, trend, 640, 300)
    trend.set_history(history)
    assert trend.objectName() == "principleTrend"
    assert trend.canvas is not None and trend.canvas.isVisible()
    axes = trend.canvas.figure.axes[0]
    lines = axes.get_lines()
    assert len(lines) == len(Principle) + 1  # health and one per principle
    assert all(len(line.get_xdata()) == 13 for line in lines)  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    assert lines[0].get_linewidth() > lines[1].get_linewidth()  # health stands out
    legend = [t.get_text() for t in trend.canvas.figure.legends[0].get_texts()]
    assert legend == [*(principle_label(p) for p in Principle), "Health"]
    assert not trend.grab().isNull()


def test_all_scores_known_fill_one_polygon(qtbot: QtBot) -> None:
    scores = tuple(
        PrincipleScore(p, 20.0 * (i + 1), 5.0, "medium", ()) for i, p in enumerate(Principle)
    )
    radar = PrincipleRadar()
    shown(qtbot, radar, 320, 320)
    radar.set_scorecard(Scorecard(scores, 60.0, "flat", 60.0))
    assert radar.canvas is not None
    axes = radar.canvas.figure.axes[0]
    assert len(axes.get_lines()) == 1 and len(axes.patches) == 1
    assert list(axes.get_lines()[0].get_ydata()) == [20.0, 40.0, 60.0, 80.0, 100.0, 20.0]  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike


def test_without_any_score_a_message_is_shown(qtbot: QtBot, db: Database) -> None:
    radar, trend = PrincipleRadar(), PrincipleTrend()
    shown(qtbot, radar, 320, 320)
    shown(qtbot, trend, 640, 300)
    radar.set_scorecard(empty_card())
    trend.set_history([(date(2026, 5, 31), empty_card()), (NOW.date(), empty_card())])
    for chart in (radar, trend):
        assert chart.message.isVisible() and chart.message.text() == NO_DATA
        assert chart.canvas is None
    card, history = real_scores(db)
    radar.set_scorecard(card)
    trend.set_history(history)
    assert radar.canvas is not None and radar.canvas.isVisible()
    radar.set_scorecard(None)  # another customer, with nothing recorded
    assert radar.message.isVisible() and not radar.canvas.isVisible()


def test_language_switch_redraws(qtbot: QtBot, db: Database, switcher: LanguageSwitcher) -> None:
    card, history = real_scores(db)
    radar, trend = PrincipleRadar(), PrincipleTrend()
    shown(qtbot, radar, 320, 320)
    shown(qtbot, trend, 640, 300)
    radar.set_scorecard(card)
    trend.set_history(history)
    empty = PrincipleTrend()
    shown(qtbot, empty, 640, 300)
    empty.set_history([])
    try:
        switcher.apply("ro")
        for chart in (radar, trend, empty):
            chart.retranslate()
        assert radar.canvas is not None and trend.canvas is not None
        radar.canvas.draw()
        trend.canvas.draw()
        labels = [t.get_text() for t in radar.canvas.figure.axes[0].get_xticklabels()]
        assert labels[0] == principle_label(Principle.RECIPROCITY)
        legend = [t.get_text() for t in trend.canvas.figure.legends[0].get_texts()]
        assert legend[0] == principle_label(Principle.RECIPROCITY)
        assert empty.message.text()
        assert not radar.grab().isNull() and not trend.grab().isNull()
    finally:
        switcher.apply("en")
    QApplication.processEvents()  # the language change reaches the widgets as an event
    assert empty.message.text() == NO_DATA


def test_wedges_join_only_neighbours_that_both_have_a_score() -> None:
    assert _known_runs([10.0, 20.0, 30.0, 40.0, 50.0]) == [[0, 1, 2, 3, 4, 5]]  # closed
    assert _known_runs([10.0, None, 30.0, 40.0, None]) == [[2, 3]]  # 10 alone: a dot
    assert _known_runs([10.0, 20.0, None, 40.0, 50.0]) == [[3, 4, 5, 6]]  # wraps round
    assert _known_runs([None, 20.0, None, 40.0, None]) == []
