"""Parts of the data panel: dataset sources, preprocessing form, summary and messages."""
