"""The network view (issues 5, 16): the picture of who knows whom, warm paths, connectors
and introductions worth making. ``panel.GraphPanel`` assembles the parts."""
