"""Parse the command line and dispatch: no sub-command starts the app."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from resokit_desktop import __version__
from resokit_desktop.cli.errors import CommandError

LANGUAGES = ("nl", "fr", "en")

# Each module offers add_parser(subparsers) and run(args) -> int; it is imported only when its
# command is named (or for the help that lists them all), so starting the app loads none.
SUBCOMMAND_MODULES = {
    "demo": "resokit_desktop.cli.demo_command",
    "backup": "resokit_desktop.cli.backup_command",
    "check": "resokit_desktop.cli.check_command",
    "summary": "resokit_desktop.cli.summary_command",
    "export-web": "resokit_desktop.cli.export_web_command",
    "access-export": "resokit_desktop.cli.access_export_command",
    "register": "resokit_desktop.cli.register_command",
}
# Options of the app itself that take a value (that value is never a command's name).
_VALUE_OPTIONS = ("--data", "--lang")


class OneLineParser(argparse.ArgumentParser):
    """Report usage mistakes as one clear line (and exit 2), not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"resokit: {message} (see 'resokit --help')\n")


def commands_named(argv: Sequence[str]) -> list[str]:
    """The sub-commands whose modules this command line needs: the one it names; all of them
    for the help or for a word that names none (so the message can list the choices)."""
    words, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif arg in ("-h", "--help"):
            return list(SUBCOMMAND_MODULES)
        elif not arg.startswith("-"):
            words.append(arg)
    if not words:
        return []
    return [words[0]] if words[0] in SUBCOMMAND_MODULES else list(SUBCOMMAND_MODULES)


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with the given sub-commands (default: all of them)."""
    parser = OneLineParser(
        prog="resokit",
        description="Resokit Desktop: map and strengthen a client's social network, offline.",
    )
    parser.add_argument("--version", action="version", version=f"Resokit Desktop {__version__}")
    parser.add_argument(
        "--data", metavar="FILE", help="dossier file to open (default: per-user data folder)"
    )
    parser.add_argument("--lang", choices=(*LANGUAGES, "pseudo"),
                        help="user interface language (default: nl); pseudo: a test language "
                        "for developers that lengthens every text to show clipped layouts")
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    handlers = {}
    for command in SUBCOMMAND_MODULES if commands is None else commands:
        module = importlib.import_module(SUBCOMMAND_MODULES[command])
        name = module.add_parser(subparsers)
        handlers[name] = module.run
    parser.set_defaults(_handlers=handlers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or the named command; without argv, this is the process's command line."""
    whole_process = argv is None
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(commands_named(argv))
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            # lazy: the window's Qt modules load only when the app starts, not for a command
            import PySide6  # noqa: F401  # lazy: as above (it installs PySide's import hook)

            from resokit_desktop.pyside_import_scan import use_quick_import_scan  # lazy: as above

            use_quick_import_scan()  # before the app's ~300 modules are imported
            from resokit_desktop.app import run_app  # lazy: as above

            return run_app(args)
        args.ends_process = whole_process  # a command may skip clean-up the exit makes moot
        code = int(args._handlers[args.command](args) or 0)
        if whole_process:
            end_without_final_collection()
        return code
    except CommandError as exc:
        print(f"resokit: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("resokit: interrupted", file=sys.stderr)
        return 130


def end_without_final_collection() -> None:
    """The command is done and the process ends next: skip the interpreter's last garbage
    collection over everything fpdf2, fontTools and Qt built (about 0.1 s of `resokit summary`).

    The commands write and close their outputs and the dossier's connection themselves, so that
    collection frees only memory the system takes back anyway; objects still referenced are
    released at shutdown as before, and Qt objects in cycles are no longer freed late in it.
    """
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
