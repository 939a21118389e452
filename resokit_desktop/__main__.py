"""`python -m resokit_desktop` behaves exactly like the `resokit` command."""

import sys

from resokit_desktop.cli.main import main

sys.exit(main())
