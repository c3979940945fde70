"""Qt-free NumPy backpropagation engine with a Keras-style API."""
