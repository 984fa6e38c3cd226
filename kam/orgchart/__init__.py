"""Org-chart layout (pure): positions and lines for the Qt scene and the PDF alike."""

from kam.orgchart.layout import Card, Layout, LayoutOptions, Line, find_cycles, layout

__all__ = ["Card", "Layout", "LayoutOptions", "Line", "find_cycles", "layout"]
