"""Entry script of the PyInstaller bundle: the same as the `relationdesk` launcher."""

import sys

from relationdesk.cli import main

sys.exit(main())
