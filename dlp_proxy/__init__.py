"""dlp-proxy: an outbound prompt data-loss-prevention proxy for AI tools."""

import os

# One BLAS thread per process, set before numpy loads: detection runs in one worker process per
# core, and the NER model's small matrix products are faster on one thread than on several
# (measured: 30 % less model time). A deployment may still set its own value.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
