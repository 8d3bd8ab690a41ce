"""Pure pandas/numpy core of the IT sourcing dashboard.

Never imports streamlit or plotly (a test checks it). Everything the dashboard shows can be
computed here, headless, and through the command line ``python -m models``.
"""
