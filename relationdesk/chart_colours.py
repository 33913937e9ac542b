"""Colours every chart uses, on screen and in the PDF reports (Okabe-Ito: told apart
with colour blindness, readable on light and dark palettes)."""

from relationdesk.domain.evidence import Principle
from relationdesk.palette import BLUE, GREEN, ORANGE, PURPLE, VERMILION

PRINCIPLE_COLOURS = {
    Principle.RECIPROCITY: BLUE,
    Principle.AUTONOMY: ORANGE,
    Principle.INTEGRITY: GREEN,
    Principle.LOYALTY: VERMILION,
    Principle.EQUITY: PURPLE,
}
REVENUE_COLOUR, COST_COLOUR, PROFIT_COLOUR = BLUE, ORANGE, GREEN
