"""``record_class`` behaves as ``dataclasses.dataclass`` for what the record uses, without
generating methods for each class (start-up time)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gui.core import profile, record
from gui.core.recordclass import record_class


@record_class
class Light:
    name: str
    count: int = 0
    items: list[str] = field(default_factory=list)
    hidden: str = field(default="", repr=False, compare=False)


@dataclass
class Generated:
    name: str
    count: int = 0
    items: list[str] = field(default_factory=list)
    hidden: str = field(default="", repr=False, compare=False)


@record_class
class Other:
    name: str
    count: int = 0
    items: list[str] = field(default_factory=list)
    hidden: str = field(default="", repr=False, compare=False)


values = st.tuples(st.text(max_size=8), st.integers(), st.lists(st.text(max_size=3), max_size=3))


@given(values, values, st.integers(min_value=0, max_value=3))
def test_same_as_a_dataclass(a, b, positional):
    """Positional and keyword arguments, repr and equality as the generated methods."""
    names = ("name", "count", "items")

    def make(cls, vals):
        args = vals[:positional]
        kwargs = dict(zip(names[positional:], vals[positional:], strict=True))
        return cls(*args, **kwargs)

    la, lb, ga, gb = make(Light, a), make(Light, b), make(Generated, a), make(Generated, b)
    assert repr(la).replace("Light", "Generated") == repr(ga)
    assert (la == lb) is (ga == gb)
    assert (la != lb) is (ga != gb)
    assert dataclasses.asdict(la) == dataclasses.asdict(ga)


def test_defaults_are_fresh_for_each_object():
    first, second = Light("a"), Light("b")
    first.items.append("x")
    assert second.items == [] and second.count == 0 and second.hidden == ""


def test_fields_not_compared_or_shown():
    assert Light("a", hidden="x") == Light("a", hidden="y")
    assert "hidden" not in repr(Light("a", hidden="x"))


def test_other_class_is_never_equal():
    assert Light("a") != Other("a")
    assert Light("a").__eq__(Other("a")) is NotImplemented
    assert Light("a") != ("a", 0, [])


def test_unhashable_like_a_dataclass():
    with pytest.raises(TypeError):
        hash(Light("a"))
    with pytest.raises(TypeError):
        hash(Generated("a"))


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing required argument: 'name'"),
        (("a", 1, [], "h", "extra"), {}, "takes 4 positional arguments but 5 were given"),
        (("a",), {"name": "b"}, "multiple values for argument 'name'"),
        (("a",), {"colour": "red"}, "unexpected keyword argument 'colour'"),
    ],
)
def test_wrong_arguments_are_refused(args, kwargs, message):
    with pytest.raises(TypeError, match=message):
        Light(*args, **kwargs)


def test_any_field_name_works_as_a_keyword():
    @record_class
    class Odd:
        self: str = ""
        args: str = ""
        kwargs: str = ""

    odd = Odd(self="s", args="a", kwargs="k")
    assert (odd.self, odd.args, odd.kwargs) == ("s", "a", "k")


def test_the_dataclass_helpers_still_work():
    light = Light("a", 2, ["x"])
    assert [f.name for f in dataclasses.fields(light)] == ["name", "count", "items", "hidden"]
    assert dataclasses.replace(light, count=3) == Light("a", 3, ["x"])
    assert dataclasses.is_dataclass(light)
    assert Light.__match_args__ == ("name", "count", "items", "hidden")


def test_what_it_cannot_do_is_refused_when_the_class_is_made():
    with pytest.raises(TypeError, match="__post_init__"):

        @record_class
        class Post:
            name: str = ""

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError, match="only plain fields"):

        @record_class
        class NotInInit:
            name: str = field(default="", init=False)

    with pytest.raises(TypeError, match="no default, after 'name'"):

        @record_class
        class Order:
            name: str = ""
            count: int  # type: ignore[misc]

    with pytest.raises(TypeError, match="InitVar and ClassVar"):

        @record_class
        class Pseudo:
            name: str = ""
            extra: dataclasses.InitVar[int] = 0

    with pytest.raises(TypeError, match="InitVar and ClassVar"):

        @record_class
        class Shared:
            name: str = ""
            registry: ClassVar[int] = 0

    with pytest.raises(TypeError, match="defines __eq__"):

        @record_class
        class OwnEq:
            name: str = ""

            def __eq__(self, other: object) -> bool:
                return True


@pytest.mark.parametrize("module", [record, profile])
def test_the_record_and_the_profile_generate_no_methods(module):
    """Every dataclass of the record and the profile shares the methods (each generated one
    is compiled at every start)."""
    classes = [
        c
        for c in vars(module).values()
        if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == module.__name__
    ]
    assert len(classes) >= 2
    shared = (Light.__init__, Light.__eq__, Light.__repr__)
    for cls in classes:
        assert (cls.__init__, cls.__eq__, cls.__repr__) == shared, cls
