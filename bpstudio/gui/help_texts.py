"""Tooltips and "What's This?" help for every setting, choice, plot and training action.

:func:`apply_help_texts` looks the window's widgets and actions up by objectName and sets
their tooltip and What's This text. Combo boxes whose items store an activation, loss,
optimizer or initialiser name get a tooltip per item as well. The texts live in
:mod:`bpstudio.gui.help_catalog` (settings) and :mod:`bpstudio.gui.help_choices` (choices);
this module adds the plots and the training actions.

Widgets created later (a table's cell editor, a dialog) can call :func:`apply_to_widget`.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from bpstudio.gui.help_catalog import HelpCatalog, HelpText, help_page
from bpstudio.gui.help_choices import ChoiceHelp

log = logging.getLogger(__name__)

#: Combo boxes (by objectName pattern) whose items are names of one registry.
CHOICE_COMBOS = (
    (re.compile(r"(?i)activation(Combo|Editor)$"), "activations"),
    (re.compile(r"(?i)loss(Combo)$"), "losses"),
    (re.compile(r"^optimizerCombo$"), "optimizers"),
    (re.compile(r"^initializerCombo$"), "initializers"),
)


class ViewHelp(QObject):
    """Help for the plots and the training actions."""

    def plots(self) -> dict[str, HelpText]:
        tr = self.tr
        return {
            "curvesView": HelpText(
                tr("Loss and metric curves: training (solid) and validation, per epoch"),
                help_page(
                    tr("Loss curves"),
                    tr(
                        "The loss after each epoch on the training rows and, when there is "
                        "a validation split, on the validation rows."
                    ),
                    tr(
                        "A healthy run falls quickly and then flattens. A log scale shows "
                        "the late, slow part better."
                    ),
                    tr(
                        "Jumps, a rising curve or a run that stops with a divergence "
                        "message: the learning rate is too high. A nearly straight, slow "
                        "descent: too low. Validation rising while training falls: "
                        "overfitting; use fewer epochs, early stopping, L2 or more data."
                    ),
                ),
            ),
            "lossLogScaleCheck": HelpText(
                tr("Show the loss on a logarithmic scale"),
                tr("<p>Makes the small, late improvements of a long run visible.</p>"),
            ),
            "weightsView": HelpText(
                tr("Weights of each layer as heatmaps: rows are inputs, columns neurons"),
                help_page(
                    tr("Weight heatmaps (权重)"),
                    tr(
                        "One image per layer, blue for positive and red for negative weights, "
                        "on a colour scale fixed around 0 so that images can be compared."
                    ),
                    tr("Starting weights are small and random."),
                    tr(
                        "Rows that fade out mark inputs the network ignores; columns that "
                        "stay alike mark neurons that learnt the same thing."
                    ),
                ),
            ),
            "gradientHeatmapCheck": HelpText(
                tr("Show the gradients ∂E/∂w instead of the weights"),
                tr(
                    "<p>The gradients back-propagation (反向传播) computed for the latest "
                    "batch. Gradients near 0 in the first layers show vanishing gradients.</p>"
                ),
            ),
            "decisionBoundaryView": HelpText(
                tr("Decision boundary: the class the network predicts at each point"),
                help_page(
                    tr("Decision boundary"),
                    tr(
                        "For two input features: the background colours the class predicted "
                        "over the plane, the points are the training samples."
                    ),
                    tr("Available when the model has exactly two input features."),
                    tr(
                        "A boundary that twists around single points is overfitting; one "
                        "that stays straight on curved data needs more hidden neurons or a "
                        "non-linear activation."
                    ),
                ),
            ),
            "confusionMatrixView": HelpText(
                tr("Confusion matrix: true classes in rows, predicted classes in columns"),
                tr(
                    "<p>The diagonal counts correct predictions; a large cell off the "
                    "diagonal shows two classes the network confuses.</p>"
                ),
            ),
            "predictedVsTargetView": HelpText(
                tr("Predicted against true values, for regression"),
                tr(
                    "<p>Perfect predictions lie on the diagonal line. A cloud that is "
                    "flatter than the line means the network underfits.</p>"
                ),
            ),
            "networkDiagram": HelpCatalog().network()["networkDiagram"],
            "runsPlot": HelpText(
                tr("Loss curves of earlier runs, to compare settings"),
                tr("<p>Each run keeps its settings and curve; compare them side by side.</p>"),
            ),
            "sweepPlot": HelpText(
                tr("Final loss for each value of the swept hyperparameter"),
                tr(
                    "<p>The lowest point marks the best value tried. A learning-rate sweep "
                    "usually shows a valley: too low on the left, diverging on the right.</p>"
                ),
            ),
            "activationPlot": HelpText(
                tr("The activation function f(z) and its derivative f′(z)"),
                tr(
                    "<p>Where f′(z) is near 0 the neuron is saturated and back-propagation "
                    "passes almost no gradient through it.</p>"
                ),
            ),
            "softmaxPlot": HelpText(
                tr("Softmax probabilities for the sums you enter"),
                tr("<p>The outputs are positive and sum to 1; the largest sum wins.</p>"),
            ),
            "errorHistogramPlot": HelpText(
                tr("Histogram of the prediction errors"),
                tr("<p>A narrow peak at 0 is good; a shifted peak shows a bias.</p>"),
            ),
            "predictedVsTruePlot": HelpText(
                tr("Predicted against true values"),
                tr("<p>Perfect predictions lie on the diagonal line.</p>"),
            ),
        }

    def actions(self) -> dict[str, HelpText]:
        tr = self.tr
        return {
            "trainAction": HelpText(
                tr("Start training with the current settings"),
                tr(
                    "<p>Runs the epochs on a background thread; the plots update while it "
                    "runs. Training continues from the current weights; use Reset weights "
                    "to start afresh.</p>"
                ),
            ),
            "pauseAction": HelpText(
                tr("Pause training after the current batch"),
                tr("<p>While paused you may change the learning rate and resume.</p>"),
            ),
            "resumeAction": HelpText(
                tr("Resume a paused training run"),
                tr("<p>Continues with any hyperparameters changed while paused.</p>"),
            ),
            "stepAction": HelpText(
                tr("Train exactly one more epoch, then pause"),
                tr(
                    "<p>Lets you watch the weights and the boundary change one epoch at a time.</p>"
                ),
            ),
            "stopAction": HelpText(
                tr("Stop training and keep the weights reached"),
                tr("<p>The run ends; the weights and the loss curve are kept.</p>"),
            ),
            "resetWeightsAction": HelpText(
                tr("Draw new random starting weights from the seed"),
                tr("<p>Clears the learnt weights so the next run starts from scratch.</p>"),
            ),
        }


def all_texts() -> dict[str, HelpText]:
    """Return objectName -> help for every widget and action that has help."""
    catalog = HelpCatalog()
    views = ViewHelp()
    texts: dict[str, HelpText] = {}
    for part in (
        catalog.hyperparameters(),
        catalog.network(),
        catalog.data(),
        views.plots(),
        views.actions(),
    ):
        texts.update(part)
    # A tool button made from an action ("trainAction" -> "trainButton") shares its help.
    for name, text in views.actions().items():
        texts[name.replace("Action", "Button")] = text
    return texts


def choice_texts(kind: str) -> dict[str, HelpText]:
    """Return item name -> help for "activations", "losses", "optimizers" or "initializers"."""
    choices = ChoiceHelp()
    return getattr(choices, kind)()


def help_for(object_name: str) -> HelpText | None:
    """Return the help of the widget or action with this objectName, or None."""
    return all_texts().get(object_name)


def _choice_kind(object_name: str) -> str | None:
    for pattern, kind in CHOICE_COMBOS:
        if pattern.search(object_name):
            return kind
    return None


def _apply_choices(combo: QComboBox, texts: dict[str, HelpText]) -> int:
    count = 0
    for index in range(combo.count()):
        name = combo.itemData(index)
        text = texts.get(name) if isinstance(name, str) else None
        if text is None:
            text = texts.get(combo.itemText(index).strip().lower())
        if text is not None:
            combo.setItemData(index, text.tooltip, Qt.ItemDataRole.ToolTipRole)
            count += 1
    return count


class _ChoiceTooltips(QObject):
    """Puts the item tooltips back whenever a combo box's items are refilled."""

    def __init__(self, combo: QComboBox, choices: dict[str, HelpText]) -> None:
        super().__init__(combo)
        self.setObjectName("choiceTooltips")
        self.combo = combo
        self.choices = choices
        combo.model().rowsInserted.connect(self.refresh)
        combo.model().modelReset.connect(self.refresh)

    def refresh(self, *_args) -> None:
        _apply_choices(self.combo, self.choices)


