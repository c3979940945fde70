"""Error kinds of the data layer: registered, namespaced, and formatted from fields."""

import pytest

from bpstudio.data.errors import MESSAGES, data_error, summarize_lines
from bpstudio.errors import MESSAGES as REGISTERED
from bpstudio.errors import DataError


def test_kinds_registered_and_namespaced():
    for kind, template in MESSAGES.items():
        assert kind.split(".")[0] in ("csv", "data")
        assert REGISTERED[kind] == template


def test_unregistered_kind_rejected():
    with pytest.raises(KeyError):
        data_error("csv.no_such_kind")


def test_message_names_value_and_place():
    error = data_error("data.mixed_column", column="price", value="n/a!", line=17, more="")

    assert isinstance(error, DataError)
    assert "'price'" in str(error)
    assert "'n/a!'" in str(error)
    assert "line 17" in str(error)
    assert error.to_dict()["line"] == 17


def test_summarize_lines_limits_length():
    assert summarize_lines([3, 4]) == "3, 4"
    assert summarize_lines(list(range(1, 13)), limit=3) == "1, 2, 3, ... (12 lines)"
