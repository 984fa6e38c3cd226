"""Printed documents (ReportLab): one stylesheet, fonts registered once, shared drawings."""
