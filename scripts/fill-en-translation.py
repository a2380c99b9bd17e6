#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The GridSentinel authors
"""Complete the English catalogue: the source strings are English, so every unfinished message of
translations/gridsentinel_en.ts gets its own source text as translation (each <numerusform> of a plural
message too) and loses type="unfinished". Messages already finished, vanished or obsolete are left alone.

Run it after `cmake --build BUILD --target update_translations` (lupdate):

    python3 scripts/fill-en-translation.py [translations/gridsentinel_en.ts ...]

The file is edited as text so that lupdate's layout is kept and the next lupdate run produces no diff.
"""

import pathlib
import re
import sys
import xml.dom.minidom

DEFAULT = pathlib.Path(__file__).resolve().parent.parent / "translations" / "gridsentinel_en.ts"

MESSAGE = re.compile(r"(?P<open><message\b[^>]*>)(?P<body>.*?)(?P<close></message>)", re.S)
SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
TRANSLATION = re.compile(
    r"(?P<indent>[ \t]*)<translation\b(?P<attrs>[^>]*?)(?:/>|>(?P<inner>.*?)</translation>)", re.S
)
NUMERUSFORM = re.compile(r"<numerusform\b[^>]*>.*?</numerusform>|<numerusform\b[^>]*/>", re.S)
UNFINISHED = re.compile(r'\s+type="unfinished"')

# English has two plural forms (singular, plural). Used only when lupdate wrote no <numerusform> at all.
ENGLISH_PLURAL_FORMS = 2
NUMERUS_TRANSLATION = re.compile(r"<translation\b[^>]*>(?P<inner>.*?)</translation>", re.S)
FORM_TEXT = re.compile(r"<numerusform\b[^>]*>(?P<text>.*?)</numerusform>", re.S)


def english_forms(text: str) -> list[str]:
    """Singular and plural of a source written with "(s)"-style plurals: "%n file(s)" gives "%n file" and
    "%n files"; "(ies)" reads as y / ies, "person(s)" as person / people, and "(s) are" as "is" in the singular."""
    singular = re.sub(r"\(s\) are\b", " is", text)
    singular = singular.replace("person(s)", "person").replace("(ies)", "y").replace("(s)", "")
    plural = text.replace("person(s)", "people").replace("(ies)", "ies").replace("(s)", "s")
    return [singular, plural]


def pluralise_message(match: re.Match) -> tuple[str, bool]:
    """A plural message whose forms are all its source text (as filled before) gets real English forms."""
    opening, body = match.group("open"), match.group("body")
    if 'numerus="yes"' not in opening:
        return match.group(0), False
    source = SOURCE.search(body)
    translation = NUMERUS_TRANSLATION.search(body)
    if source is None or translation is None or 'type="unfinished"' in translation.group(0):
        return match.group(0), False
    text = source.group("text")
    forms = [f.group("text") for f in FORM_TEXT.finditer(translation.group("inner"))]
    if len(forms) != ENGLISH_PLURAL_FORMS or any(f != text for f in forms):
        return match.group(0), False  # already distinct forms (by hand or by this script)
    wanted = english_forms(text)
    if wanted == forms:
        return match.group(0), False
    inner = translation.group("inner")
    pieces, last = [], 0
    for form, new in zip(FORM_TEXT.finditer(inner), wanted):
        pieces.append(inner[last: form.start("text")])
        pieces.append(new)
        last = form.end("text")
    pieces.append(inner[last:])
    new_inner = "".join(pieces)
    start, end = translation.start("inner"), translation.end("inner")
    return opening + body[:start] + new_inner + body[end:] + match.group("close"), True


def fill_message(match: re.Match) -> tuple[str, bool]:
    opening, body = match.group("open"), match.group("body")
    translation = TRANSLATION.search(body)
    if translation is None or 'type="unfinished"' not in translation.group("attrs"):
        return match.group(0), False
    source = SOURCE.search(body)
    if source is None:  # a message without <source> cannot be filled; leave it for a human
        return match.group(0), False
    text = source.group("text")  # already XML-escaped, so it can be copied verbatim
    attrs = UNFINISHED.sub("", translation.group("attrs"))
    indent = translation.group("indent")

    if 'numerus="yes"' in opening:
        forms = len(NUMERUSFORM.findall(translation.group("inner") or "")) or ENGLISH_PLURAL_FORMS
        texts = english_forms(text) if forms == ENGLISH_PLURAL_FORMS else [text] * forms
        inner = "".join(f"\n{indent}    <numerusform>{t}</numerusform>" for t in texts)
        replacement = f"{indent}<translation{attrs}>{inner}\n{indent}</translation>"
    else:
        replacement = f"{indent}<translation{attrs}>{text}</translation>"
    body = body[: translation.start()] + replacement + body[translation.end():]
    return opening + body + match.group("close"), True


def fill_file(path: pathlib.Path) -> int:
    original = path.read_text(encoding="utf-8")
    filled = 0
    pieces = []
    last = 0
    for match in MESSAGE.finditer(original):
        new_text, changed = fill_message(match)
        if not changed:
            new_text, changed = pluralise_message(match)
        pieces.append(original[last: match.start()])
        pieces.append(new_text)
        last = match.end()
        filled += changed
    pieces.append(original[last:])
    result = "".join(pieces)
    if filled:
        xml.dom.minidom.parseString(result.encode("utf-8"))  # refuse to write a broken file
        path.write_text(result, encoding="utf-8")
    left = len(re.findall(r'<translation\b[^>]*type="unfinished"', result))
    print(f"{path}: filled {filled} message(s); {left} still unfinished")
    return left


def main(argv: list[str]) -> int:
    paths = [pathlib.Path(a) for a in argv[1:]] or [DEFAULT]
    left = 0
    for path in paths:
        if not path.name.endswith("_en.ts"):
            print(f"{path}: not an English catalogue (*_en.ts); skipped", file=sys.stderr)
            continue
        left += fill_file(path)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
