import sys

from geoinc.cli import main

sys.exit(main())
