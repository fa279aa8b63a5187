"""What the agency already wrote, offered while typing: names with positions, departments,
places, recipient lines, meeting names.

Qt-free: ``record_phrases`` lists the reusable phrases of one record (the library index stores
them), ``profile_phrases`` those of an agency profile, and ``matches`` is the accent-insensitive
test the completers use — every word typed starts a word of the suggestion, in any order, so
"nguyen tuan" finds "Nguyễn Tuấn Anh" and "tuan anh" too.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from gui.core.profile import Profile
from gui.core.record import Record
from gui.core.wording import in_capitals


class PhraseKind(enum.StrEnum):
    """What a phrase is (stored in the library index as text)."""

    PERSON = "person"  # a name; detail: the position
    DEPARTMENT = "department"  # departments, units, lead and coordinating units
    AGENCY = "agency"
    PARENT_AGENCY = "parent_agency"
    PLACE = "place"  # the place name of the header ("Hạ Long")
    LOCATION = "location"  # where meetings are held
    RECIPIENT = "recipient"  # a line of Nơi nhận
    MEETING = "meeting"  # a meeting's name


@dataclass(frozen=True, slots=True)
class Phrase:
    """One suggestion: its kind, its text, a detail (a person's position)."""

    kind: PhraseKind
    text: str
    detail: str = ""


def record_phrases(record: Record) -> list[Phrase]:
    """The reusable phrases of ``record`` (blank ones left out, and an issuing agency typed
    all in capitals, which the checks point out: a sentence would print it so)."""
    h, m, c = record.header, record.meeting, record.closing
    out: list[Phrase] = []

    def add(kind: PhraseKind, text: str, detail: str = "") -> None:
        text = text.strip()
        if text and not (kind is PhraseKind.AGENCY and in_capitals(text)):
            out.append(Phrase(kind, text, detail.strip()))

    add(PhraseKind.AGENCY, h.agency)
    add(PhraseKind.PARENT_AGENCY, h.parent_agency)
    add(PhraseKind.PLACE, h.place)
    add(PhraseKind.LOCATION, m.location)
    add(PhraseKind.MEETING, m.name)
    for person in (m.chair, m.secretary):
        add(PhraseKind.PERSON, person.name, person.position)
    add(PhraseKind.PERSON, c.signer.name, c.signer.position)
    for attendee in m.attendees:
        if attendee.is_group:
            add(PhraseKind.DEPARTMENT, attendee.name)
        else:
            add(PhraseKind.PERSON, attendee.name, attendee.position)
    for speech in record.content.discussion:
        add(PhraseKind.PERSON, speech.speaker)
    for line in c.recipients:
        add(PhraseKind.RECIPIENT, line)
    for dept in record.directives.departments:
        add(PhraseKind.DEPARTMENT, dept.name)
        for task in dept.tasks:
            add(PhraseKind.DEPARTMENT, task.lead)
            for unit in task.coordinating.split(","):
                add(PhraseKind.DEPARTMENT, unit)
    for item in record.progress.items:
        add(PhraseKind.DEPARTMENT, item.department)
    return out


def profile_phrases(profile: Profile) -> list[Phrase]:
    """The phrases an agency profile holds."""
    out = [Phrase(PhraseKind.DEPARTMENT, d) for d in profile.departments if d.strip()]
    out += [Phrase(PhraseKind.RECIPIENT, r) for r in profile.recipients if r.strip()]
    for kind, text in (
        (PhraseKind.AGENCY, profile.agency),
        (PhraseKind.PARENT_AGENCY, profile.parent_agency),
        (PhraseKind.PLACE, profile.place),
    ):
        if text.strip() and not (kind is PhraseKind.AGENCY and in_capitals(text)):
            out.append(Phrase(kind, text.strip()))
    if profile.signer.name.strip():
        out.append(Phrase(PhraseKind.PERSON, profile.signer.name, profile.signer.position))
    return out


def ranked(phrases: Iterable[Phrase]) -> dict[PhraseKind, list[Phrase]]:
    """Phrases by kind, most used first, one per text (a person keeps the position used most)."""
    from gui.core.tracking import fold  # with the first suggestion, not at start-up

    counts: Counter[tuple[PhraseKind, str]] = Counter()
    details: dict[tuple[PhraseKind, str], Counter[str]] = {}
    for p in phrases:
        key = (p.kind, p.text)
        counts[key] += 1
        details.setdefault(key, Counter())[p.detail] += 1
    out: dict[PhraseKind, list[Phrase]] = {kind: [] for kind in PhraseKind}
    for (kind, text), _n in sorted(counts.items(), key=lambda kv: (-kv[1], fold(kv[0][1]))):
        best = max(details[(kind, text)].items(), key=lambda kv: (bool(kv[0]), kv[1]))[0]
        out[kind].append(Phrase(kind, text, best))
    return out


def matches(query: str, text: str) -> bool:
    """Whether every word of ``query`` starts a word of ``text``, ignoring accents and case."""
    return starts_words(folded_words(query), folded_words(text))


def starts_words(query: list[str], words: list[str]) -> bool:
    """``matches`` of words already folded (``folded_words``)."""
    return all(any(w.startswith(q) for w in words) for q in query)


def folded_words(text: str) -> list[str]:
    """The words of ``text`` with accents and case dropped, as ``matches`` compares them."""
    from gui.core.tracking import fold  # with the first suggestion, not at start-up

    return re.findall(r"\w+", fold(text))
