"""The one registry of returns, tables and code lists that every other layer reads."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from cscmonitor.model import returns as returns_package
from cscmonitor.model.codelists import CodeList, load_codelists
from cscmonitor.model.schema import ReturnSpec, Table


class Registry:
    """Returns and code lists, checked against each other when built."""

    def __init__(self, returns: list[ReturnSpec], codelists: dict[str, CodeList]) -> None:
        self.returns = {r.name: r for r in returns}
        self.codelists = codelists
        self.tables: dict[str, Table] = {}
        for spec in returns:
            for table in spec.tables:
                if table.name in self.tables:
                    raise ValueError(f"table name {table.name!r} is used twice")
                if table.return_name != spec.name:
                    raise ValueError(f"table {table.name} claims return {table.return_name}")
                self.tables[table.name] = table
                for column in table.columns:
                    if column.codelist and column.codelist not in codelists:
                        raise ValueError(
                            f"{table.name}.{column.name}: unknown code list {column.codelist!r}"
                        )

    def table(self, name: str) -> Table:
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"no canonical table {name!r}") from None

    def return_spec(self, name: str) -> ReturnSpec:
        try:
            return self.returns[name]
        except KeyError:
            raise KeyError(f"no return {name!r}") from None

    def codelist(self, name: str) -> CodeList:
        try:
            return self.codelists[name]
        except KeyError:
            raise KeyError(f"no code list {name!r}") from None


def _discover_returns() -> list[ReturnSpec]:
    """Each module in ``model/returns/`` defines one ``RETURN``."""
    specs: list[ReturnSpec] = []
    for info in sorted(pkgutil.iter_modules(returns_package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{returns_package.__name__}.{info.name}")
        specs.append(module.RETURN)
    return specs


@cache
def registry() -> Registry:
    """The registry, built once per process."""
    return Registry(_discover_returns(), load_codelists())
