"""People's names: their initials, and finding names inside free text to replace them.

One place for every printout and export that shortens names (the summary's "initials only", the
right-of-access export, the web drawing), so they all write "Marie-Louise Van den Broeck" the
same way: "M.-L. V.d.B.".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

# Name particles: glued to the initial of the name part that follows ("Van den Broeck" ->
# "V.d.B."), and never matched on their own in free text ("van" is an ordinary Dutch word).
PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des", "le", "la",
    "les", "el", "al", "ben", "bin", "ter", "ten", "te", "'t", "’t", "dos", "das", "do", "y",
})

# Words that describe a role or relation rather than name someone ("Mama", "Buurvrouw",
# "Hulpverlener", "Dr."). They are never turned into initials and never searched for.
ROLE_WORDS = frozenset({
    # Dutch
    "ik", "wij", "we", "jij", "samen", "iedereen", "allebei", "beiden", "niemand", "familie",
    "gezin", "kinderen", "cliënt", "client", "cliente", "mevrouw",
    "meneer", "mevr", "dhr", "mr", "mw", "dr", "dokter", "hulpverlener", "begeleider",
    "begeleidster", "maatschappelijk", "werker", "werkster", "mama", "moeder", "papa", "vader",
    "dochter", "zoon", "zus", "zuster", "broer", "oma", "opa", "grootmoeder", "grootvader",
    "kleinzoon", "kleindochter", "tante", "nonkel", "oom", "neef", "nicht", "vrouw", "man",
    "echtgenoot", "echtgenote", "partner", "vriend", "vriendin", "buurvrouw", "buurman",
    "buren", "huisarts", "arts", "kinesist", "verpleegster", "verpleger", "thuisverpleging",
    "vrijwilliger", "vrijwilligster", "coördinator", "coordinator", "verantwoordelijke",
    "bibliothecaris", "collega", "oud-collega", "ex-collega", "leerkracht", "juf", "meester",
    "bakker", "apotheker", "psycholoog", "therapeut", "raadgever", "gids", "voorzitter",
    "animator", "onthaal", "onthaalvrijwilliger", "team", "school", "ocmw", "cpas",
    # French
    "moi", "nous", "ensemble", "tous", "famille", "enfants", "madame", "monsieur", "mme", "m",
    "mère", "père", "fille", "fils",
    "soeur", "sœur", "frère", "voisin", "voisine", "médecin", "docteur", "infirmière",
    "infirmier", "bénévole", "accompagnateur", "accompagnatrice", "travailleur", "travailleuse",
    "assistante", "assistant", "social", "sociale", "ami", "amie", "collègue",
    # English
    "me", "i", "us", "both", "everyone", "family", "children", "mrs", "ms", "mother", "father",
    "mum", "mom", "dad", "daughter", "son",
    "sister", "brother", "neighbour", "neighbor", "doctor", "nurse", "volunteer", "worker",
    "friend", "colleague", "coach",
})
# Dutch compounds end in a role word ("Jeugdbibliothecaris", "Onthaalvrijwilliger").
_ROLE_SUFFIXES = tuple(w for w in ROLE_WORDS if len(w) >= 6)
# Small words that link role words ("Vrouw van de bakker", "Coördinator van het buurthuis").
_LINK_WORDS = PARTICLES | {"het", "een", "of", "en", "et", "and", "the", "mijn", "haar", "zijn",
                           "ma", "mon", "sa", "son", "my", "her", "his", "uit", "bij", "op"}
_INITIALS_TOKEN = re.compile(r"^(?:\w\.)+(?:-(?:\w\.)+)*$")


def _first_alnum(text: str) -> str:
    return next((ch for ch in text if ch.isalnum()), "")


def _bare(word: str) -> str:
    """The word without surrounding punctuation, lower case: 'Dr.' -> 'dr'."""
    return word.strip(".,;:!?()[]\"“”«»").casefold()


def _is_particle(word: str) -> bool:
    return _bare(word) in PARTICLES


def initials_of(name: str) -> str:
    """'Marie-Louise Van den Broeck' -> 'M.-L. V.d.B.'; 'Rita' -> 'R.'; '' -> ''.

    One initial per name part, a hyphen kept between the parts of a hyphenated name, particles
    (van, den, de, El…) keep their case and are glued to the next initial. Accents stay
    ('Émile' -> 'É.'). A name with no letter or digit at all gives '?'.
    """
    words = unicodedata.normalize("NFC", name or "").split()
    if not words:
        return ""
    groups: list[str] = []
    pending = ""  # particles waiting for the name part they belong to
    for index, word in enumerate(words):
        is_last = index == len(words) - 1
        if _is_particle(word) and not is_last and not all(_is_particle(w) for w in words):
            letter = _first_alnum(word)
            pending += f"{letter}." if letter else ""
            continue
        parts = [_first_alnum(p).upper() for p in word.split("-")]
        shown = "-".join(f"{p}." for p in parts if p)
        if shown:
            groups.append(pending + shown)
            pending = ""
    if pending:
        groups.append(pending)
    return " ".join(groups) if groups else "?"


def is_role_word(word: str) -> bool:
    bare = _bare(word)
    if not bare:
        return True
    if bare in ROLE_WORDS:
        return True
    return any(bare.endswith(suffix) for suffix in _ROLE_SUFFIXES)


def is_role_only(text: str) -> bool:
    """True for 'Mama', 'Vrouw van de bakker', 'Hulpverlener': describes, does not name."""
    words = [w for w in text.split() if _bare(w)]
    return bool(words) and all(is_role_word(w) or _bare(w) in _LINK_WORDS for w in words)


def name_variants(name: str) -> list[str]:
    """The ways a name shows up in text: whole, and any run of its parts (longest first).

    'Marie-Louise Van den Broeck' -> the whole name, 'Marie-Louise', 'Van den Broeck',
    'Broeck', 'Marie', 'Louise'… Particles and role words alone are never a variant.
    """
    words = unicodedata.normalize("NFC", name or "").split()
    found: set[str] = set()
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            run = words[start:end]
            if _is_particle(run[-1]) or all(_is_particle(w) or is_role_word(w) for w in run):
                continue
            found.add(" ".join(w.strip(",;:()") for w in run))
    for word in words:
        for part in word.split("-"):
            part = part.strip(".,;:()")
            if len(part) >= 2 and not _is_particle(part) and not is_role_word(part):
                found.add(part)
    return sorted((v for v in found if v), key=lambda v: (-len(v), v))


def shorten_name(text: str, keep: Iterable[str] = ()) -> str:
    """A name field: each run of name words becomes its initials; role words stay as written.

    'Buurvrouw Rita' -> 'Buurvrouw R.'; 'Dr. Janssens' -> 'Dr. J.'; 'Hulpverlener' stays.
    Words in ``keep`` (the client's own name), lower-case words and initials stay too.
    """
    kept = {k.casefold() for k in keep}
    tokens = re.split(r"(\s+)", text or "")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            trail = re.search(r"[,;:!?)]*$", run[-1]).group(0)
            words = run[:-1] + [run[-1][: len(run[-1]) - len(trail)] if trail else run[-1]]
            out.append(initials_of(" ".join(words)) + trail)
            run.clear()

    for token in tokens:
        if not token:
            continue
        if token.isspace():
            if not run:
                out.append(token)
            continue
        bare = _bare(token)
        is_name = (bool(bare) and _first_alnum(token)[:1].isupper()
                   and not is_role_word(token) and bare not in kept
                   and not _INITIALS_TOKEN.match(token.strip(",;:()")))
        if is_name or (run and _is_particle(token)):
            if run and re.search(r"[,;:!?)]$", run[-1]):
                flush()
                out.append(" ")
            run.append(token)
            continue
        if run:
            flush()
            out.append(" ")
        out.append(token)
    flush()
    return "".join(out)


def _fold(text: str) -> str:
    """Same length as text, accents removed character by character (for matching only)."""
    folded = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
            folded.append(decomposed[0])
        else:
            folded.append(ch)
    return "".join(folded)


class NameReplacer:
    """Replace names in free text: whole words only, any case, with or without accents.

    ``names`` maps each text to find to its replacement; texts in ``keep`` are found and left
    as they are (so the client's own 'Rita' is not taken for the neighbour 'Rita Peeters').
    The longest match wins at each place. ``count`` tells how many were replaced.
    """

    def __init__(self, names: Mapping[str, str], keep: Iterable[str] = ()) -> None:
        self._replacement: dict[str, str | None] = {}
        for found, replacement in names.items():
            self._replacement.setdefault(self._key(found), replacement)
        for found in keep:
            self._replacement[self._key(found)] = None  # keeping wins over replacing
        self.count = 0
        keys = sorted((k for k in self._replacement if k), key=len, reverse=True)
        self._pattern = None
        if keys:
            alternatives = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in keys)
            self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(_fold(unicodedata.normalize("NFC", text)).casefold().split())

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        text = unicodedata.normalize("NFC", text)
        pieces: list[str] = []
        last = 0
        for match in self._pattern.finditer(_fold(text)):
            replacement = self._replacement.get(self._key(match.group(0)))
            if replacement is None:
                continue
            pieces.append(text[last:match.start()])
            pieces.append(replacement)
            last = match.end()
            if replacement.endswith(".") and text[last:last + 1] == ".":
                last += 1  # "… en Broeck." -> "… en B.", not "B.."
            self.count += 1
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)
