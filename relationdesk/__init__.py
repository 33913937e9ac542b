"""RelationDesk: the relationship desk for B2B salespeople."""

__version__ = "0.1.0"
APP_NAME = "RelationDesk"
