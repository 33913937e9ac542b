import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from relationdesk.domain.meetings import (
    BUSINESS_TOPICS,
    PERSONAL_TOPICS,
    Depth,
    DisclosureDomain,
    DisclosureFact,
    Side,
)
from relationdesk.i18n import LanguageSwitcher
from relationdesk.l10n.labels import depth_label, domain_label, side_label
from relationdesk.ui.principles.disclosure_chart import DisclosureChart

NOW = datetime(2026, 6, 15, 12)
DEPTHS = (Depth.PERIPHERAL, Depth.INTERMEDIATE, Depth.CORE)


def deepening_year() -> list[DisclosureFact]:
    """Both sides, both domains, a meeting a month from July 2025; a layer deeper every
    four months, and one more topic each month."""
    facts = []
    for month in range(12):
        when = datetime(2025 + (6 + month) // 12, (6 + month) % 12 + 1, 10)
        for side in Side:
            for domain, topics in (
                (DisclosureDomain.BUSINESS, BUSINESS_TOPICS),
                (DisclosureDomain.PERSONAL, PERSONAL_TOPICS),
            ):
                topic = topics[month % len(topics)]
                facts.append(DisclosureFact(when, side, domain, topic, DEPTHS[month // 4]))
    return facts


def shown_chart(qtbot: QtBot, facts: list[DisclosureFact]) -> DisclosureChart:
    chart = DisclosureChart()
    qtbot.addWidget(chart)
    chart.resize(900, 320)
    chart.set_facts(facts, NOW)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_matplotlib_is_imported_only_when_there_is_something_to_draw(data_dir: Path) -> None:
    code = (
        "import os, sys\n"
        "from datetime import datetime\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from relationdesk.domain.meetings import Depth, DisclosureDomain, DisclosureFact, Side\n"
        "from relationdesk.ui.principles.disclosure_chart import DisclosureChart\n"
        "app = QApplication([])\n"
        "chart = DisclosureChart()\n"
        "chart.set_facts([], datetime(2026, 6, 15))\n"
        "print('matplotlib' in sys.modules)\n"
        "fact = DisclosureFact(datetime(2026, 6, 1), Side.US, DisclosureDomain.BUSINESS,"
        " 'strategy', Depth.CORE)\n"
        "chart.set_facts([fact], datetime(2026, 6, 15))\n"
        "print('matplotlib' in sys.modules)\n"
        "print(os.environ['MPLCONFIGDIR'])\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "MPLCONFIGDIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.split("\n")[:3] == ["False", "True", str(data_dir / "matplotlib")]


def test_renders_breadth_and_depth_per_domain_and_side(qtbot: QtBot) -> None:
    chart = shown_chart(qtbot, deepening_year())
    assert chart.canvas is not None and chart.canvas.isVisible()
    assert not chart.message.isVisible()
    figure = chart.canvas.figure
    assert len(figure.axes) == 4  # per domain: breadth axes and its depth twin
    breadth_axes, depth_axes = figure.axes[0::2], figure.axes[1::2]
    assert [a.get_title() for a in breadth_axes] == [
        domain_label(DisclosureDomain.BUSINESS),
        domain_label(DisclosureDomain.PERSONAL),
    ]
    for axes in figure.axes:
        lines = axes.get_lines()
        assert len(lines) == 2  # one per side
        assert all(len(line.get_xdata()) == 12 for line in lines)  # type: ignore[arg-type]  # July to June; matplotlib: any ArrayLike
        assert lines[0].get_color() != lines[1].get_color()
    assert [line.get_linestyle() for line in depth_axes[0].get_lines()] == ["--", "--"]
    # A new topic a month; the 180-day window holds six months of them.
    assert list(breadth_axes[0].get_lines()[0].get_ydata()) == [1, 2, 3, 4, 5] + [6] * 7  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    assert list(depth_axes[0].get_lines()[0].get_ydata()) == [1] * 4 + [2] * 4 + [3] * 4  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    assert [t.get_text() for t in depth_axes[1].get_yticklabels()] == [
        depth_label(d) for d in DEPTHS
    ]
    legend = figure.legends[0]
    texts = [t.get_text() for t in legend.get_texts()]
    assert texts[:2] == [side_label(Side.CUSTOMER), side_label(Side.US)]
    assert not chart.grab().isNull()


def test_no_disclosures_shows_a_message(qtbot: QtBot) -> None:
    chart = shown_chart(qtbot, [])
    assert chart.message.isVisible()
    assert chart.message.text() == "No disclosures recorded yet."
    assert chart.canvas is None
    chart.set_facts(deepening_year(), NOW)
    assert chart.canvas is not None and chart.canvas.isVisible()
    chart.set_facts([], NOW)  # another customer, with nothing recorded
    assert chart.message.isVisible() and not chart.canvas.isVisible()


def test_language_switch_redraws_with_new_labels(qtbot: QtBot, switcher: LanguageSwitcher) -> None:
    chart = shown_chart(qtbot, deepening_year())
    switcher.apply("it")
    chart.retranslate()
    assert chart.canvas is not None
    chart.canvas.draw()
    figure = chart.canvas.figure
    assert len(figure.axes) == 4
    assert figure.axes[0].get_title() == domain_label(DisclosureDomain.BUSINESS)
    january = QLocale().standaloneMonthName(1, QLocale.FormatType.ShortFormat)
    ticks = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert any(text.startswith(january) for text in ticks), ticks
    assert not chart.grab().isNull()
