"""Names shown for the engine's identifiers and the built-in datasets, in the interface language.

The engine and the data package name things with stable identifiers (``"relu"``,
``"glorot_uniform"``, ``"moons"``) and English titles, and import no Qt. Widgets show those
choices through these functions, which keep the identifier as the item's data and show a
translated name: ``combo.addItem(activation_name(name), name)``. An identifier without an
entry here is shown as it is, so a new activation or sample still appears, in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Names"

ACTIVATIONS = {
    "linear": QT_TRANSLATE_NOOP("Names", "Linear"),
    "sigmoid": QT_TRANSLATE_NOOP("Names", "Sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("Names", "Tanh"),
    "relu": QT_TRANSLATE_NOOP("Names", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("Names", "Leaky ReLU"),
    "elu": QT_TRANSLATE_NOOP("Names", "ELU"),
    "softmax": QT_TRANSLATE_NOOP("Names", "Softmax"),
}
LOSSES = {
    "mse": QT_TRANSLATE_NOOP("Names", "Mean squared error"),
    "mae": QT_TRANSLATE_NOOP("Names", "Mean absolute error"),
    "binary_crossentropy": QT_TRANSLATE_NOOP("Names", "Binary cross-entropy"),
    "categorical_crossentropy": QT_TRANSLATE_NOOP("Names", "Categorical cross-entropy"),
    "bp_error": QT_TRANSLATE_NOOP("Names", "BP error ½·Σ(d−o)²"),
}
INITIALIZERS = {
    "glorot_uniform": QT_TRANSLATE_NOOP("Names", "Glorot (Xavier) uniform"),
    "glorot_normal": QT_TRANSLATE_NOOP("Names", "Glorot (Xavier) normal"),
    "he_uniform": QT_TRANSLATE_NOOP("Names", "He uniform"),
    "he_normal": QT_TRANSLATE_NOOP("Names", "He normal"),
    "random_normal": QT_TRANSLATE_NOOP("Names", "Random normal"),
    "zeros": QT_TRANSLATE_NOOP("Names", "Zeros"),
    "ones": QT_TRANSLATE_NOOP("Names", "Ones"),
}
SAMPLE_TITLES = {
    "xor": QT_TRANSLATE_NOOP("Names", "XOR"),
    "circles": QT_TRANSLATE_NOOP("Names", "Circles"),
    "moons": QT_TRANSLATE_NOOP("Names", "Two moons"),
    "spiral": QT_TRANSLATE_NOOP("Names", "Two spirals"),
    "blobs": QT_TRANSLATE_NOOP("Names", "Gaussian blobs"),
    "sine": QT_TRANSLATE_NOOP("Names", "Noisy sine"),
    "iris": QT_TRANSLATE_NOOP("Names", "Iris"),
    "wine": QT_TRANSLATE_NOOP("Names", "Wine"),
    "breast_cancer": QT_TRANSLATE_NOOP("Names", "Breast cancer (Wisconsin diagnostic)"),
}
# Keyed by sample name; a description that no longer matches the data package's text is
# shown in English, and tests/i18n/test_display_names.py names the sample.
SAMPLE_DESCRIPTIONS = {
    "xor": QT_TRANSLATE_NOOP(
        "Names",
        "exclusive or of two inputs: 4 points, or noisy clusters around the corners when more "
        "samples are asked for",
    ),
    "circles": QT_TRANSLATE_NOOP("Names", "a small circle inside a larger one"),
    "moons": QT_TRANSLATE_NOOP("Names", "two interleaving half circles"),
    "spiral": QT_TRANSLATE_NOOP(
        "Names", "two interleaved spirals; needs a deeper or wider network"
    ),
    "blobs": QT_TRANSLATE_NOOP("Names", "three Gaussian clusters labelled A, B and C"),
    "sine": QT_TRANSLATE_NOOP("Names", "y = sin(x) plus Gaussian noise, x in [-pi, pi]"),
    "iris": QT_TRANSLATE_NOOP("Names", "Fisher's iris flowers: 4 measurements, 3 species"),
    "wine": QT_TRANSLATE_NOOP("Names", "chemical analysis of wines from 3 cultivars: 13 features"),
    "breast_cancer": QT_TRANSLATE_NOOP("Names", "30 cell-nucleus features, malignant or benign"),
}


def _translated(table: dict[str, str], identifier: str) -> str:
    english = table.get(identifier)
    if english is None:
        return identifier
    return QCoreApplication.translate(CONTEXT, english)


def activation_name(name: str) -> str:
    """Return the display name of an activation function (``"relu"`` -> ``"ReLU"``)."""
    return _translated(ACTIVATIONS, name)


def loss_name(name: str) -> str:
    """Return the display name of a loss (``"mse"`` -> ``"Mean squared error"``)."""
    return _translated(LOSSES, name)


def initializer_name(name: str) -> str:
    """Return the display name of a weight initializer (``"he_normal"`` -> ``"He normal"``)."""
    return _translated(INITIALIZERS, name)


def sample_title(name: str, english_title: str | None = None) -> str:
    """Return the title of a built-in sample, or ``english_title`` for an unknown sample."""
    if name not in SAMPLE_TITLES:
        return english_title or name
    return _translated(SAMPLE_TITLES, name)


def sample_description(name: str, english_description: str | None = None) -> str:
    """Return the description of a built-in sample in the interface language.

    The translation is used only while ``english_description`` (the data package's current
    text) is the text that was translated, so an edited description never shows stale text.
    """
    english = SAMPLE_DESCRIPTIONS.get(name)
    if english is None or (english_description is not None and english_description != english):
        return english_description or ""
    return QCoreApplication.translate(CONTEXT, english)
