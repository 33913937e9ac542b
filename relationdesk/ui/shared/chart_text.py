"""A chart's text alternative for screen readers: its name, and the figures it shows read
off the drawn figure (titles, axis labels, category labels and the values written on it),
so every chart gets one without a second description to keep in step with the drawing."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from matplotlib.figure import Figure

TITLES = {
    "principleRadar": QT_TRANSLATE_NOOP("ChartText", "Principle scores chart"),
    "principleTrend": QT_TRANSLATE_NOOP("ChartText", "Principle scores over time chart"),
    "relationshipStagesChart": QT_TRANSLATE_NOOP("ChartText", "Customers per relationship stage"),
    "lifecycleFunnelChart": QT_TRANSLATE_NOOP("ChartText", "Lifecycle funnel"),
    "npsTrendChart": QT_TRANSLATE_NOOP("ChartText", "Net Promoter Score per quarter"),
    "principleAveragesChart": QT_TRANSLATE_NOOP("ChartText", "Average principle scores"),
    "stageEconomicsChart": QT_TRANSLATE_NOOP("ChartText", "Economics per lifecycle stage"),
    "economicsChart": QT_TRANSLATE_NOOP("ChartText", "Revenue and cost to serve chart"),
    "disclosureChart": QT_TRANSLATE_NOOP("ChartText", "Depth chart"),
}


def chart_title(name: str) -> str:
    title = TITLES.get(name)
    return QCoreApplication.translate("ChartText", str(title)) if title else ""


def figure_text(figure: "Figure") -> str:
    """Each axes' title and labels, then its categories and the numbers written on it,
    in reading order: "Loyalty, Equity …; 64, 63, 70 …"."""
    parts: list[str] = []
    for axes in figure.get_axes():
        words = [axes.get_title(), axes.get_xlabel(), axes.get_ylabel()]
        ticks = [t.get_text() for t in (*axes.get_yticklabels(), *axes.get_xticklabels())]
        values = [t.get_text() for t in axes.texts]
        legend = axes.get_legend()
        if legend is not None:
            words.extend(t.get_text() for t in legend.get_texts())
        line = "; ".join(
            ", ".join(w for w in group if w and w.strip())
            for group in (words, ticks, values)
            if any(w and w.strip() for w in group)
        )
        if line:
            parts.append(line)
    return ". ".join(parts)
