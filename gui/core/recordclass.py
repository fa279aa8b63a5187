"""``record_class``: a dataclass whose ``__init__``, ``__eq__`` and ``__repr__`` are written
once here and shared, instead of generated for each class.

``dataclasses.dataclass`` writes those three methods as source text and compiles them, for
every class, at every start (Python 3.11: ``exec`` of the text, about 0.2 ms a method). The
record and the profile are 25 classes, and compiling their methods was 14 ms of the window's
start-up: importing ``gui.core.record`` took 19 ms with ``@dataclass`` and 5 ms with this.

Everything else is the dataclass itself: ``dataclasses.fields``, ``replace``, ``asdict`` and
the field defaults work as before, and type checkers read the classes as dataclasses
(``dataclass_transform``). The shared methods behave as the generated ones would: arguments by
keyword or by position in field order, defaults and default factories (a fresh list for each
object), equality field by field between objects of the same class (and therefore no hash),
and ``Class(field=value, …)`` as the repr. What they do not cover is refused when the class is
made: ``__post_init__``, ``InitVar`` and ``ClassVar`` pseudo-fields, ``kw_only``, fields left
out of ``__init__``, and a field without a default after one with a default (which
``dataclass`` refuses only when it writes the ``__init__``). Two differences remain, neither
used here: ``inspect.signature`` of a class reads ``(*args, **kwargs)``, and the repr has no
guard against an object that contains itself (records are trees).
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_MISSING = dataclasses.MISSING


def _init(self: Any, /, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    spec = cls.__record_init__
    if len(args) > len(spec):
        raise TypeError(
            f"{cls.__qualname__}() takes {len(spec)} positional arguments "
            f"but {len(args)} were given"
        )
    for (name, _default, _factory), value in zip(spec, args, strict=False):
        if name in kwargs:
            raise TypeError(f"{cls.__qualname__}() got multiple values for argument {name!r}")
        setattr(self, name, value)
    for name, default, factory in spec[len(args) :]:
        if name in kwargs:
            value = kwargs.pop(name)
        elif factory is not _MISSING:
            value = factory()
        elif default is not _MISSING:
            value = default
        else:
            raise TypeError(f"{cls.__qualname__}() missing required argument: {name!r}")
        setattr(self, name, value)
    if kwargs:
        raise TypeError(
            f"{cls.__qualname__}() got an unexpected keyword argument {next(iter(kwargs))!r}"
        )


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = self.__record_compare__
    return bool(values(self) == values(other))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_repr__)
    return f"{self.__class__.__qualname__}({shown})"


def _values(names: list[str]) -> Any:
    """All the named attributes as a tuple (``attrgetter`` of one name gives the value)."""
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    if not names:
        return lambda obj: ()
    return attrgetter(*names)


@dataclass_transform(field_specifiers=(dataclasses.field,))
def record_class(cls: type[T]) -> type[T]:
    """Make ``cls`` a dataclass with the shared ``__init__``, ``__eq__`` and ``__repr__``."""
    for method in ("__init__", "__eq__", "__repr__", "__hash__"):
        if method in cls.__dict__:
            raise TypeError(f"record_class {cls.__qualname__} defines {method}")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"record_class {cls.__qualname__}: __post_init__ is not supported")
    cls = dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        raise TypeError(f"record_class {cls.__qualname__}: InitVar and ClassVar are not supported")
    defaulted = ""
    for f in fields:
        if not f.init or f.kw_only is True:
            raise TypeError(f"record_class {cls.__qualname__}.{f.name}: only plain fields")
        if f.default is not _MISSING or f.default_factory is not _MISSING:
            defaulted = f.name
        elif defaulted:
            raise TypeError(
                f"record_class {cls.__qualname__}.{f.name}: no default, after {defaulted!r}"
            )
    cls.__record_init__ = tuple(  # type: ignore[attr-defined]
        (f.name, f.default, f.default_factory) for f in fields
    )
    cls.__record_compare__ = _values([f.name for f in fields if f.compare])  # type: ignore[attr-defined]
    cls.__record_repr__ = tuple(f.name for f in fields if f.repr)  # type: ignore[attr-defined]
    cls.__init__ = _init  # type: ignore[misc]
    cls.__eq__ = _eq  # type: ignore[method-assign,assignment]
    cls.__repr__ = _repr  # type: ignore[method-assign,assignment]
    cls.__hash__ = None  # type: ignore[assignment]  # equal by value: unhashable, as a dataclass
    return cls
