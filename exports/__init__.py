"""Board-pack exports: Excel workbook, PowerPoint deck, offline HTML report, audit files.

Pure functions returning bytes (never import streamlit). Text that comes from uploaded files
(vendor names, labels, column names) is attacker-controlled: every writer here neutralises it
(no live formulas, no hyperlinks, no HTML).
"""
