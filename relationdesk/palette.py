"""Every colour RelationDesk shows, named by what it means, in one place.

Screens, charts and PDF reports take their colours from here, so a colour that means
"overdue" or "broken" is the same red everywhere and can be changed once. The chart hues
are Okabe-Ito's (told apart with colour blindness, readable on light and dark palettes).
No Qt here: the values are hex strings, for style sheets, QColor and matplotlib alike.
"""

# What a mark means.
BAD = "#c62828"  # overdue, broken, a loss, a refused field, a detractor
GOOD = "#2e7d32"  # kept, in touch, a promoter
WARNING = "#f9a825"  # late, drifting: yellow
CAUTION = "#b26a00"  # a weak score, a power play, a move down: amber readable as text
NEUTRAL = "#757575"  # a passive answer
NEW = "#9e9e9e"  # not enough to say yet
UP = "#1b7f3b"  # a figure that went up

# Banners: a warning (alert) and a piece of advice.
ALERT_BACKGROUND, ALERT_TEXT, ALERT_BORDER = "#fdecea", "#7f1d1d", BAD
ADVICE_BACKGROUND, ADVICE_TEXT, ADVICE_BORDER = "#e8f1fb", "#0d3c61", "#4a90d9"

# Printed reports.
HEADING = "#0d3c61"
PRINT_TEXT = "#222222"
PRINT_MUTED = "#555555"
PRINT_COVER = "#333333"
TABLE_HEADER = "#e8eef5"
GRID = "#c8d0d8"

# Chart hues (Okabe-Ito).
BLUE = "#0072b2"
ORANGE = "#e69f00"
GREEN = "#009e73"
VERMILION = "#d55e00"
PURPLE = "#cc79a7"
# The two sides of a disclosure: the customer and us.
CUSTOMER_SIDE = "#1f77b4"
OUR_SIDE = "#e8710a"
# Sequential blues for ordered steps (relationship stages, the lifecycle ladder).
BLUES = ("#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
FORMER = "#969696"

# Style sheets built from the colours above.
ERROR_TEXT_STYLE = f"color: {BAD};"
INVALID_FIELD_STYLE = f"border: 1px solid {BAD};"
CAUTION_TEXT_STYLE = f"color: {CAUTION};"