class _Texts:
    """All help texts, built once per application of help to a window."""

    def __init__(self) -> None:
        self.widgets = all_texts()
        self.choices: dict[str, dict[str, HelpText]] = {}

    def choice(self, kind: str) -> dict[str, HelpText]:
        if kind not in self.choices:
            self.choices[kind] = choice_texts(kind)
        return self.choices[kind]


def apply_to_widget(widget: QWidget | QAction, texts: _Texts | None = None) -> bool:
    """Set the tooltip and What's This of one widget or action; return False without help."""
    texts = texts if texts is not None else _Texts()
    name = widget.objectName()
    text = texts.widgets.get(name)
    kind = _choice_kind(name) if isinstance(widget, QComboBox) else None
    if text is None and kind is None:
        return False
    if kind is not None:
        choices = texts.choice(kind)
        watcher = widget.findChild(_ChoiceTooltips, "choiceTooltips")
        if watcher is None:
            watcher = _ChoiceTooltips(widget, choices)
        watcher.choices = choices
        watcher.refresh()
        summary = "".join(f"<p>{choice.tooltip}</p>" for choice in choices.values())
        if text is None:
            text = HelpText(widget.toolTip(), summary)
        else:
            text = HelpText(text.tooltip, text.whats_this + summary)
    if text.tooltip:
        widget.setToolTip(text.tooltip)
    widget.setWhatsThis(text.whats_this)
    if isinstance(widget, QAction):
        widget.setStatusTip(text.tooltip)
    return True


