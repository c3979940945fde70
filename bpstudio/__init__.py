"""BP Studio: build and train backpropagation neural networks by pointing and clicking."""

__version__ = "0.1.0"
