import sys

from bpstudio.cli import main

sys.exit(main())
