"""The 0.5 contour of the binary decision boundary lies where the probability crosses 0.5."""

import numpy as np

from bpstudio.gui.plots.boundary import DecisionBoundaryView
from bpstudio.gui.session import Session


def test_binary_contour_follows_half_probability(qtbot):
    view = DecisionBoundaryView(Session())
    qtbot.addWidget(view)
    size = 41
    # The probability grows along x (the image's columns) only, so the 0.5 line is vertical,
    # at the middle column.
    probability = np.tile(np.linspace(0.0, 1.0, size), (size, 1))

    view._draw_binary(probability, (0.0, 0.0, 1.0, 1.0))
    view.contour.generatePath()
    path = view.contour.path
    xs = [path.elementAt(index).x for index in range(path.elementCount())]
    ys = [path.elementAt(index).y for index in range(path.elementCount())]

    assert path.elementCount() > 2
    assert max(xs) - min(xs) < 1.0
    assert abs(np.mean(xs) - (size - 1) / 2) < 1.0
    assert max(ys) - min(ys) > size / 2
