"""Parse the command line and dispatch: no sub-command starts the app."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from resokit_desktop import __version__
from resokit_desktop.cli.errors import CommandError

LANGUAGES = ("nl", "fr", "en")

# Each module offers add_parser(subparsers) and run(args) -> int.
SUBCOMMAND_MODULES = (
    "resokit_desktop.cli.demo_command",
    "resokit_desktop.cli.backup_command",
    "resokit_desktop.cli.check_command",
    "resokit_desktop.cli.summary_command",
    "resokit_desktop.cli.export_web_command",
    "resokit_desktop.cli.access_export_command",
)


class OneLineParser(argparse.ArgumentParser):
    """Report usage mistakes as one clear line (and exit 2), not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"resokit: {message} (see 'resokit --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="resokit",
        description="Resokit Desktop: map and strengthen a client's social network, offline.",
    )
    parser.add_argument("--version", action="version", version=f"Resokit Desktop {__version__}")
    parser.add_argument(
        "--data", metavar="FILE", help="dossier file to open (default: per-user data folder)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language (default: nl)")
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    handlers = {}
    for module_name in SUBCOMMAND_MODULES:
        module = importlib.import_module(module_name)
        name = module.add_parser(subparsers)
        handlers[name] = module.run
    parser.set_defaults(_handlers=handlers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from resokit_desktop.app import run_app

            return run_app(args)
        return int(args._handlers[args.command](args) or 0)
    except CommandError as exc:
        print(f"resokit: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("resokit: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
