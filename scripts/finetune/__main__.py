"""`python -m finetune COMMAND ...`: mine, train or evaluate (each is also its own module)."""

import sys

from . import evaluate, mine, train

COMMANDS = {"mine": mine.main, "train": train.main, "evaluate": evaluate.main}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        raise SystemExit(f"usage: python -m finetune {{{','.join(COMMANDS)}}} [--help]")
    COMMANDS[sys.argv[1]](sys.argv[2:])
