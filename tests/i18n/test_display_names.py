"""Display names: every engine identifier and built-in sample has one, in both languages."""

import re

import pytest

from bpstudio.data import list_samples
from bpstudio.engine import activations, initializers, losses
from bpstudio.gui import display_names, language

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp):
    language.install_translators(qapp, "zh_CN")
    yield qapp
    language.remove_translators(qapp)
    language._current_language = None


@pytest.mark.parametrize(
    ("table", "names"),
    [
        (display_names.ACTIVATIONS, activations.NAMES),
        (display_names.LOSSES, losses.NAMES),
        (display_names.INITIALIZERS, initializers.NAMES),
    ],
    ids=["activations", "losses", "initializers"],
)
def test_every_identifier_has_display_name(table, names):
    assert sorted(set(names) - set(table)) == []


def test_every_sample_has_title_and_description():
    for info in list_samples():
        assert info.name in display_names.SAMPLE_TITLES, info.name
        assert display_names.SAMPLE_DESCRIPTIONS.get(info.name) == info.description, info.name


def test_english_names(qapp):
    assert display_names.activation_name("relu") == "ReLU"
    assert display_names.loss_name("mse") == "Mean squared error"
    assert display_names.initializer_name("he_normal") == "He normal"
    assert display_names.sample_title("moons") == "Two moons"


def test_unknown_identifier_shown_as_is(qapp):
    assert display_names.activation_name("swish") == "swish"
    assert display_names.sample_title("my_sample", "My sample") == "My sample"
    assert display_names.sample_description("moons", "an edited text") == "an edited text"


def test_chinese_names(chinese):
    assert display_names.activation_name("linear") == "线性"
    assert CHINESE.search(display_names.loss_name("mse"))
    assert CHINESE.search(display_names.initializer_name("zeros"))
    for info in list_samples():
        assert CHINESE.search(display_names.sample_title(info.name)), info.name
        assert CHINESE.search(display_names.sample_description(info.name, info.description))
