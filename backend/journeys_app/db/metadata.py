"""The complete `SQLModel.metadata`: every `journeys_app.domain.<area>.models` module is imported.

Discovery instead of a hand-kept list, so a new domain area needs no edit here.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import MetaData
from sqlmodel import SQLModel


def load_metadata() -> MetaData:
    import journeys_app.domain as domain

    for info in pkgutil.iter_modules(domain.__path__):
        if info.ispkg:
            try:
                importlib.import_module(f"{domain.__name__}.{info.name}.models")
            except ModuleNotFoundError as exc:
                if exc.name != f"{domain.__name__}.{info.name}.models":
                    raise
    return SQLModel.metadata
