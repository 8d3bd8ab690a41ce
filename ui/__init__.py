"""Streamlit helpers: session state, page frame. The only package besides pages/ that imports
streamlit."""
