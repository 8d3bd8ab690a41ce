"""Plotly chart builders: pure functions from model outputs to ``plotly.graph_objects.Figure``.

Never import streamlit here. Every builder takes the language and returns a figure whose title
states the finding and whose subtitle states the data source and key assumptions.
"""
