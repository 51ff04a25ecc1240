"""PDF documents built with ReportLab from plain data, returned as bytes."""
