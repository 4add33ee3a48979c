"""Where every kind of demo account lands: one row per kind, counts per recommended action.

Run: .venv/bin/python benchmarks/demo_outcomes.py   (every follower, not only the new ones; ~5 s)
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from followsift.judge import Judge
from followsift.model import Action
from followsift.sources.demo import build_demo_workspace, demo_settings
from followsift.store import Store
from followsift.workspace import load_demo, review


def main() -> None:
    workspace = build_demo_workspace()
    settings = demo_settings(workspace)
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(f"sqlite:///{Path(folder) / 'demo.db'}") as store,
    ):
        owner = load_demo(store, workspace)
        result = review(store, owner, settings, Judge(settings), all_followers=True)
    landed: dict[str, Counter[Action]] = defaultdict(Counter)
    for rec in [*result.triage, *result.audit]:
        landed[workspace.kinds[rec.account.key]][rec.action] += 1
    table = Table(title="Demo workspace: recommended action per kind of account")
    table.add_column("kind")
    table.add_column("accounts", justify="right")
    for action in Action:
        table.add_column(action.value, justify="right")
    for kind, counts in landed.items():
        table.add_row(kind, str(sum(counts.values())), *(str(counts[a] or "") for a in Action))
    Console().print(table)


if __name__ == "__main__":
    main()
