"""The team server: a PostgreSQL database the team's laptops share (docs/team.md).

server.py sets it up (the laptop's Alembic migrations plus the team's objects),
policy.py holds every role, grant and row-level-security policy in one place,
members.py adds and removes the members' login roles.
"""
