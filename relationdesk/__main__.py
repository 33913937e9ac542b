"""`python -m relationdesk`: the same entry point as the `relationdesk` launcher."""

import sys

from relationdesk.cli import main

sys.exit(main())
