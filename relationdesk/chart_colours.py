"""Colours every chart uses, on screen and in the PDF reports (Okabe-Ito: told apart
with colour blindness, readable on light and dark palettes)."""

from relationdesk.domain.evidence import Principle

PRINCIPLE_COLOURS = {
    Principle.RECIPROCITY: "#0072b2",
    Principle.AUTONOMY: "#e69f00",
    Principle.INTEGRITY: "#009e73",
    Principle.LOYALTY: "#d55e00",
    Principle.EQUITY: "#cc79a7",
}
REVENUE_COLOUR, COST_COLOUR, PROFIT_COLOUR = "#0072b2", "#e69f00", "#009e73"
