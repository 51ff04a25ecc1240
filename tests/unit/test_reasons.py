"""The reason for changing a record after the fact: one rule for its length, whatever
is changed (a session or consultation corrected, an agreed plan changed or stopped, a
contraindication let through)."""

from __future__ import annotations

import pytest

from clinicdesk.errors import ValidationError
from clinicdesk.services.reasons import MIN_REASON_LENGTH, REASON_MAX, clean_reason


def test_a_reason_too_short_is_refused_with_the_callers_words_and_the_minimum():
    with pytest.raises(ValidationError) as refused:
        clean_reason(" " * 20 + "x" * (MIN_REASON_LENGTH - 1), "Say why ({minimum})")
    assert refused.value.field == "reason"
    assert refused.value.args_for_message["minimum"] == MIN_REASON_LENGTH


def test_a_reason_too_long_is_refused_with_its_length_not_cut():
    with pytest.raises(ValidationError) as refused:
        clean_reason("x" * (REASON_MAX + 1), "Say why")
    assert refused.value.args_for_message["length"] == REASON_MAX + 1


def test_a_reason_is_kept_trimmed():
    assert clean_reason("  The client asked for it  ", "Say why") == "The client asked for it"
