"""The Gradio reviewer workspace. Importing this package turns Gradio's analytics off first.

Gradio looks up external hosts at launch unless ``GRADIO_ANALYTICS_ENABLED=False`` is set before it is
imported, so this package sets it (and the other offline switches) before any submodule imports it.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_SSR_MODE", "False")
