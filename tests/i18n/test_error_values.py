"""Field values of errors: fixed words, patterns and lists translated, anything else kept."""

from bpstudio import error_values, i18n
from bpstudio.errors import DataError, TrainingError

CHINESE = {
    "loss": "损失",
    "header on line %1": "第 %1 行的表头",
    "line %1 has %2": "第 %1 行有 %2 个",
    "and %1 more lines differ": "另有 %1 行也不一致",
    ", ": "，",
}


def translate(context, text):
    assert context == error_values.CONTEXT
    return CHINESE.get(text, "")


def test_fixed_value_translated():
    assert error_values.translate_value("loss", translate) == "损失"


def test_pattern_value_translated():
    assert error_values.translate_value("header on line 12", translate) == "第 12 行的表头"


def test_list_value_translated_part_by_part():
    value = "line 3 has 5, line 4 has 3, and 7 more lines differ"
    expected = "第 3 行有 5 个，第 4 行有 3 个，另有 7 行也不一致"
    assert error_values.translate_value(value, translate) == expected


def test_partly_known_list_kept():
    value = "line 3 has 5, something else"
    assert error_values.translate_value(value, translate) == value


def test_unknown_value_kept():
    assert error_values.translate_value("/tmp/数据.csv", translate) == "/tmp/数据.csv"


def test_every_listed_value_is_a_literal():
    assert all(isinstance(value, str) and value for value in error_values.FIELD_VALUES)
    assert len(set(error_values.FIELD_VALUES)) == len(error_values.FIELD_VALUES)


def test_ragged_rows_fully_chinese():
    i18n.load_error_messages()
    error = DataError(
        "csv.ragged_rows",
        path="data.csv",
        expected=4,
        reference="header on line 1",
        summary="line 3 has 5, line 4 has 3",
        lines=[3, 4],
        counts=[5, 3],
    )
    message = i18n.localized_message(error, "zh_CN")
    assert "第 1 行的表头" in message
    assert "第 3 行有 5 个，第 4 行有 3 个" in message
    assert "line 3" not in message
    assert "header on" not in message


def test_diverged_quantity_in_chinese():
    i18n.load_error_messages()
    error = TrainingError(
        "training.diverged", epoch=3, batch=None, quantity="loss", learning_rate=10.0
    )
    message = i18n.localized_message(error, "zh_CN")
    assert "损失" in message
    assert "第 3 轮" in message
    assert "loss" not in message