class _DialogHelp(QObject):
    """Applies help to the dialogs a window opens later (teaching tools, evaluation)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("dialogHelp")
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ChildPolished comes when the dialog is first shown, after its constructor. Asking
        # for event.child() on ChildAdded, while the constructor still runs, made PySide6
        # 6.12 wrap the half-built dialog a second time, and the Python objects of buttons
        # the dialog had added (QDialogButtonBox.addButton) then reported their C++ object
        # as deleted.
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if child is not None and child.isWidgetType():
                QTimer.singleShot(0, child, lambda: self._apply(child))
        return False

    @staticmethod
    def _apply(child: QWidget) -> None:
        if child.inherits("QDialog"):
            apply_help_texts(child, watch=False)


def apply_help_texts(window: QWidget, watch: bool = True) -> list[str]:
    """Apply help to every widget and action of ``window`` that has some; return their names.

    Widgets are matched by objectName, so help follows a panel wherever it is placed. With
    ``watch``, dialogs created later with ``window`` as parent get their help too. Applying
    twice gives the same result.
    """
    if watch and window.findChild(_DialogHelp, "dialogHelp") is None:
        _DialogHelp(window)
    texts = _Texts()
    applied = []
    for item in [*window.findChildren(QWidget), *window.findChildren(QAction)]:
        if item.objectName() and apply_to_widget(item, texts):
            applied.append(item.objectName())
    activations = texts.choice("activations")
    for action in window.findChildren(QAction):
        name = action.objectName().removeprefix("activationAction_")
        if action.objectName().startswith("activationAction_") and name in activations:
            action.setToolTip(activations[name].tooltip)
            action.setStatusTip(activations[name].tooltip)
            applied.append(action.objectName())
    log.debug("help texts applied to %d widgets and actions", len(applied))
    return applied
