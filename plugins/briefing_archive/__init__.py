"""briefing-archive: news articles about diplomatic meetings in, a searchable site out.

The pipeline runs one way, a module per stage:
load -> clean -> extract -> link -> compare -> render (and export).
The MkDocs plugin in ``mkdocs_plugin`` is thin glue over it.
"""

__version__ = "0.1.0"
