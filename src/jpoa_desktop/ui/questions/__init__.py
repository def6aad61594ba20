"""The Question bank screen: the questions tests and evaluation forms are drawn from."""
