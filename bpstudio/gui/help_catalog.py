"""The texts of the tooltips and "What's This?" help, in one translatable catalogue.

Each text states what a setting is, its usual range and what changing it does, in the terms a
first neural-network course uses. :mod:`bpstudio.gui.help_texts` applies them to widgets.
The texts are built on each call (not at import) so that they come out in the language
whose translator is installed.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject


class HelpText(NamedTuple):
    """A tooltip (one line) and a What's This text (rich text, a few short paragraphs)."""

    tooltip: str
    whats_this: str


def help_page(title: str, what: str, usual: str, effect: str) -> str:
    """Lay out a What's This text: title, what it is, usual range, what changing it does."""
    return f"<p><b>{title}</b></p><p>{what}</p><p>{usual}</p><p>{effect}</p>"


class HelpCatalog(QObject):
    """The help texts; a QObject so that ``self.tr`` gives them the context "HelpCatalog"."""

    # ------------------------------------------------------------- hyperparameters

    def hyperparameters(self) -> dict[str, HelpText]:
        """Return objectName -> help for the training settings."""
        tr = self.tr
        return {
            "learningRateSpin": HelpText(
                tr("Learning rate η: the size of each gradient descent step"),
                help_page(
                    tr("Learning rate (η)"),
                    tr(
                        "Each weight moves by η times its gradient after every batch: "
                        "w ← w − η·∂E/∂w. It is the most important hyperparameter."
                    ),
                    tr(
                        "Usual range: 0.1 to 0.5 for plain gradient descent on small "
                        "normalised data, 0.001 to 0.01 for Adam and RMSprop."
                    ),
                    tr(
                        "Too high: the loss curve jumps up and down, climbs, or becomes NaN "
                        "(training stops with a divergence message). Too low: the loss curve "
                        "falls very slowly and nearly straight. A good value gives a curve "
                        "that drops fast at first and then flattens."
                    ),
                ),
            ),
            "momentumSpin": HelpText(
                tr("Momentum: how much of the previous step is kept (0 = none)"),
                help_page(
                    tr("Momentum (β)"),
                    tr(
                        "The step is a running average of past gradients: "
                        "v ← β·v − η·∂E/∂w, w ← w + v. It speeds up travel along long "
                        "valleys of the error surface and damps zigzagging across them."
                    ),
                    tr("Usual range: 0.5 to 0.99; 0.9 is the common choice."),
                    tr(
                        "Higher values give faster progress but overshoot: the loss curve "
                        "may swing before it settles. 0 gives plain gradient descent."
                    ),
                ),
            ),
            "beta1Spin": HelpText(
                tr("Adam β₁: decay of the running mean of the gradients"),
                help_page(
                    tr("Adam β₁"),
                    tr("How fast Adam forgets old gradients in its first-moment average."),
                    tr("Usual range: 0.8 to 0.99; the standard value is 0.9."),
                    tr(
                        "Higher values smooth the steps more but react more slowly when the "
                        "gradient changes direction."
                    ),
                ),
            ),
            "beta2Spin": HelpText(
                tr("Adam β₂: decay of the running mean of the squared gradients"),
                help_page(
                    tr("Adam β₂"),
                    tr(
                        "How fast Adam forgets old squared gradients, which set each "
                        "weight's own step size."
                    ),
                    tr("Usual range: 0.99 to 0.9999; the standard value is 0.999."),
                    tr(
                        "Lower values adapt the step sizes faster but make them noisier; "
                        "the loss curve may become jumpy."
                    ),
                ),
            ),
            "epsilonSpin": HelpText(
                tr("ε: a small number that keeps adaptive steps from dividing by zero"),
                help_page(
                    tr("Epsilon (ε)"),
                    tr(
                        "Added to the denominator of Adam, RMSprop and Adagrad steps: "
                        "η·m / (√v + ε)."
                    ),
                    tr("Usual range: 1e-8 to 1e-4; the default is 1e-7."),
                    tr(
                        "Larger values make the optimizer behave more like plain gradient "
                        "descent; it rarely needs changing."
                    ),
                ),
            ),
            "rhoSpin": HelpText(
                tr("RMSprop ρ: decay of the running mean of the squared gradients"),
                help_page(
                    tr("RMSprop ρ"),
                    tr("How fast RMSprop forgets old squared gradients."),
                    tr("Usual range: 0.8 to 0.99; the standard value is 0.9."),
                    tr("Lower values adapt faster to recent gradients but are noisier."),
                ),
            ),
            "batchSizeSpin": HelpText(
                tr("Batch size: samples per weight update"),
                help_page(
                    tr("Batch size"),
                    tr(
                        "The number of training samples whose gradients are averaged for one "
                        "update. Plain gradient descent (GD) uses the whole training set."
                    ),
                    tr("Usual range: 8 to 256; 32 is a common start."),
                    tr(
                        "Smaller batches give more updates per epoch and a noisier loss "
                        "curve; larger batches give a smoother curve, fewer updates and "
                        "usually need a larger learning rate."
                    ),
                ),
            ),
            "epochsSpin": HelpText(
                tr("Epochs: passes over the whole training set"),
                help_page(
                    tr("Epochs (训练轮数)"),
                    tr("One epoch shows every training sample to the network once."),
                    tr("Usual range: 50 to 1,000 for the small datasets of a course."),
                    tr(
                        "Too few: the training loss is still falling when training ends. "
                        "Too many: the validation loss starts rising while the training loss "
                        "keeps falling, which is overfitting."
                    ),
                ),
            ),
            "l2Spin": HelpText(
                tr("L2 regularisation: a penalty on large weights"),
                help_page(
                    tr("L2 regularisation (weight decay)"),
                    tr("Adds λ·Σw² to the loss, which pulls every weight towards zero."),
                    tr("Usual range: 0 (off) to 0.01; try 1e-4 first."),
                    tr(
                        "Higher values give smoother decision boundaries and less "
                        "overfitting, but too high keeps the network from fitting the data: "
                        "both loss curves stay high."
                    ),
                ),
            ),
            "patienceSpin": HelpText(
                tr("Patience: epochs without improvement before early stopping"),
                help_page(
                    tr("Patience"),
                    tr(
                        "With early stopping on, training stops after this many epochs in a "
                        "row without a new best validation loss."
                    ),
                    tr("Usual range: 5 to 50 epochs."),
                    tr(
                        "Small values stop early, perhaps on a temporary plateau; large "
                        "values let overfitting go on longer."
                    ),
                ),
            ),
            "earlyStoppingCheck": HelpText(
                tr("Stop training when the validation loss stops improving"),
                help_page(
                    tr("Early stopping"),
                    tr(
                        "Watches the validation loss (the training loss when there is no "
                        "validation set) and stops after Patience epochs without improvement."
                    ),
                    tr("Usually on for long runs, off while exploring."),
                    tr(
                        "It guards against overfitting: on the loss plot the run ends near "
                        "the lowest point of the validation curve."
                    ),
                ),
            ),
            "seedSpin": HelpText(
                tr("Random seed of the initial weights and of the batch shuffling"),
                help_page(
                    tr("Random seed"),
                    tr(
                        "The same seed gives the same initial weights and the same order of "
                        "samples, so a run can be repeated exactly."
                    ),
                    tr("Any whole number; 0 is the default."),
                    tr(
                        "Changing it shows how much the result depends on the starting "
                        "point: a network that only sometimes learns is sensitive to it."
                    ),
                ),
            ),
            "initializerCombo": HelpText(
                tr("How the initial weights are drawn"),
                help_page(
                    tr("Weight initialisation"),
                    tr(
                        "The distribution of the random starting weights. Glorot (Xavier) "
                        "suits tanh and sigmoid; He suits ReLU."
                    ),
                    tr("Usual choice: glorot_uniform, or he_normal for ReLU networks."),
                    tr(
                        "Zeros or ones make every neuron of a layer identical, so they all "
                        "learn the same thing; weights too large saturate sigmoid and tanh."
                    ),
                ),
            ),
        }

    # ------------------------------------------------------------- network and loss

    def network(self) -> dict[str, HelpText]:
        """Return objectName -> help for the network builder."""
        tr = self.tr
        return {
            "layerTable": HelpText(
                tr("Hidden layers: number of neurons and activation function of each"),
                help_page(
                    tr("Hidden layers (隐含层)"),
                    tr(
                        "Each row is a fully connected layer between the inputs and the "
                        "output layer. Double-click a cell to change its neurons or its "
                        "activation function."
                    ),
                    tr(
                        "Usual range: one or two hidden layers of 2 to 64 neurons for the "
                        "datasets of a course."
                    ),
                    tr(
                        "More neurons and layers can fit more complex boundaries but train "
                        "more slowly and overfit more easily; too few underfit and both loss "
                        "curves stay high."
                    ),
                ),
            ),
            "addLayerButton": HelpText(
                tr("Add a hidden layer"),
                tr("<p>Adds a hidden layer after the selected one. Undo with Ctrl+Z.</p>"),
            ),
            "removeLayerButton": HelpText(
                tr("Remove the selected hidden layer"),
                tr("<p>Removes the selected hidden layer. Undo with Ctrl+Z.</p>"),
            ),
            "outputActivationCombo": HelpText(
                tr("Activation function of the output layer"),
                help_page(
                    tr("Output activation"),
                    tr(
                        "Turns the output neurons' sums into predictions. Automatic picks "
                        "sigmoid for two classes, softmax for more, linear for regression."
                    ),
                    tr("Usual choice: Automatic."),
                    tr(
                        "It must match the loss: softmax with categorical cross-entropy, "
                        "sigmoid with binary cross-entropy, linear with MSE."
                    ),
                ),
            ),
            "lossCombo": self._loss_widget_help(),
            "trainingLossCombo": self._loss_widget_help(),
            "optimizerCombo": HelpText(
                tr("The rule that turns gradients into weight updates"),
                help_page(
                    tr("Optimizer (优化器)"),
                    tr(
                        "Gradient descent uses the back-propagated gradients as they are; "
                        "momentum and the adaptive methods (Adam, RMSprop, Adagrad) reshape "
                        "them. Only the hyperparameters the chosen optimizer uses are shown."
                    ),
                    tr("Usual choice: SGD or momentum to learn the method, Adam to get results."),
                    tr(
                        "Adam usually converges with little tuning; plain gradient descent "
                        "shows the learning-rate trade-off most clearly on the loss curve."
                    ),
                ),
            ),
            "networkDiagram": HelpText(
                tr("The network: neurons as circles, weights as lines"),
                help_page(
                    tr("Network diagram"),
                    tr(
                        "Line colour shows a weight's sign (blue positive, orange negative) "
                        "and its thickness the weight's size; it updates while training runs."
                    ),
                    tr("Hover over a neuron to see its value for the selected sample."),
                    tr(
                        "Lines that fade to nothing show inputs or neurons the network has "
                        "learnt to ignore."
                    ),
                ),
            ),
            "hoverSampleSpin": HelpText(
                tr("The sample whose values the diagram shows on hover"),
                tr("<p>Row number of the training sample fed through the network.</p>"),
            ),
        }

    def _loss_widget_help(self) -> HelpText:
        tr = self.tr
        return HelpText(
            tr("Loss function: what training minimises"),
            help_page(
                tr("Loss function (损失函数)"),
                tr(
                    "Measures how far the outputs are from the targets; back-propagation "
                    "computes its gradient with respect to every weight."
                ),
                tr(
                    "Usual choice: cross-entropy for classification, MSE for regression, "
                    "the BP error ½·Σ(d−o)² to follow a textbook's formulas."
                ),
                tr(
                    "The loss value's scale depends on the function, so compare loss "
                    "curves only between runs with the same loss."
                ),
            ),
        )

    # ------------------------------------------------------------- data

    def data(self) -> dict[str, HelpText]:
        """Return objectName -> help for the data panel's preprocessing settings."""
        tr = self.tr
        return {
            "taskCombo": HelpText(
                tr("Classification predicts a class, regression a number"),
                help_page(
                    tr("Task"),
                    tr(
                        "Automatic treats a text column or a column of a few whole numbers "
                        "as classes and anything else as a number to predict."
                    ),
                    tr("Usual choice: Automatic."),
                    tr("It decides the output layer, the loss and the plots shown."),
                ),
            ),
            "missingCombo": HelpText(
                tr("What to do with empty or unreadable cells"),
                help_page(
                    tr("Missing values"),
                    tr(
                        "Drop removes the rows; the fill methods replace a missing feature "
                        "with its column's mean, median or most frequent value. A missing "
                        "target always drops its row."
                    ),
                    tr("Usual choice: drop when few rows are affected."),
                    tr("Filling keeps more rows but pulls the filled features to the centre."),
                ),
            ),
            "scalingCombo": HelpText(
                tr("Rescale the features before training"),
                help_page(
                    tr("Feature scaling"),
                    tr(
                        "Standardise gives each feature mean 0 and standard deviation 1; "
                        "min-max maps it to [0, 1] or [−1, 1]."
                    ),
                    tr("Usual choice: standardise."),
                    tr(
                        "Without scaling, a feature measured in thousands dominates the "
                        "gradients: training needs a tiny learning rate and may diverge."
                    ),
                ),
            ),
            "scaleTargetCheck": HelpText(
                tr("Scale a regression target like the features"),
                tr(
                    "<p>Scaling a numeric target keeps the output and the loss near 1, "
                    "which lets the usual learning rates work. Predictions are turned back "
                    "into the original units.</p>"
                ),
            ),
            "validationSplitSpin": HelpText(
                tr("Share of the rows kept aside to watch for overfitting"),
                help_page(
                    tr("Validation split"),
                    tr(
                        "These rows are never trained on; their loss is the validation curve "
                        "on the loss plot."
                    ),
                    tr("Usual range: 10% to 30%."),
                    tr(
                        "A validation loss that rises while the training loss falls shows "
                        "overfitting. Too large a split leaves too little to train on."
                    ),
                ),
            ),
            "testSplitSpin": HelpText(
                tr("Share of the rows kept for the final evaluation"),
                tr(
                    "<p>The test rows are used only by Evaluate, after training, to "
                    "estimate how the network does on data it has never seen. Usual range: "
                    "0% to 20%.</p>"
                ),
            ),
            "splitSeedSpin": HelpText(
                tr("Random seed of the train, validation and test split"),
                tr("<p>The same seed puts the same rows in each split.</p>"),
            ),
            "stratifyCheck": HelpText(
                tr("Keep the class proportions in each split"),
                tr(
                    "<p>Each split gets the same share of every class, which matters for "
                    "small or unbalanced datasets.</p>"
                ),
            ),
            "noiseSpin": HelpText(
                tr("Noise added to a generated dataset"),
                tr(
                    "<p>More noise blurs the classes into each other: the lowest reachable "
                    "loss rises and the network is tempted to overfit.</p>"
                ),
            ),
            "sampleCountSpin": HelpText(
                tr("Number of samples to generate"),
                tr("<p>More samples give a clearer boundary and slower epochs.</p>"),
            ),
        }
