"""Help for each choice in a list: activations, losses, optimizers and initialisers.

Keys are the engine's registry names (``activations.NAMES`` and so on), which combo boxes
store as item data; :mod:`bpstudio.gui.help_texts` puts these texts on the items.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from bpstudio.gui.help_catalog import HelpText, help_page


class ChoiceHelp(QObject):
    """Per-choice help texts; a QObject so that ``self.tr`` gives them a context."""

    def activations(self) -> dict[str, HelpText]:
        """Return activation name -> help."""
        tr = self.tr
        return {
            "linear": HelpText(
                tr("linear: f(z) = z, no squashing"),
                help_page(
                    tr("Linear activation"),
                    tr("Passes the weighted sum through unchanged; f′(z) = 1."),
                    tr("Used in the output layer for regression."),
                    tr(
                        "Hidden layers that are all linear collapse into one linear map: "
                        "the network cannot learn a curved boundary such as XOR."
                    ),
                ),
            ),
            "sigmoid": HelpText(
                tr("sigmoid: f(z) = 1 / (1 + e^−z), output between 0 and 1"),
                help_page(
                    tr("Sigmoid activation"),
                    tr("The classic BP activation; f′(z) = f(z)·(1 − f(z)), at most 0.25."),
                    tr("Used for a two-class output, and in hidden layers of classic BP nets."),
                    tr(
                        "For large |z| the derivative is nearly 0, so deep sigmoid networks "
                        "learn slowly (vanishing gradients): the loss curve shows long flat "
                        "stretches."
                    ),
                ),
            ),
            "tanh": HelpText(
                tr("tanh: output between −1 and 1, centred on 0"),
                help_page(
                    tr("Tanh activation"),
                    tr("f(z) = tanh z; f′(z) = 1 − f(z)²."),
                    tr("A good default for small hidden layers."),
                    tr(
                        "Usually trains faster than sigmoid because its outputs are centred "
                        "on 0, but it also saturates for large |z|."
                    ),
                ),
            ),
            "relu": HelpText(
                tr("ReLU: f(z) = max(0, z)"),
                help_page(
                    tr("ReLU activation"),
                    tr("Zero for negative sums, the sum itself otherwise; f′ is 0 or 1."),
                    tr("The usual choice for deeper networks; pair it with He initialisation."),
                    tr(
                        "Trains fast and does not saturate for positive sums, but a neuron "
                        "whose sum stays negative stops learning (a dead ReLU). A learning "
                        "rate that is too high makes many neurons die."
                    ),
                ),
            ),
            "leaky_relu": HelpText(
                tr("Leaky ReLU: like ReLU with a small slope for negative sums"),
                help_page(
                    tr("Leaky ReLU activation"),
                    tr("f(z) = z for z > 0 and αz otherwise, with a small α such as 0.01."),
                    tr("Used instead of ReLU when neurons die."),
                    tr("The small negative slope keeps a gradient flowing to every neuron."),
                ),
            ),
            "elu": HelpText(
                tr("ELU: like ReLU with a smooth negative part"),
                help_page(
                    tr("ELU activation"),
                    tr("f(z) = z for z > 0 and e^z − 1 otherwise."),
                    tr("An alternative to ReLU for hidden layers."),
                    tr("Smooth and centred closer to 0; slightly slower to compute than ReLU."),
                ),
            ),
            "softmax": HelpText(
                tr("softmax: outputs are positive and sum to 1, one per class"),
                help_page(
                    tr("Softmax activation"),
                    tr("Turns the output sums into class probabilities: e^zₖ / Σⱼ e^zⱼ."),
                    tr("Used in the output layer for three or more classes."),
                    tr(
                        "Pair it with categorical cross-entropy, whose gradient is then "
                        "simply o − d. With one output neuron it always outputs 1."
                    ),
                ),
            ),
        }

    def losses(self) -> dict[str, HelpText]:
        """Return loss name -> help."""
        tr = self.tr
        return {
            "auto": HelpText(
                tr("Automatic: chosen from the task and the number of classes"),
                tr(
                    "<p>Binary cross-entropy for two classes, categorical cross-entropy for "
                    "more, mean squared error for regression.</p>"
                ),
            ),
            "mse": HelpText(
                tr("Mean squared error: the average of (d − o)²"),
                help_page(
                    tr("Mean squared error (MSE)"),
                    tr("Averages the squared differences between targets d and outputs o."),
                    tr("The usual loss for regression."),
                    tr(
                        "Large errors weigh heavily, so outliers pull the fit. With sigmoid "
                        "outputs for classification it learns slowly when a prediction is "
                        "confidently wrong."
                    ),
                ),
            ),
            "mae": HelpText(
                tr("Mean absolute error: the average of |d − o|"),
                help_page(
                    tr("Mean absolute error (MAE)"),
                    tr("Averages the absolute differences between targets and outputs."),
                    tr("Used for regression with outliers."),
                    tr("Less sensitive to outliers than MSE; its gradient has constant size."),
                ),
            ),
            "binary_crossentropy": HelpText(
                tr("Binary cross-entropy: for two classes with a sigmoid output"),
                help_page(
                    tr("Binary cross-entropy"),
                    tr("−[d·log o + (1 − d)·log(1 − o)], averaged over the samples."),
                    tr("The usual loss for two classes with one sigmoid output neuron."),
                    tr(
                        "Punishes confident wrong answers strongly, so it learns faster than "
                        "MSE on classification."
                    ),
                ),
            ),
            "categorical_crossentropy": HelpText(
                tr("Categorical cross-entropy: for several classes with softmax"),
                help_page(
                    tr("Categorical cross-entropy"),
                    tr("−Σₖ dₖ·log oₖ with one-hot targets d, averaged over the samples."),
                    tr("The usual loss for three or more classes with a softmax output."),
                    tr(
                        "A loss of ln K (1.10 for 3 classes) means the network still "
                        "guesses uniformly."
                    ),
                ),
            ),
            "bp_error": HelpText(
                tr("BP error: E = ½·Σₖ(dₖ − oₖ)², as in BP textbooks"),
                help_page(
                    tr("BP error"),
                    tr(
                        "The error of the classic back-propagation derivation: half the "
                        "squared error summed over the output neurons, averaged over samples."
                    ),
                    tr("Used to check results against a textbook's worked examples."),
                    tr(
                        "It equals MSE times half the number of outputs, so the same "
                        "learning rate takes larger steps with many output neurons."
                    ),
                ),
            ),
        }

    def optimizers(self) -> dict[str, HelpText]:
        """Return optimizer name -> help."""
        tr = self.tr
        return {
            "gd": HelpText(
                tr("Gradient descent: one update per epoch on the whole training set"),
                tr(
                    "<p>Full-batch gradient descent (梯度下降): the gradient of the loss over "
                    "all training samples, w ← w − η·∂E/∂w. Smooth loss curve, slow on big "
                    "datasets. Learning rate 0.1 to 0.5 on normalised data.</p>"
                ),
            ),
            "sgd": HelpText(
                tr("Stochastic gradient descent: one update per batch"),
                tr(
                    "<p>The same rule as gradient descent on each mini-batch: more updates "
                    "per epoch and a noisier loss curve. Learning rate 0.01 to 0.5.</p>"
                ),
            ),
            "momentum": HelpText(
                tr("SGD with momentum: steps keep part of their previous direction"),
                tr(
                    "<p>v ← β·v − η·g, w ← w + v. Faster along valleys, damped zigzags. "
                    "Momentum 0.9, learning rate 0.01 to 0.1.</p>"
                ),
            ),
            "nesterov": HelpText(
                tr("Nesterov momentum: momentum that looks one step ahead"),
                tr(
                    "<p>Computes the gradient where the momentum step would land, which "
                    "overshoots less than plain momentum. Same ranges as momentum.</p>"
                ),
            ),
            "adam": HelpText(
                tr("Adam: momentum plus a step size per weight"),
                tr(
                    "<p>Keeps running means of the gradients (β₁) and of their squares (β₂) "
                    "and divides one by the root of the other. Works with little tuning; "
                    "learning rate 0.001 to 0.01.</p>"
                ),
            ),
            "rmsprop": HelpText(
                tr("RMSprop: a step size per weight from recent gradient sizes"),
                tr(
                    "<p>Divides each gradient by the root of a running mean of its squares "
                    "(decay ρ). Learning rate 0.001 to 0.01.</p>"
                ),
            ),
            "adagrad": HelpText(
                tr("Adagrad: step sizes that shrink for often-updated weights"),
                tr(
                    "<p>Divides by the root of the sum of all past squared gradients, so "
                    "steps only get smaller and learning may stall on long runs. Learning "
                    "rate 0.01 to 0.1.</p>"
                ),
            ),
        }

    def initializers(self) -> dict[str, HelpText]:
        """Return initialiser name -> help."""
        tr = self.tr
        return {
            "glorot_uniform": HelpText(
                tr("Glorot (Xavier) uniform: scaled to the layer's fan-in and fan-out"),
                tr("<p>Suits tanh and sigmoid layers; the usual default.</p>"),
            ),
            "glorot_normal": HelpText(
                tr("Glorot (Xavier) normal: like Glorot uniform, drawn from a normal"),
                tr("<p>Suits tanh and sigmoid layers.</p>"),
            ),
            "he_uniform": HelpText(
                tr("He uniform: scaled to the fan-in, for ReLU"),
                tr("<p>Keeps ReLU activations from shrinking layer after layer.</p>"),
            ),
            "he_normal": HelpText(
                tr("He normal: scaled to the fan-in, for ReLU"),
                tr("<p>Keeps ReLU activations from shrinking layer after layer.</p>"),
            ),
            "random_normal": HelpText(
                tr("Small random numbers from a normal distribution"),
                tr("<p>The classic BP textbook start; not scaled to the layer size.</p>"),
            ),
            "zeros": HelpText(
                tr("All weights 0: every neuron of a layer stays identical"),
                tr(
                    "<p>Shown for teaching: with equal starting weights, all hidden neurons "
                    "get the same gradient and never become different.</p>"
                ),
            ),
            "ones": HelpText(
                tr("All weights 1: every neuron of a layer stays identical"),
                tr("<p>Shown for teaching, like zeros: symmetry is never broken.</p>"),
            ),
        }
