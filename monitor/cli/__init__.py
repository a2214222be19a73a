"""The `monitor` command line: wires the pure modules, the store, the fetcher and the notifiers.

One module per topic; each defines plain click commands and this group adds them:

* documents.py - extract, parse, render (captures, no database)
* changes.py   - replay, diff, history, report (the versioned store)
* service.py   - run, serve, status, demo, check, add (the service and its sources)
* alerts.py    - notify test (alert channels)
* analysis.py  - trend, targets, search, site (what analysts look at)
* common.py    - output, errors and the options they share
"""

from __future__ import annotations

import os
import sys

import click

from monitor.cli import alerts, analysis, changes, documents, service
from monitor.cli.common import fail
from monitor.errors import MonitorError


class _Group(click.Group):
    """The command group, with the last net under every command: an error is one line, never a traceback."""

    def invoke(self, ctx: click.Context):
        """Run the command; an error no command caught is reported on stderr (exit 1; 70 for a bug)."""
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise
        except BrokenPipeError:  # the reader left (monitor extract … | head): quiet, as a shell tool is
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
            sys.exit(141)  # 128 + SIGPIPE
        except MonitorError as exc:
            fail(str(exc))
        except Exception as exc:
            if os.environ.get("MONITOR_TRACEBACK"):
                raise
            fail(f"unexpected {type(exc).__name__}: {exc}. This is a bug in the monitor; "
                 "run again with MONITOR_TRACEBACK=1 to see where, and report it.", 70)  # EX_SOFTWARE


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gov-plan-monitor")
def cli() -> None:
    """Watch government disclosure sites for plans whose quantitative targets change."""


for command in (
    documents.extract,
    documents.parse,
    documents.render,
    changes.replay,
    changes.diff_command,
    changes.history,
    changes.report,
    changes.reextract,
    service.run,
    service.serve,
    service.status,
    alerts.notify,
    service.demo,
    service.check,
    service.add,
    analysis.trend,
    analysis.targets,
    analysis.search,
    analysis.site,
):
    cli.add_command(command)
