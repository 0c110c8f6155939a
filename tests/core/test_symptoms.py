"""Symptom severities and their words."""

from __future__ import annotations

import pytest

from secondop_desktop.core.errors import ValidationError
from secondop_desktop.core.symptoms import SEVERITY_WORDS, describe_severity


def test_words_at_both_ends_and_bands_between():
    words = [describe_severity(n) for n in range(11)]
    assert words[0] == SEVERITY_WORDS[0] == "none"
    assert words[10] == SEVERITY_WORDS[10] == "worst imaginable"
    assert words[1:4] == ["mild"] * 3 and words[4:7] == ["moderate"] * 3
    assert words[7:10] == ["severe"] * 3


@pytest.mark.parametrize("bad", [-1, 11, "loud", True])
def test_out_of_range_severity_is_refused(bad):
    with pytest.raises(ValidationError, match="0 to 10"):
        describe_severity(bad)
