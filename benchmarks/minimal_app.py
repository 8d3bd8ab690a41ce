"""The reference of benchmarks/bench_first_screen.py: the smallest Streamlit page with one
Plotly chart (a title, a sentence and a line chart), run by the same server options."""
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="Minimal", layout="wide")
st.title("Minimal page")
st.write("One Plotly chart, nothing computed.")
fig = go.Figure(go.Scatter(x=[1, 2, 3, 4, 5], y=[3, 1, 4, 1, 5], mode="lines+markers"))
fig.update_layout(title="A chart", height=400)
st.plotly_chart(fig, width="stretch")
