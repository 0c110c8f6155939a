"""One medication under several names: RxNorm gives each product its own code ("darbepoetin
alfa 100 MCG/ML Injectable Solution", "0.42 ML darbepoetin alfa 0.1 MG/ML Prefilled Syringe
[Aranesp]", "Aranesp"), so codes alone make three medications of one. Without an ingredient
code, the ingredient is read from the name: the words before the strength, per component of a
combination, and the brand in brackets as another name of the same thing."""

from __future__ import annotations

import re

_BRAND = re.compile(r"\[([^\]]+)\]")
_LEADING_AMOUNT = re.compile(r"^\s*\d+(\.\d+)?\s*(ml|l|mg|g|mcg|actuat|unt|hr)?\s+", re.I)
_FORM_WORDS = {"oral", "tablet", "tablets", "capsule", "capsules", "injectable", "solution",
               "suspension", "prefilled", "syringe", "extended", "release", "delayed", "topical",
               "cream", "ointment", "inhaler", "inhalant", "metered", "dose", "pen", "injector",
               "chewable", "disintegrating", "film", "coated", "patch", "transdermal", "system",
               "drops", "spray", "nasal", "ophthalmic", "otic", "powder", "for", "vial", "kit",
               "pack", "hr", "er", "xr", "sr", "dr", "ec"}


_SALTS = {"hydrochloride", "hcl", "sodium", "potassium", "sulfate", "succinate", "tartrate",
          "bitartrate", "maleate", "besylate", "mesylate", "citrate", "fumarate", "phosphate",
          "bromide", "hyclate", "monohydrate", "dihydrate", "acetate"}


def _words_before_strength(part: str) -> str:
    words = []
    for word in part.split():
        if word[:1].isdigit():
            break
        words.append(word)
    kept = [w for w in (re.sub(r"[^a-z0-9-]", "", w.lower()) for w in words)
            if w and w not in _FORM_WORDS]
    without_salt = [w for w in kept if w not in _SALTS]
    return " ".join(without_salt or kept)


def ingredient_keys(name: str) -> list[str]:
    """Keys under which products of one ingredient meet: 'darbepoetin alfa', 'aranesp'."""
    brands = [b.strip().lower() for b in _BRAND.findall(name) if b.strip()]
    generic = _LEADING_AMOUNT.sub("", _BRAND.sub(" ", name))
    parts = [_words_before_strength(p) for p in generic.split(" / ")]
    ingredient = "+".join(sorted(p for p in parts if p))
    return list(dict.fromkeys(k for k in (ingredient, *brands) if k))
