"""The batch window and what it drives: the view, its controller and the rows model."""
