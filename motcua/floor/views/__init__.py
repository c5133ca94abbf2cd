"""Views of the floor, one module per area."""
