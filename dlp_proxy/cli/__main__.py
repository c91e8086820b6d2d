"""`python -m dlp_proxy.cli`: the `dlp-proxy` command."""

import sys

from dlp_proxy.cli.app import main

sys.exit(main())
